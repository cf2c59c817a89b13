"""Supervisor side: the import ledger in the vault, deciding exactly as ``ImportLedger`` does.

:func:`apply_bundle` takes a bundle that passed every check and applies it inside the caller's
transaction: a bundle uuid seen before changes nothing (its stored receipt is offered again);
otherwise its sequence number is classed against the device's earlier bundles (in order, gap,
late, replay), a ledger row is written and each record, keyed by (uuid, revision), is new,
a duplicate (same content hash) or a conflict (different content, kept in ``sync_conflicts``
beside the first version, never overwriting it). These are the decisions of
:class:`fieldapp.sync.ledger.ImportLedger`, which the property tests hold this module to.

Nothing received is lost: the bundle file itself is kept in the ledger row (still signed and
encrypted to the supervisor, verifiable again at any time), and each record row, first version
or conflicting one, says where in it the record sits. This is also what makes a bulk import
fast (100,000 interviews arrive at once): a bundle's records are written as one compressed
file plus one small row each with one ``executemany``, which skips the keys already held; the
versions held are read (one query) only when it skipped some. New interview revisions are queued in
``sync_pending``; showing them as interviews is a second step (sync_materialise.py).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any, Protocol

from fieldapp.sync import BundleManifest
from fieldapp.sync.ledger import BundleOutcome, RecordOutcome, RecordStatus, SequenceStatus
from fieldapp.vault.database import Connection, transaction
from fieldapp.vault.sync_outbox import INTERVIEW_KIND, REFERRAL_KIND

# A gap is listed number by number; a hostile sequence number must not make that list huge.
MAX_MISSING_LISTED = 1000


@dataclass(frozen=True)
class IncomingBundle:
    bundle_uuid: str
    device_id: str
    sequence: int
    sequence_status: str
    missing_sequences: tuple[int, ...]
    record_count: int
    new_records: int
    duplicate_records: int
    conflict_records: int
    file_name: str
    imported_at: str
    receipt_exported_at: str | None


@dataclass(frozen=True)
class Conflict:
    """A record revision held in more than one version, for review."""

    uuid: str
    revision: int
    kind: str
    device_id: str
    first_hash: str
    other_hash: str
    flagged_at: str


def atomic(connection: Connection) -> AbstractContextManager[object]:
    """A transaction, or nothing when the caller holds one already.

    Not a savepoint: inside one, SQLite copies every page a bulk write touches into a
    sub-journal (and SQLCipher wipes it again on release), a tenth of an import's time.
    """
    return nullcontext() if connection.in_transaction else transaction(connection)


def _classify(connection: Connection, device_id: str,
              sequence: int) -> tuple[SequenceStatus, tuple[int, ...]]:
    highest, repeated = connection.execute(
        "SELECT coalesce(max(sequence), 0), count(*) FILTER (WHERE sequence = ?)"
        " FROM sync_bundles_in WHERE device_id = ?",
        (sequence, device_id),
    ).fetchone()
    if repeated:
        return SequenceStatus.REPLAY, ()
    if sequence == highest + 1:
        return SequenceStatus.IN_ORDER, ()
    if sequence > highest:
        end = min(sequence, highest + 1 + MAX_MISSING_LISTED)
        return SequenceStatus.GAP, tuple(range(highest + 1, end))
    return SequenceStatus.LATE, ()


def uuid_bytes(text: str) -> bytes:
    """The 16 bytes of a canonical uuid (how the ledger stores it)."""
    return bytes.fromhex(text.replace("-", ""))


def uuid_text(data: bytes) -> str:
    return str(uuid.UUID(bytes=bytes(data)))


def json_values(values: Iterable[str]) -> str:
    """A JSON array of ``values`` for ``IN (SELECT value FROM json_each(?))``.

    One bound text instead of one parameter per value: after a statement with hundreds of
    parameters, this connection's later statements allocated every bound value with
    ``malloc`` (each one an mlock and munlock under ``cipher_memory_security``), which made
    an import's inserts ten times slower (docs/performance.md, Sync).
    """
    return json.dumps(list(values))


def _versions(connection: Connection, records: Sequence[Delivered],
              held_up_to: int) -> dict[tuple[bytes, int], set[bytes]]:
    """Every version held of the records' keys: the first one (a ``sync_records`` row up to id
    ``held_up_to``, written before this bundle) and any conflicts."""
    keys = json_values(sorted({record.uuid.replace("-", "") for record in records}))
    found: dict[tuple[bytes, int], set[bytes]] = {}
    queries: list[tuple[str, tuple[object, ...]]] = [(
        "SELECT uuid, revision, content_hash FROM sync_records"
        " WHERE uuid IN (SELECT unhex(value) FROM json_each(?)) AND id <= ?", (keys, held_up_to))]
    if connection.execute("SELECT EXISTS (SELECT 1 FROM sync_conflicts)").fetchone()[0]:
        queries.append(("SELECT uuid, revision, content_hash FROM sync_conflicts"
                         " WHERE uuid IN (SELECT unhex(value) FROM json_each(?))", (keys,)))
    for query, parameters in queries:
        for key, revision, content_hash in connection.execute(query, parameters):
            found.setdefault((bytes(key), revision), set()).add(bytes(content_hash))
    return found


class Delivered(Protocol):
    """What the ledger needs of a received record (a ``SyncRecord`` has it all)."""

    @property
    def uuid(self) -> str: ...
    @property
    def revision(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def device_id(self) -> str: ...
    @property
    def content_hash(self) -> str: ...
    @property
    def key(self) -> tuple[str, int]: ...


def _record_all(connection: Connection, records: Sequence[Delivered], bundle_id: int,
                held_up_to: int, now: str
                ) -> tuple[list[RecordOutcome], list[tuple[object, ...]]]:
    """Write every record of a bundle whose key is not held yet (``sync_records`` rows up to
    id ``held_up_to`` are those held before the bundle), and class each record:
    the outcomes in order, and the rows of the conflicts (for ``sync_conflicts``).

    Every record goes in as new, a key already held being skipped by the insert itself; only
    when some were skipped are the versions held read, to tell duplicates from conflicts. A
    bundle of new records (nearly every bundle) so costs one statement, not also a look-up of
    each of its keys.
    """
    rows = [(uuid_bytes(record.uuid), record.revision, record.kind, record.device_id,
             bytes.fromhex(record.content_hash), bundle_id, position)
            for position, record in enumerate(records)]
    written = connection.executemany(
        "INSERT INTO sync_records (uuid, revision, kind, device_id, content_hash,"
        " bundle_id, position) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (uuid, revision) DO NOTHING",
        rows,
    ).rowcount
    if written == len(records):
        return [RecordOutcome(record.uuid, record.revision, record.content_hash,
                              RecordStatus.NEW) for record in records], []
    versions = _versions(connection, records, held_up_to)
    outcomes: list[RecordOutcome] = []
    conflicts: list[tuple[object, ...]] = []
    for record, (key, revision, kind, device_id, digest, _bundle, position) in zip(
            records, rows, strict=True):
        held = versions.get((key, revision))
        if held is None:
            result = RecordStatus.NEW
        elif digest in held:
            result = RecordStatus.DUPLICATE
        else:
            result = RecordStatus.CONFLICT
            conflicts.append((key, revision, digest, kind, device_id, bundle_id, position, now))
        outcomes.append(RecordOutcome(record.uuid, revision, record.content_hash, result))
    return outcomes, conflicts


def apply_bundle(
    connection: Connection,
    manifest: BundleManifest,
    records: Sequence[Delivered],
    *,
    data: bytes,
    file_name: str,
    now: str,
    imported_by: str,
    receipt: bytes,
    queue: bool = True,
) -> BundleOutcome:
    """Apply the verified bundle in ``data`` (its manifest and records): all or nothing, in
    the caller's transaction if there is one (the caller's audit entry commits with it).

    New interview revisions and referrals are queued to be shown, unless ``queue`` is false:
    the caller then shows them itself in the same transaction."""
    with atomic(connection):
        seen = connection.execute(
            "UPDATE sync_bundles_in SET receipt_exported_at = NULL WHERE bundle_uuid = ?",
            (manifest.bundle_uuid,),
        ).rowcount
        if seen:
            return BundleOutcome(
                manifest.bundle_uuid, manifest.device_id, manifest.sequence,
                duplicate_bundle=True, sequence_status=None, missing_sequences=(), records=(),
            )
        status, missing = _classify(connection, manifest.device_id, manifest.sequence)
        # The bundle's row goes in last, with its counts: its file (some hundred KB) is
        # written once, not again by an update. This transaction holds the write lock, so the
        # id taken here is the one it gets.
        bundle_id, first_id = connection.execute(
            "SELECT (SELECT coalesce(max(id), 0) + 1 FROM sync_bundles_in),"
            " (SELECT coalesce(max(id), 0) FROM sync_records)").fetchone()
        outcomes, conflicts = _record_all(connection, records, bundle_id, first_id, now)
        fresh = sum(outcome.status is RecordStatus.NEW for outcome in outcomes)
        connection.executemany(
            "INSERT INTO sync_conflicts (uuid, revision, content_hash, kind, device_id,"
            " bundle_id, position, flagged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            conflicts,
        )
        if queue:
            # Shown as interviews by the second step (sync_materialise), after the import.
            connection.execute(
                "INSERT INTO sync_pending (record_id) SELECT id FROM sync_records"
                " WHERE id > ? AND kind IN (?, ?)",
                (first_id, INTERVIEW_KIND, REFERRAL_KIND),
            )
        connection.execute(
            "INSERT INTO sync_bundles_in (id, bundle_uuid, device_id, sequence, sequence_status,"
            " missing_sequences, record_count, new_records, duplicate_records,"
            " conflict_records, file_name, created_at, imported_at, imported_by, file,"
            " receipt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (bundle_id, manifest.bundle_uuid, manifest.device_id, manifest.sequence,
             status.value, json.dumps(missing), len(records), fresh,
             len(outcomes) - fresh - len(conflicts), len(conflicts), file_name,
             manifest.created_at.isoformat(), now, imported_by, data, receipt),
        )
    return BundleOutcome(
        manifest.bundle_uuid, manifest.device_id, manifest.sequence, duplicate_bundle=False,
        sequence_status=status, missing_sequences=missing, records=tuple(outcomes),
    )


_BUNDLE_COLUMNS = (
    "bundle_uuid, device_id, sequence, sequence_status, missing_sequences, record_count,"
    " new_records, duplicate_records, conflict_records, file_name, imported_at,"
    " receipt_exported_at"
)


def _incoming(row: Sequence[Any]) -> IncomingBundle:
    (bundle_uuid, device_id, sequence, status, missing, count, new, duplicate, conflict,
     file_name, imported_at, receipt_exported_at) = row
    return IncomingBundle(
        str(bundle_uuid), str(device_id), int(sequence), str(status),
        tuple(int(number) for number in json.loads(missing)), int(count), int(new),
        int(duplicate), int(conflict), str(file_name), str(imported_at), receipt_exported_at,
    )


def imported_bundles(connection: Connection) -> list[IncomingBundle]:
    rows = connection.execute(
        f"SELECT {_BUNDLE_COLUMNS} FROM sync_bundles_in ORDER BY id"  # noqa: S608 - constant
    ).fetchall()
    return [_incoming(row) for row in rows]


def has_bundle(connection: Connection, bundle_uuid: str) -> bool:
    row = connection.execute(
        "SELECT 1 FROM sync_bundles_in WHERE bundle_uuid = ?", (bundle_uuid,)
    ).fetchone()
    return row is not None


def receipts(connection: Connection, *, include_exported: bool) -> list[tuple[str, bytes]]:
    """(bundle uuid, signed receipt) of imported bundles, oldest first."""
    where = "" if include_exported else " WHERE receipt_exported_at IS NULL"
    rows = connection.execute(
        f"SELECT bundle_uuid, receipt FROM sync_bundles_in{where} ORDER BY id"  # noqa: S608
    ).fetchall()
    return [(str(uuid), bytes(receipt)) for uuid, receipt in rows]


def mark_receipts_exported(connection: Connection, bundle_uuids: Sequence[str],
                           *, now: str) -> None:
    with transaction(connection):
        connection.executemany(
            "UPDATE sync_bundles_in SET receipt_exported_at = ? WHERE bundle_uuid = ?",
            [(now, uuid) for uuid in bundle_uuids],
        )


def conflicts(connection: Connection) -> list[Conflict]:
    rows = connection.execute(
        "SELECT c.uuid, c.revision, c.kind, c.device_id, r.content_hash, c.content_hash,"
        " c.flagged_at FROM sync_conflicts c JOIN sync_records r"
        " ON r.uuid = c.uuid AND r.revision = c.revision ORDER BY c.flagged_at, c.uuid"
    ).fetchall()
    return [
        Conflict(uuid_text(key), int(revision), str(kind), str(device), bytes(first).hex(),
                 bytes(other).hex(), str(flagged))
        for key, revision, kind, device, first, other, flagged in rows
    ]


def record_places(connection: Connection, uuid: str,
                  revision: int) -> list[tuple[int, int]]:
    """(bundle id, position) of every version held of one record, the first one first."""
    key = uuid_bytes(uuid)
    first = connection.execute(
        "SELECT bundle_id, position FROM sync_records WHERE uuid = ? AND revision = ?",
        (key, revision)).fetchall()
    others = connection.execute(
        "SELECT bundle_id, position FROM sync_conflicts WHERE uuid = ? AND revision = ?"
        " ORDER BY flagged_at", (key, revision)).fetchall()
    return [(int(b), int(p)) for b, p in [*first, *others]]


def device_sequences(connection: Connection) -> dict[str, tuple[int, ...]]:
    """Device id -> sequence numbers of the bundles imported from it (sorted)."""
    found: dict[str, list[int]] = {}
    for device_id, sequence in connection.execute(
        "SELECT device_id, sequence FROM sync_bundles_in ORDER BY device_id, sequence"
    ):
        found.setdefault(str(device_id), []).append(int(sequence))
    return {device: tuple(numbers) for device, numbers in found.items()}


def last_imports(connection: Connection) -> dict[str, str]:
    """Device id -> when the latest bundle from it was imported."""
    return {str(device_id): str(imported_at) for device_id, imported_at in connection.execute(
        "SELECT device_id, max(imported_at) FROM sync_bundles_in GROUP BY device_id"
    )}


def stored_bundle(connection: Connection, bundle_id: int) -> bytes:
    """The bundle file as received (for reading its records again)."""
    row = connection.execute("SELECT file FROM sync_bundles_in WHERE id = ?",
                             (bundle_id,)).fetchone()
    return bytes(row[0])


def record_versions(connection: Connection) -> dict[tuple[str, int], frozenset[str]]:
    """Every record revision held and its content versions (order-free, for comparing)."""
    found: dict[tuple[str, int], set[str]] = {}
    for table in ("sync_records", "sync_conflicts"):
        for key, revision, content_hash in connection.execute(
            f"SELECT uuid, revision, content_hash FROM {table}"  # noqa: S608 - constant
        ):
            found.setdefault((uuid_text(key), int(revision)), set()).add(
                bytes(content_hash).hex())
    return {key: frozenset(hashes) for key, hashes in found.items()}
