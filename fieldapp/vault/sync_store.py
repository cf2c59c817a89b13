"""What a vault knows about sync: its role, its secret identity, its trust and its settings.

A vault is a ``laptop`` (the default; vaults made before sync existed are laptops too) or a
``supervisor``, recorded in ``meta`` when the vault is created. A supervisor vault holds a
:class:`~fieldapp.sync.SupervisorIdentity` from its first day; a laptop makes its
:class:`~fieldapp.sync.DeviceIdentity` when it is enrolled. Private key bytes live only in the
``sync_identities`` table of the encrypted vault, never in a file. ``sync_settings`` keeps the
small facts sync needs (trusted supervisor keys, recovery recipient, retention policy, update
numbers, the device label); ``referral_directory`` the directory the supervisor distributed;
``sync_devices`` the laptops a supervisor accepted. Functions here run inside the caller's
transaction when there is one.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from fieldapp.errors import FieldappError
from fieldapp.sync import (
    DeviceIdentity,
    Registration,
    RetentionPolicy,
    SupervisorIdentity,
    SupervisorPublicKeys,
)
from fieldapp.vault.database import Connection, transaction

LAPTOP = "laptop"
SUPERVISOR = "supervisor"
VAULT_ROLES = (LAPTOP, SUPERVISOR)
ROLE_KEY = "vault_role"
_DEVICE = "device"
_SUPERVISOR = "supervisor"

# Keys of ``sync_settings``.
SUPERVISOR_KEYS = "supervisor_keys"
RECOVERY_RECIPIENT = "recovery_recipient"
ORGANISATION = "organisation"
RETENTION = "retention"
ENROLLMENT_ISSUED_AT = "enrollment_issued_at"
UPDATE_SEQUENCE = "update_sequence"
DEVICE_LABEL = "device_label"
SEQUENCE_RESERVED = "bundle_sequence_reserved"


class UnknownVaultRole(FieldappError):
    def __init__(self, role: str) -> None:
        super().__init__(f"a vault is a {' or a '.join(VAULT_ROLES)}, not {role[:20]!r}")


class DeviceAlreadyRegistered(FieldappError):
    def __init__(self, device_id: str) -> None:
        super().__init__(
            f"device {device_id} is already registered here with another key: a laptop that "
            "was reset must be enrolled as a new device"
        )


@dataclass(frozen=True)
class RegisteredDevice:
    """A laptop whose bundles this supervisor accepts."""

    device_id: str
    public_key: bytes
    label: str
    fingerprint: str
    created_at: str
    accepted_at: str
    accepted_by: str


def stamp(moment: datetime) -> str:
    """The one text form of sync times in the vault: UTC, milliseconds (sorts as text)."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


# -- role and identities ---------------------------------------------------------------------


def vault_role(connection: Connection) -> str:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (ROLE_KEY,)).fetchone()
    return str(row[0]) if row else LAPTOP


def set_up_role(connection: Connection, role: str, *, now: str) -> None:
    """Record a new vault's role; a supervisor vault gets its identity at once."""
    if role not in VAULT_ROLES:
        raise UnknownVaultRole(role)
    with transaction(connection):
        connection.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (ROLE_KEY, role),
        )
        if role == SUPERVISOR and load_supervisor_identity(connection) is None:
            _store_identity(connection, _SUPERVISOR, SupervisorIdentity.generate().to_bytes(),
                            now)


def _store_identity(connection: Connection, role: str, secret: bytes, now: str) -> None:
    connection.execute(
        "INSERT INTO sync_identities (role, secret, created_at) VALUES (?, ?, ?)",
        (role, secret, now),
    )


def _identity_bytes(connection: Connection, role: str) -> bytes | None:
    row = connection.execute(
        "SELECT secret FROM sync_identities WHERE role = ?", (role,)
    ).fetchone()
    return bytes(row[0]) if row else None


def load_supervisor_identity(connection: Connection) -> SupervisorIdentity | None:
    secret = _identity_bytes(connection, _SUPERVISOR)
    return None if secret is None else SupervisorIdentity.from_bytes(secret)


def load_device_identity(connection: Connection) -> DeviceIdentity | None:
    secret = _identity_bytes(connection, _DEVICE)
    return None if secret is None else DeviceIdentity.from_bytes(secret)


