"""A page of search results in the case list's order: the matched ids first, then their order.

A search (words through the ``interviews_fts`` index, or a reference prefix through the
reference index) is answered by reading the ids it matches into memory: 10,000 ids cost a few
milliseconds. A page of them in the list's order (newest first, by site, ...) is then found in
one of two ways:

- **walk**: the sort column's index is read in order and the ids the search matched are kept,
  until the page is full. A first name matches about a tenth of the interviews, so a page of
  200 reads about 2,000 index entries.
- **gather**: the sort value of every matched id is read by id and the page picked in memory.
  This is the way when few interviews match: walking would read most of the index for them.

Matches that sit together away from where the order starts (the references of one imported
bundle arrive together, so a prefix naming a few old bundles matches rows a newest-first walk
reaches last) are found by walking from the first match's sort value, which one aggregate over
the matches gives (SQLite computes it without copying rows). Reading a row by id costs far
more than reading an index entry when its page is not yet in the page cache (each page is
decrypted and checked on first use, about 10 µs; the index is compact and read in order), so
each walk is bounded generously: the first to a few times the depth evenly spread matches would
need, the second to ten index entries per match; past that the matches are gathered.

Neither goes through SQL's ``IN (subquery)``: SQLite copies every id of the subquery into a
temporary b-tree, one allocation per id, and under ``cipher_memory_security`` each allocation
is locked and wiped with system calls (about 10 ms for 16,000 ids, more than the whole page).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Sequence
from typing import Any

from fieldapp.vault.database import Connection

# Walking reads up to this many index entries per matched id before gathering instead.
WALK_PER_MATCH = 10
# ... and at most this many times as deep as a page of evenly spread matches would lie.
SPREAD = 4
_CHUNK = 512


class SearchMatches:
    """The ids one search matched, kept for that search's count and its next pages.

    The case list counts a search and reads its pages one after the other; reading the matches
    once serves them all. An instance belongs to one list (its page source) and is passed in
    explicitly. What it keeps is valid only while nothing was written to the vault: it holds
    the connection it read through (compared by identity; closed when the vault locks) with
    that connection's change count and the database's data version, so a write through this
    connection or a commit through any other sends the next call back to the index.
    """

    def __init__(self) -> None:
        self._connection: Connection | None = None
        self._state: tuple[str, int, int] | None = None
        self._ids: frozenset[int] = frozenset()

    def ids(self, connection: Connection, search: str,
            read: Callable[[], list[int]]) -> frozenset[int]:
        """The ids of ``search`` (a key naming it), read through ``read`` unless still known."""
        version = int(connection.execute("PRAGMA data_version").fetchone()[0])
        state = (search, connection.total_changes, version)
        if self._connection is connection and self._state == state:
            return self._ids
        ids = frozenset(read())
        self._connection, self._state, self._ids = connection, state, ids
        return ids


def reference_ids(connection: Connection, prefix: str) -> list[int]:
    """The ids of the interviews whose reference starts with ``prefix`` (index only)."""
    rows = connection.execute(
        "SELECT id FROM interviews WHERE reference >= ? AND reference < ?",
        (prefix, prefix + "\U0010ffff"))
    return [int(row[0]) for row in rows]


def text_ids(connection: Connection, expression: str) -> list[int]:
    """The ids the search index matches for an FTS5 ``expression`` (ascending)."""
    rows = connection.execute(
        "SELECT rowid FROM interviews_fts WHERE interviews_fts MATCH ?", (expression,))
    return [int(row[0]) for row in rows]


def page_ids(connection: Connection, matched: Collection[int], *, clauses: Sequence[str],
             params: Sequence[Any], sort_sql: str, descending: bool, limit: int) -> list[int]:
    """Up to ``limit`` ids among ``matched`` that pass ``clauses``, in the list's order.

    ``clauses`` (with ``params``) are the list's other filters and the keyset cursor, as SQL
    conditions on ``interviews``; ``sort_sql`` the sort value, ties broken by id.
    """
    if not matched or limit <= 0:
        return []
    wanted = matched if isinstance(matched, (set, frozenset)) else frozenset(matched)
    total = int(connection.execute("SELECT count(*) FROM interviews").fetchone()[0])
    # Spread evenly through the order, a page of matches lies this deep in the sort index.
    expected = limit * total / len(wanted)
    most = WALK_PER_MATCH * len(wanted)
    if expected > most:  # few matches: reading them is cheaper than any walk
        return _gather(connection, wanted, clauses, params, sort_sql, descending, limit)
    found = _walk(connection, wanted, clauses, params, sort_sql, descending, limit,
                  int(min(most, SPREAD * expected)))
    if found is not None:
        return found
    # The matches sit together, away from where the order starts: no index entry before the
    # first match's sort value can be one, so the walk starts there.
    first = _first_value(connection, wanted, clauses, params, sort_sql, descending)
    if first is None:
        return []
    start = f"{sort_sql} {'<=' if descending else '>='} ?"
    found = _walk(connection, wanted, [*clauses, start], [*params, first], sort_sql,
                  descending, limit, most)
    if found is not None:
        return found
    return _gather(connection, wanted, clauses, params, sort_sql, descending, limit)


def _matched_rows(wanted: Collection[int], clauses: Sequence[str],
                  params: Sequence[Any]) -> tuple[str, list[Any]]:
    """FROM and WHERE of the matched rows that pass ``clauses``, read by id, and their values."""
    # The subquery hides json_each's own ``id`` column from the clauses; ids in ascending
    # order read the table's pages in order.
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    return (" FROM (SELECT value AS matched_id FROM json_each(?))"  # noqa: S608 - constants
            f" CROSS JOIN interviews ON interviews.id = matched_id{where}",
            [json.dumps(sorted(wanted)), *params])


def _first_value(connection: Connection, wanted: Collection[int], clauses: Sequence[str],
                 params: Sequence[Any], sort_sql: str, descending: bool) -> Any:
    """The sort value the page starts at: an aggregate, which SQLite keeps off the heap."""
    tail, values = _matched_rows(wanted, clauses, params)
    function = "max" if descending else "min"
    # Sort values are never NULL (every sort column is NOT NULL), so nothing is skipped.
    row = connection.execute(f"SELECT {function}({sort_sql}){tail}", values).fetchone()
    return row[0]


def _walk(connection: Connection, wanted: Collection[int], clauses: Sequence[str],
          params: Sequence[Any], sort_sql: str, descending: bool, limit: int,
          budget: int) -> list[int] | None:
    """The page from the sort index, or None when ``budget`` entries did not fill it."""
    direction = "DESC" if descending else "ASC"
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    cursor = connection.execute(
        f"SELECT id FROM interviews{where}"  # noqa: S608 - built from constants
        f" ORDER BY {sort_sql} {direction}, id {direction} LIMIT ?", [*params, budget + 1])
    found: list[int] = []
    walked = 0
    try:
        while chunk := cursor.fetchmany(_CHUNK):
            walked += len(chunk)
            for (row_id,) in chunk:
                if row_id in wanted:
                    found.append(int(row_id))
                    if len(found) == limit:
                        return found
        # Fewer rows than asked for: the index ended and every match was seen.
        return found if walked <= budget else None
    finally:
        cursor.close()


def _gather(connection: Connection, wanted: Collection[int], clauses: Sequence[str],
            params: Sequence[Any], sort_sql: str, descending: bool, limit: int) -> list[int]:
    """The page from the matches' own sort values, read by id and ordered in memory."""
    tail, values = _matched_rows(wanted, clauses, params)
    rows = connection.execute(f"SELECT {sort_sql}, id{tail}", values).fetchall()
    try:  # every sort column holds text: tuples compare as SQLite orders them
        rows.sort(reverse=descending)
    except TypeError:  # NULLs or mixed types, which tuples cannot compare
        rows.sort(key=_order_key, reverse=descending)
    return [int(row[1]) for row in rows[:limit]]


def _order_key(row: Sequence[Any]) -> tuple[int, Any, int]:
    """SQLite's order of (value, id): NULL first, then numbers, text, blobs."""
    value, row_id = row
    if value is None:
        return (0, 0, row_id)
    if isinstance(value, (int, float)):
        return (1, value, row_id)
    return (2 if isinstance(value, str) else 3, value, row_id)
