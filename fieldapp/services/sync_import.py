"""Supervisor: import bundle files, one by one or from an inbox folder, with a report per file.

:class:`BundleImporter` reads and verifies each file (structure, enrolled device, outer
signature, ciphertext hash, addressee, decryption, manifest, records: see docs/security.md)
and applies it in one transaction with its audit entry, its signed receipt
(fieldapp.vault.sync_inbox) and its new interviews shown in the case list
(fieldapp.vault.sync_materialise). A file that fails any check is rejected with its reason code and
nothing of it is applied. With several files the next ones are read in a helper process while
one is applied (fieldapp.services.sync_reader; a reader thread was measured slower, the
interpreter lock bouncing between it and every row the writer binds). Progress goes to a plain
callback, cancellation is checked between files; each file gets a :class:`FileReport`. After the
files, interview revisions left queued by an older version of the app are shown in batches.

An inbox (a shared drive, a USB stick) is read with :func:`scan_inbox`, which skips hidden
and temporary files; every bundle file in it appears in the report of every run. A file changed
in the last seconds (still being copied) is listed as skipped; a file that reads as truncated
is left in place for the next scan, until it has not changed for :data:`GIVE_UP_SECONDS`, when
it is filed as rejected (a copy that stopped half-way never completes by waiting). Imported
and duplicate files move to ``processed/``, rejected ones to ``rejected/``; those from a laptop
not yet accepted go to ``rejected/unknown-laptop/`` and are imported by the first run after
the laptop is accepted. Nothing is ever deleted.
"""

from __future__ import annotations

import contextlib
import gc
import os
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from fieldapp.services import caselist
from fieldapp.services.session import Vault
from fieldapp.services.sync_enrollment import supervisor_identity
from fieldapp.services.sync_errors import require_manager
from fieldapp.services.sync_progress import (
    APPLYING,
    DONE,
    SHOWING,
    CancelToken,
    ImportProgress,
    Progress,
    no_progress,
)
from fieldapp.services.sync_reader import (
    PARALLEL_MIN_FILES,
    BundleReader,
    ReadBundle,
    ReadFailure,
)
from fieldapp.sync import (
    FileKind,
    Receipt,
    ReceivedRecord,
    SupervisorIdentity,
    VerifiedBundle,
    inspect_bundle,
    read_bundle,
    read_sync_file,
    write_receipt,
)
from fieldapp.sync.bundle_layout import HEADER_BYTES, MAX_BUNDLE_BYTES, parse_header
from fieldapp.sync.errors import SyncError, SyncFileUnavailable, UnknownDevice
from fieldapp.sync.files import SUFFIXES, read_head
from fieldapp.sync.ledger import RecordOutcome, RecordStatus
from fieldapp.vault import sync_inbox, sync_materialise, sync_store
from fieldapp.vault.database import transaction
from fieldapp.vault.sync_checkpoints import Checkpointer

IMPORTED = "imported"
DUPLICATE = "duplicate"
REJECTED = "rejected"
SKIPPED = "skipped"
PROCESSED_DIR = "processed"
REJECTED_DIR = "rejected"
SETTLE_SECONDS = 5.0
GIVE_UP_SECONDS = 10 * 60.0
STILL_COPYING = "still_copying"
UNKNOWN_LAPTOP_DIR = "unknown-laptop"
MATERIALISE_BATCH = 1000
# The import's working set (ledger indexes, the interview table's indexes) stays in memory.
CACHE_KIB = 64 * 1024


@dataclass(frozen=True)
class FileReport:
    """What happened to one file; counts are records (new, unchanged, conflicts)."""

    file: str
    status: str
    reason: str | None = None
    message: str | None = None
    bundle_uuid: str | None = None
    device_id: str | None = None
    sequence: int | None = None
    sequence_status: str | None = None
    missing_sequences: tuple[int, ...] = ()
    records: int = 0
    new: int = 0
    unchanged: int = 0
    conflicts: int = 0
    moved_to: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["missing_sequences"] = list(self.missing_sequences)
        return data