def ensure_device_identity(connection: Connection, *, now: str) -> tuple[DeviceIdentity, bool]:
    """The laptop's identity, made on first call; ``True`` when it was just made."""
    with transaction(connection):
        existing = load_device_identity(connection)
        if existing is not None:
            return existing, False
        identity = DeviceIdentity.generate()
        _store_identity(connection, _DEVICE, identity.to_bytes(), now)
        return identity, True


# -- settings --------------------------------------------------------------------------------


def get_setting(connection: Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM sync_settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def put_settings(connection: Connection, values: Mapping[str, str]) -> None:
    with transaction(connection):
        connection.executemany(
            "INSERT INTO sync_settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            sorted(values.items()),
        )


def supervisor_keys_json(keys: SupervisorPublicKeys) -> str:
    return json.dumps(keys.to_json(), sort_keys=True)


def trusted_supervisor(connection: Connection) -> SupervisorPublicKeys | None:
    """The supervisor an enrolled laptop trusts (``None`` before enrollment)."""
    text = get_setting(connection, SUPERVISOR_KEYS)
    if text is None:
        return None
    data = json.loads(text)
    return SupervisorPublicKeys(
        str(data["age_recipient"]), bytes.fromhex(str(data["signing_public_key"]))
    )


def retention_json(policy: RetentionPolicy) -> str:
    return json.dumps(
        {"purge_after_days": policy.purge_after_days, "keep_stub": policy.keep_stub},
        sort_keys=True,
    )


def retention_policy(connection: Connection) -> RetentionPolicy | None:
    text = get_setting(connection, RETENTION)
    if text is None:
        return None
    data = json.loads(text)
    return RetentionPolicy(int(data["purge_after_days"]), bool(data["keep_stub"]))


def integer_setting(connection: Connection, key: str) -> int:
    text = get_setting(connection, key)
    return int(text) if text is not None else 0


# -- referral directory ----------------------------------------------------------------------


def store_directory(connection: Connection, content: bytes, *, now: str) -> None:
    with transaction(connection):
        connection.execute(
            "INSERT INTO referral_directory (id, content, received_at) VALUES (1, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET content = excluded.content,"
            " received_at = excluded.received_at",
            (content, now),
        )


def stored_directory(connection: Connection) -> bytes | None:
    """The referral directory (CSV bytes) received from the supervisor, if any."""
    row = connection.execute("SELECT content FROM referral_directory WHERE id = 1").fetchone()
    return None if row is None else bytes(row[0])


# -- devices (supervisor) --------------------------------------------------------------------

_DEVICE_COLUMNS = (
    "device_id, public_key, label, fingerprint, created_at, accepted_at, accepted_by"
)


def register_device(
    connection: Connection, registration: Registration, *, now: str, accepted_by: str
) -> bool:
    """Accept a laptop; ``False`` when it was already accepted with this very key."""
    with transaction(connection):
        row = connection.execute(
            "SELECT public_key FROM sync_devices WHERE device_id = ?",
            (registration.device_id,),
        ).fetchone()
        if row is not None:
            if bytes(row[0]) != registration.public_key:
                raise DeviceAlreadyRegistered(registration.device_id)
            return False
        connection.execute(
            f"INSERT INTO sync_devices ({_DEVICE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
            (registration.device_id, registration.public_key, registration.label,
             registration.fingerprint(), registration.created_at.isoformat(), now,
             accepted_by),
        )
    return True


def list_devices(connection: Connection) -> list[RegisteredDevice]:
    rows = connection.execute(
        f"SELECT {_DEVICE_COLUMNS} FROM sync_devices ORDER BY accepted_at, device_id"  # noqa: S608
    ).fetchall()
    return [
        RegisteredDevice(str(a), bytes(b), str(c), str(d), str(e), str(f), str(g))
        for a, b, c, d, e, f, g in rows
    ]


def known_devices(connection: Connection) -> dict[str, bytes]:
    """Device id -> Ed25519 public key, as the bundle reader wants it."""
    rows = connection.execute("SELECT device_id, public_key FROM sync_devices").fetchall()
    return {str(device_id): bytes(key) for device_id, key in rows}
