"""Case-list queries: the interviews one account may see, filtered, searched, sorted and paged.

The desktop case list and ``fieldapp interview list`` read through here. A :class:`CaseQuery`
(frozen) says what to show; :func:`fetch_page` returns one page of :class:`CaseRow` plus a
keyset cursor for the next page, so opening and scrolling a vault of 100,000 interviews never
reads more than a page at a time and a deep page costs what the first one does (no ``OFFSET``).

Search goes through the ``interviews_fts`` FTS5 index inside the encrypted vault (reference,
form, site, interviewer and the person's recorded name or alias); every word the officer types
is a prefix, all must match. Text shaped like a reference (``R-7KQ2``, ``r-7kq2-m9``) is looked
up as a prefix in the reference index instead, which answers at once however many interviews
there are; the search index holds references without their common type letter, so a one-letter
search does not match every row. A page of a search reads the ids the search matched and puts
them in the list's order by walking the sort column's index or by reading their sort values
(:mod:`fieldapp.services.case_search`), so it never fetches and sorts whole matching rows.

:func:`refresh_search_index` runs before every search (:mod:`fieldapp.vault.search_index`).
On a laptop whose content is sealed per officer, names stay out of the index and each word is
matched in it or in the names the account's keys open (:mod:`fieldapp.services.sealed_labels`).

Interviewers see their own interviews, supervisors all of them; admins their own on a laptop
and all of them on a supervisor's vault, whose interviews arrive from laptops
(:func:`scope_for`). The status shown combines the stored state with the referral and sync
marks: draft, finalised, referred, synced. The result sorts by urgency
(:mod:`fieldapp.results`): refer now, stopped, assess further, no indicators, none yet.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from fieldapp.results import LEVELS, UNKNOWN_RANK, urgency_rank, urgency_sql
from fieldapp.services import case_search, sealed_labels
from fieldapp.services.case_search import SearchMatches
from fieldapp.services.session import ADMIN_ROLE
from fieldapp.vault import interviews, sync_store
from fieldapp.vault.content_migration import content_sealed
from fieldapp.vault.database import Connection, transaction
from fieldapp.vault.search_index import (  # the index's upkeep, re-exported for the callers
    queue_for_search as queue_for_search,
)
from fieldapp.vault.search_index import refresh_search_index as refresh_search_index

PAGE_SIZE = 200
MAX_SEARCH_WORDS = 8
_REFERENCE_RANGE = "reference >= ? AND reference < ?"
# A reference typed whole or in part: its letter, a dash, then up to two groups of four.
_REFERENCE_PREFIX = re.compile(r"[A-Za-z]-[A-Za-z0-9]{1,4}(?:-[A-Za-z0-9]{0,4})?")
SUPERVISOR_ROLE = "supervisor"


class CaseStatus(StrEnum):
    DRAFT = "draft"
    FINALISED = "finalised"
    REFERRED = "referred"
    SYNCED = "synced"


class SortKey(StrEnum):
    REFERENCE = "reference"
    CREATED = "created"
    FORM = "form"
    SITE = "site"
    STATUS = "status"
    RESULT = "result"
    INTERVIEWER = "interviewer"


# A draft stays a draft even when an earlier revision was referred or synced: it needs work.
_STATUS_SQL = (
    "CASE WHEN status = 'draft' THEN 'draft' WHEN synced_at IS NOT NULL THEN 'synced'"
    " WHEN referred_at IS NOT NULL THEN 'referred' ELSE status END"
)

_SORT_SQL: dict[SortKey, str] = {
    SortKey.REFERENCE: "reference",
    SortKey.CREATED: "created_at",
    SortKey.FORM: "form_id",
    SortKey.SITE: "site",
    SortKey.STATUS: _STATUS_SQL,
    # By urgency (fieldapp.results), not by the codes' spelling: refer now comes first.
    SortKey.RESULT: urgency_sql("result_level"),
    SortKey.INTERVIEWER: "interviewer",
}

_ROW_SQL = (
    "SELECT id, reference, created_at, updated_at, form_id, form_version, site, "  # noqa: S608
    f"{_STATUS_SQL}, result_level, interviewer, revision, language FROM interviews"
)


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list (no answers, no names of interviewees)."""

    id: int
    reference: str
    created_at: str
    updated_at: str
    form_id: str
    form_version: str
    site: str
    status: CaseStatus
    result_level: str
    interviewer: str
    revision: int
    language: str

    @property
    def created(self) -> datetime:
        return datetime.fromisoformat(self.created_at)


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: the sort value and id of the last row shown."""

    value: Any
    id: int


@dataclass(frozen=True)
class CaseQuery:
    """What the case list shows. Empty sets mean "any"."""

    text: str = ""
    statuses: frozenset[CaseStatus] = field(default_factory=frozenset)
    results: frozenset[str] = field(default_factory=frozenset)
    created_from: datetime | None = None
    created_before: datetime | None = None
    sort: SortKey = SortKey.CREATED
    descending: bool = True
    interviewer: str | None = None


@dataclass(frozen=True)
class CasePage:
    rows: tuple[CaseRow, ...]
    next_cursor: Cursor | None


def scope_for(user: str, role: str, vault_role: str = sync_store.LAPTOP) -> str | None:
    """The interviewer filter for an account: ``None`` (everything) or the account's name.

    Supervisors see every interview. So does an admin on a supervisor vault: the account that
    made that vault is its admin, and every interview in it came from a laptop.
    """
    if role == SUPERVISOR_ROLE or (role == ADMIN_ROLE and vault_role == sync_store.SUPERVISOR):
        return None
    return user


def vault_scope(connection: Connection, user: str, role: str) -> str | None:
    """:func:`scope_for` for an account of the vault behind ``connection``."""
    return scope_for(user, role, sync_store.vault_role(connection))


def reference_prefix(text: str) -> str | None:
    """The reference prefix ``text`` stands for (upper case), or ``None`` if it is not one."""
    typed = text.strip()
    return typed.upper() if _REFERENCE_PREFIX.fullmatch(typed) else None


def search_expression(text: str) -> str:
    """An FTS5 query from what the officer typed: each word a quoted prefix, all required.

    Quoting every word keeps FTS5 operators and punctuation typed by the officer from ever
    being read as query syntax, so no input can make the search fail.
    """
    return " ".join(f'"{word}"*' for word in search_words(text))


def set_person_label(connection: Connection, interview_id: int, label: str) -> None:
    """The name or alias search finds for an interview ('' when consent is anonymous)."""
    with transaction(connection):
        if interviews.set_label(connection, interview_id, label):
            queue_for_search(connection, [interview_id])


def _utc_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def _matched_ids(connection: Connection, query: CaseQuery,
                 matches: SearchMatches | None) -> frozenset[int] | None:
    """The ids the query's search text matches, or None when it searches nothing."""
    reference = reference_prefix(query.text)
    expression = "" if reference is not None else search_expression(query.text)
    if reference is not None:
        search = f"reference {reference}"

        def read() -> list[int]:
            return case_search.reference_ids(connection, reference)
    elif expression:
        refresh_search_index(connection)  # before ``matches`` compares the vault's state
        search = f"words {expression}"

        def read() -> list[int]:
            return _text_ids(connection, query.text, expression)
    else:
        return None
    return frozenset(read()) if matches is None else matches.ids(connection, search, read)


