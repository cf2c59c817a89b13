"""Finalising and revising: read-only after finalising, every revision kept with its reason."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fieldapp.vault import interviews, revisions
from fieldapp.vault.database import Connection, open_database
from fieldapp.vault.migrations import migrate


@pytest.fixture
def connection(tmp_path: Path) -> Connection:
    conn = open_database(tmp_path / "v.db", os.urandom(32), create=True)
    migrate(conn)
    return conn


def _draft(conn: Connection) -> interviews.InterviewRecord:
    record = interviews.create_interview(
        conn, form_id="rapid_screening", form_version="1", language="en", interviewer="amira"
    )
    interviews.save_answers(conn, record.id, [("/data/age", 30)])
    return record


def test_finalise_then_revise(connection: Connection) -> None:
    record = _draft(connection)
    done = revisions.finalise(
        connection, record.id, content={"age": 30}, result_level="no_indicators", author="amira"
    )
    assert (done.status, done.revision, done.result_level) == ("finalised", 1, "no_indicators")
    with pytest.raises(interviews.InterviewReadOnly):
        interviews.save_answers(connection, record.id, [("/data/age", 31)])
    with pytest.raises(revisions.ReasonRequired):
        revisions.begin_revision(connection, record.id, reason="  ")

    again = revisions.begin_revision(connection, record.id, reason="age misheard")
    assert again.status == "draft"
    assert revisions.pending_reason(connection, record.id) == "age misheard"
    interviews.save_answers(connection, record.id, [("/data/age", 31)])
    revisions.finalise(
        connection, record.id, content={"age": 31}, result_level="refer_now", author="sam"
    )
    kept = revisions.list_revisions(connection, record.id)
    assert [(r.revision, r.content, r.reason, r.author) for r in kept] == [
        (1, {"age": 30}, "", "amira"),
        (2, {"age": 31}, "age misheard", "sam"),
    ]
    assert revisions.pending_reason(connection, record.id) == ""


def test_cannot_revise_a_draft_or_finalise_twice(connection: Connection) -> None:
    record = _draft(connection)
    with pytest.raises(revisions.NotFinalised):
        revisions.begin_revision(connection, record.id, reason="why")
    revisions.finalise(connection, record.id, content={}, result_level="", author="a")
    with pytest.raises(interviews.InterviewReadOnly):
        revisions.finalise(connection, record.id, content={}, result_level="", author="a")
