"""The vault keystore: one key slot per user plus a recovery slot, in ``keystore.json``.

Each user slot holds an age X25519 identity sealed with AES-256-GCM under Argon2id(password,
salt); its public recipient is in clear and the vault's 32-byte data key is age-encrypted to
it. Unlocking derives the slot key, opens the identity and decrypts the data key, so an admin
holding the data key can re-wrap a new key to every slot (:meth:`Keystore.reseal_all`) and
the recovery slot without knowing anyone's password. The recovery slot wraps the key to an
organisation's age public key; its private half stays on the supervisor's machine, where
:meth:`Keystore.recover` opens a copied keystore file. How slots are bound against editing
and swapping is described in :mod:`fieldapp.vault.keystore_crypto`; the failed-attempt policy
in :mod:`fieldapp.vault.keystore_backoff`; the file format in
:mod:`fieldapp.vault.keystore_records`.

Roles are a single label per slot: ``admin`` (manages accounts and keys; the account made by
``init`` is an admin), ``supervisor`` or ``interviewer``. What each role may do is decided by
the services layer. Which slots exist and with which role is vouched for by the admin-signed
accounts record (:mod:`fieldapp.vault.keystore_accounts`): once a vault has one, adding,
removing or resetting an account takes the admin key (an :class:`AdminSigner`), and a slot
the record does not vouch for is refused at unlock before any password work.

Changes are made in memory and written by :meth:`Keystore.save`, which keeps the previous file
as ``keystore.json.bak``. Failed and successful password attempts are the exception: they are
saved at once so back-off survives a restart, and those counter-only writes leave the ``.bak``
alone so repeated failures cannot push a good backup out. A password change re-seals the
identity only: copies of the old file (the ``.bak``, backups) still open with the old
password, so after a suspected compromise rotate the data key instead.

Key material is held in ``bytearray`` and overwritten where this code owns the buffer. Python
cannot promise more: ``str`` passwords, the ``bytes`` that cryptography and pyrage take and
return, and the identity's text form are immutable copies freed whenever the runtime decides.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pyrage

from fieldapp.errors import UsageError
from fieldapp.vault import keystore_accounts as accounts
from fieldapp.vault import keystore_admin as admin
from fieldapp.vault import keystore_backoff as backoff
from fieldapp.vault import keystore_crypto as crypto
from fieldapp.vault.errors import (
    WRONG_CREDENTIALS_MESSAGE,
    KeystoreDamaged,
    KeystoreTampered,
    KeystoreUnavailable,
    RecoveryNotSet,
    SlotDisabled,
    UnknownUser,
    UserExists,
    WrongPassword,
    WrongRecoveryKey,
)
from fieldapp.vault.kdf import FLOOR_PARAMS, KEY_BYTES, SALT_BYTES, KdfParams, derive_key
from fieldapp.vault.keystore_accounts import ADMIN_ROLE, AdminKeyRequired, AdminSigner
from fieldapp.vault.keystore_admin import OpenedSlot
from fieldapp.vault.keystore_file import backup_path, read_keystore_bytes, write_atomically
from fieldapp.vault.keystore_info import SlotInfo, slot_info
from fieldapp.vault.keystore_records import (
    ROLES,
    KeystoreDocument,
    UserSlot,
    document_to_json,
    name_problem,
    parse_document,
)

Clock = Callable[[], float]
Derive = Callable[[str, bytes, KdfParams], bytes]

__all__ = ["ROLES", "AdminSigner", "Keystore", "OpenedSlot", "SlotInfo"]


class Keystore:
    """The in-memory keystore of one vault; :meth:`load` and :meth:`save` move it to disk."""

    def __init__(
        self, path: Path, document: KeystoreDocument, *, clock: Clock, derive: Derive
    ) -> None:
        self._path = path
        self._document = document
        self._clock = clock
        self._derive = derive

    @classmethod
    def create(
        cls,
        path: Path,
        *,
        vault_id: str | None = None,
        clock: Clock = time.time,
        derive: Derive = derive_key,
    ) -> Keystore:
        """A new, empty keystore for ``path``; nothing is written until :meth:`save`."""
        chosen = secrets.token_hex(16) if vault_id is None else vault_id
        if name_problem(chosen) is not None:
            raise UsageError(f"a vault id {name_problem(chosen)}")
        return cls(path, KeystoreDocument(chosen), clock=clock, derive=derive)

    @classmethod
    def load(
        cls, path: Path, *, clock: Clock = time.time, derive: Derive = derive_key
    ) -> Keystore:
        """The keystore at ``path``: VaultNotFound, KeystoreDamaged or KeystoreUnavailable."""
        data = read_keystore_bytes(path)
        try:
            document = parse_document(data)
        except KeystoreDamaged as error:
            raise KeystoreDamaged(
                _with_backup_hint(f"the keystore {path} is damaged: {error.message}", path)
            ) from None
        return cls(path, document, clock=clock, derive=derive)

    @property
    def path(self) -> Path:
        return self._path

    @property
    def vault_id(self) -> str:
        return self._document.vault_id

    @property
    def signed(self) -> bool:
        """Whether an admin has written the accounts record (otherwise slots open unchecked)."""
        return self._document.accounts is not None

    def altered_accounts(self) -> list[str]:
        """Accounts whose slot the signed record does not vouch for, or whose slot is gone."""
        return accounts.altered_accounts(self._document)

    @property
    def recovery_recipient(self) -> str | None:
        """The age public key of the recovery slot, if one is set."""
        recovery = self._document.recovery
        return None if recovery is None else recovery.recipient

    def users(self) -> list[SlotInfo]:
        return [slot_info(slot) for slot in self._document.slots]

    def readers(self, *, altered: bool = False) -> list[tuple[str, str, str]]:
        return accounts.readers(self._document, altered=altered)  # see there

    def save(self) -> None:
        """Write atomically, keeping the previous file as ``<name>.bak``."""
        write_atomically(self._path, document_to_json(self._document))

    def save_as(self, path: Path) -> None:
        """Write to ``path`` (as :meth:`save`); later saves go there too."""
        self._path = path
        self.save()

    def add_slot(
        self,
        user: str,
        role: str,
        password: str,
        data_key: bytes,
        params: KdfParams,
        *,
        signer: AdminSigner | None = None,
    ) -> SlotInfo:
        """A new slot for ``user``; ``data_key`` must be this vault's key.

        Once the vault has an accounts record ``signer`` must be its admin key; a new
        keystore given a ``signer`` starts its record with this first slot.
        """
        problem = name_problem(user)
        if problem is not None:
            raise UsageError(f"an account name {problem}")
        if role not in ROLES:
            raise UsageError(f"unknown role {role!r}: choose one of {', '.join(ROLES)}")
        if any(slot.user.casefold() == user.casefold() for slot in self._document.slots):
            raise UserExists("an account with this name already exists")
        self._require_signer(signer, "add accounts")
        self._verify(data_key)
        _check_password(password)
        slot = crypto.new_user_slot(self.vault_id, user, role, password, data_key, params,
                                    created_at=self._now_text(), derive=self._derive,
                                    admin_secret=_secret_for(role, signer))
        self._set_slots((*self._document.slots, slot))
        self._sign(signer, slot)
        return slot_info(slot)

    def unlock(self, user: str, password: str, *, now: float) -> bytes:
        """The data key, if ``password`` opens ``user``'s slot.

        Raises WrongPassword (also for an unknown user, after the same work), SlotLockedOut
        or SlotDisabled without running the KDF, and KeystoreTampered. The attempt is recorded
        in the file before this returns or raises.
        """
        index = self._index(user)
        if index is None:
            # Same cost as a real attempt, so timing does not tell which names exist.
            slots = self._document.slots
            self._derive(password, secrets.token_bytes(SALT_BYTES),
                         slots[0].kdf if slots else FLOOR_PARAMS)
            raise WrongPassword()
        opened = self._open(index, password, now)
        opened.wipe()
        return opened.data_key

    def open_account(self, user: str, password: str, *, now: float) -> OpenedSlot:
        """As :meth:`unlock`, keeping what :meth:`settle_admin_key` needs; wipe it after."""
        index = self._index(user)
        if index is None:
            self.unlock(user, password, now=now)  # raises after the same work
        return self._open(self._require(user), password, now)

    def settle_admin_key(self, opened: OpenedSlot, data_key: bytes) -> admin.Settled:
        """After an admin unlocked: create, hand on or repair the admin key (see
        keystore_admin) and save at once if anything changed (one atomic write)."""
        self._verify(data_key)
        settled = admin.settle(self._document, opened, data_key)
        if settled.document != self._document:
            self._document = settled.document
            self.save()
        return settled

    @property
    def admin_public_key(self) -> bytes | None:
        """The public key the accounts record is signed with (None while unsigned)."""
        return None if self._document.accounts is None else self._document.accounts.admin_key

    def seal_anchors(self, opened: OpenedSlot, content_key_id: str | None,
                     admin_anchor: bytes | None, data_key: bytes) -> None:
        """Seal the own content key id and trusted admin key in the slot; save at once."""
        self._verify(data_key)
        index = next(i for i, one in enumerate(self._document.slots)
                     if one.slot_id == opened.slot_id)
        slot, slot_key = self._slot(index), bytes(opened.slot_key)
        identity, admin_secret, _id, _anchor = crypto.open_sealed_parts(slot_key,
                                                                        self.vault_id, slot)
        resealed = crypto.resealed_with_key(self.vault_id, slot, identity, slot_key, data_key,
                                            admin_secret=admin_secret,
                                            content_key_id=content_key_id,
                                            admin_anchor=admin_anchor)
        self._put(index, replace(resealed, admin_key_wrapped=slot.admin_key_wrapped))  # waits
        self.save()
        opened.content_key_id, opened.admin_anchor = content_key_id, admin_anchor

    def change_password(
        self, user: str, old_password: str, new_password: str, params: KdfParams
    ) -> None:
        """Re-seal ``user``'s identity under ``new_password``; the data key is unchanged.

        A wrong ``old_password`` counts as a failed attempt, like at unlock.
        """
        _check_password(new_password)
        index = self._require(user)
        opened = self._open(index, old_password, self._clock())
        try:
            # The admin key sealed in the slot moves to the new seal, so nothing is signed.
            self._put(index, crypto.resealed(
                self.vault_id, self._slot(index), opened.identity, new_password, params,
                opened.data_key, derive=self._derive, admin_secret=opened.admin_secret,
                content_key_id=opened.content_key_id, admin_anchor=opened.admin_anchor,
            ))
        finally:
            opened.wipe()

    def reset_password(
        self,
        user: str,
        new_password: str,
        data_key: bytes,
        params: KdfParams,
        *,
        signer: AdminSigner | None = None,
    ) -> None:
        """Give ``user`` a fresh slot under ``new_password`` (re-enabled, counters cleared).

        For an admin holding the data key and admin key, or a supervisor after
        :meth:`recover` and :meth:`recover_admin_key`.
        """
        _check_password(new_password)
        index = self._require(user)
        self._require_signer(signer, "reset passwords")
        self._verify(data_key)
        old = self._slot(index)
        if self.signed and old.user in self.altered_accounts():
            # A reset would sign whatever role the altered slot claims.
            raise UsageError("this account's key slot was altered: remove the account and "
                             "add it again with the role it should have")
        fresh = crypto.new_user_slot(
            self.vault_id, old.user, old.role, new_password, data_key, params,
            created_at=self._now_text(), derive=self._derive,
            admin_secret=_secret_for(old.role, signer),
        )
        self._put(index, fresh)
        self._sign(signer, fresh)

    def remove_slot(self, user: str, *, signer: AdminSigner | None = None) -> None:
        """Forget ``user``'s slot. Rotate the key afterwards if they may have kept it."""
        index = self._require(user)
        slots = self._document.slots
        if len(slots) == 1:
            raise UsageError("the last account of a vault cannot be removed")
        self._require_signer(signer, "remove accounts")
        self._set_slots(slots[:index] + slots[index + 1:])
        self._sign(signer)

    def reseal_all(self, new_data_key: bytes, *, current_key: bytes) -> None:
        """Wrap ``new_data_key`` to every slot and the recovery slot; no password needed.

        ``current_key`` must verify every slot first, so a slot or recovery recipient added
        by editing the file never receives the new key. Anyone holding the current key can
        tag a slot of their own, though, so once the accounts are signed a slot the record
        does not vouch for is dropped here rather than handed the new key (it is refused at
        unlock anyway, and reported as altered).
        """
        self._verify(current_key)
        if len(new_data_key) != KEY_BYTES:
            raise ValueError("a vault data key is 32 bytes")
        altered = set(self.altered_accounts())
        slots = tuple(crypto.rewrapped(self.vault_id, slot, new_data_key)
                      for slot in self._document.slots if slot.user not in altered)
        recovery = self._document.recovery
        if recovery is not None:
            recovery = replace(crypto.new_recovery_slot(
                self.vault_id, recovery.recipient, new_data_key, recovery.created_at
            ), admin_key_wrapped=recovery.admin_key_wrapped)
        self._document = replace(self._document, slots=slots, recovery=recovery)

    def set_recovery_recipient(
        self, recipient: str, data_key: bytes, *, signer: AdminSigner | None = None
    ) -> None:
        """Wrap ``data_key`` to the age public key ``recipient`` (replacing any earlier one)."""
        try:
            pyrage.x25519.Recipient.from_str(recipient)
        except Exception as error:  # pyrage's errors share no base class but Exception
            raise UsageError("the recovery key is not an age public key (age1...)") from error
        self._verify(data_key)
        recovery = crypto.new_recovery_slot(self.vault_id, recipient, data_key,
                                            self._now_text())
        if signer is not None:
            recovery = replace(recovery, admin_key_wrapped=accounts.wrap_admin_secret(
                signer.secret, recipient, self.vault_id, crypto.RECOVERY_SLOT_ID))
        self._document = replace(self._document, recovery=recovery)

    def recover(self, identity: pyrage.x25519.Identity) -> bytes:
        """The data key, opened with the recovery identity (on the supervisor's machine)."""
        recovery = self._document.recovery
        if recovery is None:
            raise RecoveryNotSet("this keystore has no recovery key")
        if str(identity.to_public()) != recovery.recipient:
            raise WrongRecoveryKey("this is not the recovery key this keystore was sealed to")
        key = crypto.unwrap_key(recovery.wrapped_key, identity, self.vault_id,
                                crypto.RECOVERY_SLOT_ID, "")
        crypto.verify_recovery(self._document, key)
        return key

    def recover_admin_key(self, identity: pyrage.x25519.Identity) -> AdminSigner | None:
        """The admin key wrapped to the recovery recipient, if it is the record's key."""
        recovery = self._document.recovery
        if recovery is None or recovery.admin_key_wrapped is None:
            return None
        secret = accounts.unwrap_admin_secret(recovery.admin_key_wrapped, identity,
                                              self.vault_id, crypto.RECOVERY_SLOT_ID)
        if secret is None or not accounts.admin_key_matches(self._document, secret):
            return None
        return AdminSigner(secret)

    def drop_unverified_slots(self, data_key: bytes) -> list[str]:
        """Remove the user slots ``data_key`` does not verify; returns their user names.

        A repair for a damaged keystore after :meth:`recover`: the recovery slot must verify,
        so the key is known to be this vault's. The remaining users keep their passwords.
        """
        if self._document.recovery is None:
            raise RecoveryNotSet("only a keystore with a recovery key can be repaired this way")
        crypto.verify_recovery(self._document, data_key)
        slots = self._document.slots
        kept = tuple(slot for slot in slots if crypto.slot_verifies(data_key, self.vault_id, slot))
        self._set_slots(kept)
        return [slot.user for slot in slots if slot not in kept]

    # -- internals ---------------------------------------------------------------------

    def _open(self, index: int, password: str, now: float) -> OpenedSlot:
        """The slot's identity and the data key, recording the attempt's outcome.

        A slot the accounts record does not vouch for is refused first: no password work,
        and no failure counted (the password may well be right; the slot is not). The one
        exception is an admin slot, which may prove itself with the admin key sealed in it
        (after an admin repaired a record, the other admins are no longer listed); if it
        cannot, it is refused the same way, whatever the password.
        """
        unvouched = accounts.must_prove_admin_key(self._document, self._slot(index))
        slot = backoff.redated(self._slot(index), now)
        if slot != self._slot(index):
            self._record(index, slot)
        backoff.check_attempt(slot, now)
        slot_key = bytearray(self._derive(password, slot.salt, slot.kdf))
        try:
            identity, admin_secret, content_key_id, anchor = crypto.open_sealed_parts(
                bytes(slot_key), self.vault_id, slot)
        except WrongPassword:
            slot_key[:] = bytes(len(slot_key))
            if unvouched:
                raise accounts.KeySlotAltered(slot.user) from None
            failed = backoff.after_failure(slot, now)
            try:
                self._record(index, failed)
            except KeystoreUnavailable as unwritable:
                # A read-only medium: the answer stays "wrong password", and says the attempt
                # went uncounted (someone able to remount the files can copy them anyway).
                raise WrongPassword(
                    f"{WRONG_CREDENTIALS_MESSAGE} (the attempt could not be recorded: "
                    f"{unwritable})") from None
            if failed.disabled:
                raise SlotDisabled() from None
            raise
        try:
            key = crypto.unwrap_key(slot.wrapped_key, identity, self.vault_id, slot.slot_id,
                                    slot.user)
            crypto.verify_document(self._document, key)
        except KeystoreTampered as error:
            slot_key[:] = bytes(len(slot_key))
            raise KeystoreTampered(_with_backup_hint(error.message, self._path)) from None
        if unvouched and not accounts.admin_key_matches(self._document, admin_secret):
            slot_key[:] = bytes(len(slot_key))
            raise accounts.KeySlotAltered(slot.user)
        if slot.failed_attempts or slot.last_failure_at is not None:
            self._record(index, backoff.after_success(slot))
        return OpenedSlot(slot.slot_id, identity, key, slot_key, admin_secret, content_key_id,
                          anchor)

    def _verify(self, data_key: bytes) -> None:
        if len(data_key) != KEY_BYTES:
            raise ValueError("a vault data key is 32 bytes")
        crypto.verify_document(self._document, data_key)

    def _require_signer(self, signer: AdminSigner | None, action: str) -> None:
        record = self._document.accounts
        if record is not None and (signer is None or signer.public_key != record.admin_key):
            raise AdminKeyRequired(action)

    def _sign(self, signer: AdminSigner | None, changed: UserSlot | None = None) -> None:
        """Sign the record again after an admin's change: it vouches for the slots it vouched
        for before and for ``changed``, never for a slot someone slipped in meanwhile."""
        if signer is None:
            return
        vouched = accounts.vouched_slots(self._document)
        slots = [slot for slot in self._document.slots if slot in vouched or slot is changed]
        record = accounts.signed_record(signer, self.vault_id, slots)
        self._document = replace(self._document, accounts=record)

    def _record(self, index: int, slot: UserSlot) -> None:
        """Store back-off counters at once, leaving the ``.bak`` as it is."""
        self._put(index, slot)
        write_atomically(self._path, document_to_json(self._document), keep_backup=False)

    def _slot(self, index: int) -> UserSlot:
        return self._document.slots[index]

    def _put(self, index: int, slot: UserSlot) -> None:
        slots = list(self._document.slots)
        slots[index] = slot
        self._set_slots(tuple(slots))

    def _set_slots(self, slots: tuple[UserSlot, ...]) -> None:
        self._document = replace(self._document, slots=slots)

    def _index(self, user: str) -> int | None:
        for index, slot in enumerate(self._document.slots):
            if slot.user == user:
                return index
        return None

    def _require(self, user: str) -> int:
        index = self._index(user)
        if index is None:
            raise UnknownUser("there is no account with this name")
        return index

    def _now_text(self) -> str:
        return datetime.fromtimestamp(self._clock(), UTC).isoformat(timespec="seconds")


def _secret_for(role: str, signer: AdminSigner | None) -> bytes | None:
    return signer.secret if signer is not None and role == ADMIN_ROLE else None


def _check_password(password: str) -> None:
    if not password:
        raise UsageError("a password cannot be empty")


def _with_backup_hint(message: str, path: Path) -> str:
    backup = backup_path(path)
    if backup.exists():
        return f"{message}; the previous version is kept in {backup}"
    return message
