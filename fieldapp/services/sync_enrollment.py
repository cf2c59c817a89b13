"""Trust between a supervisor and its laptops: keys, enrollment, registration, device list.

Supervisor: its identity is made with the vault (``fieldapp init --role supervisor``);
:func:`export_supervisor_keys` writes the public half and the organisation's recovery
recipient (set with :func:`set_recovery_recipient`, which also seals this vault's own key to
it); :func:`create_enrollment` signs an enrollment file; :func:`register_device` accepts a
laptop's registration file only when the code typed from the laptop's screen matches its
fingerprint.

Laptop: :func:`apply_enrollment` verifies the file (the first time against the supervisor code
the officer types from the supervisor's screen, later against the supervisor it already
trusts, and never an older file than the last one), makes the device key on first use, and in
one transaction stores the trust, policy, directory and forms; the organisation's recovery
recipient then gets a recovery slot in the keystore. :func:`write_registration` writes the
file that goes back to the supervisor.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fieldapp.errors import UsageError
from fieldapp.services import accounts
from fieldapp.services.session import Vault
from fieldapp.services.sync_errors import (
    EnrollmentOutdated,
    FingerprintMismatch,
    NotEnrolled,
    output_folder,
    require_manager,
    require_vault_role,
)
from fieldapp.services.sync_provisioning import directory_bytes, form_files, provision
from fieldapp.sync import (
    Enrollment,
    FileKind,
    Registration,
    RetentionPolicy,
    SupervisorIdentity,
    SupervisorPublicKeys,
    normalise_fingerprint,
    opaque_file_name,
    read_enrollment,
    read_registration,
    read_sync_file,
    write_atomic,
    write_enrollment,
    write_registration,
)
from fieldapp.sync.enrollment import MAX_PROVISIONING_BODY
from fieldapp.sync.errors import SyncFileError
from fieldapp.sync.registration import MAX_REGISTRATION_BODY
from fieldapp.vault import sync_inbox, sync_store
from fieldapp.vault.database import transaction
from fieldapp.vault.sync_store import LAPTOP, SUPERVISOR

# Header, signer, length and signature around a signed body.
SIGNED_FILE_OVERHEAD = 1024
MAX_SIGNED_FILE = MAX_PROVISIONING_BODY + SIGNED_FILE_OVERHEAD
KEYS_FILE = "supervisor-keys.json"
RECIPIENT_FILE = "recovery-recipient.txt"
MAX_MISSING_SHOWN = 1000


@dataclass(frozen=True)
class EnrollmentApplied:
    organisation: str
    supervisor_fingerprint: str
    device_id: str
    device_fingerprint: str
    forms_added: int
    first_enrollment: bool
    registration: Path | None


@dataclass(frozen=True)
class DeviceSummary:
    """A laptop accepted by this supervisor, with what arrived from it."""

    device_id: str
    label: str
    fingerprint: str
    accepted_at: str
    bundles: int
    last_sequence: int
    missing_sequences: tuple[int, ...]
    last_imported_at: str | None = None  # when its latest bundle arrived (None: never)


def supervisor_identity(vault: Vault, action: str) -> SupervisorIdentity:
    require_vault_role(vault, SUPERVISOR, action)
    identity = sync_store.load_supervisor_identity(vault.connection)
    if identity is None:  # a supervisor vault always has one; only a damaged vault lacks it
        raise UsageError("this supervisor vault has no sync identity")
    return identity


def set_recovery_recipient(vault: Vault, recipient_file: Path) -> str:
    """The organisation's recovery recipient, for enrollments, bundles and this vault."""
    supervisor_identity(vault, "set the organisation's recovery recipient")
    recipient = accounts.set_recovery_key(vault, recipient_file)
    sync_store.put_settings(vault.connection, {sync_store.RECOVERY_RECIPIENT: recipient})
    return recipient


