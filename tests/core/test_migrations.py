"""Schema migrations: from an empty vault and from every earlier schema, data kept."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fieldapp.services import caselist
from fieldapp.vault import audit
from fieldapp.vault.database import open_database
from fieldapp.vault.migrations import (
    LATEST_VERSION,
    MIGRATIONS,
    SchemaTooNew,
    migrate,
    schema_version,
)


def _after(start: int) -> list[int]:
    """The migrations a vault at ``start`` gets, in order."""
    return [m.number for m in MIGRATIONS if m.number > start]


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
    assert applied == _after(start)
    assert [e.event for e in audit.entries(connection)] == ["vault_created"]
    assert audit.verify_chain(connection).ok


def test_newer_schema_refuses(tmp_path: Path) -> None:
    connection = open_database(tmp_path / "v.db", os.urandom(32), create=True)
    connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(SchemaTooNew):
        migrate(connection)


def test_case_list_migration_indexes_existing_interviews(tmp_path: Path) -> None:
    """A version-2 vault with interviews reaches 3: rows kept, searchable, new columns empty."""
    key = os.urandom(32)
    path = tmp_path / "v.db"
    connection = open_database(path, key, create=True)
    migrate(connection, target=2)
    connection.execute(
        "INSERT INTO interviews (uuid, reference, form_id, form_version, language, site,"
        " interviewer, created_at, updated_at) VALUES"
        " ('u1', 'R-2345-6789', 'rapid_screening', '1', 'en', 'Harbour Gate', 'amira',"
        " '2026-01-01T00:00:00.000+00:00', '2026-01-01T00:00:00.000+00:00')"
    )
    connection.execute(
        "INSERT INTO answers (interview_id, path, value, updated_at)"
        " VALUES (1, '/data/age', '30', '2026-01-01T00:00:00.000+00:00')"
    )
    connection.close()

    connection = open_database(path, key)
    assert migrate(connection) == _after(2)
    assert caselist.refresh_search_index(connection) == 1
    hits = connection.execute(
        "SELECT rowid FROM interviews_fts WHERE interviews_fts MATCH '\"harbour\"*'"
    ).fetchall()
    assert hits == [(1,)]
    row = connection.execute(
        "SELECT person_label, referred_at, synced_at, revision_reason FROM interviews"
    ).fetchone()
    assert tuple(row) == ("", None, None, "")
    assert connection.execute("SELECT count(*) FROM answers").fetchone()[0] == 1
    connection.execute("UPDATE interviews SET site = 'Central Station' WHERE id = 1")
    caselist.queue_for_search(connection, [1])
    assert caselist.refresh_search_index(connection) == 1
    assert connection.execute(
        "SELECT count(*) FROM interviews_fts WHERE interviews_fts MATCH 'harbour'"
    ).fetchone()[0] == 0
    connection.execute("DELETE FROM interviews WHERE id = 1")
    caselist.queue_for_search(connection, [1])
    assert caselist.refresh_search_index(connection) == 0
    assert connection.execute(
        "SELECT count(*) FROM interviews_fts WHERE interviews_fts MATCH 'central'"
    ).fetchone()[0] == 0
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_search_index_migration_drops_the_reference_letter(tmp_path: Path) -> None:
    """A version-5 vault: indexed rows are indexed again without "R-", unindexed ones later."""
    key = os.urandom(32)
    path = tmp_path / "v.db"
    connection = open_database(path, key, create=True)
    migrate(connection, target=5)
    for n, reference in enumerate(("R-2345-6789", "R-3456-7890"), start=1):
        connection.execute(
            "INSERT INTO interviews (uuid, reference, form_id, form_version, language, site,"
            " interviewer, created_at, updated_at) VALUES"
            f" ('u{n}', '{reference}', 'full_screening', '1', 'en', 'Harbour Gate', 'amira',"
            " '2026-01-01T00:00:00.000+00:00', '2026-01-01T00:00:00.000+00:00')"
        )
        if n == 1:  # the first row was searched for before the upgrade, the second not
            connection.execute(
                "INSERT INTO interviews_fts (rowid, reference, form_id, site, interviewer,"
                " person_label) SELECT id, reference, form_id, site, interviewer, person_label"
                " FROM interviews"
            )
            connection.execute(
                "INSERT INTO meta (key, value) VALUES ('search_indexed_through', '1')")
    connection.close()

    connection = open_database(path, key)
    assert migrate(connection) == _after(5)
    assert caselist.refresh_search_index(connection) == 1
    assert caselist.count_cases(connection, caselist.CaseQuery(text="r")) == 0
    assert caselist.count_cases(connection, caselist.CaseQuery(text="2345")) == 1
    assert caselist.count_cases(connection, caselist.CaseQuery(text="harbour")) == 2
    assert caselist.count_cases(connection, caselist.CaseQuery(text="R-3456")) == 1
    plan = " ".join(str(row[3]) for row in connection.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM interviews ORDER BY form_id, id"))
    assert "interviews_by_form" in plan
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_revisions_move_to_an_ordinary_table_with_every_row(tmp_path: Path) -> None:
    key = os.urandom(32)
    path = tmp_path / "v.db"
    connection = open_database(path, key, create=True)
    migrate(connection, target=6)
    connection.execute(
        "INSERT INTO interviews (uuid, reference, form_id, form_version, language, site,"
        " interviewer, created_at, updated_at) VALUES ('u1', 'R-2345-6789', 'full_screening',"
        " '1', 'en', '', 'amira', '2026-01-01T00:00:00.000+00:00',"
        " '2026-01-01T00:00:00.000+00:00')"
    )
    for revision in (1, 2):
        connection.execute(
            "INSERT INTO interview_revisions (interview_id, revision, content, reason, author,"
            " created_at) VALUES (1, ?, ?, ?, 'amira', '2026-01-02')",
            (revision, f'{{"n": {revision}}}', "" if revision == 1 else "age misheard"),
        )
    connection.close()

    connection = open_database(path, key)
    assert migrate(connection) == _after(6)
    rows = connection.execute(
        "SELECT interview_id, revision, content, reason FROM interview_revisions").fetchall()
    assert [tuple(row) for row in rows] == [(1, 1, '{"n": 1}', ""),
                                            (1, 2, '{"n": 2}', "age misheard")]
    sql = connection.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'interview_revisions'").fetchone()[0]
    assert "WITHOUT ROWID" not in sql.upper()
    with pytest.raises(sqlcipher_error()):
        connection.execute("INSERT INTO interview_revisions (interview_id, revision, content,"
                           " author, created_at) VALUES (1, 2, '{}', 'x', 'y')")
    connection.execute("DELETE FROM interviews WHERE id = 1")
    assert connection.execute("SELECT count(*) FROM interview_revisions").fetchone()[0] == 0
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_case_work_migration_fills_child_and_citizenship_from_the_latest_revision(
        tmp_path: Path) -> None:
    key = os.urandom(32)
    path = tmp_path / "v.db"
    connection = open_database(path, key, create=True)
    migrate(connection, target=7)
    for n, reference in enumerate(("R-2345-6789", "R-3456-7890", "R-4567-8902"), start=1):
        connection.execute(
            "INSERT INTO interviews (uuid, reference, form_id, form_version, language, site,"
            " interviewer, created_at, updated_at) VALUES"
            f" ('u{n}', '{reference}', 'full_screening', '1', 'en', '', 'amira',"
            " '2026-01-01T00:00:00.000+00:00', '2026-01-01T00:00:00.000+00:00')"
        )
    contents = {
        # interview 1: a child by its second revision, two citizenships
        (1, 1): '{"values": {"is_child": "0", "citizenship": ["NG"]}}',
        (1, 2): '{"values": {"is_child": "1", "citizenship": ["NG", "GH"]}}',
        # interview 2: an adult, citizenship written as text
        (2, 1): '{"values": {"is_child": "0", "citizenship": " VN "}}',
    }  # interview 3 is a draft never finalised: nothing known
    for (interview_id, revision), content in contents.items():
        connection.execute(
            "INSERT INTO interview_revisions (interview_id, revision, content, author,"
            " created_at) VALUES (?, ?, ?, 'amira', '2026-01-02')",
            (interview_id, revision, content))
    connection.execute(
        "INSERT INTO referrals (uuid, interview_id, service_id, service_name, service_type,"
        " language, encrypted, created_at, updated_at, created_by) VALUES ('f1', 1, 's', 'S',"
        " 'shelter', 'en', 1, '2026-01-02', '2026-01-02', 'amira')")
    for n, kind in enumerate(("interview_revision", "referral", "audit_entry"), start=1):
        connection.execute(
            "INSERT INTO sync_records (id, uuid, revision, kind, device_id, content_hash,"
            " bundle_id, position) VALUES (?, ?, 1, ?, 'd', x'00', 1, ?)",
            (n, bytes([n]) * 16, kind, n))
    connection.close()

    connection = open_database(path, key)
    assert migrate(connection) == _after(7)
    # Referrals received before this version are queued to become referral rows.
    assert connection.execute("SELECT record_id FROM sync_pending").fetchall() == [(2,)]
    rows = connection.execute(
        "SELECT id, case_status, case_status_on, is_child, citizenship FROM interviews"
        " ORDER BY id").fetchall()
    assert [tuple(row) for row in rows] == [(1, "Active", None, 1, "NG GH"),
                                            (2, "Active", None, 0, "VN"),
                                            (3, "Active", None, None, "")]
    referral = connection.execute("SELECT status, followup, followup_on FROM referrals")
    assert tuple(referral.fetchone()) == ("sent", "sent", None)
    with pytest.raises(sqlcipher_error()):
        connection.execute("UPDATE interviews SET case_status = 'Open' WHERE id = 1")
    with pytest.raises(sqlcipher_error()):
        connection.execute("UPDATE referrals SET followup = 'lost' WHERE id = 1")
    connection.execute(
        "INSERT INTO conflict_resolutions (interview_id, revision, chosen_hash, replaced_hash,"
        " reason, resolved_at, resolved_by) VALUES (1, 2, x'01', x'02', 'r', 't', 'sam')")
    with pytest.raises(sqlcipher_error()):  # one resolution in force per revision
        connection.execute(
            "INSERT INTO conflict_resolutions (interview_id, revision, chosen_hash,"
            " replaced_hash, reason, resolved_at, resolved_by)"
            " VALUES (1, 2, x'02', x'01', 'r', 't', 'sam')")
    for sql, index in (
        ("SELECT count(*) FROM interviews WHERE +case_status = 'Closed' AND +is_child = 1"
         " AND +site = 'x' AND +interviewer = 'y' AND +form_id = 'z' AND +result_level = ''"
         " AND +citizenship = 'MD'", "COVERING INDEX interviews_for_review"),
        ("SELECT id FROM referrals WHERE followup IN ('sent', 'received')"
         " AND followup_on < '2026-01-01'", "referrals_by_followup"),
    ):
        plan = " ".join(str(row[3]) for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}"))
        assert index in plan, plan
    connection.execute("DELETE FROM interviews WHERE id = 1")
    for table in ("conflict_resolutions", "referrals"):
        assert connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def sqlcipher_error() -> type[Exception]:
    import sqlcipher3

    return sqlcipher3.dbapi2.IntegrityError  # type: ignore[no-any-return]
