"""Finalised revisions sealed to the supervisor, so any account of a laptop can send them.

``sealed_revisions`` holds, per interview revision, its sync record age-encrypted to the
supervisor's recipient (and the recovery recipient), the hash of the clear record (what the
supervisor's receipt names, so the outbox acknowledges it as if it left in clear) and the
recipients it was sealed to (a new supervisor key makes it stale: a reader of the content
seals it again). It is written by an account that can read the revision (its officer at
finalisation, or at an export by her or a supervisor account) and read by an export of any
account for the revisions that account cannot read (fieldapp.services.sync_sealing).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from fieldapp.vault.database import Connection


@dataclass(frozen=True)
class SealedPending:
    """An unacknowledged revision this account cannot read, as sealed for the supervisor."""

    interview_id: int
    uuid: str
    revision: int
    content_hash: str
    sealed: bytes
    sent_hash: str | None


def sealed_state(connection: Connection) -> dict[tuple[str, int], tuple[str, str]]:
    """(uuid, revision) -> (content hash, recipients) of every sealed revision."""
    rows = connection.execute(
        "SELECT uuid, revision, content_hash, recipients FROM sealed_revisions").fetchall()
    return {(str(uuid), int(revision)): (str(digest), str(recipients))
            for uuid, revision, digest, recipients in rows}


def store(connection: Connection,
          rows: Iterable[tuple[str, int, str, str, bytes]]) -> None:
    """Insert or replace (uuid, revision, content hash, recipients, sealed) rows."""
    connection.executemany(
        "INSERT OR REPLACE INTO sealed_revisions"
        " (uuid, revision, content_hash, recipients, sealed) VALUES (?, ?, ?, ?, ?)", rows)


def pending_sealed(connection: Connection, recipients: str) -> list[SealedPending]:
    """Unacknowledged revisions this account's keys do not open, sealed to ``recipients``."""
    rows = connection.execute(
        "SELECT i.id, i.uuid, r.revision, s.content_hash, s.sealed, o.content_hash"
        " FROM interview_revisions r JOIN interviews i ON i.id = r.interview_id"
        " JOIN sealed_revisions s ON s.uuid = i.uuid AND s.revision = r.revision"
        " AND s.recipients = ?"
        " LEFT JOIN sync_outbox o ON o.uuid = i.uuid AND o.revision = r.revision"
        " WHERE o.acknowledged_at IS NULL AND NOT fa_can_open(r.content)"
        " ORDER BY i.id, r.revision", (recipients,)).fetchall()
    return [SealedPending(int(a), str(b), int(c), str(d), bytes(e), None if f is None else str(f))
            for a, b, c, d, e, f in rows]


def left_unsent(connection: Connection, recipients: str) -> int:
    """Unacknowledged revisions this account can neither read nor send sealed: they wait for
    their officer's or a supervisor account's export (or next finalisation)."""
    row = connection.execute(
        "SELECT count(*) FROM interview_revisions r JOIN interviews i ON i.id = r.interview_id"
        " LEFT JOIN sync_outbox o ON o.uuid = i.uuid AND o.revision = r.revision"
        " WHERE o.acknowledged_at IS NULL AND NOT fa_can_open(r.content)"
        " AND NOT EXISTS (SELECT 1 FROM sealed_revisions s WHERE s.uuid = i.uuid"
        "                 AND s.revision = r.revision AND s.recipients = ?)",
        (recipients,)).fetchone()
    return int(row[0])
