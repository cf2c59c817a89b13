"""Updates, supervisor to laptops: new form versions, a new referral directory, a new policy.

Supervisor: :func:`export_update` numbers each update one above the last it issued (kept in
the vault), checks what it carries as an enrollment would (forms load with the choice files of
the directory sent, or else of the one last distributed, which the supervisor vault keeps),
signs it and writes it under an opaque name.

Laptop: :func:`import_updates` verifies every file against the supervisor it trusts, then
applies them in number order; an update not newer than the last one applied is refused
(``update_rollback``), so an old file found on a stick cannot bring back a withdrawn form or a
longer retention period. Each update is applied in one transaction: forms (checked first, and
never changing a stored version), directory and its choice files, policy, this laptop's case
outcomes (fieldapp.services.case_outcomes), and its number. An update carries the current case
outcomes of every laptop, each sealed to its laptop, and may carry nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fieldapp.errors import UsageError
from fieldapp.services.case_outcomes import sealed_for_laptops, store_from_update
from fieldapp.services.session import Vault
from fieldapp.services.sync_enrollment import MAX_SIGNED_FILE, supervisor_identity
from fieldapp.services.sync_errors import (
    NotEnrolled,
    output_folder,
    require_manager,
    require_vault_role,
)
from fieldapp.services.sync_provisioning import directory_bytes, form_files, provision
from fieldapp.sync import (
    FileKind,
    FormFile,
    RetentionPolicy,
    Update,
    opaque_file_name,
    read_sync_file,
    read_update,
    write_atomic,
    write_update,
)
from fieldapp.sync.errors import SyncFileError
from fieldapp.vault import case_outcomes, sync_store
from fieldapp.vault.database import transaction
from fieldapp.vault.sync_store import LAPTOP, UPDATE_SEQUENCE


@dataclass(frozen=True)
class UpdateApplied:
    file: str
    update_sequence: int
    forms_added: int
    directory_replaced: bool
    retention: RetentionPolicy | None
    case_outcomes: int = 0


@dataclass(frozen=True)
class UpdatePreview:
    """What the next update would be, before the supervisor chooses what else it carries."""

    next_sequence: int
    outcome_cases: int  # interviews with case work whose state goes back (every update)
    outcome_laptops: int  # the accepted laptops they came from
    directory_known: bool  # a directory was distributed: forms can be checked without one


def update_preview(vault: Vault) -> UpdatePreview:
    """The next update's number and the case outcomes it would carry (nothing written)."""
    supervisor_identity(vault, "export updates")
    require_manager(vault, "export updates")
    connection = vault.connection
    devices = sync_store.known_devices(connection)
    gathered = {device: outcomes for device, outcomes in case_outcomes.collect(connection).items()
                if device in devices and outcomes}
    return UpdatePreview(
        next_sequence=sync_store.integer_setting(connection, UPDATE_SEQUENCE) + 1,
        outcome_cases=sum(len(outcomes) for outcomes in gathered.values()),
        outcome_laptops=len(gathered),
        directory_known=sync_store.stored_directory(connection) is not None,
    )


def export_update(
    vault: Vault,
    out_dir: Path,
    *,
    forms: Sequence[Path],
    directory: Path | None,
    retention: RetentionPolicy | None,
    now: datetime,
) -> tuple[Path, int]:
    """Sign the next update into ``out_dir``; returns its path and number."""
    identity = supervisor_identity(vault, "export updates")
    require_manager(vault, "export updates")
    folder = output_folder(out_dir)
    outcomes = sealed_for_laptops(vault)
    if not forms and directory is None and retention is None and not outcomes:
        raise UsageError("an update needs at least one form, a directory, a retention policy"
                         " or case outcomes to send back")
    listing = directory_bytes(directory) if directory is not None else None
    # Forms are checked with the choice files the laptops will have: from the directory sent
    # now, else from the one last distributed.
    checking = listing if listing is not None else sync_store.stored_directory(vault.connection)
    carried: tuple[FormFile, ...] = ()
    if forms:
        if checking is None:
            raise UsageError(
                "forms are checked against the referral directory: give --directory too"
            )
        carried = form_files(forms, checking)
    sequence = sync_store.integer_setting(vault.connection, UPDATE_SEQUENCE) + 1
    update = Update(sequence, carried, listing, retention, now, outcomes)
    data = write_update(update, identity)
    try:
        read_update(data, identity.public_keys(), last_applied_sequence=sequence - 1)
    except SyncFileError as exc:
        raise UsageError(f"the update cannot be made: {exc.message}") from exc
    with transaction(vault.connection):
        # Kept here too: the forms and directory the laptops will use (see enrollment).
        provision(vault.connection, carried, listing, now=sync_store.stamp(now))
        path = folder / opaque_file_name(data, FileKind.UPDATE)
        write_atomic(path, data)
        sync_store.put_settings(vault.connection, {UPDATE_SEQUENCE: str(sequence)})
        vault.audit("update_exported", {"update": sequence, "forms": len(carried),
                                        "directory": listing is not None,
                                        "retention": retention is not None,
                                        "case_outcomes": len(outcomes),
                                        "file": path.name})
    return path, sequence


def import_updates(vault: Vault, paths: Sequence[Path], *,
                   now: datetime) -> list[UpdateApplied]:
    """Verify every update file, then apply them oldest first (see the module text)."""
    require_vault_role(vault, LAPTOP, "import updates")
    require_manager(vault, "apply updates")
    trusted = sync_store.trusted_supervisor(vault.connection)
    if trusted is None:
        raise NotEnrolled()
    loaded: list[tuple[bytes, Path, Update]] = []
    for path in paths:
        data = read_sync_file(path, FileKind.UPDATE, max_bytes=MAX_SIGNED_FILE)
        # Number check below, per update, against the state it is applied to.
        loaded.append((data, path, read_update(data, trusted, last_applied_sequence=0)))
    loaded.sort(key=lambda item: item[2].update_sequence)
    results: list[UpdateApplied] = []
    for data, path, _update in loaded:
        last = sync_store.integer_setting(vault.connection, UPDATE_SEQUENCE)
        update = read_update(data, trusted, last_applied_sequence=last)
        stamp = sync_store.stamp(now)
        with transaction(vault.connection):
            added = provision(vault.connection, update.forms, update.referral_directory,
                              now=stamp)
            settings = {UPDATE_SEQUENCE: str(update.update_sequence)}
            if update.retention is not None:
                settings[sync_store.RETENTION] = sync_store.retention_json(update.retention)
            sync_store.put_settings(vault.connection, settings)
            stored = store_from_update(vault, update)
            vault.audit("update_applied", {
                "update": update.update_sequence, "forms_added": added,
                "directory": update.referral_directory is not None,
                "retention": update.retention is not None, "file": path.name,
                "case_outcomes": 0 if stored is None else stored.cases,
            })
        results.append(UpdateApplied(path.name, update.update_sequence, added,
                                     update.referral_directory is not None, update.retention,
                                     0 if stored is None else stored.cases))
    return results
