"""The one filter over imported interviews: review list, dashboard and exports share it.

A :class:`CaseFilter` (frozen, hashable, so a screen can keep it as its state and compare it)
says which interviews a supervisor looks at: sites, officers, forms, a creation date range,
result levels, HTCDS case statuses, children/adults/unknown age, whether a version conflict is
still open, and optional free text. :func:`case_where` turns it into one SQL condition with
its parameters over the ``interviews`` table (or an alias of it), so every reader filters the
same way and nothing builds its own WHERE clause. Empty sets mean "any"; fields combine with
AND, values inside a field with OR.

How the condition reads the table matters more than anything else at 100,000 interviews. In
the encrypted vault, reading rows in the order an index on site, status, form, result, officer
or age group lists them costs a page decryption per row (0.7 s for one site's 16,000 rows,
measured), while reading the whole table in order costs 60 ms. So those columns are written
``+column``: SQLite then never enters the table through their indexes. A count reads the
covering index ``interviews_for_review`` (migration 8: every filtered column, no table
access), and a page in creation order walks an index in that order, whose rows lie in table
order, and stops after a page. What is truly narrow does use an index: a reference prefix, the date
range (created_at), the open conflicts (few, found through ``sync_conflicts``) and the
search index (FTS5, as the case list searches). Dates are the day the interview started, in
UTC as stored, both ends included.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from fieldapp.errors import UsageError
from fieldapp.services import caselist
from fieldapp.vault.case_states import CaseStatus
from fieldapp.vault.database import Connection
from fieldapp.vault.sync_outbox import INTERVIEW_KIND

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class AgeGroup(StrEnum):
    """Child or adult, as the interview's ``is_child`` answer says; unknown when it has none."""

    CHILD = "child"
    ADULT = "adult"
    UNKNOWN = "unknown"


_AGE_SQL = {AgeGroup.CHILD: "+{t}.is_child = 1", AgeGroup.ADULT: "+{t}.is_child = 0",
            AgeGroup.UNKNOWN: "+{t}.is_child IS NULL"}

# The interviews with a version conflict no resolution in force settles. The ledger keys
# records by the uuid's 16 bytes; interviews by its canonical text.
_UUID_TEXT = (
    "lower(substr(hex(c.uuid), 1, 8) || '-' || substr(hex(c.uuid), 9, 4) || '-' ||"
    " substr(hex(c.uuid), 13, 4) || '-' || substr(hex(c.uuid), 17, 4) || '-' ||"
    " substr(hex(c.uuid), 21))"
)
OPEN_CONFLICTS_SQL = (
    "SELECT ci.id FROM sync_conflicts c"  # noqa: S608 - constants only
    f" JOIN interviews ci ON ci.uuid = {_UUID_TEXT}"
    " WHERE c.kind = ? AND NOT EXISTS (SELECT 1 FROM conflict_resolutions cr"
    " WHERE cr.interview_id = ci.id AND cr.revision = c.revision AND cr.undone_at IS NULL)"
)


@dataclass(frozen=True)
class CaseFilter:
    """Which interviews to show. Empty sets and ``None`` mean "any"."""

    sites: frozenset[str] = field(default_factory=frozenset)
    officers: frozenset[str] = field(default_factory=frozenset)
    forms: frozenset[str] = field(default_factory=frozenset)
    created_from: date | None = None
    created_to: date | None = None
    result_levels: frozenset[str] = field(default_factory=frozenset)
    case_statuses: frozenset[CaseStatus] = field(default_factory=frozenset)
    age_groups: frozenset[AgeGroup] = field(default_factory=frozenset)
    has_conflict: bool | None = None
    text: str = ""

    def __post_init__(self) -> None:
        if (self.created_from is not None and self.created_to is not None
                and self.created_to < self.created_from):
            raise UsageError("the date range ends before it starts")

    @property
    def is_empty(self) -> bool:
        return self == CaseFilter()


