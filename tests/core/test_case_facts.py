"""Child flag and citizenship copied onto the interview row when a revision is shown."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from fieldapp.vault import interviews, revisions
from fieldapp.vault.case_facts import case_facts
from fieldapp.vault.database import open_database
from fieldapp.vault.migrations import migrate


@pytest.mark.parametrize(("values", "expected"), [
    ({"is_child": "1", "citizenship": ["NG", "GH"]}, (1, "NG GH")),
    ({"is_child": 0, "citizenship": "vn"}, (0, "VN")),
    ({"is_child": "", "citizenship": None}, (None, "")),
    ({"is_child": "maybe", "citizenship": ["MD", "not a code!", 4]}, (None, "MD")),
    ({}, (None, "")),
])
def test_facts_of_a_revision(values: dict[str, Any], expected: tuple[int | None, str]) -> None:
    assert case_facts({"values": values}) == expected


def test_content_without_values_gives_nothing() -> None:
    assert case_facts({"interview": {}}) == (None, "")
    assert case_facts({"values": ["is_child"]}) == (None, "")


def test_finalising_copies_the_facts_of_each_revision(tmp_path: Path) -> None:
    connection = open_database(tmp_path / "v.db", os.urandom(32), create=True)
    migrate(connection)
    record = interviews.create_interview(connection, form_id="rapid_screening",
                                         form_version="1", language="en", interviewer="amira")

    def facts() -> tuple[Any, ...]:
        return tuple(connection.execute(
            "SELECT is_child, citizenship FROM interviews WHERE id = ?", (record.id,)
        ).fetchone())

    assert facts() == (None, "")
    revisions.finalise(connection, record.id, result_level="refer_now", author="amira",
                       content={"values": {"is_child": "0", "citizenship": ["MD"]}})
    assert facts() == (0, "MD")
    revisions.begin_revision(connection, record.id, reason="age misheard")
    revisions.finalise(connection, record.id, result_level="assess_further", author="amira",
                       content={"values": {"is_child": "1", "citizenship": ["MD", "UA"]}})
    assert facts() == (1, "MD UA")
