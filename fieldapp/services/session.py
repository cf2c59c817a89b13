"""Creating and unlocking a vault: the one place a password turns into an open database.

``create_vault`` makes the data key, the first key slot and the schema; ``unlock_vault``
unwraps the key from the user's slot (Argon2id, back-off and disabling live in the keystore),
opens SQLCipher with the raw key, brings the schema up to date and records the unlock in the
audit log. A :class:`Vault` is the unlocked state; ``lock()`` closes the connection and
overwrites the key bytes it holds.

Unlocking also keeps the accounts honest (see :mod:`fieldapp.vault.keystore_accounts`): an
admin's unlock creates the admin-signed accounts record on a vault that has none yet (the
migration), hands the admin key on or repairs a record signed by another key; every unlock
writes an audit entry when it finds slots the record does not vouch for, or failed-attempt
counters wound back since the previous unlock (:mod:`fieldapp.vault.lockout_record`), and
leaves a one-line notice in :attr:`Vault.notices` for the person unlocking.

A key rotation writes the re-sealed keystore to ``keystore.json.next`` before ``PRAGMA rekey``
and promotes it only once the rekeyed pages are checkpointed from the WAL into the database
file; if the program dies in between, unlocking finds the database opens
only with the pending keystore and finishes the promotion, so a crash can never leave a vault
whose key is nowhere.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import TracebackType

from fieldapp.paths import VaultPaths
from fieldapp.services import sealed_labels
from fieldapp.services.key_retirement import retire_unreachable_keys
from fieldapp.vault import audit, content_access, lockout_record, permissions, sync_store
from fieldapp.vault.account_notices import AccountNotice, NoticeKind
from fieldapp.vault.audit import utc_now
from fieldapp.vault.content_migration import content_sealed
from fieldapp.vault.content_seal import keyring_of
from fieldapp.vault.database import (
    Connection,
    DatabaseKeyMismatch,
    DiskFull,
    VaultDatabaseError,
    VaultReadOnly,
    open_database,
    transaction,
    translate_error,
)
from fieldapp.vault.errors import KeystoreUnavailable, VaultError, VaultNotFound
from fieldapp.vault.kdf import KdfParams, params_for_new_slot
from fieldapp.vault.keystore import ROLES, AdminSigner, Keystore, OpenedSlot, SlotInfo
from fieldapp.vault.keystore_accounts import KeySlotAltered
from fieldapp.vault.keystore_admin import CREATED, REPLACED, Settled
from fieldapp.vault.keystore_file import remove_stale_temps
from fieldapp.vault.migrations import LATEST_VERSION, migrate, schema_version

Clock = Callable[[], datetime]

ADMIN_ROLE = "admin"
# Set in the database once the keystore has an accounts record: a keystore found without one
# afterwards was set back, not left from an older release.
ACCOUNTS_SIGNED_KEY = "accounts_signed"
__all__ = ["ADMIN_ROLE", "ROLES", "Vault", "create_vault", "unlock_vault"]


class VaultExists(VaultError):
    def __init__(self, data_dir: Path) -> None:
        super().__init__(f"a vault already exists in {data_dir}")


class PermissionDenied(VaultError):
    def __init__(self, action: str, roles: tuple[str, ...]) -> None:
        super().__init__(f"only {' or '.join(roles)} accounts may {action}")


def pending_keystore_path(paths: VaultPaths) -> Path:
    return paths.data_dir / "keystore.json.next"


@dataclass
class Vault:
    """An unlocked vault. Use as a context manager or call :meth:`lock`."""

    paths: VaultPaths
    connection: Connection
    keystore: Keystore
    user: str
    role: str
    clock: Clock = utc_now
    _key: bytearray = field(default_factory=bytearray, repr=False)
    # Why the vault could only be opened for reading (a full disk, a read-only medium), if so.
    read_only: VaultDatabaseError | None = None
    # The admin signing key, held while an admin account is unlocked (account changes).
    signer: AdminSigner | None = field(default=None, repr=False)
    # One-line messages for the person who unlocked (altered slots, the accounts migration).
    notices: list[AccountNotice] = field(default_factory=list)
    # The admin public key this account trusts to sign the accounts record (sealed in its
    # slot), when the record is signed by it: content keys are shared by what it signed.
    trusted_admin_key: bytes | None = field(default=None, repr=False)

    def content_readers(self) -> list[tuple[str, str, str]]:
        """Who this account may wrap content keys to (content_access.trusted_entries)."""
        return content_access.trusted_entries(
            self.connection, self.keystore.readers(), vault_id=self.keystore.vault_id,
            admin_key=self.trusted_admin_key, user=self.user)

    @property
    def key(self) -> bytes:
        if not self._key:
            raise VaultError("the vault is locked")
        return bytes(self._key)

    def replace_key(self, new_key: bytes) -> None:
        self._wipe()
        self._key = bytearray(new_key)

    def require_role(self, action: str, *roles: str) -> None:
        if self.role not in roles:
            raise PermissionDenied(action, roles)

    def audit(self, event: str, details: dict[str, object] | None = None) -> None:
        """Record a security event. A read-only vault records none: it allows only reads,
        and a write that tries anyway fails on its own with the read-only reason."""
        if self.read_only:
            return
        audit.append(self.connection, event, self.user, details, clock=self.clock)

    def lock(self) -> None:
        """Close the database and forget the keys."""
        try:
            keyring_of(self.connection).wipe()
            sealed_labels.forget(self.connection)  # names its keys opened for search
            self.connection.close()
        finally:
            self._wipe()
            if self.signer is not None:
                self.signer.wipe()
                self.signer = None

    def _wipe(self) -> None:
        for index in range(len(self._key)):
            self._key[index] = 0
        self._key = bytearray()

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.lock()


def create_vault(
    paths: VaultPaths,
    *,
    user: str,
    password: str,
    role: str = ADMIN_ROLE,
    params: KdfParams | None = None,
    clock: Clock = utc_now,
    vault_role: str = sync_store.LAPTOP,
) -> Vault:
    """Make a new vault: data key, first slot, schema, first audit entries.

    ``vault_role`` is ``laptop`` or ``supervisor``; a supervisor vault gets its sync identity
    (age and Ed25519 keys, kept inside the vault) at once.
    """
    if vault_role not in sync_store.VAULT_ROLES:
        raise sync_store.UnknownVaultRole(vault_role)
    if paths.exists():
        raise VaultExists(paths.data_dir)
    made_folder = not paths.data_dir.exists()
    key = bytearray(os.urandom(32))
    connection: Connection | None = None
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        permissions.restrict(paths.data_dir)
        # The database first, the keystore last: until the keystore exists there is no vault,
        # so a creation that fails half-way is simply removed (below) and may be run again.
        connection = open_database(paths.database, bytes(key), create=True)
        permissions.restrict(paths.data_dir)  # the new database, and its WAL after it
        migrate(connection)
        keystore = Keystore.create(paths.keystore)
        # A new vault starts with its admin key and signed accounts record.
        signer = AdminSigner.generate()
        keystore.add_slot(user, role, password, bytes(key), params or params_for_new_slot(),
                          signer=signer)
        vault = Vault(paths, connection, keystore, user, role, clock, key,
                      signer=signer if role == ADMIN_ROLE else None)
        with transaction(connection):
            connection.execute(
                "INSERT INTO meta (key, value) VALUES ('vault_id', ?), ('created_at', ?)",
                (keystore.vault_id, clock().isoformat(timespec="seconds")),
            )
            sync_store.set_up_role(connection, vault_role,
                                   now=clock().isoformat(timespec="milliseconds"))
            vault.trusted_admin_key = signer.public_key
            if vault_role == sync_store.LAPTOP:
                content_access.start_sealed(
                    connection, user, content_access.readers_of(vault.content_readers()),
                    now=clock().isoformat(timespec="milliseconds"))
            vault.audit("vault_created", {"vault_role": vault_role})
            vault.audit("user_added", {"account": user, "role": role})
            lockout_record.store(connection, keystore.users())
            _set_meta(connection, ACCOUNTS_SIGNED_KEY, "1")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        keystore.save()
    except BaseException as error:
        if connection is not None:
            connection.close()
        _remove_half_made(paths, made_folder)
        key[:] = bytes(len(key))
        translated = translate_error(error) if isinstance(error, Exception) else None
        if translated is not None:
            raise translated from None
        raise
    return vault


def _remove_half_made(paths: VaultPaths, made_folder: bool) -> None:
    """Remove what a failed ``create_vault`` wrote (there was no vault before it)."""
    for name in ("vault.db", "vault.db-wal", "vault.db-shm", "keystore.json",
                 "keystore.json.bak"):
        with contextlib.suppress(FileNotFoundError):
            (paths.data_dir / name).unlink()
    if made_folder:
        with contextlib.suppress(OSError):
            paths.data_dir.rmdir()


def unlock_vault(
    paths: VaultPaths, *, user: str, password: str, clock: Clock = utc_now
) -> Vault:
    """Unwrap the key with ``password`` and open the database; raises typed errors."""
    if not paths.keystore.exists():
        raise VaultNotFound(f"no vault in {paths.data_dir}: create one with 'fieldapp init'")
    permissions.restrict(paths.data_dir)
    remove_stale_temps(paths.keystore)
    keystore = Keystore.load(paths.keystore)
    users_before = keystore.users()
    before = _failures_before(keystore, user)
    opened = keystore.open_account(user, password, now=clock().timestamp())
    key = bytearray(opened.data_key)
    read_only: VaultDatabaseError | None = None
    try:
        try:
            connection = _open_with_pending_rotation(paths, keystore, user, password, key,
                                                     clock)
        except (VaultReadOnly, DiskFull) as cannot_write:
            connection = open_database(paths.database, bytes(key), read_only=True)
            read_only = cannot_write
    except BaseException:
        opened.wipe()
        for index in range(len(key)):
            key[index] = 0
        raise
    keystore = Keystore.load(paths.keystore)
    role = next(info.role for info in keystore.users() if info.user == user)
    vault = Vault(paths, connection, keystore, user, role, clock, key)
    try:
        _refuse_removed_record(vault, opened, writable=read_only is None)
        settled = _settle_admin_key(vault, opened) if read_only is None else None
        details: dict[str, object] = {}
        if before:
            details["failed_attempts_before"] = before
        if read_only is None:
            try:
                migrate(connection)
                with transaction(connection):
                    vault.audit("unlock", details)
                    _audit_accounts(vault, settled, users_before)
            except Exception as error:
                reason = error if isinstance(error, VaultDatabaseError) else translate_error(error)
                if not isinstance(reason, VaultReadOnly | DiskFull):
                    vault.lock()
                    raise reason or error from None
                connection.close()
                vault.connection = open_database(paths.database, vault.key, read_only=True)
                read_only = reason
        if read_only is not None:
            vault.read_only = read_only
            _require_current_schema(vault)
        _settle_content(vault, opened)
    finally:
        opened.wipe()  # the slot key: the content settlement may reseal the slot with it
    return vault


def _settle_content(vault: Vault, opened: OpenedSlot) -> None:
    """Migrate, fill the connection's content keyring and grant keys (content_access), and
    seal the account's own content key id and trusted admin key in its slot the first time.

    The admin key is trusted on first use: the first unlock that finds the accounts record
    signed seals its key in the slot; later, a record signed by any other key (someone with
    the shared data key signing roles of their own) gets no content keys from this account."""
    keystore = vault.keystore
    record_key = keystore.admin_public_key
    anchor = opened.admin_anchor if opened.admin_anchor is not None else record_key
    vault.trusted_admin_key = record_key if record_key is not None and (
        anchor == record_key) else None
    if record_key is not None and anchor != record_key:
        vault.notices.append(AccountNotice(NoticeKind.ANCHOR_MISMATCH))
    try:
        if (vault.signer is not None and vault.read_only is None
                and keystore.recovery_recipient is not None
                and content_access.on_laptop(vault.connection)
                and not content_sealed(vault.connection)):
            # The first admin unlock signs the recovery recipient as it is, as it signs the
            # roles as they are (docs/security.md, what remains possible).
            with transaction(vault.connection):
                content_access.sign_recovery(vault.connection, vault.signer.sign,
                                             keystore.vault_id, keystore.recovery_recipient)
        if vault.read_only is None:
            retire_unreachable_keys(vault, reason="unlock")
        vault.notices.extend(content_access.settle(
            vault.connection, opened.identity, user=vault.user, role=vault.role,
            readers=content_access.readers_of(vault.content_readers()),
            now=vault.clock().isoformat(timespec="milliseconds"),
            writable=vault.read_only is None, own_key_id=opened.content_key_id))
        own = keyring_of(vault.connection).current_key_id(vault.user)
        if vault.read_only is None and (own, anchor) != (opened.content_key_id,
                                                        opened.admin_anchor):
            try:
                keystore.seal_anchors(opened, own or opened.content_key_id, anchor, vault.key)
            except KeystoreUnavailable:
                vault.notices.append(AccountNotice(NoticeKind.CONTENT_KEY_UNANCHORED))
    except BaseException as error:
        vault.lock()
        translated = translate_error(error) if isinstance(error, Exception) else None
        if translated is not None:
            raise translated from None
        raise


def _refuse_removed_record(vault: Vault, opened: OpenedSlot, *, writable: bool) -> None:
    """A keystore without its accounts record, in a vault that had one, was set back to the
    unsigned state so that raised roles would open (and be signed by the next admin). Only an
    admin holding the sealed admin key may go on: their unlock signs the record again
    (keystore_admin); anyone else is refused as altered."""
    if vault.keystore.signed or _meta(vault.connection, ACCOUNTS_SIGNED_KEY) is None:
        return
    if vault.role == ADMIN_ROLE and opened.admin_secret is not None:
        return
    opened.wipe()
    try:
        if writable:
            with transaction(vault.connection):
                vault.audit("key_slot_altered", {"accounts": [vault.user],
                                                 "accounts_record": "removed"})
    finally:
        vault.lock()
    raise KeySlotAltered(vault.user)


def _meta(connection: Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _settle_admin_key(vault: Vault, opened: OpenedSlot) -> Settled | None:
    """An admin's unlock: create, hand on or repair the admin key (keystore_admin)."""
    try:
        if vault.role != ADMIN_ROLE:
            return None
        settled = vault.keystore.settle_admin_key(opened, vault.key)
    except KeystoreUnavailable:
        vault.notices.append(AccountNotice(NoticeKind.KEYSTORE_UNWRITABLE))
        return None
    vault.signer = settled.signer
    if settled.signer is None:
        vault.notices.append(AccountNotice(NoticeKind.NO_ADMIN_KEY))
    return settled


