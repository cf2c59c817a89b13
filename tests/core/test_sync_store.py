"""The vault side of sync: roles and identities in the vault, export state, retention purge."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.paths import VaultPaths
from fieldapp.services import caselist
from fieldapp.services.session import Vault, create_vault, unlock_vault
from fieldapp.sync import DeviceIdentity, RetentionPolicy, read_registration, write_registration
from fieldapp.vault import interviews, revisions, sync_outbox, sync_purge, sync_store
from fieldapp.vault.database import Connection, open_database
from fieldapp.vault.migrations import migrate
from fieldapp.vault.sync_outbox import ExportedRecord
from tests.core.test_sync_service_support import PASSWORD, START

NOW = START + timedelta(days=100)


@pytest.fixture
def connection(tmp_path: Path) -> Iterator[Connection]:
    conn = open_database(tmp_path / "v.db", os.urandom(32), create=True)
    migrate(conn)
    yield conn
    conn.close()


def _finalised(conn: Connection, *, revised: bool = False) -> interviews.InterviewRecord:
    record = interviews.create_interview(conn, form_id="f", form_version="1", language="en",
                                         interviewer="amira", site="Gate 2")
    interviews.save_answers(conn, record.id, [("/data/name", "Test Person")])
    caselist.set_person_label(conn, record.id, "Test Person")
    revisions.finalise(conn, record.id, content={"age": 30}, result_level="refer_now",
                       author="amira")
    if revised:
        revisions.begin_revision(conn, record.id, reason="age misheard")
        revisions.finalise(conn, record.id, content={"age": 31}, result_level="refer_now",
                           author="amira")
    return interviews.get_by_id(conn, record.id)


def _send_all(conn: Connection, *, sequence: int = 1,
              only: int | None = None) -> list[ExportedRecord]:
    sent = [ExportedRecord(p.uuid, p.revision, "interview_revision", p.interview_id,
                           f"{p.interview_id:02d}{p.revision:02d}".ljust(64, "0"))
            for p in sync_outbox.pending_revisions(conn)
            if only is None or p.interview_id == only]
    sync_outbox.record_export(conn, sequence=sequence, file_name=f"b{sequence}.fsb",
                              records=sent, now=sync_store.stamp(START))
    return sent


def _acknowledge(conn: Connection, records: list[ExportedRecord], *, days_ago: float) -> None:
    sync_outbox.acknowledge(conn, [(r.uuid, r.revision, r.content_hash) for r in records],
                            sequence=1, bundle_uuid="0" * 8 + "-0000-4000-8000-" + "0" * 12,
                            now=sync_store.stamp(NOW - timedelta(days=days_ago)))


# -- roles and identities ---------------------------------------------------------------------


def test_supervisor_vault_keeps_its_identity_inside_the_encrypted_vault(tmp_path: Path) -> None:
    paths = VaultPaths(tmp_path / "supervisor")
    vault = create_vault(paths, user="chief", password=PASSWORD, vault_role="supervisor")
    identity = sync_store.load_supervisor_identity(vault.connection)
    assert identity is not None and sync_store.vault_role(vault.connection) == "supervisor"
    vault.lock()
    secret = identity.to_bytes()
    age_secret = str(identity.age_identity).encode("ascii")
    for path in paths.data_dir.rglob("*"):
        data = path.read_bytes()
        assert secret[8:40] not in data and age_secret not in data, path.name
    with unlock_vault(paths, user="chief", password=PASSWORD) as again:
        stored = sync_store.load_supervisor_identity(again.connection)
        assert stored is not None and stored.public_keys() == identity.public_keys()


def test_laptop_vault_has_no_identity_until_enrolled(vault: Vault) -> None:
    assert sync_store.vault_role(vault.connection) == "laptop"
    assert sync_store.load_supervisor_identity(vault.connection) is None
    assert sync_store.load_device_identity(vault.connection) is None
    made, new = sync_store.ensure_device_identity(vault.connection, now="t")
    again, new_again = sync_store.ensure_device_identity(vault.connection, now="t")
    assert new and not new_again and again.device_id == made.device_id


def test_unknown_role_is_refused(tmp_path: Path) -> None:
    with pytest.raises(sync_store.UnknownVaultRole):
        create_vault(VaultPaths(tmp_path / "v"), user="a", password=PASSWORD,
                     vault_role="server")
    assert not (tmp_path / "v").exists()


def test_a_device_id_cannot_change_its_key(connection: Connection) -> None:
    device = DeviceIdentity.generate()
    registration = read_registration(write_registration(device, label="L1", created_at=START))
    assert sync_store.register_device(connection, registration, now="t", accepted_by="c")
    assert not sync_store.register_device(connection, registration, now="t", accepted_by="c")
    impostor = DeviceIdentity(device.device_id, DeviceIdentity.generate().signing_key)
    forged = read_registration(write_registration(impostor, label="L1", created_at=START))
    with pytest.raises(sync_store.DeviceAlreadyRegistered):
        sync_store.register_device(connection, forged, now="t", accepted_by="c")
    assert sync_store.known_devices(connection) == {device.device_id: device.public_key_bytes}


# -- export state ---------------------------------------------------------------------------


def test_only_finalised_revisions_are_pending_and_receipts_need_the_exact_hash(
    connection: Connection,
) -> None:
    draft = interviews.create_interview(connection, form_id="f", form_version="1",
                                        language="en", interviewer="amira")
    interviews.save_answers(connection, draft.id, [("/data/q", "draft answer")])
    done = _finalised(connection, revised=True)
    pending = sync_outbox.pending_revisions(connection)
    assert [(p.uuid, p.revision) for p in pending] == [(done.uuid, 1), (done.uuid, 2)]
    assert all(p.sent_hash is None for p in pending)
    sent = _send_all(connection)
    forged = [(r.uuid, r.revision, "f" * 64) for r in sent]
    ack = sync_outbox.acknowledge(connection, forged, sequence=1, bundle_uuid="x", now="t")
    assert (ack.acknowledged, ack.unmatched) == (0, 2)
    assert len(sync_outbox.pending_revisions(connection)) == 2
    _acknowledge(connection, sent[:1], days_ago=1)
    assert [(p.revision, p.sent_hash) for p in sync_outbox.pending_revisions(connection)] == [
        (2, sent[1].content_hash)]
    assert interviews.get_by_id(connection, done.id).status == "finalised"
    row = connection.execute("SELECT synced_at FROM interviews WHERE id = ?", (done.id,))
    assert row.fetchone()[0] is None  # revision 2 is not acknowledged yet
    _acknowledge(connection, sent[1:], days_ago=1)
    row = connection.execute("SELECT synced_at FROM interviews WHERE id = ?", (done.id,))
    assert row.fetchone()[0] is not None


def test_sequence_numbers_are_reserved_and_never_reused(connection: Connection) -> None:
    assert sync_outbox.reserve_sequence(connection) == 1
    # A crash after reserving: the number is not used again.
    assert sync_outbox.reserve_sequence(connection) == 2
    sync_outbox.record_export(connection, sequence=2, file_name="b.fsb", records=[], now="t")
    assert sync_outbox.reserve_sequence(connection) == 3


# -- retention purge ------------------------------------------------------------------------


def _purge(conn: Connection, policy: RetentionPolicy) -> int:
    result = sync_purge.purge(conn, policy, NOW, forget=caselist.queue_for_search)
    caselist.refresh_search_index(conn)
    return result.interviews


def test_purge_keeps_a_stub_and_forgets_answers_and_names(connection: Connection) -> None:
    done = _finalised(connection)
    caselist.refresh_search_index(connection)
    _acknowledge(connection, _send_all(connection), days_ago=10)
    assert _purge(connection, RetentionPolicy(30, True)) == 0  # too recent
    assert _purge(connection, RetentionPolicy(7, True)) == 1
    row = connection.execute(
        "SELECT reference, form_id, status, result_level, person_label, site, purged_at,"
        " created_at, finalised_at FROM interviews WHERE id = ?", (done.id,)).fetchone()
    assert row[:6] == (done.reference, "f", "finalised", "refer_now", "", "")
    assert row[6] is not None and row[7] and row[8]
    for table in ("answers", "interview_revisions"):
        count = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        assert count == 0, table
    query = caselist.CaseQuery(text="Test Person")
    assert caselist.count_cases(connection, query) == 0
    assert sync_purge.stub_count(connection) == 1
    assert _purge(connection, RetentionPolicy(0, True)) == 0  # nothing twice


def test_purge_without_stub_removes_the_interview(connection: Connection) -> None:
    _finalised(connection)
    _acknowledge(connection, _send_all(connection), days_ago=0)
    assert _purge(connection, RetentionPolicy(0, False)) == 1
    assert connection.execute("SELECT count(*) FROM interviews").fetchone()[0] == 0
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=st.lists(st.tuples(st.booleans(), st.booleans(), st.booleans(),
                               st.integers(0, 40)), min_size=1, max_size=6),
       days=st.integers(0, 30), keep_stub=st.booleans())
def test_nothing_unacknowledged_is_ever_purged(
    tmp_path_factory: pytest.TempPathFactory,
    plan: list[tuple[bool, bool, bool, int]], days: int, keep_stub: bool,
) -> None:
    """Any mix of sent, acknowledged, revised and re-opened interviews and any policy: only
    finalised interviews whose every revision was acknowledged long enough ago go."""
    conn = open_database(tmp_path_factory.mktemp("purge") / "v.db", os.urandom(32),
                         create=True)
    migrate(conn)
    expected: set[int] = set()
    for sent, acknowledged, reopened, age in plan:
        record = _finalised(conn)
        if sent:
            records = _send_all(conn, sequence=record.id, only=record.id)
            if acknowledged:
                _acknowledge(conn, records, days_ago=age)
        if reopened:
            revisions.begin_revision(conn, record.id, reason="a correction")
        if sent and acknowledged and not reopened and age >= days:
            expected.add(record.id)
    before = {row[0]: row[1] for row in conn.execute(
        "SELECT interview_id, count(*) FROM interview_revisions GROUP BY interview_id")}
    _purge(conn, RetentionPolicy(days, keep_stub))
    after = {row[0]: row[1] for row in conn.execute(
        "SELECT interview_id, count(*) FROM interview_revisions GROUP BY interview_id")}
    assert set(before) - set(after) == expected
    assert all(after[key] == count for key, count in before.items() if key not in expected)
    conn.close()
