"""The keystore file's contents as frozen records, and their strict JSON form.

``keystore.json`` holds a format marker and version, the vault id, one record per user slot,
an optional recovery slot and (from version 2) the admin-signed accounts record; binary fields
are standard base64. Version 1 files (without the accounts record, the running failure total
and the pending admin key) are still read; every save writes version 2. :func:`parse_document` reads
untrusted bytes and either returns a complete, well-typed :class:`KeystoreDocument` or raises
:class:`KeystoreDamaged` with a plain reason: unknown or duplicate keys, wrong types,
non-canonical base64, impossible KDF parameters and duplicate users are all refused here, so
the rest of the keystore never meets a ``KeyError`` or ``ValueError`` from the file.
Whether the parts belong together is checked later, cryptographically (see keystore_crypto).
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pyrage

from fieldapp.vault.errors import KeystoreDamaged
from fieldapp.vault.kdf import SALT_BYTES, KdfParams

FORMAT = "fieldapp-keystore"
# The version bound into every slot's AES-GCM associated data and tags: it stays 1, so slots
# sealed before the accounts record existed still open.
FORMAT_VERSION = 1
# The version of the file layout: 2 added the accounts record and the per-slot fields below.
DOCUMENT_VERSION = 2
READABLE_VERSIONS = (1, 2)
ED25519_PUBLIC_BYTES = 32
ED25519_SIGNATURE_BYTES = 64
ROLES = ("admin", "supervisor", "interviewer")
MAX_NAME_CHARS = 64
NONCE_BYTES = 12
TAG_BYTES = 32

_TOP_KEYS_V1 = {"format", "version", "vault_id", "slots", "recovery"}
_TOP_KEYS = _TOP_KEYS_V1 | {"accounts"}
_SLOT_KEYS_V1 = {
    "slot_id", "user", "role", "created_at", "kdf", "salt", "nonce", "sealed_identity",
    "recipient", "wrapped_key", "tag", "failed_attempts", "last_failure_at", "disabled",
}
_SLOT_KEYS = _SLOT_KEYS_V1 | {"failures_total", "admin_key_wrapped"}
_RECOVERY_KEYS_V1 = {"recipient", "created_at", "wrapped_key", "tag"}
_RECOVERY_KEYS = _RECOVERY_KEYS_V1 | {"admin_key_wrapped"}
_ACCOUNTS_KEYS = {"admin_key", "entries", "signature"}
_ENTRY_KEYS = {"slot_id", "user", "role", "recipient"}
_KDF_KEYS = {"algorithm", "memory_kib", "iterations", "lanes"}


@dataclass(frozen=True)
class UserSlot:
    """One user's slot: a sealed age identity and the data key wrapped to its recipient."""

    slot_id: str
    user: str
    role: str
    created_at: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    sealed_identity: bytes
    recipient: str
    wrapped_key: bytes
    tag: bytes
    # Back-off bookkeeping: changes without any key, so it is the one part not authenticated.
    failed_attempts: int = 0
    last_failure_at: float | None = None
    disabled: bool = False
    # Every failure ever counted on this slot, never reset: a successful unlock compares it
    # with the authenticated record the previous unlock left in the database, so counters
    # wound back by hand below that record are noticed (keystore_counters.py).
    failures_total: int = 0
    # The admin signing key age-encrypted to this slot's recipient, waiting for the account's
    # next unlock to move it inside the password-sealed identity (migration of other admins).
    admin_key_wrapped: bytes | None = None


@dataclass(frozen=True)
class RecoverySlot:
    """The data key wrapped to an organisation's recovery recipient (an age public key)."""

    recipient: str
    created_at: str
    wrapped_key: bytes
    tag: bytes
    # The admin signing key wrapped to the same recipient, so a supervisor who resets a
    # password from a keystore copy can sign the new slot.
    admin_key_wrapped: bytes | None = None


@dataclass(frozen=True)
class AccountEntry:
    """What the admin key vouches for about one slot: who it is, its role, its age key."""

    slot_id: str
    user: str
    role: str
    recipient: str


@dataclass(frozen=True)
class AccountsRecord:
    """The list of accounts of this vault, signed with the admin key (Ed25519)."""

    admin_key: bytes
    entries: tuple[AccountEntry, ...]
    signature: bytes


