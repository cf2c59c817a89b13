"""What an admin's unlock does with the admin signing key: create it, hand it on, or repair.

:func:`settle` runs after an admin-role slot has opened with its password, and returns the
keystore document to save (in one atomic write of ``keystore.json``):

- No accounts record yet (a vault made before records existed): a new signing key is made,
  sealed inside this admin's slot, age-wrapped to every other admin slot and to the recovery
  recipient, and the accounts record is signed over the slots as they are. This is the
  migration; it is a single file replacement, so a crash leaves either the old keystore, whose
  slots open as before, or the new one.
- The admin's sealed key matches the record: nothing to do, except moving a key that waits
  wrapped in the slot into the sealed part (an admin migrated by a colleague) and giving the
  recovery slot a wrapped copy if it lacks one.
- The admin's sealed key does NOT match the record, or the record is gone although the admin
  holds a key (the file was set back to look unsigned): someone who could not sign as an admin
  replaced the record's key with one of their own, or removed the record. It is signed again
  with the genuine key, vouching only for this admin's slot; every other account is then
  refused as altered until an admin removes it and adds it again, except other admins, who prove
  themselves with the key sealed in their slot at their next unlock and are listed again.
  The caller writes an audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pyrage

from fieldapp.vault import keystore_accounts as accounts
from fieldapp.vault import keystore_crypto as crypto
from fieldapp.vault.keystore_accounts import ADMIN_ROLE, AdminSigner
from fieldapp.vault.keystore_records import KeystoreDocument, UserSlot

CREATED = "accounts_record_created"
REPLACED = "admin_key_replaced"


@dataclass
class OpenedSlot:
    """What a successful password check yields besides the data key; :meth:`wipe` it."""

    slot_id: str
    identity: pyrage.x25519.Identity
    data_key: bytes
    slot_key: bytearray = field(repr=False)
    admin_secret: bytes | None = field(default=None, repr=False)
    # The id of the account's own content key sealed in the slot (None until first sealed).
    content_key_id: str | None = None
    # The admin public key this account trusts to sign the accounts record (None until the
    # first unlock after the record existed).
    admin_anchor: bytes | None = None

    def wipe(self) -> None:
        self.slot_key[:] = bytes(len(self.slot_key))
        self.admin_secret = None


@dataclass(frozen=True)
class Settled:
    """The outcome of :func:`settle`."""

    document: KeystoreDocument
    signer: AdminSigner | None
    event: str | None = None
    # Accounts the repaired record no longer vouches for (only after REPLACED).
    refused: tuple[str, ...] = ()


def settle(document: KeystoreDocument, opened: OpenedSlot, data_key: bytes) -> Settled:
    """The document to save and the signer to keep, after ``opened`` unlocked; ``data_key``
    is the vault's current key (new, if the unlock finished an interrupted rotation)."""
    index = next((i for i, slot in enumerate(document.slots)
                  if slot.slot_id == opened.slot_id), None)
    if index is None or document.slots[index].role != ADMIN_ROLE:
        return Settled(document, None)
    slot = document.slots[index]
    record = document.accounts
    if record is None and opened.admin_secret is None:
        signer = AdminSigner.generate()
        return Settled(_handed_out(document, index, opened, signer, data_key), signer, CREATED)
    if opened.admin_secret is not None:
        signer = AdminSigner(opened.admin_secret)
        if record is not None and signer.public_key == record.admin_key:
            if slot not in accounts.vouched_slots(document):
                # An admin proven by the key it holds, left out when a colleague repaired
                # the record: listed again.
                vouched = [*accounts.vouched_slots(document), slot]
                document = replace(document, accounts=accounts.signed_record(
                    signer, document.vault_id, vouched))
            return Settled(_with_recovery_copy(document, signer), signer)
        # The record was signed by another key, or removed although this admin already
        # holds the key (so the vault had one): neither is signed as it stands.
        own = _sealed(document, index, opened, signer, data_key)
        slots = _replaced(document.slots, index, own)
        listed = set() if record is None else {entry.user for entry in record.entries}
        refused = tuple(sorted((listed | {other.user for other in slots}) - {own.user}))
        repaired = replace(document, slots=slots,
                           accounts=accounts.signed_record(signer, document.vault_id, [own]))
        return Settled(_with_recovery_copy(repaired, signer, force=True), signer, REPLACED,
                       refused)
    waiting = slot.admin_key_wrapped
    secret = (None if waiting is None else accounts.unwrap_admin_secret(
        waiting, opened.identity, document.vault_id, slot.slot_id))
    if secret is None or not accounts.admin_key_matches(document, secret):
        return Settled(document, None)
    signer = AdminSigner(secret)
    slots = _replaced(document.slots, index, _sealed(document, index, opened, signer, data_key))
    return Settled(_with_recovery_copy(replace(document, slots=slots), signer), signer)


def _handed_out(
    document: KeystoreDocument,
    index: int,
    opened: OpenedSlot,
    signer: AdminSigner,
    data_key: bytes,
) -> KeystoreDocument:
    """The migration: the key sealed here, wrapped to other admins, the record signed."""
    slots = []
    for position, slot in enumerate(document.slots):
        if position == index:
            slot = _sealed(document, index, opened, signer, data_key)
        elif slot.role == ADMIN_ROLE:
            slot = replace(slot, admin_key_wrapped=accounts.wrap_admin_secret(
                signer.secret, slot.recipient, document.vault_id, slot.slot_id))
        slots.append(slot)
    done = replace(document, slots=tuple(slots),
                   accounts=accounts.signed_record(signer, document.vault_id, slots))
    return _with_recovery_copy(done, signer)


def _sealed(
    document: KeystoreDocument,
    index: int,
    opened: OpenedSlot,
    signer: AdminSigner,
    data_key: bytes,
) -> UserSlot:
    return crypto.resealed_with_key(
        document.vault_id, document.slots[index], opened.identity, bytes(opened.slot_key),
        data_key, admin_secret=signer.secret, content_key_id=opened.content_key_id,
        admin_anchor=opened.admin_anchor,
    )


def _with_recovery_copy(
    document: KeystoreDocument, signer: AdminSigner, *, force: bool = False
) -> KeystoreDocument:
    """Give the recovery slot a wrapped admin key if it has none (set by a non-admin)."""
    recovery = document.recovery
    if recovery is None or (recovery.admin_key_wrapped is not None and not force):
        return document
    wrapped = accounts.wrap_admin_secret(signer.secret, recovery.recipient, document.vault_id,
                                         crypto.RECOVERY_SLOT_ID)
    return replace(document, recovery=replace(recovery, admin_key_wrapped=wrapped))


def _replaced(
    slots: tuple[UserSlot, ...], index: int, slot: UserSlot
) -> tuple[UserSlot, ...]:
    return (*slots[:index], slot, *slots[index + 1:])