def export_supervisor_keys(vault: Vault, out_dir: Path) -> list[Path]:
    """Write the public keys (and the recovery recipient, when set) to ``out_dir``."""
    keys = supervisor_identity(vault, "export supervisor keys").public_keys()
    folder = output_folder(out_dir)
    document = {**keys.to_json(), "key_id": keys.key_id, "fingerprint": keys.fingerprint()}
    written = [folder / KEYS_FILE]
    write_atomic(written[0], (json.dumps(document, indent=2) + "\n").encode("utf-8"))
    recipient = sync_store.get_setting(vault.connection, sync_store.RECOVERY_RECIPIENT)
    if recipient is not None:
        written.append(folder / RECIPIENT_FILE)
        text = f"# organisation recovery recipient (public)\n{recipient}\n"
        write_atomic(written[1], text.encode("utf-8"))
    vault.audit("supervisor_keys_exported", {"files": len(written)})
    return written


def create_enrollment(
    vault: Vault,
    out_dir: Path,
    *,
    organisation: str,
    directory: Path,
    forms: Sequence[Path],
    retention: RetentionPolicy,
    now: datetime,
) -> tuple[Path, str]:
    """Sign an enrollment file into ``out_dir``; returns its path and the supervisor code."""
    identity = supervisor_identity(vault, "create enrollment files")
    require_manager(vault, "create enrollment files")
    folder = output_folder(out_dir)
    listing = directory_bytes(directory)
    enrollment = Enrollment(
        organisation=organisation, supervisor=identity.public_keys(),
        recovery_recipient=sync_store.get_setting(vault.connection,
                                                  sync_store.RECOVERY_RECIPIENT),
        forms=form_files(forms, listing), referral_directory=listing, retention=retention,
        issued_at=now,
    )
    data = write_enrollment(enrollment, identity)
    try:
        read_enrollment(data, identity.public_keys())  # what a laptop will do with it
    except SyncFileError as exc:
        raise UsageError(f"the enrollment cannot be made: {exc.message}") from exc
    # The supervisor keeps what it distributes: its case list must open what comes back.
    provision(vault.connection, enrollment.forms, listing, now=sync_store.stamp(now))
    path = folder / opaque_file_name(data, FileKind.ENROLLMENT)
    write_atomic(path, data)
    vault.audit("enrollment_created", {"file": path.name, "forms": len(enrollment.forms),
                                       "purge_after_days": retention.purge_after_days})
    return path, identity.public_keys().fingerprint()


def register_device(vault: Vault, path: Path, typed_fingerprint: str,
                    *, now: datetime) -> Registration:
    """Accept a laptop once the code from its screen matches its registration file."""
    supervisor_identity(vault, "register devices")
    require_manager(vault, "register devices")
    data = read_sync_file(path, FileKind.REGISTRATION, max_bytes=MAX_REGISTRATION_BODY + 1024)
    registration = read_registration(data)
    if normalise_fingerprint(typed_fingerprint) != registration.fingerprint():
        raise FingerprintMismatch("device")
    with transaction(vault.connection):
        added = sync_store.register_device(vault.connection, registration,
                                           now=sync_store.stamp(now), accepted_by=vault.user)
        if added:
            vault.audit("device_registered", {"device": registration.device_id,
                                              "label": registration.label})
    return registration


def list_devices(vault: Vault) -> list[DeviceSummary]:
    require_vault_role(vault, SUPERVISOR, "list devices")
    sequences = sync_inbox.device_sequences(vault.connection)
    last_imports = sync_inbox.last_imports(vault.connection)
    summaries = []
    for device in sync_store.list_devices(vault.connection):
        seen = sequences.get(device.device_id, ())
        last = max(seen, default=0)
        held = set(seen)
        missing = [n for n in range(1, min(last, MAX_MISSING_SHOWN + 1)) if n not in held]
        summaries.append(DeviceSummary(device.device_id, device.label, device.fingerprint,
                                       device.accepted_at, len(seen), last, tuple(missing),
                                       last_imports.get(device.device_id)))
    return summaries