@dataclass(frozen=True)
class KeystoreDocument:
    """Everything ``keystore.json`` holds."""

    vault_id: str
    slots: tuple[UserSlot, ...] = ()
    recovery: RecoverySlot | None = None
    version: int = DOCUMENT_VERSION
    # None until an admin has unlocked once with this release (then every slot is checked).
    accounts: AccountsRecord | None = None


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a user name or vault id, or None if it can."""
    if not name or len(name) > MAX_NAME_CHARS:
        return f"must be 1-{MAX_NAME_CHARS} characters"
    if not name.isprintable() or name != name.strip():
        return "must be printable, without spaces at either end"
    return None


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def document_to_json(document: KeystoreDocument) -> bytes:
    recovery = document.recovery
    accounts = document.accounts
    body = {
        "format": FORMAT,
        "version": DOCUMENT_VERSION,
        "vault_id": document.vault_id,
        "slots": [_slot_to_dict(slot) for slot in document.slots],
        "recovery": None if recovery is None else {
            "recipient": recovery.recipient,
            "created_at": recovery.created_at,
            "wrapped_key": b64(recovery.wrapped_key),
            "tag": b64(recovery.tag),
            "admin_key_wrapped": _optional_b64(recovery.admin_key_wrapped),
        },
        "accounts": None if accounts is None else {
            "admin_key": b64(accounts.admin_key),
            "entries": [entry_to_dict(entry) for entry in accounts.entries],
            "signature": b64(accounts.signature),
        },
    }
    return (json.dumps(body, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _slot_to_dict(slot: UserSlot) -> dict[str, object]:
    return {
        "slot_id": slot.slot_id,
        "user": slot.user,
        "role": slot.role,
        "created_at": slot.created_at,
        "kdf": slot.kdf.as_dict(),
        "salt": b64(slot.salt),
        "nonce": b64(slot.nonce),
        "sealed_identity": b64(slot.sealed_identity),
        "recipient": slot.recipient,
        "wrapped_key": b64(slot.wrapped_key),
        "tag": b64(slot.tag),
        "failed_attempts": slot.failed_attempts,
        "last_failure_at": slot.last_failure_at,
        "disabled": slot.disabled,
        "failures_total": slot.failures_total,
        "admin_key_wrapped": _optional_b64(slot.admin_key_wrapped),
    }


def entry_to_dict(entry: AccountEntry) -> dict[str, str]:
    return {
        "slot_id": entry.slot_id,
        "user": entry.user,
        "role": entry.role,
        "recipient": entry.recipient,
    }



def _optional_b64(data: bytes | None) -> str | None:
    return None if data is None else b64(data)


class _Reader:
    """Typed access to one JSON object; every problem becomes KeystoreDamaged."""

    def __init__(self, value: object, where: str, keys: set[str]) -> None:
        if not isinstance(value, dict):
            raise KeystoreDamaged(f"{where} is not an object")
        missing = sorted(keys - value.keys())
        unknown = sorted(value.keys() - keys)
        if missing:
            raise KeystoreDamaged(f"{where} lacks {', '.join(missing)}")
        if unknown:
            raise KeystoreDamaged(f"{where} has unknown fields")
        self.value: dict[str, Any] = value
        self.where = where

    def get(self, key: str, kind: type) -> Any:
        found = self.value[key]
        # bool is an int in Python: compare exact types so true/1 are not interchangeable.
        if type(found) is not kind:
            raise KeystoreDamaged(f"{self.where}.{key} has the wrong type")
        return found

    def text(self, key: str) -> str:
        found: str = self.get(key, str)
        if len(found) > 4000:
            raise KeystoreDamaged(f"{self.where}.{key} is too long")
        return found

    def binary(self, key: str, size: int | None = None) -> bytes:
        text = self.text(key)
        try:
            data = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError) as error:
            raise KeystoreDamaged(f"{self.where}.{key} is not base64") from error
        # Only the canonical spelling is accepted, so an edit can never leave bytes unchanged.
        if b64(data) != text or (size is not None and len(data) != size):
            raise KeystoreDamaged(f"{self.where}.{key} is malformed")
        return data

    def optional_binary(self, key: str) -> bytes | None:
        if key not in self.value or self.value[key] is None:
            return None
        return self.binary(key)

    def name(self, key: str) -> str:
        found = self.text(key)
        if name_problem(found) is not None:
            raise KeystoreDamaged(f"{self.where}.{key} is not a valid name")
        return found

    def timestamp(self, key: str) -> str:
        found = self.text(key)
        try:
            moment = datetime.fromisoformat(found)
        except ValueError as error:
            raise KeystoreDamaged(f"{self.where}.{key} is not a date") from error
        if moment.tzinfo is None:
            raise KeystoreDamaged(f"{self.where}.{key} has no time zone")
        return found

    def recipient(self, key: str) -> str:
        found = self.text(key)
        try:
            pyrage.x25519.Recipient.from_str(found)
        except Exception as error:  # pyrage's errors share no base class but Exception
            raise KeystoreDamaged(f"{self.where}.{key} is not an age public key") from error
        return found


def parse_document(data: bytes) -> KeystoreDocument:
    """The document in ``data``; raises KeystoreDamaged with a plain reason otherwise."""
    try:
        raw = json.loads(
            data.decode("utf-8"),
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constants,
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise KeystoreDamaged("it is not valid JSON (empty, truncated or overwritten)") from error
    if not isinstance(raw, dict):
        raise KeystoreDamaged("the keystore is not an object")
    version = raw.get("version")
    if type(version) is not int or version not in READABLE_VERSIONS:
        if raw.get("format") != FORMAT:
            raise KeystoreDamaged("it is not a fieldapp keystore")
        raise KeystoreDamaged(f"its format version {version} is not one this program reads")
    current = version == DOCUMENT_VERSION
    top = _Reader(raw, "the keystore", _TOP_KEYS if current else _TOP_KEYS_V1)
    if top.get("format", str) != FORMAT:
        raise KeystoreDamaged("it is not a fieldapp keystore")
    raw_slots = top.get("slots", list)
    slots = tuple(_parse_slot(item, f"slot {index + 1}", current)
                  for index, item in enumerate(raw_slots))
    if len({slot.user.casefold() for slot in slots}) != len(slots):
        raise KeystoreDamaged("two slots have the same user")
    if len({slot.slot_id for slot in slots}) != len(slots):
        raise KeystoreDamaged("two slots have the same slot id")
    recovery = (None if top.value["recovery"] is None
                else _parse_recovery(top.value["recovery"], current))
    accounts = (None if not current or top.value["accounts"] is None
                else _parse_accounts(top.value["accounts"]))
    return KeystoreDocument(top.name("vault_id"), slots, recovery, version, accounts)


def _parse_accounts(value: object) -> AccountsRecord:
    accounts = _Reader(value, "the accounts record", _ACCOUNTS_KEYS)
    raw_entries = accounts.get("entries", list)
    entries = []
    for index, item in enumerate(raw_entries):
        entry = _Reader(item, f"account entry {index + 1}", _ENTRY_KEYS)
        role = entry.text("role")
        if role not in ROLES:
            raise KeystoreDamaged(f"account entry {index + 1} has an unknown role")
        entries.append(AccountEntry(entry.name("slot_id"), entry.name("user"), role,
                                    entry.recipient("recipient")))
    return AccountsRecord(
        admin_key=accounts.binary("admin_key", ED25519_PUBLIC_BYTES),
        entries=tuple(entries),
        signature=accounts.binary("signature", ED25519_SIGNATURE_BYTES),
    )


def _parse_slot(value: object, where: str, current: bool) -> UserSlot:
    slot = _Reader(value, where, _SLOT_KEYS if current else _SLOT_KEYS_V1)
    kdf = _Reader(slot.value["kdf"], f"{where}.kdf", _KDF_KEYS)
    try:
        params = KdfParams(
            memory_kib=kdf.get("memory_kib", int),
            iterations=kdf.get("iterations", int),
            lanes=kdf.get("lanes", int),
            algorithm=kdf.get("algorithm", str),
        )
    except ValueError as error:
        raise KeystoreDamaged(f"{where} has impossible key derivation settings") from error
    role = slot.text("role")
    if role not in ROLES:
        raise KeystoreDamaged(f"{where} has an unknown role")
    failed = slot.get("failed_attempts", int)
    last = slot.value["last_failure_at"]
    if last is not None and (type(last) not in (int, float) or not math.isfinite(last)):
        raise KeystoreDamaged(f"{where}.last_failure_at has the wrong type")
    if not 0 <= failed <= 1_000_000:
        raise KeystoreDamaged(f"{where}.failed_attempts is out of range")
    total = slot.get("failures_total", int) if current else failed
    if not 0 <= total <= 1_000_000_000:
        raise KeystoreDamaged(f"{where}.failures_total is out of range")
    return UserSlot(
        slot_id=slot.name("slot_id"),
        user=slot.name("user"),
        role=role,
        created_at=slot.timestamp("created_at"),
        kdf=params,
        salt=slot.binary("salt", SALT_BYTES),
        nonce=slot.binary("nonce", NONCE_BYTES),
        sealed_identity=slot.binary("sealed_identity"),
        recipient=slot.recipient("recipient"),
        wrapped_key=slot.binary("wrapped_key"),
        tag=slot.binary("tag", TAG_BYTES),
        failed_attempts=failed,
        last_failure_at=None if last is None else float(last),
        disabled=slot.get("disabled", bool),
        failures_total=total,
        admin_key_wrapped=slot.optional_binary("admin_key_wrapped"),
    )


def _parse_recovery(value: object, current: bool) -> RecoverySlot:
    recovery = _Reader(value, "the recovery slot",
                       _RECOVERY_KEYS if current else _RECOVERY_KEYS_V1)
    return RecoverySlot(
        recipient=recovery.recipient("recipient"),
        created_at=recovery.timestamp("created_at"),
        wrapped_key=recovery.binary("wrapped_key"),
        tag=recovery.binary("tag", TAG_BYTES),
        admin_key_wrapped=recovery.optional_binary("admin_key_wrapped"),
    )


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _no_constants(name: str) -> object:
    raise ValueError(f"{name} is not allowed")
