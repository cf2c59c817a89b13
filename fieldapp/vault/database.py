"""Opening the SQLCipher database with a raw 32-byte key and the pragmas SECURITY.md asks for.

The key reaches SQLCipher as ``PRAGMA key = "x'<hex>'"`` so SQLCipher's own PBKDF2 is skipped
(the password was already stretched by Argon2id in the keystore). The pragma text is built in a
``bytearray`` that is overwritten afterwards; Python still makes a transient ``str`` for the
call, which is the limit of what can be wiped from a managed runtime. ``cipher_log_level`` is
set to NONE before the key so a wrong key never prints "hmac check failed" on stderr.

One connection belongs to one thread (sqlcipher3 connections are not shared): the desktop app
keeps a single database thread; the CLI opens, works and closes.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import TYPE_CHECKING

from sqlcipher3 import dbapi2 as sqlcipher

from fieldapp.errors import FieldappError

if TYPE_CHECKING:
    # sqlcipher3 ships no type information; its Connection has the sqlite3 interface.
    from sqlite3 import Connection as Connection
else:
    Connection = sqlcipher.Connection

KEY_BYTES = 32

# Order matters: logging off before the key, compatibility right after it.
_PRE_KEY_PRAGMAS = ("PRAGMA cipher_log_level = NONE",)
_POST_KEY_PRAGMAS = (
    "PRAGMA cipher_compatibility = 4",
    "PRAGMA cipher_memory_security = ON",
)
_SESSION_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA busy_timeout = 5000",
    # 64 MiB of decrypted pages (SQLite's default is 2 MiB): a supervisor's review filters
    # read the same indexes of 100,000 interviews again at each change, and every page read
    # from disk is decrypted again (benchmarks/bench_casework.py: 230 ms cold, 18 ms warm).
    "PRAGMA cache_size = -65536",
)


class VaultDatabaseError(FieldappError):
    """The vault database cannot be used."""


class DatabaseKeyMismatch(VaultDatabaseError):
    """The key unwrapped from the keystore does not open this database."""

    def __init__(self) -> None:
        super().__init__(
            "the vault database does not match its keystore (was one of them replaced?)"
        )


class VaultDamaged(VaultDatabaseError):
    """The database file is unreadable or corrupt."""


class DiskFull(VaultDatabaseError):
    """Nothing more can be written: the disk is full. What was saved before is intact."""

    def __init__(self) -> None:
        super().__init__(
            "the disk is full: free some space and try again (everything saved so far is kept)"
        )


def _apply_key(connection: Connection, key: bytes) -> None:
    if len(key) != KEY_BYTES:
        raise ValueError("the vault key must be 32 bytes")
    statement = bytearray(b"PRAGMA key = \"x'")
    statement += key.hex().encode("ascii")
    statement += b"'\""
    try:
        connection.execute(statement.decode("ascii"))
    finally:
        for index in range(len(statement)):
            statement[index] = 0


def open_database(path: Path, key: bytes, *, create: bool = False) -> Connection:
    """Open (or with ``create``, create) the vault database at ``path`` with ``key``.

    Raises :class:`DatabaseKeyMismatch` when the key does not open the file and
    :class:`VaultDamaged` when the file is not a database at all.
    """
    if not create and not path.exists():
        raise VaultDamaged(f"the vault database is missing: {path}")
    connection: Connection = sqlcipher.connect(
        str(path), isolation_level=None, check_same_thread=True
    )
    try:
        for pragma in _PRE_KEY_PRAGMAS:
            connection.execute(pragma)
        _apply_key(connection, key)
        for pragma in _POST_KEY_PRAGMAS:
            connection.execute(pragma)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as error:
            raise DatabaseKeyMismatch() from error
        for pragma in _SESSION_PRAGMAS:
            connection.execute(pragma)
    except BaseException:
        connection.close()
        raise
    return connection


def translate_error(error: Exception) -> FieldappError | None:
    """Map an sqlcipher/OS error to the user-facing error it means, if it is an expected one."""
    text = str(error).lower()
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return DiskFull()
    if "database or disk is full" in text:
        return DiskFull()
    if "malformed" in text or "not a database" in text:
        return VaultDamaged(
            "the vault database is damaged: run 'fieldapp check' and restore a backup"
        )
    return None


class transaction:
    """``with transaction(conn):`` - one short write transaction (a savepoint when nested).

    ``BEGIN IMMEDIATE`` takes the write lock at the start, so a transaction never fails
    half-way for lack of the lock; with ``synchronous = FULL`` a returned commit is on disk.
    """

    _counter = 0

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._savepoint: str | None = None

    def __enter__(self) -> Connection:
        if self._connection.in_transaction:
            transaction._counter += 1
            self._savepoint = f"sp{transaction._counter}"
            self._connection.execute(f"SAVEPOINT {self._savepoint}")
        else:
            self._connection.execute("BEGIN IMMEDIATE")
        return self._connection

    def __exit__(self, exc_type: object, exc: object, traceback: object) -> None:
        if self._savepoint is not None:
            if exc_type is None:
                self._connection.execute(f"RELEASE {self._savepoint}")
            else:
                self._connection.execute(f"ROLLBACK TO {self._savepoint}")
                self._connection.execute(f"RELEASE {self._savepoint}")
            return
        if exc_type is None:
            self._connection.execute("COMMIT")
        else:
            self._connection.execute("ROLLBACK")