@dataclass(frozen=True)
class ImportReport:
    files: tuple[FileReport, ...]
    interviews_shown: int = 0
    cancelled: bool = False

    def count(self, status: str) -> int:
        return sum(1 for report in self.files if report.status == status)

    @property
    def rejected(self) -> int:
        return self.count(REJECTED)

    def to_json(self) -> dict[str, Any]:
        return {
            "files": [report.to_json() for report in self.files],
            "totals": {
                "files": len(self.files),
                **{status: self.count(status)
                   for status in (IMPORTED, DUPLICATE, REJECTED, SKIPPED)},
                "new": sum(report.new for report in self.files),
                "unchanged": sum(report.unchanged for report in self.files),
                "conflicts": sum(report.conflicts for report in self.files),
            },
            "interview_revisions_shown": self.interviews_shown,
            "cancelled": self.cancelled,
        }


def scan_inbox(folder: Path, *, settle_seconds: float = SETTLE_SECONDS,
               now: float | None = None) -> list[Path]:
    """Bundle files in ``folder`` ready to import (oldest first); for a GUI timer too."""
    return _scan(folder, settle_seconds, now)[0]


def _scan(folder: Path, settle_seconds: float,
          now: float | None) -> tuple[list[Path], list[Path]]:
    """The bundle files ready to import, and those changed too recently (oldest first)."""
    moment = time.time() if now is None else now
    found: list[tuple[float, str, Path]] = []
    settling: list[tuple[float, str, Path]] = []
    try:
        entries = list(os.scandir(folder))
    except OSError as exc:
        raise SyncFileUnavailable(
            f"could not read the folder {folder.name}: {exc.strerror or 'read failed'}"
        ) from exc
    for entry in entries:
        if entry.name.startswith(".") or not entry.name.endswith(SUFFIXES[FileKind.BUNDLE]):
            continue
        try:
            if not entry.is_file():
                continue
            modified = entry.stat().st_mtime
        except OSError:
            continue  # vanished or unreadable for now: the next scan sees it again
        item = (modified, entry.name, Path(entry.path))
        (found if moment - modified >= settle_seconds else settling).append(item)
    return ([path for _modified, _name, path in sorted(found)],
            [path for _modified, _name, path in sorted(settling)])


