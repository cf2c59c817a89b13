"""The cryptography of a key slot: sealing the age identity, wrapping the key, binding tags.

A slot is opened in three steps, each bound to the slot's public fields:

1. AES-256-GCM opens the slot's age X25519 identity with the Argon2id key; the associated data
   binds format version, vault id, slot id, user, role, creation time, KDF parameters, salt
   and recipient, so none of them can be edited or swapped in from another slot. A wrong
   password and an edited bound field both fail the tag and cannot be told apart.
2. age decrypts the wrapped data key. Its plaintext is a small canonical structure naming the
   vault id, slot id and user next to the key, checked after decryption, so a wrapped key
   moved between slots, users or vaults is caught (KeystoreTampered), not used.
3. With the data key in hand, every slot and the recovery slot carry an HMAC-SHA256 tag under
   a key derived from the data key over all their fields except the back-off counters. age
   does not authenticate senders: anyone can encrypt to a slot's public recipient, so without
   these tags someone able to edit the file could add a slot of their own, or point the
   recovery slot at their own public key, and receive the next rotated key. The tags make any
   such edit fail every unlock and every key-holding change. What the tags cannot reveal is
   a consistent wholesale substitution (every slot rewrapped to a key of the editor's own);
   that key then fails to open the database, which the database layer reports.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import secrets
from collections.abc import Callable
from dataclasses import replace

import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldapp.vault.errors import KeystoreTampered, WrongPassword
from fieldapp.vault.kdf import KEY_BYTES, SALT_BYTES, KdfParams
from fieldapp.vault.keystore_records import (
    FORMAT_VERSION,
    NONCE_BYTES,
    KeystoreDocument,
    RecoverySlot,
    UserSlot,
    b64,
)

Derive = Callable[[str, bytes, KdfParams], bytes]

RECOVERY_SLOT_ID = "recovery"
_CONTENT_KEY_ID = re.compile(r"[0-9a-f]{32}")
_WRAPPED_MAGIC = b"fieldapp-wrapped-key\x01"
_TAG_INFO = b"fieldapp keystore slot tags v1"
_TAMPERED = (
    "the keystore was altered or mixed with another one: its slots do not match the vault key"
)


def _canonical(fields: dict[str, object]) -> bytes:
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _bound_fields(vault_id: str, slot: UserSlot) -> dict[str, object]:
    return {
        "version": FORMAT_VERSION,
        "vault_id": vault_id,
        "slot_id": slot.slot_id,
        "user": slot.user,
        "role": slot.role,
        "created_at": slot.created_at,
        "kdf": slot.kdf.as_dict(),
        "salt": b64(slot.salt),
        "recipient": slot.recipient,
    }


def identity_aad(vault_id: str, slot: UserSlot) -> bytes:
    """The AES-GCM associated data of ``slot``."""
    return _canonical({"purpose": "fieldapp slot identity", **_bound_fields(vault_id, slot)})


def seal_identity(
    identity: pyrage.x25519.Identity,
    slot_key: bytes,
    vault_id: str,
    slot: UserSlot,
    admin_secret: bytes | None = None,
    content_key_id: str | None = None,
    admin_anchor: bytes | None = None,
) -> tuple[bytes, bytes]:
    """``(nonce, ciphertext)`` of ``identity`` under ``slot_key``, bound to ``slot``'s fields.

    An admin slot also seals the admin signing key (``admin_secret``) here, under the admin's
    password: it is the copy of that key no one without the password can replace. Likewise
    the id of the account's own content key (``content_key_id``, fieldapp.vault.content_keys):
    someone holding only the shared data key can plant another key for the account in the
    database, but cannot make her seal her content under it. And the admin public key this
    account first saw signing the accounts record (``admin_anchor``): content keys are
    wrapped to supervisors and the recovery key only as a record signed by that key says.
    """
    nonce = os.urandom(NONCE_BYTES)
    secret = bytearray(str(identity).encode("ascii"))
    parts = [b"" if admin_secret is None else b64(admin_secret).encode("ascii"),
             b"" if content_key_id is None else content_key_id.encode("ascii"),
             b"" if admin_anchor is None else admin_anchor.hex().encode("ascii")]
    while parts and not parts[-1]:
        parts.pop()  # a slot without the later parts seals exactly what it did before
    for part in parts:
        secret += b"\n" + part
    try:
        sealed = AESGCM(slot_key).encrypt(nonce, bytes(secret), identity_aad(vault_id, slot))
    finally:
        secret[:] = bytes(len(secret))
    return nonce, sealed


def open_identity(slot_key: bytes, vault_id: str, slot: UserSlot) -> pyrage.x25519.Identity:
    """The slot's identity; WrongPassword when the GCM tag fails (wrong key or edited field)."""
    return open_sealed(slot_key, vault_id, slot)[0]


