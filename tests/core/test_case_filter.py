"""The shared case filter: each field alone, fields combined, and the SQL it gives."""

from __future__ import annotations

import os
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from fieldapp.errors import UsageError
from fieldapp.services.case_filter import (
    AgeGroup,
    CaseFilter,
    case_where,
    count_matching,
    matching_ids,
)
from fieldapp.vault.case_states import CaseStatus
from fieldapp.vault.database import Connection, open_database
from fieldapp.vault.migrations import migrate

# id: (site, interviewer, form, created day, result, case status, is_child)
ROWS: dict[int, tuple[str, str, str, str, str, str, int | None]] = {
    1: ("North Port", "amira", "rapid_screening", "2026-03-01", "refer_now", "Active", 1),
    2: ("North Port", "omar", "full_screening", "2026-03-02", "assess_further", "FollowUp", 0),
    3: ("Central Station", "amira", "full_screening", "2026-03-03", "no_indicators",
        "Closed", 0),
    4: ("Central Station", "lina", "rapid_screening", "2026-03-04", "refer_now",
        "ClosedReferred", None),
    5: ("Harbour Gate", "omar", "rapid_screening", "2026-03-04", "stopped", "Active", 1),
}


def uuid_of(row_id: int) -> str:
    return str(uuid.UUID(int=row_id))


@pytest.fixture
def connection(tmp_path: Path) -> Connection:
    conn = open_database(tmp_path / "v.db", os.urandom(32), create=True)
    migrate(conn)
    for row_id, (site, officer, form, day, result, status, child) in ROWS.items():
        conn.execute(
            "INSERT INTO interviews (id, uuid, reference, form_id, form_version, language,"
            " site, interviewer, status, result_level, created_at, updated_at, case_status,"
            " is_child) VALUES (?, ?, ?, ?, '1', 'en', ?, ?, 'finalised', ?, ?, ?, ?, ?)",
            (row_id, uuid_of(row_id), f"R-{row_id}{row_id}{row_id}{row_id}-ABCD", form, site,
             officer, result, f"{day}T23:59:59.000+00:00", f"{day}T23:59:59.000+00:00",
             status, child),
        )
    # Interview 2 holds revision 1 in two versions; so did interview 3, since resolved.
    for row_id in (2, 3):
        conn.execute(
            "INSERT INTO sync_conflicts (uuid, revision, content_hash, kind, device_id,"
            " bundle_id, position, flagged_at) VALUES (?, 1, ?, 'interview_revision', 'd', 1,"
            " 0, 'now')",
            (uuid.UUID(uuid_of(row_id)).bytes, os.urandom(32)))
    conn.execute(
        "INSERT INTO conflict_resolutions (interview_id, revision, chosen_hash, replaced_hash,"
        " reason, resolved_at, resolved_by) VALUES (3, 1, x'01', x'02', 'r', 'now', 'sam')")
    return conn


def ids(connection: Connection, case_filter: CaseFilter) -> set[int]:
    found = set(matching_ids(connection, case_filter))
    assert count_matching(connection, case_filter) == len(found)
    return found


@pytest.mark.parametrize(("case_filter", "expected"), [
    (CaseFilter(), {1, 2, 3, 4, 5}),
    (CaseFilter(sites=frozenset({"North Port"})), {1, 2}),
    (CaseFilter(sites=frozenset({"North Port", "Harbour Gate"})), {1, 2, 5}),
    (CaseFilter(officers=frozenset({"omar"})), {2, 5}),
    (CaseFilter(forms=frozenset({"full_screening"})), {2, 3}),
    (CaseFilter(created_from=date(2026, 3, 3)), {3, 4, 5}),
    (CaseFilter(created_to=date(2026, 3, 2)), {1, 2}),
    (CaseFilter(created_from=date(2026, 3, 2), created_to=date(2026, 3, 3)), {2, 3}),
    (CaseFilter(created_from=date(2026, 3, 4), created_to=date(2026, 3, 4)), {4, 5}),
    (CaseFilter(result_levels=frozenset({"refer_now"})), {1, 4}),
    (CaseFilter(case_statuses=frozenset({CaseStatus.ACTIVE})), {1, 5}),
    (CaseFilter(case_statuses=frozenset({CaseStatus.CLOSED, CaseStatus.CLOSED_REFERRED})),
     {3, 4}),
    (CaseFilter(age_groups=frozenset({AgeGroup.CHILD})), {1, 5}),
    (CaseFilter(age_groups=frozenset({AgeGroup.ADULT})), {2, 3}),
    (CaseFilter(age_groups=frozenset({AgeGroup.UNKNOWN})), {4}),
    (CaseFilter(age_groups=frozenset({AgeGroup.ADULT, AgeGroup.UNKNOWN})), {2, 3, 4}),
    (CaseFilter(age_groups=frozenset(AgeGroup)), {1, 2, 3, 4, 5}),
    (CaseFilter(has_conflict=True), {2}),
    (CaseFilter(has_conflict=False), {1, 3, 4, 5}),
    (CaseFilter(text="central"), {3, 4}),
    (CaseFilter(text="R-3333"), {3}),
    (CaseFilter(text="lina"), {4}),
])
def test_each_field_alone(connection: Connection, case_filter: CaseFilter,
                          expected: set[int]) -> None:
    assert ids(connection, case_filter) == expected