class BundleImporter:
    """Imports bundle files into an unlocked supervisor vault (one thread owns the vault)."""

    def __init__(self, vault: Vault, *, now: Callable[[], datetime],
                 progress: Progress = no_progress, cancel: CancelToken | None = None) -> None:
        self.vault = vault
        self.now = now
        self.progress = progress
        self.cancel = cancel or CancelToken()
        self.supervisor: SupervisorIdentity = supervisor_identity(vault, "import bundles")
        require_manager(vault, "import bundles")
        self.known = sync_store.known_devices(vault.connection)
        vault.connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")

    def _reopen(self, data: bytes) -> VerifiedBundle:
        return read_bundle(data, known_devices=self.known, supervisor=self.supervisor)

    def _apply(self, path: Path, read: ReadBundle, show: bool) -> tuple[FileReport, int]:
        """Apply one bundle; with ``show``, its new interviews reach the case list in the same
        transaction (else they are queued for :meth:`materialise`). Returns the report and
        how many interview revisions were shown."""
        manifest = read.manifest
        imported_at = self.now()
        receipt = write_receipt(Receipt(
            manifest.bundle_uuid, manifest.device_id, manifest.sequence,
            tuple(ReceivedRecord(r.uuid, r.revision, r.content_hash) for r in read.records),
            imported_at,
        ), self.supervisor)
        with transaction(self.vault.connection):
            outcome = sync_inbox.apply_bundle(
                self.vault.connection, manifest, read.records, data=read.data,
                file_name=path.name, now=sync_store.stamp(imported_at),
                imported_by=self.vault.user, receipt=receipt, queue=not show,
            )
            shown = 0
            if show and not outcome.duplicate_bundle:
                shown = self._show_new(read, outcome.records, sync_store.stamp(imported_at))
            new = outcome.count(RecordStatus.NEW)
            conflicts = outcome.count(RecordStatus.CONFLICT)
            details: dict[str, object] = {
                "device": manifest.device_id, "sequence": manifest.sequence,
                "records": manifest.record_count, "file": path.name,
            }
            if outcome.duplicate_bundle:
                self.vault.audit("bundle_duplicate", details)
            else:
                self.vault.audit("bundle_imported", {
                    **details, "new": new, "conflicts": conflicts,
                    "sequence_status": outcome.sequence_status.value
                    if outcome.sequence_status else None,
                })
        count = len(read.records)
        if outcome.duplicate_bundle:
            return FileReport(path.name, DUPLICATE, bundle_uuid=manifest.bundle_uuid,
                              device_id=manifest.device_id, sequence=manifest.sequence,
                              records=count, unchanged=count), 0
        return FileReport(
            path.name, IMPORTED, bundle_uuid=manifest.bundle_uuid,
            device_id=manifest.device_id, sequence=manifest.sequence,
            sequence_status=outcome.sequence_status.value if outcome.sequence_status else None,
            missing_sequences=outcome.missing_sequences, records=count, new=new,
            unchanged=count - new - conflicts, conflicts=conflicts,
        ), shown

    def _show_new(self, read: ReadBundle, outcomes: Sequence[RecordOutcome], now: str) -> int:
        """Show the bundle's new records as the queue would have (inside its transaction)."""
        fresh = [shown for shown, outcome in zip(read.shown, outcomes, strict=True)
                 if shown is not None and outcome.status is RecordStatus.NEW]
        batch = sync_materialise.show_received(self.vault.connection, fresh, now=now)
        caselist.queue_for_search(self.vault.connection, batch.updated_interviews)
        return batch.records - batch.referral_records

    def _rejected(self, path: Path, failure: ReadFailure, *, inbox: bool) -> FileReport:
        if inbox and failure.transient:
            if not _unchanged_for(path, GIVE_UP_SECONDS):
                # Perhaps still being copied onto the stick: leave it for the next scan.
                return FileReport(path.name, SKIPPED, reason=failure.reason,
                                  message=failure.message)
            failure = replace(failure, message=f"{failure.message} (unchanged for "
                              f"{int(GIVE_UP_SECONDS // 60)} minutes: filed as rejected)")
        self.vault.audit("bundle_rejected", {"file": path.name, "reason": failure.reason})
        return FileReport(path.name, REJECTED, reason=failure.reason, message=failure.message)

    def import_files(self, paths: Sequence[Path], *, inbox: Path | None = None,
                     materialise: bool = True) -> ImportReport:
        """Import ``paths`` in order; each file is applied whole or not at all."""
        reports: list[FileReport] = []
        total = len(paths)
        with _collector_paused(), sync_materialise.parents_known(self.vault.connection):
            cancelled, shown = self._import_each(paths, inbox, reports, materialise)
        # Revisions an interrupted earlier run left queued (or this run, without showing).
        shown += 0 if cancelled or not materialise else self.materialise()
        self.progress(ImportProgress(total, total, "", DONE))
        return ImportReport(tuple(reports), shown, cancelled or self.cancel.cancelled)

    def _import_each(self, paths: Sequence[Path], inbox: Path | None,
                     reports: list[FileReport], show: bool) -> tuple[bool, int]:
        """Import ``paths`` into ``reports``; (cancelled part-way, interview revisions shown)."""
        total = len(paths)
        shown = 0
        # One or two files: the writer's own checkpoints cost less than a second connection.
        with BundleReader(self.supervisor, self.known, paths) as reader, Checkpointer(
            self.vault.connection, self.vault.paths.database, self.vault.key,
            enabled=len(paths) >= PARALLEL_MIN_FILES,
        ) as checkpoints:
            for index, (path, read) in enumerate(reader):
                if self.cancel.cancelled:
                    reports.extend(FileReport(p.name, SKIPPED, reason="cancelled")
                                   for p in paths[index:])
                    return True, shown
                if isinstance(read, ReadFailure):
                    report = self._rejected(path, read, inbox=inbox is not None)
                else:
                    self.progress(ImportProgress(index, total, path.name, APPLYING))
                    report, count = self._apply(path, read, show)
                    checkpoints.committed()
                    shown += count
                if inbox is not None:
                    report = _file_away(inbox, path, report)
                reports.append(report)
        return False, shown

    def import_inbox(self, folder: Path, *, settle_seconds: float = SETTLE_SECONDS,
                     materialise: bool = True) -> ImportReport:
        ready, settling = _scan(folder, settle_seconds, None)
        waiting = _now_accepted(folder / REJECTED_DIR / UNKNOWN_LAPTOP_DIR, self.known)
        report = self.import_files([*waiting, *ready], inbox=folder, materialise=materialise)
        still = tuple(FileReport(path.name, SKIPPED, reason=STILL_COPYING,
                                 message="changed in the last seconds, perhaps still being"
                                 " copied: left for the next run") for path in settling)
        return replace(report, files=report.files + still)

    def materialise(self) -> int:
        """Show every queued interview revision in the case list, a batch per transaction."""
        done = shown = 0
        total = sync_materialise.pending_count(self.vault.connection)
        bundles = sync_materialise.StoredBundles(self.vault.connection, self._reopen)
        with sync_materialise.parents_known(self.vault.connection):
            while not self.cancel.cancelled:
                batch = self._show_batch(bundles, done, total)
                if not batch.records:
                    break
                done += batch.records
                shown += batch.records - batch.referral_records  # referrals are queued too
        return shown

    def _show_batch(self, bundles: sync_materialise.StoredBundles, done: int,
                    total: int) -> sync_materialise.Materialised:
        self.progress(ImportProgress(done, total, "", SHOWING))
        with transaction(self.vault.connection) as connection:
            batch = sync_materialise.materialise_pending(
                connection, bundles, limit=MATERIALISE_BATCH, now=sync_store.stamp(self.now())
            )
            caselist.queue_for_search(connection, batch.updated_interviews)
        return batch


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while bundles are read: parsing one makes some hundred
    thousand small objects, none of them cyclic, and every collection pass would walk them
    all (about a tenth of the reading time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _unchanged_for(path: Path, seconds: float) -> bool:
    try:
        return time.time() - path.stat().st_mtime >= seconds
    except OSError:
        return False


def _now_accepted(folder: Path, known: Mapping[str, bytes]) -> list[Path]:
    """Bundles filed away for coming from a laptop not accepted then, whose laptop is now."""
    if not folder.is_dir():
        return []
    ready: list[Path] = []
    for path in sorted(folder.glob(f"*{SUFFIXES[FileKind.BUNDLE]}*")):
        try:
            header = parse_header(read_head(path, FileKind.BUNDLE, HEADER_BYTES))
        except SyncError:
            continue
        if header.device_id in known:
            ready.append(path)
    return ready


def _file_away(inbox: Path, path: Path, report: FileReport) -> FileReport:
    """Move a processed file out of the inbox (never delete it); note where it went."""
    if report.status == SKIPPED:
        return report
    target_dir = inbox / (REJECTED_DIR if report.status == REJECTED else PROCESSED_DIR)
    if report.reason == UnknownDevice.reason:
        target_dir = target_dir / UNKNOWN_LAPTOP_DIR
    if path.parent == target_dir:
        return replace(report, moved_to=str(path.relative_to(inbox)))
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / path.name
        counter = 1
        while target.exists():
            target = target_dir / f"{path.name}.{counter}"
            counter += 1
        os.replace(path, target)
    except OSError:
        return report  # it stays in the inbox; a duplicate next time, moved then
    with contextlib.suppress(OSError):
        _fsync(target_dir)
    return replace(report, moved_to=target.relative_to(inbox).as_posix())


def _fsync(directory: Path) -> None:
    if os.name == "nt":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def inspect_file(vault: Vault, path: Path) -> dict[str, Any]:
    """What a supervisor may see of a bundle before importing it (nothing is applied)."""
    identity = supervisor_identity(vault, "inspect bundles")
    known = sync_store.known_devices(vault.connection)
    data = read_sync_file(path, FileKind.BUNDLE, max_bytes=MAX_BUNDLE_BYTES)
    summary = inspect_bundle(data, known, identity)
    labels = {device.device_id: device.label
              for device in sync_store.list_devices(vault.connection)}
    manifest = summary.manifest
    return {
        "file": path.name,
        "file_size": summary.file_size,
        "device_id": summary.device_id,
        "device_known": summary.device_known,
        "device_label": labels.get(summary.device_id),
        "outer_signature_valid": summary.outer_signature_valid,
        "for_this_supervisor": summary.supervisor_key_id == identity.public_keys().key_id,
        "problem": summary.problem,
        "manifest": None if manifest is None else {
            "bundle_uuid": manifest.bundle_uuid,
            "sequence": manifest.sequence,
            "record_count": manifest.record_count,
            "created_at": manifest.created_at.isoformat(),
            "app_version": manifest.app_version,
            "schema_version": manifest.schema_version,
            "already_imported": sync_inbox.has_bundle(vault.connection, manifest.bundle_uuid),
        },
    }
