"""Accounts and keys of an unlocked vault: users, passwords, key rotation, recovery.

Adding and removing accounts and rotating the key are for ``admin`` accounts, and adding,
removing or resetting an account is signed with the admin key the admin's unlock opened
(:attr:`Vault.signer`), so the keystore refuses them from anyone else even through this code.
Changing one's own password re-seals the data key only. Removing an account rotates the data
key (``PRAGMA rekey``) and re-seals every remaining slot and the recovery slot, because the
removed person may have kept the old key, and retires every content key the removed slot could
unwrap (:mod:`fieldapp.vault.content_retirement`), because they may have kept the slot. The
recovery slot seals the key to a supervisor's
age public key, so the supervisor can reset a forgotten password on their own machine from a
copy of the keystore file (see :func:`reset_password_with_recovery`), without ever putting the
private key on a laptop.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyrage

from fieldapp.errors import UsageError
from fieldapp.services.key_retirement import retire_unreachable_keys
from fieldapp.services.session import (
    ADMIN_ROLE,
    ROLES,
    Vault,
    checkpoint_wal,
    pending_keystore_path,
    promote_pending_keystore,
)
from fieldapp.vault import content_access, lockout_record
from fieldapp.vault.content_retirement import Retirement
from fieldapp.vault.database import open_database, transaction
from fieldapp.vault.errors import UnknownUser, VaultError
from fieldapp.vault.kdf import params_for_new_slot
from fieldapp.vault.keystore import Keystore, SlotInfo


class LastAdmin(VaultError):
    def __init__(self) -> None:
        super().__init__("this is the last admin account: add another admin first")


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise UsageError(f"unknown role {role!r}: choose one of {', '.join(ROLES)}")


def _check_name(name: str) -> None:
    if not name or len(name) > 64 or not name.isprintable() or name != name.strip():
        raise UsageError("an account name is 1-64 printable characters without outer spaces")


def list_users(vault: Vault) -> list[SlotInfo]:
    return vault.keystore.users()


def add_user(vault: Vault, name: str, role: str, password: str) -> SlotInfo:
    vault.require_role("add accounts", ADMIN_ROLE)
    _check_name(name)
    _check_role(role)
    info = vault.keystore.add_slot(name, role, password, vault.key, params_for_new_slot(),
                                   signer=vault.signer)
    vault.keystore.save()
    with transaction(vault.connection):
        vault.audit("user_added", {"account": name, "role": role})
        lockout_record.store(vault.connection, vault.keystore.users())
    # A supervisor account reads the keys this admin holds at once, the others' at the next
    # unlock of an account holding them (fieldapp.vault.content_access).
    content_access.share(vault.connection, vault.content_readers())
    return info


def remove_user(vault: Vault, name: str) -> Retirement | None:
    """Remove an account and rotate the data key so that account's key is worthless, and
    retire the content keys its slot could unwrap (what was retired, if anything)."""
    vault.require_role("remove accounts", ADMIN_ROLE)
    users = {info.user: info for info in vault.keystore.users()}
    if name not in users:
        raise UnknownUser(f"no account named {name!r}")
    if name == vault.user:
        raise UsageError("you cannot remove the account you are signed in with")
    admins = [info for info in users.values() if info.role == ADMIN_ROLE]
    if users[name].role == ADMIN_ROLE and len(admins) <= 1:
        raise LastAdmin()
    vault.keystore.remove_slot(name, signer=vault.signer)
    vault.keystore.save()
    vault.audit("user_removed", {"account": name})
    return rotate_key(vault, reason="account removed")


def change_password(vault: Vault, old_password: str, new_password: str) -> None:
    """The signed-in user's own password: the data key is re-sealed, nothing else changes."""
    vault.keystore.change_password(vault.user, old_password, new_password, params_for_new_slot())
    vault.keystore.save()
    vault.audit("password_changed", {"account": vault.user})


def reset_password(vault: Vault, name: str, new_password: str) -> None:
    """An admin sets a new password for another account (and re-enables a disabled slot)."""
    vault.require_role("reset other accounts' passwords", ADMIN_ROLE)
    vault.keystore.reset_password(name, new_password, vault.key, params_for_new_slot(),
                                  signer=vault.signer)
    vault.keystore.save()
    with transaction(vault.connection):
        vault.audit("password_reset", {"account": name})
        lockout_record.store(vault.connection, vault.keystore.users())
    content_access.share(vault.connection, vault.content_readers())


