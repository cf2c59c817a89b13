"""A laptop's export state: what is still to send, what left in which bundle, what was received.

Every finalised interview revision, every state of a referral and every audit entry is owed to
the supervisor until a signed receipt acknowledges it. ``sync_outbox`` has one row per record
revision that left in a bundle (kind, uuid, revision, the local row it came from, its content
hash, the sequence of the last bundle that carried it, when, and when it was acknowledged);
``sync_bundles_out`` one row per bundle. "Pending" is everything without an acknowledgement,
whether it left before or not: a bundle that never arrived is covered by the next one. Bundle
numbers are reserved in a transaction of their own before the file is written, so a crash
between writing and recording leaves a gap at the supervisor (reported, harmless) and never a
reused number (a replay). A receipt acknowledges a record only when it names the very content
hash this laptop sent. Drafts never appear here: ``interview_revisions`` holds finalised content
only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from fieldapp.vault.database import Connection, transaction
from fieldapp.vault.sync_store import SEQUENCE_RESERVED, integer_setting, put_settings

AUDIT_KIND = "audit_entry"
INTERVIEW_KIND = "interview_revision"
REFERRAL_KIND = "referral"
_CHUNK = 500


@dataclass(frozen=True)
class PendingRevision:
    """One finalised revision not yet acknowledged, with the interview facts that never change."""

    interview_id: int
    uuid: str
    reference: str
    form_id: str
    form_version: str
    language: str
    interviewer: str
    created_at: str
    revision: int
    content: str
    reason: str
    author: str
    finalised_at: str
    sent_hash: str | None  # the hash it left with before, or None if it never left


@dataclass(frozen=True)
class PendingAudit:
    seq: int
    at: str
    actor: str
    event: str
    details: str
    prev_hash: str
    hash: str
    sent_hash: str | None


@dataclass(frozen=True)
class ReferralRow:
    """A referral as it stands now, with the interview it belongs to."""

    referral_id: int
    uuid: str
    interview_id: int
    interview_uuid: str
    reference: str
    service_id: str
    service_name: str
    service_type: str
    language: str
    encrypted: bool
    status: str
    created_at: str
    updated_at: str
    created_by: str
    file_name: str


@dataclass(frozen=True)
class SentVersion:
    """The latest revision of a record that left, its hash, and whether it was received."""

    revision: int
    content_hash: str
    acknowledged: bool


@dataclass(frozen=True)
class ExportedRecord:
    """One record as it went into a bundle."""

    uuid: str
    revision: int
    kind: str
    local_id: int
    content_hash: str


@dataclass(frozen=True)
class OutgoingBundle:
    sequence: int
    bundle_uuid: str | None  # sealed in the bundle: known once its receipt arrives
    file_name: str
    record_count: int
    exported_at: str
    acknowledged_at: str | None


@dataclass(frozen=True)
class Acknowledgement:
    """What one receipt changed: newly acknowledged, already acknowledged, not matching."""

    acknowledged: int
    already: int
    unmatched: int
    bundle_known: bool


def pending_revisions(connection: Connection,
                      interview_id: int | None = None) -> list[PendingRevision]:
    """Unacknowledged revisions (of ``interview_id``) whose content this account's keys open;
    another officer's travel sealed to the supervisor (fieldapp.vault.sealed_outbox)."""
    one = "" if interview_id is None else " AND i.id = ?"  # a constant: no text from outside
    rows = connection.execute(
        "SELECT i.id, i.uuid, i.reference, i.form_id, i.form_version, i.language,"  # noqa: S608
        " i.interviewer, i.created_at, r.revision, fa_open(r.content, 'revision'),"
        " fa_open(r.reason, 'reason'),"
        " r.author, r.created_at, o.content_hash"
        " FROM interview_revisions r JOIN interviews i ON i.id = r.interview_id"
        " LEFT JOIN sync_outbox o ON o.uuid = i.uuid AND o.revision = r.revision"
        f" WHERE o.acknowledged_at IS NULL AND fa_can_open(r.content){one}"
        " ORDER BY i.id, r.revision", () if interview_id is None else (interview_id,)
    ).fetchall()
    return [PendingRevision(*row) for row in rows]


def pending_audit(connection: Connection) -> list[PendingAudit]:
    rows = connection.execute(
        "SELECT a.seq, a.at, a.actor, a.event, a.details, a.prev_hash, a.hash, o.content_hash"
        " FROM audit_log a LEFT JOIN sync_outbox o"
        " ON o.kind = ? AND o.local_id = a.seq"
        " WHERE o.acknowledged_at IS NULL ORDER BY a.seq",
        (AUDIT_KIND,),
    ).fetchall()
    return [PendingAudit(*row) for row in rows]


def referral_rows(connection: Connection) -> list[ReferralRow]:
    """Every referral (none on a vault whose schema has no referrals table)."""
    if connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'referrals'"
    ).fetchone() is None:
        return []
    rows = connection.execute(
        "SELECT r.id, r.uuid, r.interview_id, i.uuid, i.reference, r.service_id,"
        " r.service_name, r.service_type, r.language, r.encrypted, r.status, r.created_at,"
        " r.updated_at, r.created_by, r.file_name"
        " FROM referrals r JOIN interviews i ON i.id = r.interview_id ORDER BY r.id"
    ).fetchall()
    return [
        ReferralRow(int(a), str(b), int(c), str(d), str(e), str(f), str(g), str(h), str(i),
                    bool(j), str(k), str(m), str(n), str(o), str(p))
        for a, b, c, d, e, f, g, h, i, j, k, m, n, o, p in rows
    ]


