"""The keystore file's contents as frozen records, and their strict JSON form.

``keystore.json`` holds a format marker and version, the vault id, one record per user slot
and an optional recovery slot; binary fields are standard base64. :func:`parse_document` reads
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
FORMAT_VERSION = 1
ROLES = ("admin", "supervisor", "interviewer")
MAX_NAME_CHARS = 64
NONCE_BYTES = 12
TAG_BYTES = 32

_TOP_KEYS = {"format", "version", "vault_id", "slots", "recovery"}
_SLOT_KEYS = {
    "slot_id", "user", "role", "created_at", "kdf", "salt", "nonce", "sealed_identity",
    "recipient", "wrapped_key", "tag", "failed_attempts", "last_failure_at", "disabled",
}
_RECOVERY_KEYS = {"recipient", "created_at", "wrapped_key", "tag"}
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


@dataclass(frozen=True)
class RecoverySlot:
    """The data key wrapped to an organisation's recovery recipient (an age public key)."""

    recipient: str
    created_at: str
    wrapped_key: bytes
    tag: bytes


@dataclass(frozen=True)
class KeystoreDocument:
    """Everything ``keystore.json`` holds."""

    vault_id: str
    slots: tuple[UserSlot, ...] = ()
    recovery: RecoverySlot | None = None
    version: int = FORMAT_VERSION


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
    body = {
        "format": FORMAT,
        "version": document.version,
        "vault_id": document.vault_id,
        "slots": [_slot_to_dict(slot) for slot in document.slots],
        "recovery": None if recovery is None else {
            "recipient": recovery.recipient,
            "created_at": recovery.created_at,
            "wrapped_key": b64(recovery.wrapped_key),
            "tag": b64(recovery.tag),
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
    }


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
    top = _Reader(raw, "the keystore", _TOP_KEYS)
    if top.get("format", str) != FORMAT:
        raise KeystoreDamaged("it is not a fieldapp keystore")
    version = top.get("version", int)
    if version != FORMAT_VERSION:
        raise KeystoreDamaged(f"its format version {version} is not one this program reads")
    raw_slots = top.get("slots", list)
    slots = tuple(_parse_slot(item, f"slot {index + 1}") for index, item in enumerate(raw_slots))
    if len({slot.user.casefold() for slot in slots}) != len(slots):
        raise KeystoreDamaged("two slots have the same user")
    if len({slot.slot_id for slot in slots}) != len(slots):
        raise KeystoreDamaged("two slots have the same slot id")
    recovery = None if top.value["recovery"] is None else _parse_recovery(top.value["recovery"])
    return KeystoreDocument(top.name("vault_id"), slots, recovery, version)


def _parse_slot(value: object, where: str) -> UserSlot:
    slot = _Reader(value, where, _SLOT_KEYS)
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
    )


def _parse_recovery(value: object) -> RecoverySlot:
    recovery = _Reader(value, "the recovery slot", _RECOVERY_KEYS)
    return RecoverySlot(
        recipient=recovery.recipient("recipient"),
        created_at=recovery.timestamp("created_at"),
        wrapped_key=recovery.binary("wrapped_key"),
        tag=recovery.binary("tag", TAG_BYTES),
    )


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _no_constants(name: str) -> object:
    raise ValueError(f"{name} is not allowed")