def _audit_accounts(vault: Vault, settled: Settled | None, users_before: list[SlotInfo]) -> None:
    """Audit entries and notices about the accounts, inside the unlock's transaction."""
    keystore = vault.keystore
    if settled is not None and settled.event == CREATED:
        vault.audit(CREATED, {"accounts": len(keystore.users())})
        vault.notices.append(AccountNotice(NoticeKind.ROLES_SIGNED))
    if settled is not None and settled.event == REPLACED:
        vault.audit(REPLACED, {"accounts_refused": list(settled.refused)})
        vault.notices.append(AccountNotice(NoticeKind.RECORD_REPLACED, settled.refused))
    if not keystore.signed:
        vault.notices.append(AccountNotice(NoticeKind.ROLES_UNSIGNED))
    if keystore.signed and _meta(vault.connection, ACCOUNTS_SIGNED_KEY) is None:
        _set_meta(vault.connection, ACCOUNTS_SIGNED_KEY, "1")
    altered = keystore.altered_accounts()
    if _first_report(vault, "accounts_altered_reported", altered) and altered:
        vault.audit("key_slot_altered", {"accounts": altered})
    if altered and vault.role == ADMIN_ROLE:
        vault.notices.append(AccountNotice(NoticeKind.SLOTS_ALTERED, altered))
    wound_back = lockout_record.wound_back(vault.connection, users_before)
    if wound_back:
        vault.audit("lockout_counters_wound_back", {"accounts": wound_back})
        vault.notices.append(AccountNotice(NoticeKind.COUNTERS_WOUND_BACK, wound_back))
    lockout_record.store(vault.connection, keystore.users())


