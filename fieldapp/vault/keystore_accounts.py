"""The admin-signed accounts record: which slots exist, whose they are and what role they hold.

Every slot can reach the same data key, and the data key authenticates the slot tags
(keystore_crypto), so anyone holding a password of this vault, interviewer or not, could
re-seal a slot of their own with a higher role and tag it again. What they cannot do is sign
as an admin: the vault has one Ed25519 admin signing key whose private half is sealed, with
the slot's age identity, under each admin's password (AES-GCM, so no one without that
password can replace it), and whose public half signs the list of accounts kept in the
keystore (vault id, and per slot its id, user, role and age recipient).

At unlock, before any password work, the slot must appear in that list exactly and the list
must carry a valid signature: otherwise the attempt is refused with :class:`KeySlotAltered`,
which is not a wrong password and counts no failure. A slot re-sealed with another role, a
slot added by editing the file or with the project's code but without the admin key, and a
slot moved from another vault all fail here. The public half written in the file is itself
checked whenever an admin unlocks: the admin's sealed copy of the private key must match it,
so a file in which someone put a signing key of their own is found at the admin's next
unlock (:func:`admin_key_matches`). What stays possible without an admin password is
described in docs/security.md ("Shared laptops").
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from fieldapp.vault import keystore_crypto as crypto
from fieldapp.vault.errors import KeystoreTampered, VaultError
from fieldapp.vault.keystore_records import (
    AccountEntry,
    AccountsRecord,
    KeystoreDocument,
    UserSlot,
    entry_to_dict,
)

SLOT_ALTERED_MESSAGE = "this account's key slot was altered"
ADMIN_ROLE = "admin"
_ADMIN_KEY_SLOT_PREFIX = "admin-key:"


class KeySlotAltered(VaultError):
    """The slot's role, name, age key or vault binding is not what the admin key signed."""

    def __init__(self, user: str = "") -> None:
        self.user = user
        super().__init__(SLOT_ALTERED_MESSAGE)


class AdminKeyRequired(VaultError):
    """An account change was attempted without the admin signing key."""

    def __init__(self, action: str = "change accounts") -> None:
        super().__init__(f"only an admin's key can {action}: sign in with an admin account")


class AdminSigner:
    """The admin signing key while an admin's vault is unlocked; :meth:`wipe` forgets it."""

    def __init__(self, secret: bytes) -> None:
        self._secret = bytearray(secret)
        self._key = Ed25519PrivateKey.from_private_bytes(secret)
        self.public_key = self._key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @classmethod
    def generate(cls) -> AdminSigner:
        key = Ed25519PrivateKey.generate()
        return cls(key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()))

    @property
    def secret(self) -> bytes:
        if not self._secret:
            raise VaultError("the admin key was forgotten when the vault locked")
        return bytes(self._secret)

    def sign(self, message: bytes) -> bytes:
        return self._key.sign(message)

    def wipe(self) -> None:
        self._secret[:] = bytes(len(self._secret))
        self._secret = bytearray()


def entry_for(slot: UserSlot) -> AccountEntry:
    return AccountEntry(slot.slot_id, slot.user, slot.role, slot.recipient)


