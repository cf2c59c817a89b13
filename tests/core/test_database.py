"""The SQLCipher connection: raw key, pragmas, wrong key, nothing readable without the key."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from fieldapp.vault.database import (
    DatabaseKeyMismatch,
    VaultDamaged,
    open_database,
    transaction,
)


def test_pragmas_are_set(tmp_path: Path) -> None:
    connection = open_database(tmp_path / "v.db", os.urandom(32), create=True)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert connection.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert connection.execute("PRAGMA cipher_memory_security").fetchone()[0] == "1"
    assert connection.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")


def test_wrong_key_is_a_typed_error_and_silent(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "v.db"
    connection = open_database(path, os.urandom(32), create=True)
    connection.execute("CREATE TABLE t (x)")
    connection.close()
    with pytest.raises(DatabaseKeyMismatch):
        open_database(path, os.urandom(32))
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""


def test_plain_sqlite_cannot_open_the_vault(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    connection = open_database(path, os.urandom(32), create=True)
    connection.execute("CREATE TABLE t (x)")
    connection.close()
    plain = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()


def test_missing_database_is_reported(tmp_path: Path) -> None:
    with pytest.raises(VaultDamaged):
        open_database(tmp_path / "absent.db", os.urandom(32))


def test_key_must_be_32_bytes(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        open_database(tmp_path / "v.db", b"short", create=True)


def test_transaction_commits_and_rolls_back(tmp_path: Path) -> None:
    connection = open_database(tmp_path / "v.db", os.urandom(32), create=True)
    connection.execute("CREATE TABLE t (x)")
    with transaction(connection):
        connection.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(RuntimeError), transaction(connection):
        connection.execute("INSERT INTO t VALUES (2)")
        raise RuntimeError("boom")
    with transaction(connection):
        connection.execute("INSERT INTO t VALUES (3)")
        with pytest.raises(RuntimeError), transaction(connection):
            connection.execute("INSERT INTO t VALUES (4)")
            raise RuntimeError("inner")
    values = [row[0] for row in connection.execute("SELECT x FROM t ORDER BY x")]
    assert values == [1, 3]
