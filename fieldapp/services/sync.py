"""The sync use cases, one facade per side: :class:`LaptopSync` and :class:`SupervisorSync`.

The CLI (``fieldapp.commands.sync``) and the desktop app's Sync and Import screens call these
and nothing below them. Each facade wraps one unlocked vault, an injected clock and, on a
laptop, the form library used to read each revision's facts. The work lives in the modules
named after each step: sync_enrollment (trust, enrollment, registration, devices),
sync_export (bundles out, retention purge), sync_import (bundles in, inbox, inspection),
sync_receipts and sync_updates. Long imports take a progress callback and a
:class:`~fieldapp.services.sync_progress.CancelToken` and return per-file
:class:`~fieldapp.services.sync_import.FileReport` objects, so the screens stay thin.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldapp.services import caselist, sync_enrollment, sync_export, sync_receipts, sync_updates
from fieldapp.services.caselist import CaseQuery, CaseStatus
from fieldapp.services.form_library import vault_library
from fieldapp.services.session import Vault
from fieldapp.services.sync_enrollment import DeviceSummary, EnrollmentApplied
from fieldapp.services.sync_errors import require_vault_role
from fieldapp.services.sync_export import ExportResult, FactsReader, FormRoleFacts
from fieldapp.services.sync_import import (
    BundleImporter,
    FileReport,
    ImportReport,
    inspect_file,
    scan_inbox,
)
from fieldapp.services.sync_progress import CancelToken, ImportProgress, Progress, no_progress
from fieldapp.services.sync_receipts import ReceiptApplied
from fieldapp.services.sync_updates import UpdateApplied
from fieldapp.sync import Registration, RetentionPolicy, SyncRecord, read_bundle
from fieldapp.vault import sync_inbox, sync_materialise, sync_outbox, sync_purge, sync_store
from fieldapp.vault.audit import Clock, utc_now
from fieldapp.vault.sync_inbox import Conflict
from fieldapp.vault.sync_store import LAPTOP, SUPERVISOR
from fieldapp.xlsform import FormLibrary

__all__ = [
    "CancelToken",
    "FileReport",
    "ImportProgress",
    "ImportReport",
    "LaptopStatus",
    "LaptopSync",
    "SupervisorStatus",
    "SupervisorSync",
    "scan_inbox",
]


@dataclass(frozen=True)
class LaptopStatus:
    """What a laptop's Sync screen shows.

    The ``*_interviews`` counts are what the officer reads: interviews, counted the way the
    case list counts them (``synced_interviews`` is the list's "Synced" status), so the two
    screens always agree. The revision and audit counts are the records behind them.
    """

    enrolled: bool
    organisation: str | None
    supervisor_fingerprint: str | None
    device_id: str | None
    device_fingerprint: str | None
    device_label: str | None
    pending_revisions: int
    pending_audit_entries: int
    never_sent: int
    last_sequence: int | None
    last_exported_at: str | None
    acknowledged_records: int
    retention: RetentionPolicy | None
    update_sequence: int
    purged_stubs: int
    waiting_interviews: int  # with a finalised version the supervisor has not confirmed
    never_sent_interviews: int  # of those, with a version that never left this laptop
    synced_interviews: int  # every version confirmed: "Synced" in the case list


@dataclass(frozen=True)
class SupervisorStatus:
    devices: int
    bundles: int
    conflicts: int
    receipts_waiting: int
    interviews_pending: int
    supervisor_fingerprint: str


class LaptopSync:
    """Sync on a field laptop: enrollment, registration, export, receipts, updates, purge."""

    def __init__(self, vault: Vault, library: FormLibrary | None = None, *,
                 clock: Clock = utc_now, facts: FactsReader | None = None) -> None:
        self.vault = vault
        self.clock = clock
        library = library or vault_library(vault)
        self.facts: FactsReader = facts or FormRoleFacts(library)

    def status(self) -> LaptopStatus:
        require_vault_role(self.vault, LAPTOP, "show the laptop's sync state")
        connection = self.vault.connection
        supervisor = sync_store.trusted_supervisor(connection)
        device = sync_store.load_device_identity(connection)
        revisions = sync_outbox.pending_revisions(connection)
        audit = sync_outbox.pending_audit(connection)
        last = sync_outbox.last_bundle(connection)
        return LaptopStatus(
            enrolled=supervisor is not None and device is not None,
            organisation=sync_store.get_setting(connection, sync_store.ORGANISATION),
            supervisor_fingerprint=supervisor.fingerprint() if supervisor else None,
            device_id=device.device_id if device else None,
            device_fingerprint=device.fingerprint() if device else None,
            device_label=sync_store.get_setting(connection, sync_store.DEVICE_LABEL),
            pending_revisions=len(revisions),
            pending_audit_entries=len(audit),
            never_sent=sum(1 for item in revisions if item.sent_hash is None),
            last_sequence=last.sequence if last else None,
            last_exported_at=last.exported_at if last else None,
            acknowledged_records=sync_outbox.acknowledged_count(connection),
            retention=sync_store.retention_policy(connection),
            update_sequence=sync_store.integer_setting(connection, sync_store.UPDATE_SEQUENCE),
            purged_stubs=sync_purge.stub_count(connection),
            waiting_interviews=len({item.interview_id for item in revisions}),
            never_sent_interviews=len({item.interview_id for item in revisions
                                       if item.sent_hash is None}),
            synced_interviews=caselist.count_cases(
                connection, CaseQuery(statuses=frozenset({CaseStatus.SYNCED}))),
        )

    def apply_enrollment(self, path: Path, *, fingerprint: str | None = None,
                         label: str | None = None,
                         registration_dir: Path | None = None) -> EnrollmentApplied:
        return sync_enrollment.apply_enrollment(
            self.vault, path, typed_fingerprint=fingerprint, label=label,
            registration_dir=registration_dir, now=self.clock(),
        )

    def write_registration(self, out_dir: Path) -> tuple[Path, str]:
        path = sync_enrollment.write_registration_file(self.vault, out_dir, now=self.clock())
        return path, sync_enrollment.registration_fingerprint(self.vault)[1]

    def export(self, out_dir: Path, *, force: bool = False) -> ExportResult:
        return sync_export.export_bundle(self.vault, out_dir, facts=self.facts,
                                         now=self.clock, force=force)

    def import_receipts(self, paths: Sequence[Path]) -> tuple[list[ReceiptApplied], int]:
        return sync_receipts.import_receipts(self.vault, paths, now=self.clock)

    def import_updates(self, paths: Sequence[Path]) -> list[UpdateApplied]:
        return sync_updates.import_updates(self.vault, paths, now=self.clock())

    def purge(self) -> int:
        require_vault_role(self.vault, LAPTOP, "purge synced interviews")
        return sync_export.purge_now(self.vault, self.clock())


class SupervisorSync:
    """Sync on the supervisor's machine: keys, enrollment, devices, import, receipts, updates."""

    def __init__(self, vault: Vault, *, clock: Clock = utc_now) -> None:
        self.vault = vault
        self.clock = clock

    def status(self) -> SupervisorStatus:
        identity = sync_enrollment.supervisor_identity(self.vault, "show the import state")
        connection = self.vault.connection
        return SupervisorStatus(
            devices=len(sync_store.list_devices(connection)),
            bundles=len(sync_inbox.imported_bundles(connection)),
            conflicts=len(sync_inbox.conflicts(connection)),
            receipts_waiting=len(sync_inbox.receipts(connection, include_exported=False)),
            interviews_pending=sync_materialise.pending_count(connection),
            supervisor_fingerprint=identity.public_keys().fingerprint(),
        )

    def fingerprint(self) -> str:
        return sync_enrollment.supervisor_identity(
            self.vault, "show the supervisor code").public_keys().fingerprint()

    def export_keys(self, out_dir: Path) -> list[Path]:
        return sync_enrollment.export_supervisor_keys(self.vault, out_dir)

    def set_recovery_recipient(self, recipient_file: Path) -> str:
        return sync_enrollment.set_recovery_recipient(self.vault, recipient_file)

    def create_enrollment(self, out_dir: Path, *, organisation: str, directory: Path,
                          forms: Sequence[Path] = (),
                          retention: RetentionPolicy) -> tuple[Path, str]:
        return sync_enrollment.create_enrollment(
            self.vault, out_dir, organisation=organisation, directory=directory, forms=forms,
            retention=retention, now=self.clock(),
        )

    def register_device(self, path: Path, fingerprint: str) -> Registration:
        return sync_enrollment.register_device(self.vault, path, fingerprint, now=self.clock())

    def devices(self) -> list[DeviceSummary]:
        return sync_enrollment.list_devices(self.vault)

    def importer(self, progress: Progress = no_progress,
                 cancel: CancelToken | None = None) -> BundleImporter:
        return BundleImporter(self.vault, now=self.clock, progress=progress, cancel=cancel)

    def import_files(self, paths: Sequence[Path], *, progress: Progress = no_progress,
                     cancel: CancelToken | None = None) -> ImportReport:
        return self.importer(progress, cancel).import_files(paths)

    def import_inbox(self, folder: Path, *, progress: Progress = no_progress,
                     cancel: CancelToken | None = None,
                     settle_seconds: float | None = None) -> ImportReport:
        importer = self.importer(progress, cancel)
        if settle_seconds is None:
            return importer.import_inbox(folder)
        return importer.import_inbox(folder, settle_seconds=settle_seconds)

    def materialise(self, *, progress: Progress = no_progress,
                    cancel: CancelToken | None = None) -> int:
        """Show queued interview revisions in the case list (after an interrupted import)."""
        return self.importer(progress, cancel).materialise()

    def inspect(self, path: Path) -> dict[str, Any]:
        return inspect_file(self.vault, path)

    def export_receipts(self, out_dir: Path, *, everything: bool = False) -> list[Path]:
        return sync_receipts.export_receipts(self.vault, out_dir, everything=everything,
                                             now=self.clock())

    def export_update(self, out_dir: Path, *, forms: Sequence[Path] = (),
                      directory: Path | None = None,
                      retention: RetentionPolicy | None = None) -> tuple[Path, int]:
        return sync_updates.export_update(self.vault, out_dir, forms=forms,
                                          directory=directory, retention=retention,
                                          now=self.clock())

    def update_preview(self) -> sync_updates.UpdatePreview:
        return sync_updates.update_preview(self.vault)

    def conflicts(self) -> list[Conflict]:
        require_vault_role(self.vault, SUPERVISOR, "list conflicts")
        return sync_inbox.conflicts(self.vault.connection)

    def versions(self, uuid: str, revision: int) -> list[SyncRecord]:
        """Every version held of one record (the first one first), read back from the
        bundle files kept in the ledger: what a reviewer compares for a conflict."""
        identity = sync_enrollment.supervisor_identity(self.vault, "read received records")
        known = sync_store.known_devices(self.vault.connection)
        found = []
        for bundle_id, position in sync_inbox.record_places(self.vault.connection, uuid,
                                                            revision):
            data = sync_inbox.stored_bundle(self.vault.connection, bundle_id)
            bundle = read_bundle(data, known_devices=known, supervisor=identity)
            found.append(bundle.records[position])
        return found
