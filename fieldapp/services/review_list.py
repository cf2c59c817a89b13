"""The supervisor's review list: imported interviews under the shared case filter, by pages.

A :class:`~fieldapp.services.case_filter.CaseFilter` says which interviews; a
:class:`ReviewSort` says in which order. :func:`fetch_review_page` returns one page of
:class:`ReviewRow` and a keyset cursor for the next, so a list of 100,000 interviews is read a
page at a time, and a deep page costs what the first one does (no ``OFFSET``). Each row says
whether the interview still has an open version conflict; that is asked for the page's ids
only. :func:`filter_choices` gives the values the filter panel offers (sites, officers, forms
present in the vault), read from their indexes.

Rows carry no answers and no person's name: the list shows where, when, by whom and with what
result, the case status, child or adult, and the conflict mark.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from fieldapp.services.case_filter import OPEN_CONFLICTS_SQL, CaseFilter, case_where
from fieldapp.vault.case_states import CaseStatus
from fieldapp.vault.database import Connection
from fieldapp.vault.sync_outbox import INTERVIEW_KIND

PAGE_SIZE = 200


class ReviewSort(StrEnum):
    REFERENCE = "reference"
    CREATED = "created"
    FORM = "form"
    SITE = "site"
    OFFICER = "officer"
    RESULT = "result"


# Each order is the columns of one index of ``interviews`` (then the id, which every index
# holds), so a page walks that index and stops after a page instead of sorting every match.
# Case status and age have no such index (the review filters test them inside one covering
# index instead, see fieldapp.services.case_filter): they filter, they do not sort.
_SORT_COLUMNS: dict[ReviewSort, tuple[str, ...]] = {
    ReviewSort.REFERENCE: ("reference",),
    ReviewSort.CREATED: ("created_at",),
    ReviewSort.FORM: ("form_id",),
    ReviewSort.SITE: ("site",),
    ReviewSort.OFFICER: ("interviewer", "created_at"),
    ReviewSort.RESULT: ("result_level",),
}

_ROW_COLUMNS = ("id", "reference", "created_at", "form_id", "form_version", "site",
                "interviewer", "result_level", "case_status", "is_child", "revision", "language")
_ROW_SQL = (
    "SELECT id, reference, created_at, form_id, form_version, site, interviewer,"
    " result_level, case_status, is_child, revision, language"
)


@dataclass(frozen=True)
class ReviewRow:
    """One line of the review list (no answers, no names)."""

    id: int
    reference: str
    created_at: str
    form_id: str
    form_version: str
    site: str
    officer: str
    result_level: str
    case_status: CaseStatus
    is_child: bool | None
    revision: int
    language: str
    has_conflict: bool


@dataclass(frozen=True)
class ReviewCursor:
    values: tuple[Any, ...]
    id: int


@dataclass(frozen=True)
class ReviewPage:
    rows: tuple[ReviewRow, ...]
    next_cursor: ReviewCursor | None


@dataclass(frozen=True)
class FilterChoices:
    """What the filter panel can offer: the values present in the vault."""

    sites: tuple[str, ...]
    officers: tuple[str, ...]
    forms: tuple[str, ...]


def fetch_review_page(connection: Connection, case_filter: CaseFilter, *,
                      sort: ReviewSort = ReviewSort.CREATED, descending: bool = True,
                      after: ReviewCursor | None = None,
                      limit: int = PAGE_SIZE) -> ReviewPage:
    """One page in the given order, starting after ``after``."""
    where = case_where(connection, case_filter)
    clauses = [] if where.sql == "1" else [where.sql]
    params: list[Any] = list(where.params)
    columns = _SORT_COLUMNS[sort]
    direction = "DESC" if descending else "ASC"
    if after is not None:
        comparison = "<" if descending else ">"
        marks = ", ".join("?" for _ in (*columns, "id"))
        clauses.append(f"({', '.join(columns)}, id) {comparison} ({marks})")
        params.extend([*after.values, after.id])
    condition = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    order = ", ".join(f"{column} {direction}" for column in (*columns, "id"))
    sql = f"{_ROW_SQL} FROM interviews{condition} ORDER BY {order} LIMIT ?"
    raw = connection.execute(sql, [*params, limit + 1]).fetchall()
    has_more = len(raw) > limit
    raw = raw[:limit]
    conflicted = _open_conflicts(connection, [int(values[0]) for values in raw])
    rows = tuple(_row(values, conflicted) for values in raw)
    cursor = None
    if has_more and raw:
        last = raw[-1]
        cursor = ReviewCursor(tuple(last[_ROW_COLUMNS.index(c)] for c in columns), last[0])
    return ReviewPage(rows, cursor)


def fetch_review_rows(connection: Connection, ids: Sequence[int]) -> list[ReviewRow]:
    """Fresh rows for interviews already shown (after a status change or a resolution)."""
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    raw = connection.execute(f"{_ROW_SQL} FROM interviews WHERE id IN ({marks})",
                             list(ids)).fetchall()
    conflicted = _open_conflicts(connection, [int(values[0]) for values in raw])
    return [_row(values, conflicted) for values in raw]


def filter_choices(connection: Connection) -> FilterChoices:
    """Distinct sites, officers and forms (each read from its index)."""

    def distinct(column: str) -> tuple[str, ...]:
        return tuple(str(row[0]) for row in connection.execute(
            f"SELECT DISTINCT {column} FROM interviews ORDER BY {column}")  # noqa: S608
            if row[0])

    return FilterChoices(distinct("site"), distinct("interviewer"), distinct("form_id"))


def _open_conflicts(connection: Connection, ids: Sequence[int]) -> frozenset[int]:
    if not ids:
        return frozenset()
    marks = ", ".join("?" for _ in ids)
    found = connection.execute(
        f"SELECT id FROM ({OPEN_CONFLICTS_SQL}) WHERE id IN ({marks})",  # noqa: S608
        [INTERVIEW_KIND, *ids]).fetchall()
    return frozenset(int(row[0]) for row in found)


def _row(values: Sequence[Any], conflicted: frozenset[int]) -> ReviewRow:
    (row_id, reference, created_at, form_id, form_version, site, officer, level, status,
     child, revision, language) = values
    return ReviewRow(
        id=int(row_id), reference=str(reference), created_at=str(created_at),
        form_id=str(form_id), form_version=str(form_version), site=str(site),
        officer=str(officer), result_level=str(level), case_status=CaseStatus(status),
        is_child=None if child is None else bool(child), revision=int(revision),
        language=str(language), has_conflict=int(row_id) in conflicted,
    )