def _message(vault_id: str, admin_key: bytes, entries: Iterable[AccountEntry]) -> bytes:
    body = {
        "purpose": "fieldapp accounts record",
        "version": 1,
        "vault_id": vault_id,
        "admin_key": admin_key.hex(),
        "entries": sorted((entry_to_dict(entry) for entry in entries),
                          key=lambda item: item["slot_id"]),
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def signed_record(
    signer: AdminSigner, vault_id: str, slots: Iterable[UserSlot]
) -> AccountsRecord:
    """The accounts record listing ``slots`` as they are, signed by ``signer``."""
    entries = tuple(entry_for(slot) for slot in slots)
    signature = signer.sign(_message(vault_id, signer.public_key, entries))
    return AccountsRecord(signer.public_key, entries, signature)


def record_verifies(record: AccountsRecord, vault_id: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(record.admin_key).verify(
            record.signature, _message(vault_id, record.admin_key, record.entries)
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def check_slot(document: KeystoreDocument, slot: UserSlot) -> None:
    """KeySlotAltered unless the admin key vouches for ``slot`` as it is (no record yet: as
    before this check existed, until an admin unlocks and writes one)."""
    record = document.accounts
    if record is None:
        return
    if entry_for(slot) not in record.entries or not record_verifies(record, document.vault_id):
        raise KeySlotAltered(slot.user)


def must_prove_admin_key(document: KeystoreDocument, slot: UserSlot) -> bool:
    """False if the record vouches for ``slot`` (or there is none yet); True for an admin
    slot it does not list, which may still prove itself with its sealed admin key;
    KeySlotAltered for any other slot the record does not vouch for."""
    try:
        check_slot(document, slot)
    except KeySlotAltered:
        record = document.accounts
        if (slot.role != ADMIN_ROLE or record is None
                or not record_verifies(record, document.vault_id)):
            raise
        return True
    return False


def altered_accounts(document: KeystoreDocument) -> list[str]:
    """Accounts whose slot the record does not vouch for, and listed accounts whose slot is
    gone (removed without the admin key)."""
    record = document.accounts
    if record is None:
        return []
    if not record_verifies(record, document.vault_id):
        return sorted({slot.user for slot in document.slots}
                      | {entry.user for entry in record.entries})
    present = {entry_for(slot) for slot in document.slots}
    found = {slot.user for slot in document.slots if entry_for(slot) not in record.entries}
    found |= {entry.user for entry in record.entries if entry not in present}
    return sorted(found)


def vouched_slots(document: KeystoreDocument) -> list[UserSlot]:
    """The slots the record vouches for (every slot while there is no record yet)."""
    record = document.accounts
    if record is None:
        return list(document.slots)
    if not record_verifies(record, document.vault_id):
        return []
    return [slot for slot in document.slots if entry_for(slot) in record.entries]


def admin_key_matches(document: KeystoreDocument, admin_secret: bytes | None) -> bool:
    """Whether an admin's sealed signing key is the one the file's record is signed with."""
    record = document.accounts
    if record is None or admin_secret is None:
        return False
    try:
        return AdminSigner(admin_secret).public_key == record.admin_key
    except ValueError:
        return False


def wrap_admin_secret(secret: bytes, recipient: str, vault_id: str, slot_id: str) -> bytes:
    """The admin key age-encrypted to ``recipient`` (a slot's or the recovery recipient)."""
    return crypto.wrap_key(secret, recipient, vault_id, _ADMIN_KEY_SLOT_PREFIX + slot_id, "")


def unwrap_admin_secret(
    wrapped: bytes, identity: pyrage.x25519.Identity, vault_id: str, slot_id: str
) -> bytes | None:
    """The admin key in ``wrapped``, or None if it does not open (it is then ignored: the
    key is only ever used after checking it against the record)."""
    try:
        return crypto.unwrap_key(wrapped, identity, vault_id,
                                 _ADMIN_KEY_SLOT_PREFIX + slot_id, "")
    except KeystoreTampered:
        return None


def readers(document: KeystoreDocument, *, altered: bool = False
            ) -> list[tuple[str, str, str]]:
    """``(recipient, user, role)`` of every slot the accounts record vouches for (every slot
    while the vault is unsigned), then ``(recipient, '', 'recovery')`` if a recovery key is
    set: who content keys may be wrapped to (content_access decides which).

    With ``altered``, every slot in the file and every one the record lists too (a slot taken
    out of the file without the admin key may be put back): whose grants
    content_retirement keeps."""
    refused = set(altered_accounts(document)) if document.accounts is not None else set()
    found = [(slot.recipient, slot.user, slot.role) for slot in document.slots
             if altered or slot.user not in refused]
    if altered and document.accounts is not None:
        found += [(entry.recipient, entry.user, entry.role)
                  for entry in document.accounts.entries
                  if entry.recipient not in {recipient for recipient, _u, _r in found}]
    if document.recovery is not None:
        found.append((document.recovery.recipient, "", "recovery"))
    return found
