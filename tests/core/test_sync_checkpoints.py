"""The import's checkpoints beside the writer (fieldapp.vault.sync_checkpoints)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldapp.vault.database import Connection, open_database, transaction
from fieldapp.vault.sync_checkpoints import Checkpointer

ROWS = 300
ROW_BYTES = 3000  # about a page each: ~1 MB per commit, well past one page of the file


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[tuple[Path, bytes, Connection]]:
    key = os.urandom(32)
    path = tmp_path / "vault.db"
    connection = open_database(path, key, create=True)
    connection.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, body BLOB NOT NULL)")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    try:
        yield path, key, connection
    finally:
        connection.close()


def _commit_rows(connection: Connection, rows: int = ROWS) -> None:
    with transaction(connection):
        connection.executemany("INSERT INTO items (body) VALUES (?)",
                               [(os.urandom(ROW_BYTES),) for _ in range(rows)])


def _autocheckpoint(connection: Connection) -> int:
    return int(connection.execute("PRAGMA wal_autocheckpoint").fetchone()[0])


def test_the_thread_copies_each_commit_into_the_database_file(
        vault: tuple[Path, bytes, Connection]) -> None:
    path, key, connection = vault
    before = path.stat().st_size
    with Checkpointer(connection, path, key) as checkpoints:
        assert checkpoints.working
        assert _autocheckpoint(connection) == 0
        _commit_rows(connection)
        checkpoints.committed()
    assert path.stat().st_size > before + ROWS * ROW_BYTES // 2
    assert _autocheckpoint(connection) == 1000


def test_without_a_signal_nothing_is_copied_while_it_is_open(
        vault: tuple[Path, bytes, Connection]) -> None:
    path, key, connection = vault
    before = path.stat().st_size
    with Checkpointer(connection, path, key):
        _commit_rows(connection)
        # The writer's own checkpoint is off: the commit stays in the log.
        assert path.stat().st_size == before
    assert connection.execute("SELECT count(*) FROM items").fetchone()[0] == ROWS


def test_a_connection_that_cannot_open_leaves_the_writer_checkpointing(
        vault: tuple[Path, bytes, Connection]) -> None:
    path, _key, connection = vault
    before = path.stat().st_size
    with Checkpointer(connection, path, os.urandom(32)) as checkpoints:  # not its key
        assert not checkpoints.working
        assert _autocheckpoint(connection) == 1000
        # Past the 1,000 pages of log at which the writer checkpoints when it commits.
        _commit_rows(connection, 1200)
        assert path.stat().st_size > before + 1000 * ROW_BYTES
        checkpoints.committed()
    assert _autocheckpoint(connection) == 1000


def test_disabled_it_changes_nothing(vault: tuple[Path, bytes, Connection]) -> None:
    path, key, connection = vault
    with Checkpointer(connection, path, key, enabled=False) as checkpoints:
        assert not checkpoints.working
        assert _autocheckpoint(connection) == 1000
        _commit_rows(connection)
        checkpoints.committed()
    assert _autocheckpoint(connection) == 1000
