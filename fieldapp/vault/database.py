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
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlcipher3 import dbapi2 as sqlcipher

from fieldapp.errors import FieldappError
from fieldapp.vault.content_seal import Keyring

if TYPE_CHECKING:
    # sqlcipher3 ships no type information; its Connection has the sqlite3 interface.
    from sqlite3 import Connection as Connection
else:
    Connection = sqlcipher.Connection


class _KeyedConnection(sqlcipher.Connection):  # type: ignore[misc]
    """A connection carrying the content keyring of the account that opened it
    (fieldapp.vault.content_seal): empty until an unlock fills it."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.keyring = Keyring()
        # For queries that read a revision's content in SQL (json_extract, exports):
        # ``fa_open(content, 'revision')`` is its clear text, ``fa_can_open(content)`` whether
        # this account holds its key.
        self.create_function("fa_open", 2, self._open, deterministic=True)
        self.create_function("fa_can_open", 1, self.keyring_can_open, deterministic=True)

    def _open(self, value: object, purpose: str) -> object:
        return self.keyring.open(value, purpose)

    def keyring_can_open(self, value: object) -> bool:
        return self.keyring.can_open(value)

KEY_BYTES = 32
# The driver's error for a page that fails authentication or a malformed file.
DatabaseError = sqlcipher.DatabaseError

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


class VaultReadOnly(VaultDatabaseError):
    """The vault's folder or medium cannot be written: it can be read, nothing can be saved."""

    def __init__(self) -> None:
        super().__init__(
            "the vault's folder is read-only here: the vault can be read, but nothing can be"
            " saved (copy it to a writable folder, or mount the medium writable)"
        )


class VaultAccessDenied(VaultDatabaseError):
    """The operating system refuses this account the vault's folder or files."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            f"this account has no permission to use the vault folder {folder}: check who owns"
            " it and its permissions"
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


def open_database(
    path: Path, key: bytes, *, create: bool = False, read_only: bool = False
) -> Connection:
    """Open (or with ``create``, create) the vault database at ``path`` with ``key``.

    With ``read_only`` the file is opened immutable: nothing is written, not even the WAL's
    index, so a vault on a full disk or a read-only medium can still be read (nobody else may
    write it meanwhile: the app and the commands open it read-only only when it cannot be
    written at all).

    Raises :class:`DatabaseKeyMismatch` when the key does not open the file, and, when the
    reason is not the key, :class:`VaultAccessDenied`, :class:`VaultReadOnly` or
    :class:`DiskFull`; :class:`VaultDamaged` when the file is missing.
    """
    if not create and not path.exists():
        if not _can_enter(path.parent):
            raise VaultAccessDenied(path.parent)
        raise VaultDamaged(f"the vault database is missing: {path}")
    target = _read_only_uri(path) if read_only else str(path)
    try:
        # No statement cache: each prepared statement the driver keeps holds some of
        # SQLite's per-connection lookaside memory, and once it is used up every value bound
        # and every cursor opened is a ``malloc``, which ``cipher_memory_security`` turns into
        # an mlock and munlock system call pair. With the default 128 statements kept, bulk
        # inserts ran ten to twenty times slower than on a fresh connection; preparing a
        # statement again costs microseconds (docs/performance.md, Sync).
        connection: Connection = sqlcipher.connect(
            target, isolation_level=None, check_same_thread=True, uri=read_only,
            cached_statements=0, factory=_KeyedConnection,
        )
    except sqlcipher.Error as error:
        raise _why_not_opened(path, error) from None
    try:
        for pragma in _PRE_KEY_PRAGMAS:
            connection.execute(pragma)
        _apply_key(connection, key)
        for pragma in _POST_KEY_PRAGMAS:
            connection.execute(pragma)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as error:
            raise _why_not_opened(path, error) from None
        for pragma in _SESSION_PRAGMAS if not read_only else ("PRAGMA foreign_keys = ON",):
            connection.execute(pragma)
    except sqlcipher.Error as error:
        connection.close()
        raise _why_not_opened(path, error) from None
    except BaseException:
        connection.close()
        raise
    return connection


def _read_only_uri(path: Path) -> str:
    """Read-only, and immutable unless the WAL holds commits: immutable ignores the WAL, and
    the latest answers must not disappear from view (SQLite then needs the WAL's index)."""
    wal = path.with_name(path.name + "-wal")
    immutable = not wal.exists() or wal.stat().st_size == 0
    return f"file:{quote(str(path))}?mode=ro" + ("&immutable=1" if immutable else "")


def _can_enter(folder: Path) -> bool:
    return os.access(folder, os.R_OK | os.X_OK) if folder.exists() else True


def _read_only_medium(folder: Path) -> bool:
    if os.name != "posix" or not folder.exists():
        return False
    return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)


def _out_of_space(folder: Path) -> bool:
    if os.name != "posix" or not folder.exists():
        return False
    return os.statvfs(folder).f_bavail == 0


def _why_not_opened(path: Path, error: Exception) -> VaultDatabaseError:
    """The reason a database did not open, told apart from a wrong key.

    SQLCipher answers "file is not a database" for a wrong key, but opening a WAL database
    also needs its shared-memory file written, so a full disk, a read-only medium or a folder
    without permission fail there too, with their own codes; the file system says which.
    """
    text = str(error).lower()
    folder = path.parent
    if not _can_enter(folder) or (path.exists() and not os.access(path, os.R_OK)):
        return VaultAccessDenied(folder)
    if "readonly" in text or _read_only_medium(folder):
        return VaultReadOnly()
    if "full" in text or _out_of_space(folder):
        return DiskFull()
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return VaultReadOnly()
    if "not a database" in text or "hmac" in text:
        return DatabaseKeyMismatch()
    if "malformed" in text:
        return VaultDamaged(
            "the vault database is damaged: run 'fieldapp check' and restore a backup"
        )
    return DatabaseKeyMismatch()


def translate_error(error: Exception) -> FieldappError | None:
    """Map an sqlcipher/OS error to the user-facing error it means, if it is an expected one."""
    text = str(error).lower()
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return DiskFull()
    if "database or disk is full" in text:
        return DiskFull()
    if "readonly database" in text or (isinstance(error, OSError)
                                       and error.errno == errno.EROFS):
        return VaultReadOnly()
    if isinstance(error, PermissionError):
        return VaultAccessDenied(Path(error.filename or ".").parent)
    if "malformed" in text or "not a database" in text:
        return VaultDamaged(
            "the vault database is damaged: run 'fieldapp check' and restore a backup"
        )
    return None


@contextmanager
def secure_delete(connection: Connection) -> Iterator[Connection]:
    """``with secure_delete(conn):`` - pages freed inside are overwritten with zeros.

    The pragma is per connection and cannot change inside a transaction, so this wraps whole
    transactions; the previous setting comes back afterwards.
    """
    previous = int(connection.execute("PRAGMA secure_delete").fetchone()[0])
    connection.execute("PRAGMA secure_delete = ON")
    try:
        yield connection
    finally:
        connection.execute(f"PRAGMA secure_delete = {previous}")


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
            try:
                self._connection.execute("COMMIT")
            except BaseException:
                rollback_if_open(self._connection)
                raise
        else:
            rollback_if_open(self._connection)


def rollback_if_open(connection: Connection) -> None:
    """Roll back, unless SQLite already did (a failed COMMIT on a full disk ends the
    transaction itself; a second ROLLBACK would hide the first error behind its own)."""
    if connection.in_transaction:
        connection.execute("ROLLBACK")