def rotate_key(vault: Vault, *, reason: str = "requested") -> Retirement | None:
    """New random data key: ``PRAGMA rekey`` and every slot re-sealed, crash-safe.

    The re-sealed keystore is first written beside the current one; then the database is
    rekeyed and its WAL checkpointed into the file; then the new keystore replaces the old.
    Unlocking completes an interrupted rotation (see :mod:`fieldapp.services.session`).
    """
    vault.require_role("rotate the vault key", ADMIN_ROLE)
    new_key = bytearray(os.urandom(32))
    pending_path = pending_keystore_path(vault.paths)
    try:
        pending = Keystore.load(vault.paths.keystore)
        pending.reseal_all(bytes(new_key), current_key=vault.key)
        pending.save_as(pending_path)
        statement = bytearray(b"PRAGMA rekey = \"x'")
        statement += new_key.hex().encode("ascii")
        statement += b"'\""
        try:
            vault.connection.execute(statement.decode("ascii"))
        finally:
            statement[:] = bytes(len(statement))
        # The rekeyed pages sit in the WAL; the keystore may name only the new key once the
        # database file itself holds them (a vault whose WAL is lost must still open).
        checkpoint_wal(vault.connection)
        promote_pending_keystore(vault.paths)
        vault.keystore = Keystore.load(vault.paths.keystore)
        vault.replace_key(bytes(new_key))
    finally:
        new_key[:] = bytes(len(new_key))
    with transaction(vault.connection):
        vault.audit("key_rotated", {"reason": reason})
    # The content keys a removed slot could unwrap are retired too: the data key protects
    # the grants only from whoever does not get the new key from a current account.
    return retire_unreachable_keys(vault, reason=reason)


def set_recovery_key(vault: Vault, recipient_file: Path) -> str:
    """Seal the data key to a supervisor's age public key read from ``recipient_file``."""
    vault.require_role("set the recovery key", ADMIN_ROLE, "supervisor")
    recipient = _read_recipient(recipient_file)
    vault.keystore.set_recovery_recipient(recipient, vault.key, signer=vault.signer)
    vault.keystore.save()
    vault.audit("recovery_key_set", {"recipient": recipient})
    if vault.signer is not None and content_access.on_laptop(vault.connection):
        # Interview keys are wrapped to a recovery key only as the admin key signed it: a
        # supervisor's setting reaches them once an admin sets the same key again.
        with transaction(vault.connection):
            content_access.sign_recovery(vault.connection, vault.signer.sign,
                                         vault.keystore.vault_id, recipient)
    content_access.share(vault.connection, vault.content_readers())
    return recipient


def _regrant_beside(keystore: Keystore, identity: pyrage.x25519.Identity, key: bytes) -> None:
    """With the laptop's database copied beside its keystore, give the reset account's new
    slot its content keys back at once (else a supervisor account's next unlock on the
    laptop does: until then the officer reads only what she writes after the reset)."""
    database = keystore.path.with_name("vault.db")
    if not database.exists():
        return
    connection = open_database(database, key)
    try:
        content_access.regrant_with_recovery(connection, identity, keystore.readers())
    finally:
        connection.close()


def _read_recipient(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read the recovery key file {path}") from error
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("age1"):
            try:
                pyrage.x25519.Recipient.from_str(line)
            except Exception as error:  # pyrage raises its own untyped errors
                raise UsageError(f"{path} does not hold a valid age public key") from error
            return line
    raise UsageError(f"{path} does not hold an age public key (a line starting with age1)")


def read_identity(path: Path) -> pyrage.x25519.Identity:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read the identity file {path}") from error
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("AGE-SECRET-KEY-"):
            try:
                return pyrage.x25519.Identity.from_str(line)
            except Exception as error:  # pyrage raises its own untyped errors
                raise UsageError(f"{path} does not hold a valid age identity") from error
    raise UsageError(f"{path} does not hold an age identity (AGE-SECRET-KEY-...)")


def new_recovery_identity(out: Path) -> str:
    """Write a new age identity for a supervisor's own machine; returns its public key."""
    if out.exists():
        raise UsageError(f"{out} exists already: choose another file name")
    identity = pyrage.x25519.Identity.generate()
    recipient = str(identity.to_public())
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write("# fieldapp recovery identity: keep on the supervisor's machine only\n")
        handle.write(f"# public key: {recipient}\n{identity}\n")
    return recipient


def reset_password_with_recovery(
    keystore_file: Path, identity_file: Path, name: str, new_password: str
) -> None:
    """Supervisor side: open a laptop's keystore copy with the recovery identity and give
    ``name`` a new password (re-enabling the slot). The keystore file is then copied back."""
    keystore = Keystore.load(keystore_file)
    identity = read_identity(identity_file)
    key = bytearray(keystore.recover(identity))
    # The admin key travels wrapped to the recovery recipient, so the new slot is signed.
    signer = keystore.recover_admin_key(identity)
    try:
        keystore.reset_password(name, new_password, bytes(key), params_for_new_slot(),
                                signer=signer)
        keystore.save()
        _regrant_beside(keystore, identity, bytes(key))
    finally:
        key[:] = bytes(len(key))
        if signer is not None:
            signer.wipe()
