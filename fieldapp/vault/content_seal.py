"""Sealing interview content under the officer's own key: the keyring an unlock holds.

On a laptop whose content is sealed, an answer value, a revision's content, the person's name
or alias the case list searches, and the supervisor's case notes sent back are stored as a
BLOB: a marker, the id of the officer's content key, a nonce and the AES-256-GCM ciphertext.
The associated data binds the purpose (``answer``, ``revision``, ``label``...) and the key
id, so a ciphertext cannot be passed off as another kind or re-labelled with another key. Text
values are stored in clear, as before: content written before the migration (until an admin
seals it) and everything on a supervisor's vault, whose content arrives in bundles sealed to
the supervisor and is read there by supervisor accounts only. Which key each officer has, and
who may unwrap it, is :mod:`fieldapp.vault.content_keys`.

A :class:`Keyring` belongs to one connection (``connection.keyring``, set by
:func:`fieldapp.vault.database.open_database`): it starts empty, which reads clear text and
refuses sealed content, and the unlock fills it with the keys the account may unwrap. Every
reader and writer of sealed columns goes through :func:`keyring_of`, so no code path reads a
ciphertext as if it were JSON, and none writes clear text once the vault is sealed.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldapp.errors import FieldappError

ANSWER = "answer"
REVISION = "revision"
# The officer's free-text reason for revising a finalised interview.
REASON = "reason"
# The person's name or alias the case list searches (``interviews.person_label``).
LABEL = "label"
# A supervisor's case note, and the reason a referral step failed, as a laptop keeps them.
NOTE = "note"
FOLLOW_UP = "followup"
_MARKER = b"\xfaC1"
_KEY_ID_BYTES = 16
_NONCE_BYTES = 12
_HEADER = len(_MARKER) + _KEY_ID_BYTES + _NONCE_BYTES
_AAD = b"fieldapp interview content v1\x00"


class ContentSealed(FieldappError):
    """Content sealed under a key this account does not hold (another officer's)."""

    def __init__(self) -> None:
        super().__init__(
            "this interview's content is sealed to another officer's key: only that officer "
            "and the supervisor accounts can read it")


class ContentDamaged(FieldappError):
    def __init__(self) -> None:
        super().__init__("a sealed interview value does not decrypt: the vault was altered")


def is_sealed(value: object) -> bool:
    return isinstance(value, bytes) and value[: len(_MARKER)] == _MARKER


def key_id_of(value: bytes) -> str:
    return value[len(_MARKER): len(_MARKER) + _KEY_ID_BYTES].hex()


@dataclass
class Keyring:
    """The content keys one unlocked account holds, by key id, and whose each is."""

    # Whether new content is sealed (a laptop after the migration); else it is written clear.
    sealing: bool = False
    _keys: dict[str, bytearray] = field(default_factory=dict, repr=False)
    _ciphers: dict[str, AESGCM] = field(default_factory=dict, repr=False)
    _owners: dict[str, str] = field(default_factory=dict)
    # officer -> the key id new content of theirs is sealed with (the newest they hold).
    _current: dict[str, str] = field(default_factory=dict)
    # Makes (and grants, and adds here) a key for an officer this account holds none of,
    # inside the caller's transaction: content written for another officer (a supervisor's
    # review edits of a colleague without a key yet, demonstration data) is sealed to that
    # officer and the supervisors, and this account keeps the key only until it locks.
    maker: Callable[[str], None] | None = field(default=None, repr=False)
    # Whether a key id is in the database: a key the maker made inside a transaction that
    # was rolled back must not seal anything after (nobody could unwrap it).
    stored: Callable[[str], bool] | None = field(default=None, repr=False)
    _made: set[str] = field(default_factory=set, repr=False)
    # Keys retired after an account that held them was removed: they open old content and
    # are never current again (fieldapp.vault.content_retirement).
    _retired: set[str] = field(default_factory=set, repr=False)

    def add(self, key_id: str, officer: str, key: bytes, *, current: bool = True,
            retired: bool = False) -> None:
        if len(key) != 32 or len(bytes.fromhex(key_id)) != _KEY_ID_BYTES:
            raise ValueError("a content key is 32 bytes with a 16-byte id")
        self._keys[key_id] = bytearray(key)
        self._ciphers[key_id] = AESGCM(key)
        self._owners[key_id] = officer
        if retired:
            self.retire([key_id])
        elif current or officer not in self._current:
            self._current[officer] = key_id

    def key_ids(self) -> list[str]:
        return list(self._keys)

    def key(self, key_id: str) -> bytes:
        return bytes(self._keys[key_id])

    def owner(self, key_id: str) -> str:
        return self._owners[key_id]

    def holds_officer(self, officer: str) -> bool:
        return officer in self._current

    def current_key_id(self, officer: str) -> str | None:
        return self._current.get(officer)

    def is_retired(self, key_id: str) -> bool:
        return key_id in self._retired

    def retire(self, key_ids: Iterable[str]) -> None:
        """Never seal with ``key_ids`` again; an officer whose current key is one of them
        moves to the newest other key held for her, or to none (the next seal makes one)."""
        self._retired.update(key_ids)
        for officer, key_id in list(self._current.items()):
            if key_id in self._retired:
                self._current_from_rest(officer)

    def choose_current(self, officer: str, key_id: str) -> bool:
        """Seal ``officer``'s new content under ``key_id`` (the id sealed in her slot);
        False, and no current key, if it is not held or retired (the next seal makes a new
        one)."""
        if self._owners.get(key_id) == officer and key_id not in self._retired:
            self._current[officer] = key_id
            return True
        self._current.pop(officer, None)
        return False

    def can_open(self, value: object) -> bool:
        return not is_sealed(value) or key_id_of(value) in self._ciphers  # type: ignore[arg-type]

    def seal(self, text: str, officer: str, purpose: str) -> str | bytes:
        """``text`` sealed under ``officer``'s current key (clear text while not sealing)."""
        if not self.sealing:
            return text
        self.ensure_key(officer)
        key_id = self._current.get(officer)
        if key_id is None:
            raise ContentSealed()
        return seal_with(self._ciphers[key_id], key_id, text, purpose)

    def ensure_key(self, officer: str) -> None:
        """Have a current key for ``officer``, made by :attr:`maker` if none is held (or the
        one it made was rolled back since)."""
        made = self._current.get(officer)
        if made in self._retired:
            self._current_from_rest(officer)
        if made in self._made and self.stored is not None and not self.stored(made):
            self._forget(made)
        if officer not in self._current and self.maker is not None:
            before = set(self._keys)
            self.maker(officer)
            self._made |= set(self._keys) - before

    def open(self, value: Any, purpose: str) -> Any:
        """The clear text of a stored value (clear values are returned as they are)."""
        if not is_sealed(value):
            return value
        cipher = self._ciphers.get(key_id_of(value))
        if cipher is None:
            raise ContentSealed()
        return open_with(cipher, value, purpose)

    def _forget(self, key_id: str) -> None:
        key = self._keys.pop(key_id)
        key[:] = bytes(len(key))
        del self._ciphers[key_id]
        officer = self._owners.pop(key_id)
        self._made.discard(key_id)
        self._retired.discard(key_id)
        self._current_from_rest(officer)

    def _current_from_rest(self, officer: str) -> None:
        rest = [other for other, owner in self._owners.items()
                if owner == officer and other not in self._retired]
        if rest:
            self._current[officer] = rest[-1]
        else:
            self._current.pop(officer, None)

    def wipe(self) -> None:
        for key in self._keys.values():
            key[:] = bytes(len(key))
        self._keys.clear()
        self._ciphers.clear()
        self._owners.clear()
        self._current.clear()
        self._made.clear()
        self._retired.clear()
        self.maker = self.stored = None


def seal_with(cipher: AESGCM, key_id: str, text: str, purpose: str) -> bytes:
    raw_id = bytes.fromhex(key_id)
    nonce = os.urandom(_NONCE_BYTES)
    aad = _AAD + purpose.encode("ascii") + b"\x00" + raw_id
    return _MARKER + raw_id + nonce + cipher.encrypt(nonce, text.encode("utf-8"), aad)


def open_with(cipher: AESGCM, value: bytes, purpose: str) -> str:
    raw_id = value[len(_MARKER): len(_MARKER) + _KEY_ID_BYTES]
    nonce = value[len(_MARKER) + _KEY_ID_BYTES: _HEADER]
    aad = _AAD + purpose.encode("ascii") + b"\x00" + raw_id
    try:
        return cipher.decrypt(nonce, value[_HEADER:], aad).decode("utf-8")
    except (InvalidTag, UnicodeDecodeError):
        raise ContentDamaged() from None


def keyring_of(connection: object) -> Keyring:
    """The keyring of ``connection`` (an empty one for a connection opened without it)."""
    keyring = getattr(connection, "keyring", None)
    return keyring if isinstance(keyring, Keyring) else Keyring()
