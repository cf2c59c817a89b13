"""Laptop: export everything not yet acknowledged into one bundle file, verified before it counts.

:func:`export_bundle` gathers every finalised interview revision, referral state and audit entry
the supervisor has not acknowledged, makes one bundle (the next sequence number, encrypted to
the trusted supervisor and the organisation's recovery recipient), writes it atomically under an
opaque name, reads it back and checks it (complete, exactly what was signed) and only then
records it as exported. Records sent before but not acknowledged go again, in the new bundle:
the supervisor recognises duplicates. When no interview work is new since the last bundle,
nothing is written and the result says so (``force`` writes one anyway, e.g. to send the audit
log before a laptop is handed back); audit entries alone do not make a bundle, since every
unlock adds one. Afterwards the retention policy runs (see sync_purge.py).

A revision's site, result level and person label are read from its own content through the
form's ``fa:role`` tags (:class:`FormRoleFacts`), never from the interview row, which follows
the latest edit: the same revision must always give the same record.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from fieldapp import __version__
from fieldapp.errors import FieldappError
from fieldapp.services import sync_sealing
from fieldapp.services.interviews import role_question
from fieldapp.services.session import Vault
from fieldapp.services.sync_errors import NotEnrolled, output_folder, require_vault_role
from fieldapp.sync import (
    DeviceIdentity,
    FileKind,
    SupervisorPublicKeys,
    SyncRecord,
    bundle_file_name,
    read_sync_file,
    verify_own_bundle,
    write_atomic,
    write_bundle,
)
from fieldapp.sync.bundle_layout import MAX_BUNDLE_BYTES
from fieldapp.sync.errors import SyncFileError
from fieldapp.vault import search_index, sync_outbox, sync_purge, sync_store
from fieldapp.vault.database import transaction
from fieldapp.vault.migrations import LATEST_VERSION
from fieldapp.vault.sync_bodies import (
    RevisionFacts,
    audit_body,
    audit_uuid,
    referral_body,
)
from fieldapp.vault.sync_outbox import AUDIT_KIND, INTERVIEW_KIND, REFERRAL_KIND, ExportedRecord
from fieldapp.xlsform import FormLibrary

FactsReader = Callable[[str, str, Mapping[str, Any]], RevisionFacts]
_ROLES = {"site": "site", "result_level": "result_level", "person_label": "person_name"}


class BundleReadBackFailed(FieldappError):
    def __init__(self) -> None:
        super().__init__(
            "the bundle written to the folder does not read back as written (a failing stick "
            "or disk?): it was not marked as exported; try another folder or stick"
        )


@dataclass(frozen=True)
class ExportResult:
    """What an export did; ``path`` is None when there was nothing new to send."""

    path: Path | None
    sequence: int | None
    interview_revisions: int
    referrals: int
    audit_entries: int
    new_records: int
    resent_records: int
    last_sequence: int | None
    purged: int
    interviews: int  # how many interviews those revisions belong to (what an officer counts)

    @property
    def records(self) -> int:
        return self.interview_revisions + self.referrals + self.audit_entries


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(str(item) for item in value)
    return str(value).strip()


class FormRoleFacts:
    """Reads a revision's facts from its content's ``values`` through the pinned form."""

    def __init__(self, library: FormLibrary) -> None:
        self._library = library
        self._names: dict[tuple[str, str], dict[str, str]] = {}

    def _role_names(self, form_id: str, version: str) -> dict[str, str]:
        key = (form_id, version)
        if key not in self._names:
            try:
                form = self._library.get(form_id, version)
            except FieldappError:
                # A form this laptop cannot load gives empty facts, every time alike.
                self._names[key] = {}
            else:
                found = {fact: role_question(form, role) for fact, role in _ROLES.items()}
                self._names[key] = {
                    fact: question.name for fact, question in found.items() if question
                }
        return self._names[key]

    def __call__(self, form_id: str, version: str, content: Mapping[str, Any]) -> RevisionFacts:
        values = content.get("values")
        if not isinstance(values, Mapping):
            return RevisionFacts()
        names = self._role_names(form_id, version)
        read = {fact: _text(values.get(name)) for fact, name in names.items()}
        return RevisionFacts(**read)


def _enrolled(vault: Vault) -> tuple[DeviceIdentity, SupervisorPublicKeys]:
    device = sync_store.load_device_identity(vault.connection)
    supervisor = sync_store.trusted_supervisor(vault.connection)
    if device is None or supervisor is None:
        raise NotEnrolled()
    return device, supervisor


def _vault_id(vault: Vault) -> str:
    row = vault.connection.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
    return str(row[0]) if row else ""


def pending_records(
    vault: Vault, device: DeviceIdentity, facts: FactsReader,
    supervisor: SupervisorPublicKeys | None = None,
) -> list[tuple[SyncRecord, ExportedRecord, bool]]:
    """(record, outbox row, sent before) for everything not acknowledged: interview
    revisions (those this account cannot read sealed to ``supervisor``, see sync_sealing),
    then referrals, then audit entries."""
    found: list[tuple[SyncRecord, ExportedRecord, bool]] = []
    if supervisor is not None:
        sync_sealing.seal_readable(vault, facts, device, supervisor)
    for pending in sync_outbox.pending_revisions(vault.connection):
        record = sync_sealing.revision_record(pending, device.device_id, facts)
        found.append((record, ExportedRecord(record.uuid, record.revision, INTERVIEW_KIND,
                                             pending.interview_id, record.content_hash),
                      pending.sent_hash == record.content_hash))
    if supervisor is not None:
        found.extend(sync_sealing.sealed_records(vault, device, supervisor))
    found.extend((record, row, sent) for record, row, sent, _interview in
                 pending_referrals(vault, device.device_id))
    vault_id = _vault_id(vault)
    for entry in sync_outbox.pending_audit(vault.connection):
        record = SyncRecord(AUDIT_KIND, audit_uuid(vault_id, entry.seq), 1, device.device_id,
                            audit_body(entry))
        found.append((record, ExportedRecord(record.uuid, 1, AUDIT_KIND, entry.seq,
                                             record.content_hash),
                      entry.sent_hash == record.content_hash))
    return found


def pending_referrals(
    vault: Vault, device_id: str
) -> list[tuple[SyncRecord, ExportedRecord, bool, int]]:
    """Referral states not received yet: (record, outbox row, sent before, interview id).

    A referral's latest state that left with the same content is sent again under the same
    revision until received; a changed state (a new status) is the next revision.
    """
    latest = sync_outbox.latest_sent(vault.connection, REFERRAL_KIND)
    found = []
    for row in sync_outbox.referral_rows(vault.connection):
        body = referral_body(row)
        last = latest.get(row.uuid)
        record = SyncRecord(REFERRAL_KIND, row.uuid, last.revision if last else 1, device_id,
                            body)
        sent = last is not None and last.content_hash == record.content_hash
        if last is not None and not sent:
            record = SyncRecord(REFERRAL_KIND, row.uuid, last.revision + 1, device_id, body)
        elif sent and last is not None and last.acknowledged:
            continue
        found.append((record, ExportedRecord(row.uuid, record.revision, REFERRAL_KIND,
                                             row.referral_id, record.content_hash),
                      sent, row.interview_id))
    return found


def export_bundle(
    vault: Vault,
    out_dir: Path,
    *,
    facts: FactsReader,
    now: Callable[[], datetime],
    force: bool = False,
) -> ExportResult:
    """Write one bundle of everything unacknowledged to ``out_dir`` (see the module text)."""
    require_vault_role(vault, sync_store.LAPTOP, "export bundles")
    folder = output_folder(out_dir)
    device, supervisor = _enrolled(vault)
    found = pending_records(vault, device, facts, supervisor)
    kinds = [row.kind for _record, row, _sent in found]  # a sealed revision counts as one
    counts = (kinds.count(INTERVIEW_KIND), kinds.count(REFERRAL_KIND), kinds.count(AUDIT_KIND))
    new = sum(1 for _record, _row, sent in found if not sent)
    new_work = any(not sent for _record, row, sent in found if row.kind != AUDIT_KIND)
    interviews = len({row.local_id for _record, row, _sent in found
                      if row.kind == INTERVIEW_KIND})
    last = sync_outbox.last_bundle(vault.connection)
    if not found or not (new_work or force):
        return ExportResult(None, None, *counts, new, len(found) - new,
                            last.sequence if last else None, purge_now(vault, now()),
                            interviews)
    sequence = sync_outbox.reserve_sequence(vault.connection)
    data = write_bundle(
        [record for record, _row, _sent in found], device=device, sequence=sequence,
        recipients=supervisor,
        recovery_recipient=sync_store.get_setting(vault.connection,
                                                  sync_store.RECOVERY_RECIPIENT),
        app_version=__version__, schema_version=LATEST_VERSION, created_at=now(),
    )
    path = folder / bundle_file_name(data)
    write_atomic(path, data)
    try:
        written = read_sync_file(path, FileKind.BUNDLE, max_bytes=MAX_BUNDLE_BYTES)
        verify_own_bundle(written, device)
    except SyncFileError as exc:
        raise BundleReadBackFailed() from exc
    if written != data:
        raise BundleReadBackFailed()
    stamp = sync_store.stamp(now())
    with transaction(vault.connection):
        sync_outbox.record_export(vault.connection, sequence=sequence, file_name=path.name,
                                  records=[row for _record, row, _sent in found], now=stamp)
        sync_outbox.refresh_synced_marks(vault.connection, now=stamp)
        vault.audit("bundle_exported", {"sequence": sequence, "records": len(found),
                                        "file": path.name})
    return ExportResult(path, sequence, *counts, new, len(found) - new, sequence,
                        purge_now(vault, now()), interviews)


def purge_now(vault: Vault, moment: datetime) -> int:
    """Apply the retention policy received from the supervisor (none: keep everything)."""
    policy = sync_store.retention_policy(vault.connection)
    device = sync_store.load_device_identity(vault.connection)
    if policy is None or device is None:
        return 0
    owing = {interview for *_parts, interview in pending_referrals(vault, device.device_id)}
    result = sync_purge.purge(vault.connection, policy, moment,
                              forget=search_index.erase_from_search_index, keep=owing)
    if result.interviews:
        vault.audit("interviews_purged", {"interviews": result.interviews,
                                          "stubs_kept": result.kept_stubs,
                                          "after_days": policy.purge_after_days})
    return result.interviews
