"""What an unlock does with content keys: migrate, fill the keyring, grant, make a key.

Run by :func:`fieldapp.services.session.unlock_vault` once the database is open and the schema
current, with the age identity the account's password opened. On a laptop:

1. An admin's unlock on a vault not sealed yet seals the clear content
   (:mod:`fieldapp.vault.content_migration`).
2. The connection's keyring receives every key granted to this account's recipient: its own
   keys, and every officer's for a supervisor-role account.
3. Once the vault is sealed, an account without a key of its own gets one, and every key held
   is wrapped to the readers that lack it (new supervisors, a reset password's new slot, a
   recovery key set later); from then on new content is sealed.

A supervisor's vault keeps its content clear (it arrives sealed to the supervisor in bundles
and only supervisor accounts work there), so nothing here runs on it.
"""

from __future__ import annotations

from collections.abc import Callable

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from fieldapp.vault import content_keys, sync_store
from fieldapp.vault.account_notices import AccountNotice, NoticeKind
from fieldapp.vault.audit import utc_now
from fieldapp.vault.content_keys import Reader
from fieldapp.vault.content_migration import (
    Step,
    content_sealed,
    fully_sealed,
    mark_sealed,
    seal_existing,
)
from fieldapp.vault.content_seal import Keyring, keyring_of
from fieldapp.vault.database import (
    Connection,
    DiskFull,
    VaultDatabaseError,
    VaultReadOnly,
    transaction,
    translate_error,
)

ADMIN_ROLE = "admin"
CUSTODIAN_ROLES = ("supervisor", "recovery")
RECOVERY_SIGNATURE = "recovery_signature"


def readers_of(entries: list[tuple[str, str, str]]) -> list[Reader]:
    """Readers from :meth:`fieldapp.vault.keystore.Keystore.readers`.

    Without a supervisor account or a recovery key, nobody but the officer could read an
    officer's content, and a forgotten password would lose it: the admin accounts are then
    its custodians instead (they keep the grants made meanwhile; docs/security.md).
    """
    custodian = any(role in CUSTODIAN_ROLES for _recipient, _user, role in entries)
    return [Reader(recipient, user, role if custodian or role != ADMIN_ROLE else "custodian")
            for recipient, user, role in entries]


def trusted_entries(connection: Connection, entries: list[tuple[str, str, str]], *,
                    vault_id: str, admin_key: bytes | None, user: str
                    ) -> list[tuple[str, str, str]]:
    """The readers ``user``'s keys may be wrapped to: every slot the accounts record vouches
    for and the recovery recipient if the admin key signed it, when ``admin_key`` (the key
    this account trusts, None if the record is not signed by it) signed the record; else
    only the account's own slot. Someone holding the shared data key can sign a record of
    their own or point the recovery slot at a key of their own; neither then receives keys."""
    if admin_key is None:
        return [entry for entry in entries if entry[1] == user and entry[2] != "recovery"]
    kept = [entry for entry in entries if entry[2] != "recovery"]
    kept += [entry for entry in entries if entry[2] == "recovery"
             and recovery_signed(connection, vault_id, entry[0], admin_key)]
    return kept


def _recovery_message(vault_id: str, recipient: str) -> bytes:
    return b"fieldapp recovery recipient v1\0" + vault_id.encode() + b"\0" + recipient.encode()


def sign_recovery(connection: Connection, sign: Callable[[bytes], bytes], vault_id: str,
                  recipient: str) -> None:
    """Record the admin key's signature over the recovery recipient (content keys are
    wrapped to it only while it verifies)."""
    signature = sign(_recovery_message(vault_id, recipient))
    connection.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (RECOVERY_SIGNATURE, f"{recipient} {signature.hex()}"))


def recovery_signed(connection: Connection, vault_id: str, recipient: str,
                    admin_key: bytes) -> bool:
    row = connection.execute("SELECT value FROM meta WHERE key = ?",
                             (RECOVERY_SIGNATURE,)).fetchone()
    if row is None:
        return False
    signed_recipient, _space, signature = str(row[0]).partition(" ")
    if signed_recipient != recipient:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(admin_key).verify(
            bytes.fromhex(signature), _recovery_message(vault_id, recipient))
    except (InvalidSignature, ValueError):
        return False
    return True


def share(connection: Connection, entries: list[tuple[str, str, str]]) -> int:
    """Wrap the keys this connection holds to readers lacking them (after an account or the
    recovery key was added or reset); how many grants were added."""
    keyring = keyring_of(connection)
    if not keyring.sealing or not on_laptop(connection):
        return 0
    with transaction(connection):
        return content_keys.complete_grants(connection, keyring, readers_of(entries))


