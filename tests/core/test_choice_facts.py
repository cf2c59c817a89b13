"""Types of exploitation and means of control kept per interview for the dashboard.

What an import stores must be what the shown revision says (as the dashboard would read it
from the JSON), whatever the bundles bring (a later revision, a conflicting copy, the same
uuid from another laptop); migration 9 fills the rows of interviews already held the same way.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from fieldapp.services.dashboard import _choices
from fieldapp.sync import (
    DeviceIdentity,
    SupervisorIdentity,
    SyncRecord,
    VerifiedBundle,
    read_bundle,
)
from fieldapp.vault import sync_inbox, sync_materialise
from fieldapp.vault.case_facts import choice_facts, choices_as_stored
from fieldapp.vault.database import Connection, open_database, transaction
from fieldapp.vault.migrations import migrate
from fieldapp.vault.sync_materialise import StoredBundles
from tests.core.test_sync_service_support import interview_body, interview_bundle

SUPERVISOR = SupervisorIdentity.generate()
LAPTOP_A = DeviceIdentity.generate()
LAPTOP_B = DeviceIdentity.generate()
KNOWN = {d.device_id: d.public_key_bytes for d in (LAPTOP_A, LAPTOP_B)}


def _shown(connection: Connection) -> dict[int, tuple[Any, Any]]:
    """Each finalised interview's facts read from its shown revision's JSON, as SQLite reads."""
    rows = connection.execute(
        "SELECT i.id, CASE json_type(r.content, '$.values.exploitation_types')"
        " WHEN 'array' THEN json_extract(r.content, '$.values.exploitation_types')"
        " WHEN 'text' THEN json_extract(r.content, '$.values.exploitation_types') END,"
        " CASE json_type(r.content, '$.values.methods_of_control')"
        " WHEN 'array' THEN json_extract(r.content, '$.values.methods_of_control')"
        " WHEN 'text' THEN json_extract(r.content, '$.values.methods_of_control') END"
        " FROM interviews i JOIN interview_revisions r"
        " ON r.interview_id = i.id AND r.revision = i.revision WHERE i.status = 'finalised'")
    return {int(i): (_choices(e), _choices(c)) for i, e, c in rows}


def _stored(connection: Connection) -> dict[int, tuple[Any, Any]]:
    """The stored facts that are current (stamped with the interview's revision and time)."""
    rows = connection.execute(
        "SELECT i.id, f.exploitation, f.control FROM interviews i"
        " JOIN interview_choice_facts f ON f.interview_id = i.id"
        " AND f.revision = i.revision AND f.updated_at = i.updated_at")
    return {int(i): (_choices(e), _choices(c)) for i, e, c in rows}


@pytest.mark.parametrize("value", [
    ["ForcedLabour", "DebtBondage"], ["Ünïcode", "x"], "ForcedBegging Other", "", [], None, 4,
    {"a": 1}, ["ForcedLabour", 3, ""],
])
def test_stored_text_is_what_sqlite_reads_from_the_revision(tmp_path: Path,
                                                            value: Any) -> None:
    connection = open_database(tmp_path / "v.db", os.urandom(32), create=True)
    text = json.dumps({"values": {"exploitation_types": value}}, ensure_ascii=False)
    from_sqlite = connection.execute(
        "SELECT CASE json_type(?1, '$.values.exploitation_types')"
        " WHEN 'array' THEN json_extract(?1, '$.values.exploitation_types')"
        " WHEN 'text' THEN json_extract(?1, '$.values.exploitation_types') END", (text,)
    ).fetchone()[0]
    assert _choices(choices_as_stored(value)) == _choices(from_sqlite)
    assert choice_facts({"values": {"exploitation_types": value}})[0] == choices_as_stored(value)
    assert choice_facts({"values": "not a mapping"}) == (None, None)


def _record(device: DeviceIdentity, uuid: str, revision: int, number: int,
            exploitation: Any, control: Any) -> SyncRecord:
    body = interview_body(number)
    body["content"]["values"].update(exploitation_types=exploitation,
                                     methods_of_control=control)
    return SyncRecord("interview_revision", uuid, revision, device.device_id, body)


def _uuid(number: int) -> str:
    return f"00000000-0000-4000-8000-{number:012d}"


def _import(connection: Connection, device: DeviceIdentity, sequence: int,
            records: list[SyncRecord], now: str) -> None:
    data = interview_bundle(device, SUPERVISOR.public_keys(), records, sequence=sequence)
    bundle = read_bundle(data, known_devices=KNOWN, supervisor=SUPERVISOR)
    sync_inbox.apply_bundle(connection, bundle.manifest, bundle.records, data=data,
                            file_name=f"b{sequence}.fsb", now=now, imported_by="chief",
                            receipt=b"receipt")

    def opened(raw: bytes) -> VerifiedBundle:
        return read_bundle(raw, known_devices=KNOWN, supervisor=SUPERVISOR)

    stored = StoredBundles(connection, opened)
    while sync_materialise.materialise_pending(connection, stored, limit=2, now=now).records:
        pass


def test_facts_stored_at_import_are_those_of_the_shown_revision(tmp_path: Path) -> None:
    connection = open_database(tmp_path / "v.db", os.urandom(32), create=True)
    migrate(connection)
    a, b = LAPTOP_A, LAPTOP_B
    _import(connection, a, 1, [
        _record(a, _uuid(1), 1, 1, ["ForcedLabour"], ["DebtBondage", "PhysicalThreats"]),
        _record(a, _uuid(2), 1, 2, "SexualExploitation", None),
        _record(a, _uuid(3), 1, 3, None, []),
    ], now="2026-03-02T09:00:00.000+00:00")
    _import(connection, a, 2, [
        # A later revision of 1; a conflicting copy of 2's revision 1 (not shown).
        _record(a, _uuid(1), 2, 11, ["ForcedBegging", "Other"], "FalsePromises"),
        _record(a, _uuid(2), 1, 99, ["OrganRemoval"], ["TakesEarnings"]),
    ], now="2026-03-03T09:00:00.000+00:00")
    # The same uuid from another laptop is not shown over laptop A's interview.
    _import(connection, b, 1, [
        _record(b, _uuid(1), 3, 7, ["ChildLabour"], ["RestrictsMovement"]),
        _record(b, _uuid(4), 1, 4, ["ForcedMarriage"], ["WithholdsDocuments"]),
    ], now="2026-03-03T09:00:00.000+00:00")

    shown = _shown(connection)
    assert len(shown) == 4
    assert _stored(connection) == shown
    assert shown[1] == (("ForcedBegging", "Other"), ("FalsePromises",))
    assert shown[2] == (("SexualExploitation",), None)


def test_migration_fills_the_facts_of_interviews_already_held(tmp_path: Path) -> None:
    key = os.urandom(32)
    path = tmp_path / "v.db"
    connection = open_database(path, key, create=True)
    migrate(connection, target=8)
    contents = [
        {"interview": {"answers": {}}, "values": {"exploitation_types": ["ForcedLabour", "x"],
                                                  "methods_of_control": "DebtBondage Other"}},
        {"values": {"exploitation_types": 3, "methods_of_control": None}},
        {"values": {}},
    ]
    with transaction(connection):
        for n, content in enumerate(contents, start=1):
            connection.execute(
                "INSERT INTO interviews (id, uuid, reference, form_id, form_version, language,"
                " site, interviewer, status, revision, created_at, updated_at) VALUES"
                " (?, ?, ?, 'full_screening', '1', 'en', 'Gate', 'amira', 'finalised', 2,"
                " '2026-01-01', ?)", (n, _uuid(n), f"R-{n}", f"2026-01-0{n}"))
            for revision in (1, 2):  # only the shown revision counts
                shown = content if revision == 2 else {"values": {"exploitation_types": ["Old"]}}
                connection.execute(
                    "INSERT INTO interview_revisions (interview_id, revision, content, author,"
                    " created_at) VALUES (?, ?, ?, 'amira', '2026-01-01')",
                    (n, revision, json.dumps(shown)))
        connection.execute(  # a draft has no facts
            "INSERT INTO interviews (id, uuid, reference, form_id, form_version, language,"
            " site, interviewer, created_at, updated_at) VALUES"
            " (9, 'u9', 'R-9', 'full_screening', '1', 'en', 'Gate', 'amira', 'x', 'x')")
    connection.close()

    connection = open_database(path, key)
    assert 9 in migrate(connection)
    assert _stored(connection) == _shown(connection)
    assert _stored(connection)[1] == (("ForcedLabour", "x"), ("DebtBondage", "Other"))
    assert _stored(connection)[2] == (None, None)
    assert connection.execute("SELECT count(*) FROM interview_choice_facts").fetchone()[0] == 3
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
