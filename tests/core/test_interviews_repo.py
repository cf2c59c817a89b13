"""The interview repository saves each change durably and reads it back."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fieldapp.vault import interviews
from fieldapp.vault.database import Connection, open_database
from fieldapp.vault.migrations import migrate


@pytest.fixture
def connection(tmp_path: Path) -> Connection:
    conn = open_database(tmp_path / "v.db", os.urandom(32), create=True)
    migrate(conn)
    return conn


def test_create_and_answer(connection: Connection) -> None:
    record = interviews.create_interview(
        connection, form_id="rapid_screening", form_version="1", language="en",
        interviewer="officer1", site="North port",
    )
    assert record.status == "draft" and record.reference.startswith("R-")
    interviews.save_answers(
        connection, record.id, [("/data/age", 17), ("/data/name", "Test Person")],
        position="page-2",
    )
    interviews.save_answers(connection, record.id, [("/data/name", None), ("/data/age", 18)])
    assert interviews.load_answers(connection, record.id) == [("/data/age", 18)]
    again = interviews.get_by_reference(connection, record.reference.lower())
    assert again.position == "page-2"


def test_unknown_reference(connection: Connection) -> None:
    with pytest.raises(interviews.InterviewNotFound):
        interviews.get_by_reference(connection, "R-XXXX-XXXX")


def test_list_filters_by_interviewer(connection: Connection) -> None:
    for user in ("a", "b", "a"):
        interviews.create_interview(
            connection, form_id="f", form_version="1", language="en", interviewer=user
        )
    assert len(interviews.list_interviews(connection)) == 3
    assert len(interviews.list_interviews(connection, interviewer="a")) == 2


def test_references_are_opaque_and_unambiguous() -> None:
    refs = {interviews.new_reference() for _ in range(200)}
    assert len(refs) == 200
    for ref in refs:
        assert set(ref[2:].replace("-", "")) <= set(interviews.REFERENCE_ALPHABET)