def open_sealed(
    slot_key: bytes, vault_id: str, slot: UserSlot
) -> tuple[pyrage.x25519.Identity, bytes | None]:
    """The slot's identity and the admin signing key sealed with it (None if there is none)."""
    identity, admin_secret, _content_key_id, _anchor = open_sealed_parts(slot_key, vault_id, slot)
    return identity, admin_secret


def open_sealed_parts(
    slot_key: bytes, vault_id: str, slot: UserSlot
) -> tuple[pyrage.x25519.Identity, bytes | None, str | None, bytes | None]:
    """The slot's identity, the admin signing key, the own content key id and the anchored
    admin public key sealed with it (each None if absent)."""
    try:
        plain = AESGCM(slot_key).decrypt(
            slot.nonce, slot.sealed_identity, identity_aad(vault_id, slot)
        )
    except InvalidTag:
        raise WrongPassword() from None
    identity_text, *rest = plain.split(b"\n")
    secret_text, key_id_text, anchor_text = (*rest, b"", b"", b"")[:3]
    try:
        identity = pyrage.x25519.Identity.from_str(identity_text.decode("ascii"))
        admin_secret = base64.b64decode(secret_text, validate=True) if secret_text else None
        content_key_id = key_id_text.decode("ascii") if key_id_text else None
        anchor = bytes.fromhex(anchor_text.decode("ascii")) if anchor_text else None
    except Exception as error:  # pyrage's errors share no base class but Exception
        raise KeystoreTampered(_TAMPERED) from error
    if str(identity.to_public()) != slot.recipient or len(rest) > 3 or (
            content_key_id is not None and not _CONTENT_KEY_ID.fullmatch(content_key_id)) or (
            anchor is not None and len(anchor) != 32):
        raise KeystoreTampered(_TAMPERED)
    return identity, admin_secret, content_key_id, anchor


def _length_prefixed(text: str) -> bytes:
    data = text.encode("utf-8")
    return len(data).to_bytes(2, "big") + data


def wrap_key(data_key: bytes, recipient: str, vault_id: str, slot_id: str, user: str) -> bytes:
    """``data_key`` age-encrypted to ``recipient`` inside its canonical binding structure."""
    if len(data_key) != KEY_BYTES:
        raise ValueError("a vault data key is 32 bytes")
    plain = bytearray(_WRAPPED_MAGIC)
    for part in (vault_id, slot_id, user):
        plain += _length_prefixed(part)
    plain += data_key
    try:
        return bytes(pyrage.encrypt(bytes(plain), [pyrage.x25519.Recipient.from_str(recipient)]))
    finally:
        plain[:] = bytes(len(plain))


def unwrap_key(
    wrapped: bytes, identity: pyrage.x25519.Identity, vault_id: str, slot_id: str, user: str
) -> bytes:
    """The data key in ``wrapped``; KeystoreTampered unless it decrypts and names this slot."""
    try:
        plain: bytes = pyrage.decrypt(wrapped, [identity])
    except Exception as error:  # pyrage.DecryptError and friends share only Exception
        raise KeystoreTampered(_TAMPERED) from error
    expected = _WRAPPED_MAGIC + b"".join(
        _length_prefixed(part) for part in (vault_id, slot_id, user)
    )
    if len(plain) != len(expected) + KEY_BYTES or not hmac.compare_digest(
        plain[: len(expected)], expected
    ):
        raise KeystoreTampered(_TAMPERED)
    return plain[len(expected):]


def _tag_key(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_TAG_INFO).derive(data_key)


def slot_tag(data_key: bytes, vault_id: str, slot: UserSlot) -> bytes:
    """The HMAC binding every field of ``slot`` but its back-off counters to the data key."""
    fields = {
        "purpose": "fieldapp slot tag",
        **_bound_fields(vault_id, slot),
        "nonce": b64(slot.nonce),
        "sealed_identity": b64(slot.sealed_identity),
        "wrapped_key": b64(slot.wrapped_key),
    }
    return hmac.new(_tag_key(data_key), _canonical(fields), hashlib.sha256).digest()


def recovery_tag(data_key: bytes, vault_id: str, recovery: RecoverySlot) -> bytes:
    """The HMAC binding the recovery slot (recipient included) to the data key."""
    fields = {
        "purpose": "fieldapp recovery tag",
        "version": FORMAT_VERSION,
        "vault_id": vault_id,
        "recipient": recovery.recipient,
        "created_at": recovery.created_at,
        "wrapped_key": b64(recovery.wrapped_key),
    }
    return hmac.new(_tag_key(data_key), _canonical(fields), hashlib.sha256).digest()


