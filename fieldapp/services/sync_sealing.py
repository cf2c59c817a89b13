"""Sealing finalised revisions to the supervisor, so any account's export carries them.

An account can put into a bundle in clear only the revisions its content keys open. For the
rest, the record an export would have built is sealed (age) to the supervisor's recipient and
the recovery recipient by an account that could read it: the officer when she finalises
(:func:`seal_revision`), and every export by an account reading some of the pending work
(:func:`seal_readable`). Exports by any account then add the sealed records of what they
cannot read (:func:`sealed_records`); the supervisor's bundle reader opens them
(fieldapp.sync.sealed_records). An unenrolled laptop seals nothing: its revisions are sealed
at their officer's (or a supervisor account's) first export or finalisation after enrolment.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from fieldapp.services.session import Vault
from fieldapp.sync import DeviceIdentity, SupervisorPublicKeys, SyncRecord
from fieldapp.sync.sealed_records import seal, sealed_record
from fieldapp.vault import sealed_outbox, sync_outbox, sync_store
from fieldapp.vault.content_seal import keyring_of
from fieldapp.vault.database import transaction
from fieldapp.vault.sync_bodies import RevisionFacts, interview_body
from fieldapp.vault.sync_outbox import INTERVIEW_KIND, PendingRevision

FactsReader = Callable[[str, str, Mapping[str, Any]], RevisionFacts]


def recipients_of(vault: Vault, supervisor: SupervisorPublicKeys) -> list[str]:
    """Who sealed records are encrypted to: as a bundle is (supervisor, recovery)."""
    found = [supervisor.age_recipient]
    recovery = sync_store.get_setting(vault.connection, sync_store.RECOVERY_RECIPIENT)
    if recovery is not None and recovery != supervisor.age_recipient:
        found.append(recovery)
    return found


def revision_record(pending: PendingRevision, device_id: str,
                    facts: FactsReader) -> SyncRecord:
    """The record of one readable revision, as an export builds it."""
    content = json.loads(pending.content)
    shown = facts(pending.form_id, pending.form_version,
                  content if isinstance(content, Mapping) else {})
    return SyncRecord(INTERVIEW_KIND, pending.uuid, pending.revision, device_id,
                      interview_body(pending, shown))


def seal_readable(vault: Vault, facts: FactsReader, device: DeviceIdentity,
                  supervisor: SupervisorPublicKeys, *, interview_id: int | None = None) -> int:
    """Seal every unacknowledged revision (of ``interview_id``) this account reads and that
    is not sealed yet to the current recipients; how many were sealed."""
    if not keyring_of(vault.connection).sealing:
        return 0
    recipients = recipients_of(vault, supervisor)
    marker = "\n".join(recipients)
    have = sealed_outbox.sealed_state(vault.connection)
    rows = []
    for pending in sync_outbox.pending_revisions(vault.connection, interview_id):
        record = revision_record(pending, device.device_id, facts)
        if have.get((record.uuid, record.revision)) == (record.content_hash, marker):
            continue
        rows.append((record.uuid, record.revision, record.content_hash, marker,
                     seal(record, recipients)))
    if rows:
        with transaction(vault.connection):
            sealed_outbox.store(vault.connection, rows)
    return len(rows)


def seal_revision(vault: Vault, facts: FactsReader, interview_id: int) -> int:
    """At finalisation: seal the interview's new revision if the laptop is enrolled."""
    if sync_store.vault_role(vault.connection) != sync_store.LAPTOP:
        return 0
    device = sync_store.load_device_identity(vault.connection)
    supervisor = sync_store.trusted_supervisor(vault.connection)
    if device is None or supervisor is None:
        return 0
    return seal_readable(vault, facts, device, supervisor, interview_id=interview_id)


def sealed_records(vault: Vault, device: DeviceIdentity, supervisor: SupervisorPublicKeys
                   ) -> list[tuple[SyncRecord, sync_outbox.ExportedRecord, bool]]:
    """(record, outbox row, sent before) for pending revisions this account cannot read,
    carried sealed; the outbox row names the clear record's hash, which the receipt names."""
    marker = "\n".join(recipients_of(vault, supervisor))
    found = []
    for pending in sealed_outbox.pending_sealed(vault.connection, marker):
        record = sealed_record(INTERVIEW_KIND, pending.uuid, pending.revision,
                               device.device_id, pending.content_hash, pending.sealed)
        found.append((record, sync_outbox.ExportedRecord(
            pending.uuid, pending.revision, INTERVIEW_KIND, pending.interview_id,
            pending.content_hash), pending.sent_hash == pending.content_hash))
    return found