def apply_enrollment(
    vault: Vault,
    path: Path,
    *,
    typed_fingerprint: str | None,
    label: str | None,
    registration_dir: Path | None,
    now: datetime,
) -> EnrollmentApplied:
    """Enroll this laptop from ``path`` (or refresh it from a newer file of its supervisor)."""
    require_vault_role(vault, LAPTOP, "apply enrollment files")
    require_manager(vault, "enroll this laptop")
    folder = output_folder(registration_dir) if registration_dir is not None else None
    data = read_sync_file(path, FileKind.ENROLLMENT, max_bytes=MAX_SIGNED_FILE)
    trusted = sync_store.trusted_supervisor(vault.connection)
    enrollment = read_enrollment(data, trusted)
    code = enrollment.supervisor.fingerprint()
    if trusted is None and typed_fingerprint is None:
        raise UsageError(
            "first enrollment: type the supervisor code shown on the supervisor's screen "
            "with --fingerprint CODE"
        )
    if typed_fingerprint is not None and normalise_fingerprint(typed_fingerprint) != code:
        raise FingerprintMismatch("supervisor")
    issued = sync_store.get_setting(vault.connection, sync_store.ENROLLMENT_ISSUED_AT)
    if issued is not None and enrollment.issued_at <= datetime.fromisoformat(issued):
        raise EnrollmentOutdated()
    stamp = sync_store.stamp(now)
    with transaction(vault.connection):
        added = provision(vault.connection, enrollment.forms, enrollment.referral_directory,
                          now=stamp)
        device, made = sync_store.ensure_device_identity(vault.connection, now=stamp)
        settings = {
            sync_store.SUPERVISOR_KEYS: sync_store.supervisor_keys_json(enrollment.supervisor),
            sync_store.ORGANISATION: enrollment.organisation,
            sync_store.RETENTION: sync_store.retention_json(enrollment.retention),
            sync_store.ENROLLMENT_ISSUED_AT: enrollment.issued_at.isoformat(),
        }
        if label is not None or made:
            settings[sync_store.DEVICE_LABEL] = _label(label, device.device_id)
        if enrollment.recovery_recipient is not None:
            settings[sync_store.RECOVERY_RECIPIENT] = enrollment.recovery_recipient
        sync_store.put_settings(vault.connection, settings)
        if made:
            vault.audit("device_identity_created", {"device": device.device_id})
        vault.audit("enrollment_applied", {"organisation": enrollment.organisation,
                                           "supervisor": code, "forms_added": added,
                                           "first": trusted is None})
    if enrollment.recovery_recipient is not None and (
        vault.keystore.recovery_recipient != enrollment.recovery_recipient
    ):
        vault.keystore.set_recovery_recipient(enrollment.recovery_recipient, vault.key,
                                              signer=vault.signer)
        vault.keystore.save()
        vault.audit("recovery_key_set", {"recipient": enrollment.recovery_recipient})
    written = write_registration_file(vault, folder, now=now) if folder is not None else None
    return EnrollmentApplied(enrollment.organisation, code, device.device_id,
                             device.fingerprint(), added, trusted is None, written)


def _label(label: str | None, device_id: str) -> str:
    text = (label or f"Laptop {device_id[:6]}").strip()
    if not text or len(text) > 64 or not text.isprintable():
        raise UsageError("a device label is 1 to 64 printable characters, such as 'Laptop 3'")
    return text


def registration_fingerprint(vault: Vault) -> tuple[str, str]:
    """(device id, device code) of an enrolled laptop."""
    device = sync_store.load_device_identity(vault.connection)
    if device is None:
        raise NotEnrolled()
    return device.device_id, device.fingerprint()


def write_registration_file(vault: Vault, out_dir: Path, *, now: datetime) -> Path:
    """The laptop's registration file in ``out_dir`` (its code is on this laptop's screen)."""
    require_vault_role(vault, LAPTOP, "write a registration file")
    folder = output_folder(out_dir)
    device = sync_store.load_device_identity(vault.connection)
    if device is None:
        raise NotEnrolled()
    label = sync_store.get_setting(vault.connection, sync_store.DEVICE_LABEL)
    data = write_registration(device, label=_label(label, device.device_id), created_at=now)
    path = folder / opaque_file_name(data, FileKind.REGISTRATION)
    write_atomic(path, data)
    vault.audit("registration_written", {"device": device.device_id, "file": path.name})
    return path


def trusted_supervisor_keys(vault: Vault) -> SupervisorPublicKeys | None:
    return sync_store.trusted_supervisor(vault.connection)
