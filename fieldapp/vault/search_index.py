"""The case list's full-text index (``interviews_fts``): what it holds and keeping it current.

The index is an FTS5 table without content of its own inside the encrypted vault: reference
(from its first dash on, so the common type letter does not match every row), form, site,
interviewer and the person's recorded name or alias. A name sealed under an officer's key
(a shared laptop, :mod:`fieldapp.vault.content_seal`) is never put into it: the index is
readable with the shared data key, so it would give away what the seal protects. Such names
are searched in memory, with the keys of the account signed in
(:mod:`fieldapp.services.sealed_labels`).

:func:`refresh_search_index` indexes the interviews added since the last refresh (found by
id, so any writer's new rows are covered) and those queued with :func:`queue_for_search`
because a searchable column changed or the row was deleted. A bulk import thus pays for
indexing once, in one statement, not per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from fieldapp.vault.database import Connection, transaction

SEARCH_MARK = "search_indexed_through"
# What the index holds, in its column order; a sealed name (a BLOB) is indexed as ''.
_INDEXED_COLUMNS = "reference, form_id, site, interviewer, person_label"
_INDEXED_VALUES = (
    "substr(reference, instr(reference, '-') + 1), form_id, site, interviewer,"
    " CASE WHEN typeof(person_label) = 'text' THEN person_label ELSE '' END"
)


def queue_for_search(connection: Connection, ids: Iterable[int]) -> None:
    """Mark interviews whose searchable columns changed, or that were deleted.

    New interviews need no call (they are found by id); anything that changes ``site``,
    ``person_label`` or another indexed column of an existing row, or deletes rows (a purge),
    queues their ids so the next search re-indexes or forgets them.
    """
    connection.executemany(
        "INSERT OR IGNORE INTO search_queue (interview_id) VALUES (?)", [(i,) for i in ids]
    )


def erase_from_search_index(connection: Connection, ids: Sequence[int]) -> None:
    """Remove what the index holds of ``ids`` now, leaving no trace in its pages.

    Run inside a ``secure_delete`` transaction (the retention purge's ``forget`` hook). A
    contentless index records a delete as a tombstone and keeps the row's words in its data
    pages until the segments are merged, so the index is merged ("optimize") here; the pages
    it frees are then overwritten.
    """
    queue_for_search(connection, ids)
    refresh_search_index(connection)
    connection.execute("INSERT INTO interviews_fts (interviews_fts) VALUES ('optimize')")


def forget_all(connection: Connection) -> None:
    """Empty the index (inside the caller's transaction, ``secure_delete`` on to leave no
    trace); the next refresh indexes every interview again, as it now reads."""
    connection.execute("INSERT INTO interviews_fts (interviews_fts) VALUES ('delete-all')")
    connection.execute("DELETE FROM search_queue")
    connection.execute("DELETE FROM meta WHERE key = ?", (SEARCH_MARK,))


def refresh_search_index(connection: Connection) -> int:
    """Index interviews added since the last search and those queued; returns how many.

    New rows are found by id above the mark stored in ``meta``; if rows at the top were
    deleted the mark moves down first, so a reused id is indexed afresh.
    """
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (SEARCH_MARK,)).fetchone()
    mark = int(row[0]) if row else 0
    top = int(connection.execute("SELECT coalesce(max(id), 0) FROM interviews").fetchone()[0])
    queued = int(connection.execute("SELECT count(*) FROM search_queue").fetchone()[0])
    if top == mark and not queued:
        return 0
    with transaction(connection):
        if top < mark:
            connection.execute("DELETE FROM interviews_fts WHERE rowid > ?", (top,))
            mark = top
        connection.execute(
            "DELETE FROM interviews_fts WHERE rowid IN"
            " (SELECT interview_id FROM search_queue WHERE interview_id <= ?)",
            (mark,),
        )
        added = connection.execute(
            f"INSERT INTO interviews_fts (rowid, {_INDEXED_COLUMNS})"  # noqa: S608 - constants
            f" SELECT id, {_INDEXED_VALUES} FROM interviews WHERE id > ? OR (id <= ? AND id IN"
            " (SELECT interview_id FROM search_queue))",
            (mark, mark),
        ).rowcount
        connection.execute("DELETE FROM search_queue")
        connection.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (SEARCH_MARK, str(top)),
        )
    return int(added)
