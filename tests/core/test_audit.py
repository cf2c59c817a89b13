"""The audit chain detects an edited, deleted or cut-off entry."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fieldapp.vault import audit
from fieldapp.vault.database import Connection, open_database
from fieldapp.vault.migrations import migrate


@pytest.fixture
def connection(tmp_path: Path) -> Connection:
    conn = open_database(tmp_path / "v.db", os.urandom(32), create=True)
    migrate(conn)
    for index in range(5):
        audit.append(conn, "unlock", f"officer{index}", {"n": index})
    return conn


def test_intact_chain_verifies(connection: Connection) -> None:
    report = audit.verify_chain(connection)
    assert report.ok and report.entries == 5 and report.problems == ()


def test_edited_entry_is_found(connection: Connection) -> None:
    connection.execute("UPDATE audit_log SET actor = 'someone' WHERE seq = 3")
    report = audit.verify_chain(connection)
    assert not report.ok
    assert any("entry 3 was altered" in p for p in report.problems)


def test_edited_details_are_found(connection: Connection) -> None:
    connection.execute("UPDATE audit_log SET details = '{\"n\": 9}' WHERE seq = 2")
    assert not audit.verify_chain(connection).ok


def test_deleted_entry_is_found(connection: Connection) -> None:
    connection.execute("DELETE FROM audit_log WHERE seq = 2")
    report = audit.verify_chain(connection)
    assert not report.ok
    assert any("missing" in p for p in report.problems)


def test_cut_off_tail_is_found(connection: Connection) -> None:
    connection.execute("DELETE FROM audit_log WHERE seq = 5")
    report = audit.verify_chain(connection)
    assert not report.ok
    assert any("newest entries" in p for p in report.problems)


def test_rehashed_entry_still_breaks_the_next_link(connection: Connection) -> None:
    row = connection.execute(
        "SELECT seq, at, actor, event, details, prev_hash FROM audit_log WHERE seq = 2"
    ).fetchone()
    forged = audit._entry_hash(row[5], row[0], row[1], "intruder", row[3], row[4])
    connection.execute(
        "UPDATE audit_log SET actor = 'intruder', hash = ? WHERE seq = 2", (forged,)
    )
    report = audit.verify_chain(connection)
    assert any("entry 3 does not follow" in p for p in report.problems)


def test_entries_round_trip(connection: Connection) -> None:
    listed = list(audit.entries(connection, since=3))
    assert [e.seq for e in listed] == [4, 5]
    assert listed[0].details == {"n": 3}
