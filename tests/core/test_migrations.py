"""Schema migrations: from an empty vault and from every earlier schema, data kept."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fieldapp.vault import audit
from fieldapp.vault.database import open_database
from fieldapp.vault.migrations import (
    LATEST_VERSION,
    MIGRATIONS,
    SchemaTooNew,
    migrate,
    schema_version,
)


def test_numbers_are_contiguous() -> None:
    assert [m.number for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_empty_vault_reaches_latest(tmp_path: Path) -> None:
    connection = open_database(tmp_path / "v.db", os.urandom(32), create=True)
    assert migrate(connection) == [m.number for m in MIGRATIONS]
    assert schema_version(connection) == LATEST_VERSION
    assert migrate(connection) == []
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("start", [m.number for m in MIGRATIONS[:-1]])
def test_every_earlier_schema_upgrades_and_keeps_data(tmp_path: Path, start: int) -> None:
    key = os.urandom(32)
    path = tmp_path / "v.db"
    connection = open_database(path, key, create=True)
    migrate(connection, target=start)
    audit.append(connection, "vault_created", "admin")
    connection.close()

    connection = open_database(path, key)
    applied = migrate(connection)
    assert applied == list(range(start + 1, LATEST_VERSION + 1))
    assert [e.event for e in audit.entries(connection)] == ["vault_created"]
    assert audit.verify_chain(connection).ok


def test_newer_schema_refuses(tmp_path: Path) -> None:
    connection = open_database(tmp_path / "v.db", os.urandom(32), create=True)
    connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(SchemaTooNew):
        migrate(connection)
