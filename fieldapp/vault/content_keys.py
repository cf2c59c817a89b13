"""Per-officer content keys: made, wrapped to who may read them, unwrapped at unlock.

Every account of a sealed laptop has a 32-byte content key of its own (``content_keys``; a
password reset that gives the account a new slot keeps its keys, below). The key is stored only
age-encrypted (``content_key_grants``), once per age recipient allowed to read it: the
officer's own slot, every supervisor-role slot the admin-signed accounts record vouches for,
and the keystore's recovery recipient. The wrapped plaintext names the key id, the officer and
the recipient next to the key, so a grant copied to another row is refused, not used.

At each unlock :func:`fill_keyring` unwraps the grants to the account's own recipient and
:func:`complete_grants` wraps every key it holds to recipients that lack it: a supervisor
account added later, an officer whose password was reset (a new slot and recipient), a
recovery key set later. A retired key (:mod:`fieldapp.vault.content_retirement`) is still
unwrapped, to read what it sealed, and never made current. Anyone can age-encrypt to a public
recipient, so granting needs only the key, never another account's password; reading needs the
recipient's private identity, which only that slot's password (or the recovery identity, on
the supervisor's machine) opens.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

import pyrage

from fieldapp.vault.content_seal import Keyring
from fieldapp.vault.database import Connection

KEY_BYTES = 32
_MAGIC = b"fieldapp-content-key\x01"


@dataclass(frozen=True)
class Reader:
    """An age recipient allowed to read content: whose slot it is (or the recovery key)."""

    recipient: str
    user: str  # '' for the recovery recipient
    # The slot's role; 'recovery' for the recovery recipient, 'custodian' for an admin slot
    # of a laptop without supervisor account or recovery key (content_access.readers_of).
    role: str

    def reads(self, officer: str) -> bool:
        return self.role in ("supervisor", "recovery", "custodian") or self.user == officer


def _length_prefixed(text: str) -> bytes:
    data = text.encode("utf-8")
    return len(data).to_bytes(2, "big") + data


def _binding(key_id: str, officer: str, recipient: str) -> bytes:
    return _MAGIC + b"".join(_length_prefixed(part) for part in (key_id, officer, recipient))


def wrap(key: bytes, key_id: str, officer: str, recipient: str) -> bytes:
    plain = bytearray(_binding(key_id, officer, recipient))
    plain += key
    try:
        return bytes(pyrage.encrypt(bytes(plain),
                                    [pyrage.x25519.Recipient.from_str(recipient)]))
    finally:
        plain[:] = bytes(len(plain))


def unwrap(wrapped: bytes, identity: pyrage.x25519.Identity, key_id: str, officer: str,
           recipient: str) -> bytes | None:
    """The key in ``wrapped``, or None if it does not decrypt or names another grant."""
    try:
        plain: bytes = pyrage.decrypt(wrapped, [identity])
    except Exception:  # pyrage's errors share no base class but Exception
        return None
    expected = _binding(key_id, officer, recipient)
    if len(plain) != len(expected) + KEY_BYTES or not hmac.compare_digest(
            plain[: len(expected)], expected):
        return None
    return plain[len(expected):]


def fill_keyring(connection: Connection, keyring: Keyring,
                 identity: pyrage.x25519.Identity) -> int:
    """Add every key granted to ``identity``'s recipient; how many grants did not open."""
    recipient = str(identity.to_public())
    rows = connection.execute(
        "SELECT k.key_id, k.officer, g.wrapped, k.retired_at IS NOT NULL"
        " FROM content_key_grants g"
        " JOIN content_keys k ON k.key_id = g.key_id"
        " WHERE g.recipient = ? ORDER BY k.created_at, k.key_id", (recipient,)).fetchall()
    refused = 0
    for key_id, officer, wrapped, retired in rows:
        key = unwrap(bytes(wrapped), identity, str(key_id), str(officer), recipient)
        if key is None:
            refused += 1
            continue
        keyring.add(str(key_id), str(officer), key, retired=bool(retired))
    return refused


def new_key(connection: Connection, keyring: Keyring, officer: str,
            readers: Iterable[Reader], *, now: str) -> str:
    """Make ``officer``'s content key, grant it to ``readers`` that read ``officer``'s
    content, and add it to ``keyring``; inside the caller's transaction."""
    if not connection.in_transaction:
        raise RuntimeError("a content key is made inside a transaction")
    key_id = secrets.token_hex(16)
    key = bytearray(secrets.token_bytes(KEY_BYTES))
    try:
        connection.execute(
            "INSERT INTO content_keys (key_id, officer, created_at) VALUES (?, ?, ?)",
            (key_id, officer, now))
        _grant(connection, bytes(key), key_id, officer,
               [reader for reader in readers if reader.reads(officer)])
        keyring.add(key_id, officer, bytes(key))
    finally:
        key[:] = bytes(len(key))
    return key_id


def complete_grants(connection: Connection, keyring: Keyring,
                    readers: Iterable[Reader]) -> int:
    """Wrap every key ``keyring`` holds to each reader of its officer that lacks it; how many
    grants were added. Inside the caller's transaction."""
    wanted = list(readers)
    added = 0
    for key_id in keyring.key_ids():
        officer = keyring.owner(key_id)
        have = {str(row[0]) for row in connection.execute(
            "SELECT recipient FROM content_key_grants WHERE key_id = ?", (key_id,))}
        missing = [reader for reader in wanted
                   if reader.reads(officer) and reader.recipient not in have]
        _grant(connection, keyring.key(key_id), key_id, officer, missing)
        added += len(missing)
    return added


def officers_with_keys(connection: Connection) -> set[str]:
    return {str(row[0]) for row in connection.execute("SELECT DISTINCT officer FROM content_keys")}


def _grant(connection: Connection, key: bytes, key_id: str, officer: str,
           readers: Iterable[Reader]) -> None:
    connection.executemany(
        "INSERT OR REPLACE INTO content_key_grants (key_id, recipient, wrapped) VALUES (?, ?, ?)",
        [(key_id, reader.recipient, wrap(key, key_id, officer, reader.recipient))
         for reader in readers])