def test_fields_combine_with_and(connection: Connection) -> None:
    combined = CaseFilter(
        sites=frozenset({"North Port", "Central Station"}),
        officers=frozenset({"amira", "omar"}),
        result_levels=frozenset({"refer_now", "assess_further", "no_indicators"}),
        age_groups=frozenset({AgeGroup.ADULT}),
        created_from=date(2026, 3, 2),
    )
    assert ids(connection, combined) == {2, 3}
    assert ids(connection, CaseFilter(sites=combined.sites, has_conflict=False,
                                      officers=frozenset({"amira"}))) == {1, 3}
    assert ids(connection, CaseFilter(forms=frozenset({"rapid_screening"}),
                                      case_statuses=frozenset({CaseStatus.ACTIVE}),
                                      text="harbour")) == {5}
    assert ids(connection, CaseFilter(officers=frozenset({"lina"}),
                                      has_conflict=True)) == set()


def test_newest_first_and_limited(connection: Connection) -> None:
    assert matching_ids(connection, CaseFilter()) == [5, 4, 3, 2, 1]
    assert matching_ids(connection, CaseFilter(), limit=2) == [5, 4]


def test_an_alias_qualifies_every_column(connection: Connection) -> None:
    case_filter = CaseFilter(sites=frozenset({"North Port"}), has_conflict=True,
                             age_groups=frozenset({AgeGroup.ADULT}), text="omar")
    where = case_where(connection, case_filter, table="i")
    rows = connection.execute(
        f"SELECT i.id FROM interviews i JOIN interviews other ON other.id = i.id{where.clause()}",
        where.params).fetchall()
    assert [row[0] for row in rows] == [2]
    with pytest.raises(ValueError, match="plain SQL name"):
        case_where(connection, case_filter, table="i; DROP TABLE interviews")


def test_values_are_parameters_never_sql(connection: Connection) -> None:
    hostile = "x') OR 1=1 --"
    where = case_where(connection, CaseFilter(sites=frozenset({hostile}), text=hostile))
    assert hostile not in where.sql
    assert hostile in where.params
    assert ids(connection, CaseFilter(sites=frozenset({hostile}))) == set()


def test_nothing_filtered_gives_no_clause(connection: Connection) -> None:
    where = case_where(connection, CaseFilter())
    assert where.clause() == "" and where.params == ()
    assert CaseFilter().is_empty and not CaseFilter(text="a").is_empty


def test_a_backwards_date_range_is_refused() -> None:
    with pytest.raises(UsageError, match="ends before it starts"):
        CaseFilter(created_from=date(2026, 3, 2), created_to=date(2026, 3, 1))


def test_filters_are_hashable_values() -> None:
    seen: dict[Any, int] = {CaseFilter(sites=frozenset({"a"})): 1}
    assert seen[CaseFilter(sites=frozenset({"a"}))] == 1


def test_counting_any_filter_reads_the_review_index_only(connection: Connection) -> None:
    """No row is read through a per-column index: a count reads one covering index, a page
    in creation order walks an index in that order (see the module text for the figures)."""
    case_filter = CaseFilter(
        sites=frozenset({"North Port"}), officers=frozenset({"amira"}),
        forms=frozenset({"rapid_screening"}), result_levels=frozenset({"refer_now"}),
        case_statuses=frozenset({CaseStatus.ACTIVE}), age_groups=frozenset({AgeGroup.CHILD}))
    for single in (CaseFilter(case_statuses=case_filter.case_statuses),
                   CaseFilter(age_groups=case_filter.age_groups), case_filter):
        where = case_where(connection, single)
        count = " ".join(str(row[3]) for row in connection.execute(
            f"EXPLAIN QUERY PLAN SELECT count(*) FROM interviews{where.clause()}",
            where.params))
        assert "COVERING INDEX" in count, count
        page = " ".join(str(row[3]) for row in connection.execute(
            f"EXPLAIN QUERY PLAN SELECT id FROM interviews{where.clause()}"
            " ORDER BY created_at DESC LIMIT 200", where.params))
        assert "TEMP B-TREE" not in page, page  # walked in creation order: stops at a page
        assert "interviews_by_created" in page or "interviews_for_review" in page, page