def recovery_keyring(connection: Connection, identity: pyrage.x25519.Identity) -> Keyring:
    """On the supervisor's machine, with a laptop's copied vault opened with the data key
    :meth:`fieldapp.vault.keystore.Keystore.recover` gave: every officer's content key, so
    ``connection`` reads all content (``connection.keyring`` is replaced; wipe it after)."""
    keyring = Keyring()
    content_keys.fill_keyring(connection, keyring, identity)
    connection.keyring = keyring  # type: ignore[attr-defined]
    return keyring


def regrant_with_recovery(connection: Connection, identity: pyrage.x25519.Identity,
                          entries: list[tuple[str, str, str]]) -> int:
    """On the supervisor's machine, with a laptop's copied vault: wrap every key granted to
    the recovery recipient to the readers lacking it (a reset password's new slot)."""
    if not content_sealed(connection):
        return 0
    keyring = Keyring(sealing=True)
    try:
        content_keys.fill_keyring(connection, keyring, identity)
        with transaction(connection):
            return content_keys.complete_grants(connection, keyring, readers_of(entries))
    finally:
        keyring.wipe()


def on_laptop(connection: Connection) -> bool:
    return sync_store.vault_role(connection) == sync_store.LAPTOP


def start_sealed(connection: Connection, user: str, readers: list[Reader], *,
                 now: str) -> None:
    """A new laptop vault: sealed from the start, with the first account's key."""
    keyring = keyring_of(connection)
    content_keys.new_key(connection, keyring, user, readers, now=now)
    mark_sealed(connection)
    keyring.sealing = True
    keyring.maker = _maker(connection, keyring, readers)
    keyring.stored = _stored(connection)


def use_readers(connection: Connection, readers: list[Reader]) -> None:
    """The accounts changed during this session (an account removed): keys this connection
    makes from now on are granted to ``readers``, not to those the unlock found."""
    keyring = keyring_of(connection)
    if keyring.maker is not None:
        keyring.maker = _maker(connection, keyring, readers)


def _stored(connection: Connection) -> Callable[[str], bool]:
    def stored(key_id: str) -> bool:
        return connection.execute("SELECT 1 FROM content_keys WHERE key_id = ?",
                                  (key_id,)).fetchone() is not None
    return stored


def _maker(connection: Connection, keyring: Keyring,
           readers: list[Reader]) -> Callable[[str], None]:
    def make(officer: str) -> None:
        now = utc_now().isoformat(timespec="milliseconds")
        if connection.in_transaction:  # the key commits with the content sealed under it
            content_keys.new_key(connection, keyring, officer, readers, now=now)
            return
        with transaction(connection):
            content_keys.new_key(connection, keyring, officer, readers, now=now)
    return make


def settle(connection: Connection, identity: pyrage.x25519.Identity, *, user: str, role: str,
           readers: list[Reader], now: str, writable: bool, own_key_id: str | None = None,
           step: Step | None = None) -> list[AccountNotice]:
    """The unlock's content-key work (see the module text); notices for the person.

    ``own_key_id`` is the content key id sealed in the account's slot: new content is sealed
    under it, never under another key granted to the account in the database (a key planted
    there by someone holding the shared key). The caller seals the id of the key chosen here
    (``keyring.current_key_id(user)``) in the slot when it differs."""
    notices: list[AccountNotice] = []
    if not on_laptop(connection):
        return notices
    keyring: Keyring = keyring_of(connection)
    if writable and role == ADMIN_ROLE and not fully_sealed(connection):
        try:
            sealed = seal_existing(connection, readers, keyring, admin=user, now=now,
                                   step=step)
        except Exception as error:
            _unless_full(error, notices)
            writable = False
        else:
            notices.append(AccountNotice(NoticeKind.CONTENT_SEALED, detail=len(sealed)))
    refused = content_keys.fill_keyring(connection, keyring, identity)
    if refused:
        notices.append(AccountNotice(NoticeKind.GRANTS_REFUSED, detail=refused))
    keyring.sealing = content_sealed(connection)
    if own_key_id is not None and not keyring.choose_current(user, own_key_id) and (
            not keyring.is_retired(own_key_id)):  # retired: a fresh key is made below
        notices.append(AccountNotice(NoticeKind.OWN_KEY_LOST))
    if not keyring.sealing or not writable:
        return notices
    keyring.maker = _maker(connection, keyring, readers)
    keyring.stored = _stored(connection)
    try:
        with transaction(connection):
            keyring.ensure_key(user)  # a new account's first key, granted to its readers
            content_keys.complete_grants(connection, keyring, readers)
    except Exception as error:
        _unless_full(error, notices)
    return notices


def _unless_full(error: Exception, notices: list[AccountNotice]) -> None:
    """A full disk or read-only medium stops the content-key work, not the unlock (what it
    would have written is done at the next unlock); any other error is raised."""
    reason = error if isinstance(error, VaultDatabaseError) else translate_error(error)
    if not isinstance(reason, DiskFull | VaultReadOnly):
        raise error
    notices.append(AccountNotice(NoticeKind.CONTENT_KEYS_DEFERRED, detail=reason))
