"""Resolutions of version conflicts: which version of an interview revision is shown, and why.

A conflict is one interview revision received in two or more versions (``sync_records`` holds
the first, ``sync_conflicts`` the others; every version stays in the bundle ledger). Resolving
shows the chosen version: its content replaces the stored revision's and, when it is the
interview's latest revision, the row's facts follow; a ``conflict_resolutions`` row keeps the
chosen and the replaced content hash, the reason, who and when. Undoing stamps that row
(``undone_at``, ``undone_by``) and puts the replaced version back, so a resolution is never
lost either. At most one resolution per revision is in force (a unique partial index).
Auditing is the caller's job. The content written here comes from the ledger, read by the
service with the supervisor's key.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldapp.vault.audit import Clock, utc_now
from fieldapp.vault.case_facts import case_facts
from fieldapp.vault.database import Connection
from fieldapp.vault.sync_bodies import InterviewRevisionBody
from fieldapp.vault.sync_inbox import uuid_bytes, uuid_text
from fieldapp.vault.sync_outbox import INTERVIEW_KIND


@dataclass(frozen=True)
class Resolution:
    id: int
    interview_id: int
    revision: int
    chosen_hash: str
    replaced_hash: str
    reason: str
    resolved_at: str
    resolved_by: str
    undone_at: str | None
    undone_by: str | None


_COLUMNS = ("id, interview_id, revision, chosen_hash, replaced_hash, reason, resolved_at,"
            " resolved_by, undone_at, undone_by")


def _resolution(row: tuple[object, ...]) -> Resolution:
    return Resolution(int(str(row[0])), int(str(row[1])), int(str(row[2])),
                      bytes(row[3]).hex(), bytes(row[4]).hex(),  # type: ignore[call-overload]
                      str(row[5]), str(row[6]), str(row[7]),
                      None if row[8] is None else str(row[8]),
                      None if row[9] is None else str(row[9]))


def in_force(connection: Connection, interview_id: int, revision: int) -> Resolution | None:
    row = connection.execute(
        f"SELECT {_COLUMNS} FROM conflict_resolutions"  # noqa: S608 - constant columns
        " WHERE interview_id = ? AND revision = ? AND undone_at IS NULL",
        (interview_id, revision)).fetchone()
    return None if row is None else _resolution(tuple(row))


def history(connection: Connection, interview_id: int) -> list[Resolution]:
    rows = connection.execute(
        f"SELECT {_COLUMNS} FROM conflict_resolutions"  # noqa: S608 - constant columns
        " WHERE interview_id = ? ORDER BY id", (interview_id,)).fetchall()
    return [_resolution(tuple(row)) for row in rows]


def shown_hash(connection: Connection, interview_id: int, uuid: str, revision: int) -> str:
    """The content hash of the version shown now: the one chosen, else the first received."""
    resolution = in_force(connection, interview_id, revision)
    if resolution is not None:
        return resolution.chosen_hash
    row = connection.execute(
        "SELECT content_hash FROM sync_records WHERE uuid = ? AND revision = ? AND kind = ?",
        (uuid_bytes(uuid), revision, INTERVIEW_KIND)).fetchone()
    return "" if row is None else bytes(row[0]).hex()


def conflicted(connection: Connection) -> list[tuple[str, int, int, str]]:
    """(interview uuid text, revision, other versions, first flagged) of interview conflicts."""
    rows = connection.execute(
        "SELECT uuid, revision, count(*), min(flagged_at) FROM sync_conflicts"
        " WHERE kind = ? GROUP BY uuid, revision ORDER BY min(flagged_at), uuid, revision",
        (INTERVIEW_KIND,)).fetchall()
    return [(uuid_text(bytes(key)), int(revision), int(count), str(first))
            for key, revision, count, first in rows]


def show_version(connection: Connection, interview_id: int, body: InterviewRevisionBody,
                 *, now: str) -> None:
    """Make ``body`` the stored content of its revision (inside the caller's transaction)."""
    connection.execute(
        "UPDATE interview_revisions SET content = ?, reason = ?, author = ?, created_at = ?"
        " WHERE interview_id = ? AND revision = ?",
        (body.content_text(), body.facts["reason"], body.facts["author"],
         body.facts["finalised_at"], interview_id, body.revision))
    latest = connection.execute("SELECT revision FROM interviews WHERE id = ?",
                                (interview_id,)).fetchone()
    if latest is not None and int(latest[0]) == body.revision:
        is_child, citizenship = case_facts(body.content)
        connection.execute(
            "UPDATE interviews SET site = ?, result_level = ?, person_label = ?,"
            " finalised_at = ?, is_child = ?, citizenship = ?, updated_at = ? WHERE id = ?",
            (body.facts["site"], body.facts["result_level"], body.facts["person_label"],
             body.facts["finalised_at"], is_child, citizenship, now, interview_id))
        # A working copy left from an edit here must not hide the version chosen.
        connection.execute("DELETE FROM answers WHERE interview_id = ?", (interview_id,))


def add(connection: Connection, interview_id: int, revision: int, *, chosen_hash: str,
        replaced_hash: str, reason: str, by: str, clock: Clock = utc_now) -> int:
    cursor = connection.execute(
        "INSERT INTO conflict_resolutions (interview_id, revision, chosen_hash, replaced_hash,"
        " reason, resolved_at, resolved_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (interview_id, revision, bytes.fromhex(chosen_hash), bytes.fromhex(replaced_hash),
         reason, clock().isoformat(timespec="milliseconds"), by))
    assert cursor.lastrowid is not None
    return int(cursor.lastrowid)


def mark_undone(connection: Connection, resolution_id: int, *, by: str,
                clock: Clock = utc_now) -> None:
    connection.execute(
        "UPDATE conflict_resolutions SET undone_at = ?, undone_by = ? WHERE id = ?",
        (clock().isoformat(timespec="milliseconds"), by, resolution_id))
