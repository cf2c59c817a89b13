"""The reference model of an import: what each verified bundle and record does to the vault.

:class:`ImportLedger` is in memory and deliberately small; the database importer mirrors its
decisions and the property tests compare the two. Per bundle: a bundle uuid seen before is a
duplicate and changes nothing; otherwise its sequence number is classed against the device's
history (next in line, a gap after missing numbers, a late arrival filling an earlier gap, or
a replay of a number already used by another bundle). Per record, keyed by ``(uuid,
revision)``: new, duplicate (same content hash) or conflict (different content, kept beside
the first version and flagged, never overwriting it). Nothing is ever dropped: replayed and
late bundles still apply their records, which are idempotent.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from fieldapp.sync.bundle import VerifiedBundle


class RecordStatus(Enum):
    NEW = "new"
    DUPLICATE = "duplicate"
    CONFLICT = "conflict"


class SequenceStatus(Enum):
    IN_ORDER = "in_order"  # the device's next number (or its first bundle, numbered 1)
    GAP = "gap"  # numbers were skipped: ``missing_sequences`` lists them
    LATE = "late"  # fills a number reported missing earlier (reordered delivery)
    REPLAY = "replay"  # the number was already used by a different bundle


@dataclass(frozen=True)
class RecordOutcome:
    uuid: str
    revision: int
    content_hash: str
    status: RecordStatus


@dataclass(frozen=True)
class BundleOutcome:
    """What one bundle did; ``records`` is empty for a duplicate bundle."""

    bundle_uuid: str
    device_id: str
    sequence: int
    duplicate_bundle: bool
    sequence_status: SequenceStatus | None
    missing_sequences: tuple[int, ...]
    records: tuple[RecordOutcome, ...]

    def count(self, status: RecordStatus) -> int:
        return sum(1 for record in self.records if record.status is status)


class ImportLedger:
    """Every bundle and record version seen so far, and the decision for the next one."""

    def __init__(self) -> None:
        self._versions: dict[tuple[str, int], list[str]] = {}
        self._bundles: dict[str, tuple[str, int]] = {}
        self._sequences: dict[str, set[int]] = {}

    def apply(self, bundle: VerifiedBundle) -> BundleOutcome:
        manifest = bundle.manifest
        if manifest.bundle_uuid in self._bundles:
            return BundleOutcome(
                manifest.bundle_uuid, manifest.device_id, manifest.sequence,
                duplicate_bundle=True, sequence_status=None, missing_sequences=(), records=(),
            )
        status, missing = self._classify(manifest.device_id, manifest.sequence)
        self._bundles[manifest.bundle_uuid] = (manifest.device_id, manifest.sequence)
        self._sequences.setdefault(manifest.device_id, set()).add(manifest.sequence)
        outcomes = tuple(
            RecordOutcome(record.uuid, record.revision, record.content_hash,
                          self._apply_record(record.key, record.content_hash))
            for record in bundle.records
        )
        return BundleOutcome(
            manifest.bundle_uuid, manifest.device_id, manifest.sequence,
            duplicate_bundle=False, sequence_status=status, missing_sequences=missing,
            records=outcomes,
        )

    def _classify(self, device_id: str, sequence: int) -> tuple[SequenceStatus, tuple[int, ...]]:
        seen = self._sequences.get(device_id, set())
        highest = max(seen, default=0)
        if sequence in seen:
            return SequenceStatus.REPLAY, ()
        if sequence == highest + 1:
            return SequenceStatus.IN_ORDER, ()
        if sequence > highest:
            return SequenceStatus.GAP, tuple(range(highest + 1, sequence))
        return SequenceStatus.LATE, ()

    def _apply_record(self, key: tuple[str, int], content_hash: str) -> RecordStatus:
        versions = self._versions.get(key)
        if versions is None:
            self._versions[key] = [content_hash]
            return RecordStatus.NEW
        if content_hash in versions:
            return RecordStatus.DUPLICATE
        versions.append(content_hash)
        return RecordStatus.CONFLICT

    def versions(self, uuid: str, revision: int) -> tuple[str, ...]:
        """Content hashes kept for one record revision, first arrival first."""
        return tuple(self._versions.get((uuid, revision), ()))

    def records(self) -> dict[tuple[str, int], frozenset[str]]:
        """Every record revision held and its content versions (order-free, for comparing)."""
        return {key: frozenset(hashes) for key, hashes in self._versions.items()}

    def conflicts(self) -> tuple[tuple[str, int], ...]:
        """Record revisions held in more than one version, flagged for review."""
        return tuple(sorted(key for key, hashes in self._versions.items() if len(hashes) > 1))

    def has_bundle(self, bundle_uuid: str) -> bool:
        return bundle_uuid in self._bundles

    def last_sequence(self, device_id: str) -> int:
        return max(self._sequences.get(device_id, set()), default=0)

    def missing_sequences(self, device_id: str) -> tuple[int, ...]:
        """Numbers below the device's highest that have not arrived (still outstanding)."""
        seen = self._sequences.get(device_id, set())
        return tuple(number for number in range(1, max(seen, default=0)) if number not in seen)
