"""The review list: pages under the shared case filter, every sort, the conflict mark."""

from __future__ import annotations

import uuid

import pytest

from benchmarks.supervisor_data import add_imported_interviews
from fieldapp.services.case_filter import AgeGroup, CaseFilter, matching_ids
from fieldapp.services.review_list import (
    ReviewRow,
    ReviewSort,
    fetch_review_page,
    fetch_review_rows,
    filter_choices,
)
from fieldapp.services.session import Vault
from fieldapp.vault.database import Connection, transaction
from fieldapp.vault.sync_outbox import INTERVIEW_KIND


def _all_rows(connection: Connection, case_filter: CaseFilter, sort: ReviewSort,
              descending: bool) -> list[ReviewRow]:
    rows: list[ReviewRow] = []
    after = None
    while True:
        page = fetch_review_page(connection, case_filter, sort=sort, descending=descending,
                                 after=after, limit=7)
        rows.extend(page.rows)
        if page.next_cursor is None:
            return rows
        after = page.next_cursor


@pytest.mark.parametrize("sort", list(ReviewSort))
def test_pages_cover_every_row_once_in_order(vault: Vault, sort: ReviewSort) -> None:
    add_imported_interviews(vault.connection, 40, officers=4)
    site = CaseFilter(sites=frozenset({"Airport arrivals hall", "North port ferry terminal"}))
    expected = set(matching_ids(vault.connection, site))
    for descending in (True, False):
        rows = _all_rows(vault.connection, CaseFilter(), sort, descending)
        assert sorted(row.id for row in rows) == list(range(1, 41))
        rows = _all_rows(vault.connection, site, sort, descending)
        assert [row.id for row in rows if row.id in expected] == [row.id for row in rows]
        assert {row.id for row in rows} == expected and len(rows) == len(expected)
        keys = [_key(row, sort) for row in rows]
        assert keys == sorted(keys, reverse=descending)


def _key(row: ReviewRow, sort: ReviewSort) -> tuple[object, ...]:
    return {
        ReviewSort.REFERENCE: (row.reference, row.id),
        ReviewSort.CREATED: (row.created_at, row.id),
        ReviewSort.FORM: (row.form_id, row.id),
        ReviewSort.SITE: (row.site, row.id),
        ReviewSort.OFFICER: (row.officer, row.created_at, row.id),
        ReviewSort.RESULT: (row.result_level, row.id),
    }[sort]


def test_the_filter_keeps_what_the_shared_filter_keeps(vault: Vault) -> None:
    add_imported_interviews(vault.connection, 60, officers=3)
    case_filter = CaseFilter(officers=frozenset({"officer01"}),
                             age_groups=frozenset({AgeGroup.ADULT}))
    rows = _all_rows(vault.connection, case_filter, ReviewSort.CREATED, True)
    assert [row.id for row in rows] == matching_ids(vault.connection, case_filter)
    assert all(row.officer == "officer01" and row.is_child is False for row in rows)


def test_an_open_conflict_is_marked(vault: Vault) -> None:
    add_imported_interviews(vault.connection, 5)
    (text,) = vault.connection.execute("SELECT uuid FROM interviews WHERE id = 3").fetchone()
    with transaction(vault.connection):
        vault.connection.execute(
            "INSERT INTO sync_conflicts (uuid, revision, content_hash, kind, device_id,"
            " bundle_id, position, flagged_at) VALUES (?, 1, ?, ?, 'dev', 1, 0, 'now')",
            (uuid.UUID(text).bytes, b"\x01" * 32, INTERVIEW_KIND))
    page = fetch_review_page(vault.connection, CaseFilter(has_conflict=True))
    assert [row.id for row in page.rows] == [3] and page.rows[0].has_conflict
    assert [row.has_conflict for row in fetch_review_rows(vault.connection, [2, 3])] in (
        [False, True], [True, False])


def test_filter_choices_are_the_values_present(vault: Vault) -> None:
    add_imported_interviews(vault.connection, 30, officers=2)
    choices = filter_choices(vault.connection)
    assert choices.officers == ("officer00", "officer01")
    assert set(choices.forms) <= {"rapid_screening", "full_screening"}
    assert list(choices.sites) == sorted(choices.sites)