def latest_sent(connection: Connection, kind: str) -> dict[str, SentVersion]:
    """uuid -> the highest revision of each record of ``kind`` that left."""
    rows = connection.execute(
        "SELECT o.uuid, o.revision, o.content_hash, o.acknowledged_at FROM sync_outbox o"
        " WHERE o.kind = ? AND o.revision ="
        " (SELECT max(p.revision) FROM sync_outbox p WHERE p.uuid = o.uuid)",
        (kind,),
    ).fetchall()
    return {str(uuid): SentVersion(int(revision), str(digest), acknowledged is not None)
            for uuid, revision, digest, acknowledged in rows}


def reserve_sequence(connection: Connection) -> int:
    """The next bundle number, reserved durably before the bundle is written."""
    with transaction(connection):
        row = connection.execute("SELECT coalesce(max(sequence), 0) FROM sync_bundles_out")
        used = max(int(row.fetchone()[0]), integer_setting(connection, SEQUENCE_RESERVED))
        put_settings(connection, {SEQUENCE_RESERVED: str(used + 1)})
    return used + 1


def record_export(
    connection: Connection,
    *,
    sequence: int,
    file_name: str,
    records: Sequence[ExportedRecord],
    now: str,
) -> None:
    """Mark ``records`` as sent in bundle ``sequence`` (call after the file was verified)."""
    with transaction(connection):
        connection.execute(
            "INSERT INTO sync_bundles_out (sequence, file_name, record_count, exported_at)"
            " VALUES (?, ?, ?, ?)",
            (sequence, file_name, len(records), now),
        )
        connection.executemany(
            "INSERT INTO sync_outbox (uuid, revision, kind, local_id, content_hash,"
            " bundle_sequence, exported_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (uuid, revision) DO UPDATE SET content_hash = excluded.content_hash,"
            " bundle_sequence = excluded.bundle_sequence, exported_at = excluded.exported_at",
            [(r.uuid, r.revision, r.kind, r.local_id, r.content_hash, sequence, now)
             for r in records],
        )


def acknowledge(
    connection: Connection,
    records: Iterable[tuple[str, int, str]],
    *,
    sequence: int,
    bundle_uuid: str,
    now: str,
) -> Acknowledgement:
    """Mark as received the records whose (uuid, revision, hash) the receipt names."""
    listed = list(records)
    with transaction(connection):
        sent: dict[tuple[str, int], tuple[str, str | None]] = {}
        uuids = sorted({uuid for uuid, _revision, _hash in listed})
        for start in range(0, len(uuids), _CHUNK):
            chunk = uuids[start:start + _CHUNK]
            marks = ", ".join("?" for _ in chunk)
            for uuid, revision, content_hash, acknowledged_at in connection.execute(
                "SELECT uuid, revision, content_hash, acknowledged_at FROM sync_outbox"  # noqa: S608
                f" WHERE uuid IN ({marks})",
                chunk,
            ):
                sent[(str(uuid), int(revision))] = (str(content_hash), acknowledged_at)
        fresh: list[tuple[str, str, int]] = []
        already = unmatched = 0
        for uuid, revision, content_hash in listed:
            found = sent.get((uuid, revision))
            if found is None or found[0] != content_hash:
                unmatched += 1
            elif found[1] is not None:
                already += 1
            else:
                fresh.append((now, uuid, revision))
        connection.executemany(
            "UPDATE sync_outbox SET acknowledged_at = ? WHERE uuid = ? AND revision = ?", fresh
        )
        known = connection.execute(
            "UPDATE sync_bundles_out SET acknowledged_at = coalesce(acknowledged_at, ?),"
            " bundle_uuid = coalesce(bundle_uuid, ?) WHERE sequence = ?",
            (now, bundle_uuid, sequence),
        ).rowcount
        refresh_synced_marks(connection, now=now)
    return Acknowledgement(len(fresh), already, unmatched, bool(known))


# Every revision of the interview left and was acknowledged, and it is not being edited.
_ALL_ACKNOWLEDGED = (
    "(interviews.status = 'finalised' AND NOT EXISTS (SELECT 1 FROM interview_revisions r"
    " LEFT JOIN sync_outbox o ON o.uuid = interviews.uuid AND o.revision = r.revision"
    " WHERE r.interview_id = interviews.id AND o.acknowledged_at IS NULL))"
)


def refresh_synced_marks(connection: Connection, *, now: str) -> int:
    """``synced_at`` set where everything is acknowledged, cleared where new work waits."""
    with transaction(connection):
        cursor = connection.execute(
            f"UPDATE interviews SET synced_at = CASE WHEN {_ALL_ACKNOWLEDGED} THEN ? ELSE NULL"  # noqa: S608
            f" END WHERE revision >= 1 AND (synced_at IS NULL) = {_ALL_ACKNOWLEDGED}",
            (now,),
        )
    return int(cursor.rowcount)


def bundles(connection: Connection) -> list[OutgoingBundle]:
    rows = connection.execute(
        "SELECT sequence, bundle_uuid, file_name, record_count, exported_at, acknowledged_at"
        " FROM sync_bundles_out ORDER BY sequence"
    ).fetchall()
    return [OutgoingBundle(*row) for row in rows]


def last_bundle(connection: Connection) -> OutgoingBundle | None:
    listed = connection.execute(
        "SELECT sequence, bundle_uuid, file_name, record_count, exported_at, acknowledged_at"
        " FROM sync_bundles_out ORDER BY sequence DESC LIMIT 1"
    ).fetchone()
    return None if listed is None else OutgoingBundle(*listed)


def acknowledged_count(connection: Connection) -> int:
    row = connection.execute(
        "SELECT count(*) FROM sync_outbox WHERE acknowledged_at IS NOT NULL"
    ).fetchone()
    return int(row[0])