def search_words(text: str) -> list[str]:
    """The words of a search, as :func:`search_expression` quotes them."""
    return re.findall(r"\w+", text)[:MAX_SEARCH_WORDS]


def _text_ids(connection: Connection, text: str, expression: str) -> list[int]:
    """The ids a word search matches: through the index, and on a laptop whose names are
    sealed per officer also through the names this account opens, in memory."""
    if content_sealed(connection):
        return sealed_labels.matching_ids(connection, search_words(text))
    return case_search.text_ids(connection, expression)


def _where(connection: Connection, query: CaseQuery, *,
           search: bool = True) -> tuple[list[str], list[Any]]:
    """SQL conditions for the query; ``search`` False leaves out its search text."""
    clauses: list[str] = []
    params: list[Any] = []
    if query.interviewer is not None:
        clauses.append("interviewer = ?")
        params.append(query.interviewer)
    reference = reference_prefix(query.text) if search else None
    expression = "" if reference is not None or not search else search_expression(query.text)
    if reference is not None:
        # A range on the unique reference index: the prefix and everything that extends it.
        clauses.append(_REFERENCE_RANGE)
        params.extend([reference, reference + "\U0010ffff"])
    elif expression and content_sealed(connection):
        refresh_search_index(connection)
        clauses.append("+id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(_text_ids(connection, query.text, expression)))
    elif expression:
        refresh_search_index(connection)
        # ``+id``: not a way into the table, only a test, so SQLite walks the sort index.
        clauses.append(
            "+id IN (SELECT rowid FROM interviews_fts WHERE interviews_fts MATCH ?)"
        )
        params.append(expression)
    if query.statuses:
        marks = ", ".join("?" for _ in query.statuses)
        clauses.append(f"{_STATUS_SQL} IN ({marks})")
        params.extend(sorted(str(status) for status in query.statuses))
    if query.results:
        marks = ", ".join("?" for _ in query.results)
        clauses.append(f"result_level IN ({marks})")
        params.extend(sorted(query.results))
    if query.created_from is not None:
        clauses.append("created_at >= ?")
        params.append(_utc_text(query.created_from))
    if query.created_before is not None:
        clauses.append("created_at < ?")
        params.append(_utc_text(query.created_before))
    return clauses, params


def count_cases(connection: Connection, query: CaseQuery,
                matches: SearchMatches | None = None) -> int:
    """How many interviews the query shows; ``matches`` keeps a search's ids for its pages."""
    expression = search_expression(query.text)
    only_search = query == CaseQuery(text=query.text, sort=query.sort,
                                     descending=query.descending)
    if only_search and matches is not None:
        matched = _matched_ids(connection, query, matches)
        if matched is not None:
            return len(matched)
    if (expression and reference_prefix(query.text) is None and only_search
            and not content_sealed(connection)):
        # Only the search narrows the list: the index alone knows how many rows match.
        refresh_search_index(connection)
        row = connection.execute(
            "SELECT count(*) FROM interviews_fts WHERE interviews_fts MATCH ?", (expression,)
        ).fetchone()
        return int(row[0])
    clauses, params = _where(connection, query)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    row = connection.execute(
        f"SELECT count(*) FROM interviews{where}", params  # noqa: S608 - built from constants
    ).fetchone()
    return int(row[0])


def fetch_page(
    connection: Connection,
    query: CaseQuery,
    after: Cursor | None = None,
    *,
    limit: int = PAGE_SIZE,
    matches: SearchMatches | None = None,
) -> CasePage:
    """One page of rows in the query's order, starting after ``after``.

    The page's ids are found first and its rows read by id: SQLite then sorts (when it must)
    an id and a sort value per row, not whole rows, each of which it would copy into memory
    of its own (under ``cipher_memory_security`` two system calls per allocation). A search
    finds its matches first and orders them through :mod:`fieldapp.services.case_search`;
    ``matches`` keeps them for the search's next page and its count."""
    matched = (None if query.sort is SortKey.RESULT
               else _matched_ids(connection, query, matches))
    clauses, params = _where(connection, query, search=matched is None)
    if query.sort is SortKey.RESULT:
        rows = _urgency_rows(connection, clauses, params, after, query.descending, limit + 1)
        return _page(rows, query.sort, limit)
    sort_sql = _SORT_SQL[query.sort]
    direction = "DESC" if query.descending else "ASC"
    if after is not None:
        comparison = "<" if query.descending else ">"
        clauses.append(f"({sort_sql}, id) {comparison} (?, ?)")
        params.extend([after.value, after.id])
    if matched is not None:
        ids = case_search.page_ids(connection, matched, clauses=clauses, params=params,
                                   sort_sql=sort_sql, descending=query.descending,
                                   limit=limit + 1)
        return _page(_rows_in_order(connection, ids), query.sort, limit)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    sql = (f"SELECT id FROM interviews{where}"  # noqa: S608 - built from constants
           f" ORDER BY {sort_sql} {direction}, id {direction} LIMIT ?")
    ids = [int(row[0]) for row in connection.execute(sql, [*params, limit + 1])]
    return _page(_rows_in_order(connection, ids), query.sort, limit)


def _rows_in_order(connection: Connection, ids: Sequence[int]) -> list[CaseRow]:
    found = {row.id: row for row in fetch_by_ids(connection, ids)}
    return [found[row_id] for row_id in ids if row_id in found]


def _page(rows: list[CaseRow], sort: SortKey, limit: int) -> CasePage:
    has_more = len(rows) > limit
    rows = rows[:limit]
    cursor = _cursor(rows[-1], sort) if has_more and rows else None
    return CasePage(tuple(rows), cursor)


def _urgency_rows(connection: Connection, clauses: list[str], params: list[Any],
                  after: Cursor | None, descending: bool, limit: int) -> list[CaseRow]:
    """Up to ``limit`` rows in urgency order, read one level at a time, most urgent first.

    Sorting on the urgency expression would sort every matching row for each page (about
    90 ms at 100,000 interviews); each level read through the ``result_level`` index in id
    order stops as soon as the page is full (a few milliseconds).
    """
    direction, comparison = ("DESC", "<") if descending else ("ASC", ">")
    known = sorted(item.code for item in LEVELS)
    # A few references matched (a range on their index): read those, not a whole level.
    level = "+result_level" if _REFERENCE_RANGE in clauses else "result_level"
    buckets: list[tuple[int, str, list[Any]]] = [
        (item.rank, f"{level} = ?", [item.code]) for item in LEVELS]
    # Any other code: the gaps between the known ones, as ranges the index can read.
    gaps = [f"({level} > ? AND {level} < ?)" for _ in known[1:]]
    bounds = [value for pair in itertools.pairwise(known) for value in pair]
    buckets.append((UNKNOWN_RANK, f"({' OR '.join([*gaps, f'{level} > ?'])})",
                    [*bounds, known[-1]]))
    rows: list[CaseRow] = []
    for rank, condition, values in sorted(buckets, key=lambda b: b[0], reverse=descending):
        if len(rows) >= limit:
            break
        if after is not None and (rank > after.value if descending else rank < after.value):
            continue  # a level the pages before this one have finished
        where = [*clauses, condition]
        args = [*params, *values]
        if after is not None and rank == after.value:
            where.append(f"id {comparison} ?")
            args.append(after.id)
        sql = (f"SELECT id FROM interviews WHERE {' AND '.join(where)}"  # noqa: S608
               f" ORDER BY id {direction} LIMIT ?")
        ids = [int(row[0]) for row in connection.execute(sql, [*args, limit - len(rows)])]
        rows += _rows_in_order(connection, ids)
    return rows


def fetch_by_ids(connection: Connection, ids: Sequence[int]) -> list[CaseRow]:
    """Fresh rows for interviews already shown (after a save, a finalise or a referral)."""
    if not ids:
        return []
    # One bound value, not one per id (see fieldapp.vault.sync_inbox.json_values).
    sql = f"{_ROW_SQL} WHERE id IN (SELECT value FROM json_each(?))"  # noqa: S608
    return [_row(values) for values in connection.execute(sql, (json.dumps(list(ids)),))]


def _row(values: Sequence[Any]) -> CaseRow:
    (row_id, reference, created_at, updated_at, form_id, form_version, site, status,
     result_level, interviewer, revision, language) = values
    return CaseRow(
        id=row_id, reference=reference, created_at=created_at, updated_at=updated_at,
        form_id=form_id, form_version=form_version, site=site, status=CaseStatus(status),
        result_level=result_level, interviewer=interviewer, revision=revision,
        language=language,
    )


def _cursor(row: CaseRow, sort: SortKey) -> Cursor:
    value: Any = {
        SortKey.REFERENCE: row.reference,
        SortKey.CREATED: row.created_at,
        SortKey.FORM: row.form_id,
        SortKey.SITE: row.site,
        SortKey.STATUS: str(row.status),
        SortKey.RESULT: urgency_rank(row.result_level),
        SortKey.INTERVIEWER: row.interviewer,
    }[sort]
    return Cursor(value, row.id)