def verify_recovery(document: KeystoreDocument, data_key: bytes) -> None:
    """KeystoreTampered unless the recovery slot (if any) is tagged under ``data_key``."""
    recovery = document.recovery
    if recovery is not None and not hmac.compare_digest(
        recovery.tag, recovery_tag(data_key, document.vault_id, recovery)
    ):
        raise KeystoreTampered(_TAMPERED)


def slot_verifies(data_key: bytes, vault_id: str, slot: UserSlot) -> bool:
    return hmac.compare_digest(slot.tag, slot_tag(data_key, vault_id, slot))


def verify_document(document: KeystoreDocument, data_key: bytes) -> None:
    """KeystoreTampered unless every slot and the recovery slot are tagged under ``data_key``."""
    if not all(slot_verifies(data_key, document.vault_id, slot) for slot in document.slots):
        raise KeystoreTampered(_TAMPERED)
    verify_recovery(document, data_key)


def new_user_slot(
    vault_id: str,
    user: str,
    role: str,
    password: str,
    data_key: bytes,
    params: KdfParams,
    *,
    created_at: str,
    derive: Derive,
    admin_secret: bytes | None = None,
) -> UserSlot:
    """A complete, tagged slot with a fresh identity holding ``data_key``."""
    identity = pyrage.x25519.Identity.generate()
    recipient = str(identity.to_public())
    slot_id = secrets.token_hex(16)
    blank = UserSlot(
        slot_id=slot_id, user=user, role=role, created_at=created_at, kdf=params, salt=b"",
        nonce=b"", sealed_identity=b"", recipient=recipient,
        wrapped_key=wrap_key(data_key, recipient, vault_id, slot_id, user), tag=b"",
    )
    return resealed(vault_id, blank, identity, password, params, data_key, derive=derive,
                    admin_secret=admin_secret)


def resealed(
    vault_id: str,
    slot: UserSlot,
    identity: pyrage.x25519.Identity,
    password: str,
    params: KdfParams,
    data_key: bytes,
    *,
    derive: Derive,
    admin_secret: bytes | None = None,
    content_key_id: str | None = None,
    admin_anchor: bytes | None = None,
) -> UserSlot:
    """``slot`` with ``identity`` sealed under ``password`` (fresh salt) and tagged again."""
    salted = replace(slot, kdf=params, salt=secrets.token_bytes(SALT_BYTES))
    slot_key = bytearray(derive(password, salted.salt, params))
    try:
        return resealed_with_key(vault_id, salted, identity, bytes(slot_key), data_key,
                                 admin_secret=admin_secret, content_key_id=content_key_id,
                                 admin_anchor=admin_anchor)
    finally:
        slot_key[:] = bytes(len(slot_key))


def resealed_with_key(
    vault_id: str,
    slot: UserSlot,
    identity: pyrage.x25519.Identity,
    slot_key: bytes,
    data_key: bytes,
    *,
    admin_secret: bytes | None,
    content_key_id: str | None = None,
    admin_anchor: bytes | None = None,
) -> UserSlot:
    """``slot`` sealed again under the key its password already derived (same salt and
    parameters, fresh nonce): how an unlock adds the admin key or the own content key id
    without a second Argon2id."""
    nonce, sealed = seal_identity(identity, slot_key, vault_id, slot, admin_secret,
                                  content_key_id, admin_anchor)
    done = replace(slot, nonce=nonce, sealed_identity=sealed, admin_key_wrapped=None)
    return replace(done, tag=slot_tag(data_key, vault_id, done))


def rewrapped(vault_id: str, slot: UserSlot, new_data_key: bytes) -> UserSlot:
    """``slot`` holding ``new_data_key``, tagged under it; the sealed identity is unchanged."""
    wrapped = wrap_key(new_data_key, slot.recipient, vault_id, slot.slot_id, slot.user)
    changed = replace(slot, wrapped_key=wrapped)
    return replace(changed, tag=slot_tag(new_data_key, vault_id, changed))


def new_recovery_slot(
    vault_id: str, recipient: str, data_key: bytes, created_at: str
) -> RecoverySlot:
    """``data_key`` wrapped and tagged for the recovery ``recipient``."""
    wrapped = wrap_key(data_key, recipient, vault_id, RECOVERY_SLOT_ID, "")
    recovery = RecoverySlot(recipient, created_at, wrapped, b"")
    return replace(recovery, tag=recovery_tag(data_key, vault_id, recovery))
