"""The dashboard's numbers: counted from the interviews rows and the latest revisions."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from benchmarks.supervisor_data import add_imported_interviews
from fieldapp.services.case_filter import AgeGroup, CaseFilter
from fieldapp.services.dashboard import ADULT, CHILD, Chart, FactsIndex, filtered_ids
from fieldapp.services.session import Vault
from fieldapp.vault.case_states import CaseStatus
from fieldapp.vault.database import transaction


def _content(connection: Any) -> dict[int, dict[str, Any]]:
    rows = connection.execute(
        "SELECT i.id, r.content FROM interviews i JOIN interview_revisions r"
        " ON r.interview_id = i.id AND r.revision = i.revision")
    return {int(row_id): json.loads(content)["values"] for row_id, content in rows}


def test_every_chart_counts_what_the_revisions_say(vault: Vault) -> None:
    add_imported_interviews(vault.connection, 300)
    index = FactsIndex()
    index.read_all(vault.connection)
    numbers = index.numbers()
    values = _content(vault.connection)

    assert numbers.total == 300 and numbers.complete
    expected_types = Counter(t for v in values.values() for t in v["exploitation_types"] or [])
    assert dict(numbers.charts[Chart.EXPLOITATION].counts) == expected_types
    assert numbers.charts[Chart.EXPLOITATION].people == sum(
        1 for v in values.values() if v["exploitation_types"])
    children = sum(1 for v in values.values() if v["is_child"] == "1")
    assert dict(numbers.charts[Chart.AGE_GROUP].counts) == {CHILD: children,
                                                             ADULT: 300 - children}
    levels = Counter(str(v["result_level"]) for v in values.values())
    assert dict(numbers.charts[Chart.RESULTS].counts) == levels
    months = numbers.charts[Chart.OVER_TIME].labels
    assert list(months) == sorted(months) and sum(numbers.charts[Chart.OVER_TIME].values) == 300


def test_a_filter_is_a_set_of_ids(vault: Vault) -> None:
    add_imported_interviews(vault.connection, 120)
    index = FactsIndex()
    index.read_all(vault.connection)
    site = "Airport arrivals hall"
    ids = [row[0] for row in vault.connection.execute(
        "SELECT id FROM interviews WHERE site = ?", (site,))]
    numbers = index.numbers(ids)
    assert numbers.total == len(ids) > 0
    assert dict(numbers.charts[Chart.SITE].counts) == {site: len(ids)}


def test_answer_charts_fill_in_chunk_by_chunk(vault: Vault) -> None:
    # Interviews without stored facts (written by a path that does not keep them).
    add_imported_interviews(vault.connection, 50, choice_facts=False)
    index = FactsIndex()
    assert index.refresh(vault.connection) == 50
    first = index.numbers()
    assert first.total == 50 and first.answers_read == 0 and not first.complete
    assert first.charts[Chart.EXPLOITATION].counts == ()
    assert sum(first.charts[Chart.RESULTS].values) == 50  # the row charts are there at once
    assert sum(first.charts[Chart.AGE_GROUP].values) == 50
    assert index.read_answers(vault.connection, limit=20) == 30
    assert index.numbers().answers_read == 20


def test_a_new_revision_is_read_again_and_only_it(vault: Vault) -> None:
    add_imported_interviews(vault.connection, 10)
    index = FactsIndex()
    index.read_all(vault.connection)
    content = {"interview": {"answers": {}},
               "values": {"exploitation_types": ["ForcedBegging"], "methods_of_control": "x y"}}
    with transaction(vault.connection):
        vault.connection.execute(
            "INSERT INTO interview_revisions (interview_id, revision, content, author,"
            " created_at) VALUES (1, 2, ?, 'officer01', '2025-06-01T00:00:00.000+00:00')",
            (json.dumps(content),))
        vault.connection.execute(
            "UPDATE interviews SET revision = 2, is_child = 1, citizenship = 'XK' WHERE id = 1")
    assert index.refresh(vault.connection) == 1
    index.read_answers(vault.connection)
    numbers = index.numbers([1])
    assert dict(numbers.charts[Chart.NATIONALITY].counts) == {"XK": 1}
    assert dict(numbers.charts[Chart.AGE_GROUP].counts) == {CHILD: 1}
    assert dict(numbers.charts[Chart.EXPLOITATION].counts) == {"ForcedBegging": 1}
    assert dict(numbers.charts[Chart.CONTROL].counts) == {"x": 1, "y": 1}


def test_drafts_and_unreadable_answers_are_handled(vault: Vault) -> None:
    add_imported_interviews(vault.connection, 3)
    with transaction(vault.connection):
        vault.connection.execute("UPDATE interviews SET status = 'draft' WHERE id = 1")
        vault.connection.execute(
            "UPDATE interview_revisions SET"
            " content = '{\"values\": {\"exploitation_types\": \"[x\"}}'"
            " WHERE interview_id = 2")
    index = FactsIndex()
    index.read_all(vault.connection)
    numbers = index.numbers()
    assert numbers.total == 2 and numbers.complete
    assert numbers.charts[Chart.EXPLOITATION].people <= 1


def test_the_case_filter_picks_the_ids(vault: Vault) -> None:
    add_imported_interviews(vault.connection, 80)
    index = FactsIndex()
    index.read_all(vault.connection)
    assert filtered_ids(vault.connection, CaseFilter()) is None
    children = filtered_ids(vault.connection, CaseFilter(age_groups=frozenset({AgeGroup.CHILD})))
    assert children is not None
    numbers = index.numbers(children)
    assert dict(numbers.charts[Chart.AGE_GROUP].counts) == {CHILD: len(children)}


def test_stored_facts_count_as_the_revisions_do(vault: Vault) -> None:
    add_imported_interviews(vault.connection, 400)
    stored = FactsIndex()
    assert stored.refresh(vault.connection) == 0  # nothing left to read from the revisions
    with transaction(vault.connection):
        vault.connection.execute("DELETE FROM interview_choice_facts")
    from_json = FactsIndex()
    from_json.read_all(vault.connection)
    some = [row[0] for row in vault.connection.execute(
        "SELECT id FROM interviews WHERE id % 3 = 0")]
    for ids in (None, some):
        assert stored.numbers(ids) == from_json.numbers(ids)


def test_facts_left_behind_by_a_later_write_are_read_from_the_revision(vault: Vault) -> None:
    add_imported_interviews(vault.connection, 5)
    content = {"values": {"exploitation_types": ["ForcedBegging"], "methods_of_control": None}}
    with transaction(vault.connection):
        # The shown revision's content replaced (a conflict resolved) with a new updated_at.
        vault.connection.execute(
            "UPDATE interview_revisions SET content = ? WHERE interview_id = 2",
            (json.dumps(content),))
        vault.connection.execute(
            "UPDATE interviews SET updated_at = '2026-02-02T00:00:00.000+00:00' WHERE id = 2")
    index = FactsIndex()
    assert index.refresh(vault.connection) == 1
    index.read_answers(vault.connection)
    numbers = index.numbers([2])
    assert dict(numbers.charts[Chart.EXPLOITATION].counts) == {"ForcedBegging": 1}
    assert numbers.charts[Chart.CONTROL].counts == ()


def test_a_filter_applied_in_memory_keeps_what_the_database_keeps(vault: Vault) -> None:
    from datetime import date

    from fieldapp.services.dashboard_filter import in_memory

    add_imported_interviews(vault.connection, 600, officers=4)
    with transaction(vault.connection):
        vault.connection.execute("UPDATE interviews SET is_child = NULL WHERE id % 7 = 0")
        vault.connection.execute("UPDATE interviews SET status = 'draft' WHERE id % 11 = 0")
    index = FactsIndex()
    index.read_all(vault.connection)
    filters = [
        CaseFilter(sites=frozenset({"Airport arrivals hall", "North port ferry terminal"})),
        CaseFilter(officers=frozenset({"officer01"}), forms=frozenset({"full_screening"})),
        CaseFilter(result_levels=frozenset({"refer_now"}),
                   age_groups=frozenset({AgeGroup.CHILD, AgeGroup.UNKNOWN})),
        CaseFilter(age_groups=frozenset({AgeGroup.UNKNOWN})),
        CaseFilter(age_groups=frozenset(AgeGroup)),
        CaseFilter(created_from=date(2025, 3, 1), created_to=date(2025, 5, 31)),
        CaseFilter(created_to=date(2025, 1, 1)),
        CaseFilter(created_from=date(2025, 12, 31)),
        CaseFilter(sites=frozenset({"nowhere"})),
        CaseFilter(),
    ]
    for case_filter in filters:
        assert in_memory(case_filter)
        assert index.numbers_for(vault.connection, case_filter) == index.numbers(
            filtered_ids(vault.connection, case_filter)), case_filter
    by_status = CaseFilter(case_statuses=frozenset({CaseStatus.ACTIVE}))
    assert not in_memory(by_status)
    assert index.numbers_for(vault.connection, by_status).total == 600 - 600 // 11