def _first_report(vault: Vault, meta_key: str, names: list[str]) -> bool:
    """Whether ``names`` differ from what was last reported under ``meta_key`` (and record)."""
    text = ",".join(names)
    if _meta(vault.connection, meta_key) == text:
        return False
    _set_meta(vault.connection, meta_key, text)
    return True


def _set_meta(connection: Connection, key: str, value: str) -> None:
    connection.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))


def _require_current_schema(vault: Vault) -> None:
    if schema_version(vault.connection) < LATEST_VERSION:
        vault.lock()
        raise VaultError(
            "this vault must be upgraded before it can be used, which needs it writable: "
            f"{vault.read_only or 'free some space'}"
        )


def _failures_before(keystore: Keystore, user: str) -> int:
    for info in keystore.users():
        if info.user == user:
            return int(info.failed_attempts)
    return 0


def _open_with_pending_rotation(
    paths: VaultPaths,
    keystore: Keystore,
    user: str,
    password: str,
    key: bytearray,
    clock: Clock,
) -> Connection:
    try:
        return open_database(paths.database, bytes(key))
    except DatabaseKeyMismatch:
        pending_path = pending_keystore_path(paths)
        if not pending_path.exists():
            raise
    # A rotation was interrupted after the rekey: the pending keystore holds the new key.
    pending = Keystore.load(pending_path)
    new_key = pending.unlock(user, password, now=clock().timestamp())
    connection = open_database(paths.database, new_key)
    checkpoint_wal(connection)
    promote_pending_keystore(paths)
    key[:] = new_key
    return connection


def promote_pending_keystore(paths: VaultPaths) -> None:
    """Make the re-sealed keystore of a rotation current, and its ``.bak`` a copy of it
    (a ``.bak`` sealing the old key would no longer open the rekeyed database)."""
    os.replace(pending_keystore_path(paths), paths.keystore)
    Keystore.load(paths.keystore).save()


def checkpoint_wal(connection: Connection) -> None:
    """Copy every WAL frame into the database file and empty the WAL (durably)."""
    busy, _frames, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        raise VaultError("the vault is in use by another program: close it and try again")


def open_from_key(paths: VaultPaths, key: bytes, *, read_only: bool = False) -> Connection:
    """A second connection with the key of an unlocked vault (checks, backups)."""
    if not paths.database.exists():
        raise VaultNotFound(f"no vault in {paths.data_dir}")
    return open_database(paths.database, key, read_only=read_only)