@dataclass(frozen=True)
class SqlWhere:
    """A condition for a WHERE clause (``"1"`` when nothing is filtered) and its parameters."""

    sql: str
    params: tuple[Any, ...]

    def clause(self) -> str:
        """`` WHERE ...`` or '' when nothing is filtered."""
        return "" if self.sql == "1" else f" WHERE {self.sql}"


def _in(column: str, values: Iterable[str]) -> tuple[str, list[str]]:
    ordered = sorted(values)
    return f"{column} IN ({', '.join('?' for _ in ordered)})", ordered


def case_where(connection: Connection, case_filter: CaseFilter, *,
               table: str = "interviews") -> SqlWhere:
    """The filter as SQL over ``table`` (``interviews`` or the alias a query gives it).

    A free-text search brings the search index up to date first (see
    :func:`fieldapp.services.caselist.refresh_search_index`), hence the connection.
    """
    if not _IDENTIFIER.fullmatch(table):
        raise ValueError("table must be a plain SQL name")
    t = table
    clauses: list[str] = []
    params: list[Any] = []
    # ``+``: these columns are tests, never the way in (see the module text).
    for column, values in ((f"+{t}.site", case_filter.sites),
                           (f"+{t}.interviewer", case_filter.officers),
                           (f"+{t}.form_id", case_filter.forms),
                           (f"+{t}.result_level", case_filter.result_levels),
                           (f"+{t}.case_status", {str(s) for s in case_filter.case_statuses})):
        if values:
            sql, values_params = _in(column, values)
            clauses.append(sql)
            params.extend(values_params)
    if case_filter.created_from is not None:
        clauses.append(f"{t}.created_at >= ?")
        params.append(case_filter.created_from.isoformat())
    if case_filter.created_to is not None:
        clauses.append(f"{t}.created_at < ?")
        params.append((case_filter.created_to + timedelta(days=1)).isoformat())
    if case_filter.age_groups and set(case_filter.age_groups) != set(AgeGroup):
        tests = [_AGE_SQL[group].format(t=t) for group in sorted(case_filter.age_groups)]
        clauses.append(f"({' OR '.join(tests)})")
    if case_filter.has_conflict is not None:
        negation = "" if case_filter.has_conflict else "NOT "
        clauses.append(f"{t}.id {negation}IN ({OPEN_CONFLICTS_SQL})")
        params.append(INTERVIEW_KIND)
    _text(connection, case_filter.text, t, clauses, params)
    return SqlWhere(" AND ".join(clauses) or "1", tuple(params))


def _text(connection: Connection, text: str, t: str, clauses: list[str],
          params: list[Any]) -> None:
    reference = caselist.reference_prefix(text)
    if reference is not None:
        clauses.append(f"{t}.reference >= ? AND {t}.reference < ?")
        params.extend([reference, reference + "\U0010ffff"])
        return
    expression = caselist.search_expression(text)
    if expression:
        caselist.refresh_search_index(connection)
        clauses.append(
            f"+{t}.id IN (SELECT rowid FROM interviews_fts"  # noqa: S608 - a checked name
            " WHERE interviews_fts MATCH ?)")
        params.append(expression)


def count_matching(connection: Connection, case_filter: CaseFilter) -> int:
    """How many interviews the filter keeps."""
    where = case_where(connection, case_filter)
    row = connection.execute(
        f"SELECT count(*) FROM interviews{where.clause()}", where.params  # noqa: S608
    ).fetchone()
    return int(row[0])


def matching_ids(connection: Connection, case_filter: CaseFilter, *,
                 limit: int | None = None) -> list[int]:
    """Ids of the interviews the filter keeps, newest first (``limit`` of them if given)."""
    where = case_where(connection, case_filter)
    sql = (f"SELECT id FROM interviews{where.clause()}"  # noqa: S608 - built from constants
           " ORDER BY created_at DESC, id DESC")
    params: tuple[Any, ...] = where.params
    if limit is not None:
        sql += " LIMIT ?"
        params = (*params, limit)
    return [int(row[0]) for row in connection.execute(sql, params)]
