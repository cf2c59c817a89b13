"""The supervisor's import ledger in the vault against the reference model, and what it shows.

A Hypothesis state machine delivers bundles from two laptops in any order, drops some,
repeats others, and checks after every delivery that the database importer decided exactly
what :class:`~fieldapp.sync.ledger.ImportLedger` decides (duplicate bundles, sequence status,
gaps, every record's new/duplicate/conflict) and holds the same record versions. The other
tests check what the second step shows in the case list.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from fieldapp.services import caselist
from fieldapp.sync import (
    DeviceIdentity,
    ImportLedger,
    SupervisorIdentity,
    SyncRecord,
    VerifiedBundle,
    read_bundle,
)
from fieldapp.sync.ledger import RecordStatus, SequenceStatus
from fieldapp.vault import interviews, revisions, sync_inbox, sync_materialise
from fieldapp.vault.database import Connection, open_database
from fieldapp.vault.migrations import migrate
from fieldapp.vault.sync_materialise import StoredBundles
from tests.core.test_sync_service_support import interview_body, interview_bundle

SUPERVISOR = SupervisorIdentity.generate()
LAPTOP_A = DeviceIdentity.generate()
LAPTOP_B = DeviceIdentity.generate()
KNOWN = {d.device_id: d.public_key_bytes for d in (LAPTOP_A, LAPTOP_B)}
SHARED_UUID = "5b0f3c1e-8a2d-4e6f-9b7c-1d2e3f4a5b6c"


@dataclass(frozen=True)
class Delivery:
    data: bytes
    bundle: VerifiedBundle


def _record(device: DeviceIdentity, uuid: str, revision: int, number: int,
            kind: str = "interview_revision") -> SyncRecord:
    body = interview_body(number) if kind == "interview_revision" else {"event": f"e{number}"}
    return SyncRecord(kind, uuid, revision, device.device_id, body)


def _uuid(number: int) -> str:
    return f"00000000-0000-4000-8000-{number:012d}"


def _deliver(device: DeviceIdentity, sequence: int, records: list[SyncRecord]) -> Delivery:
    data = interview_bundle(device, SUPERVISOR.public_keys(), records, sequence=sequence)
    return Delivery(data, read_bundle(data, known_devices=KNOWN, supervisor=SUPERVISOR))


def _deliveries() -> list[Delivery]:
    a, b = LAPTOP_A, LAPTOP_B
    return [
        _deliver(a, 1, [_record(a, _uuid(1), 1, 1), _record(a, _uuid(2), 1, 2),
                        _record(a, _uuid(3), 1, 3, "audit_entry")]),
        _deliver(a, 2, [_record(a, _uuid(2), 1, 2), _record(a, _uuid(1), 2, 11)]),
        # Same key as the first bundle's uuid 2, other content: a conflict.
        _deliver(a, 3, [_record(a, _uuid(2), 1, 99), _record(a, _uuid(4), 1, 4)]),
        # Number 2 again in a different bundle (a laptop restored from a backup).
        _deliver(a, 2, [_record(a, _uuid(5), 1, 5), _record(a, _uuid(1), 2, 11)]),
        _deliver(a, 6, [_record(a, _uuid(6), 1, 6)]),
        _deliver(b, 1, [_record(b, _uuid(7), 1, 7), _record(b, SHARED_UUID, 1, 8)]),
        _deliver(b, 3, [_record(b, _uuid(9), 1, 9, "referral")]),
        _deliver(b, 2, [_record(b, _uuid(7), 1, 7), _record(b, _uuid(10), 1, 10)]),
        # The same key from another laptop: its device id makes the content differ.
        _deliver(a, 4, [_record(a, SHARED_UUID, 1, 8)]),
    ]


DELIVERIES = _deliveries()


def _database() -> tuple[Connection, Path]:
    folder = Path(tempfile.mkdtemp(prefix="fieldapp-ledger-"))
    connection = open_database(folder / "v.db", os.urandom(32), create=True)
    migrate(connection)
    return connection, folder


def _apply(connection: Connection, delivery: Delivery, name: str = "b.fsb") -> object:
    return sync_inbox.apply_bundle(connection, delivery.bundle.manifest,
                                   delivery.bundle.records, data=delivery.data,
                                   file_name=name, now="2026-03-02T09:00:00.000+00:00",
                                   imported_by="chief", receipt=b"receipt")


class LedgerMachine(RuleBasedStateMachine):
    """Deliveries dropped, repeated and reordered: database and model must agree."""

    def __init__(self) -> None:
        super().__init__()
        self.connection, self.folder = _database()
        self.model = ImportLedger()

    @rule(index=st.integers(0, len(DELIVERIES) - 1))
    def deliver(self, index: int) -> None:
        delivery = DELIVERIES[index]
        assert _apply(self.connection, delivery) == self.model.apply(delivery.bundle)

    @rule()
    def show(self) -> None:
        stored = StoredBundles(self.connection, self._open)
        sync_materialise.materialise_pending(self.connection, stored, limit=3, now="t")

    @staticmethod
    def _open(data: bytes) -> VerifiedBundle:
        return read_bundle(data, known_devices=KNOWN, supervisor=SUPERVISOR)

    @invariant()
    def same_state(self) -> None:
        assert sync_inbox.record_versions(self.connection) == self.model.records()
        conflicts = sorted((c.uuid, c.revision) for c in sync_inbox.conflicts(self.connection))
        assert conflicts == list(self.model.conflicts())
        sequences = sync_inbox.device_sequences(self.connection)
        for device in (LAPTOP_A, LAPTOP_B):
            seen = sequences.get(device.device_id, ())
            assert max(seen, default=0) == self.model.last_sequence(device.device_id)
            missing = tuple(n for n in range(1, max(seen, default=0)) if n not in seen)
            assert missing == self.model.missing_sequences(device.device_id)

    def teardown(self) -> None:
        assert self.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        self.connection.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def test_database_importer_matches_the_reference_model() -> None:
    run_state_machine_as_test(
        LedgerMachine, settings=settings(max_examples=30, stateful_step_count=12, deadline=None)
    )


@pytest.mark.slow
def test_database_importer_matches_the_reference_model_long() -> None:
    run_state_machine_as_test(
        LedgerMachine, settings=settings(max_examples=400, stateful_step_count=30,
                                         deadline=None)
    )


@pytest.fixture
def connection() -> Iterator[Connection]:
    conn, folder = _database()
    yield conn
    conn.close()
    shutil.rmtree(folder, ignore_errors=True)


def _show(connection: Connection) -> int:
    stored = StoredBundles(
        connection, lambda data: read_bundle(data, known_devices=KNOWN, supervisor=SUPERVISOR))
    total = 0
    while True:
        batch = sync_materialise.materialise_pending(connection, stored, limit=2, now="now")
        caselist.queue_for_search(connection, batch.updated_interviews)
        if not batch.records:
            return total
        total += batch.records


def test_each_delivery_is_reported_as_the_model_says(connection: Connection) -> None:
    outcomes = [_apply(connection, delivery) for delivery in DELIVERIES[:5]]
    statuses = [getattr(o, "sequence_status") for o in outcomes]  # noqa: B009
    assert statuses == [SequenceStatus.IN_ORDER, SequenceStatus.IN_ORDER,
                        SequenceStatus.IN_ORDER, SequenceStatus.REPLAY, SequenceStatus.GAP]
    assert getattr(outcomes[4], "missing_sequences") == (4, 5)  # noqa: B009
    again = _apply(connection, DELIVERIES[0])
    assert getattr(again, "duplicate_bundle") and not getattr(again, "records")  # noqa: B009


def test_a_hostile_sequence_number_is_listed_briefly(connection: Connection) -> None:
    far = _deliver(LAPTOP_A, 2**62, [_record(LAPTOP_A, _uuid(1), 1, 1)])
    outcome = _apply(connection, far)
    assert len(getattr(outcome, "missing_sequences")) == sync_inbox.MAX_MISSING_LISTED  # noqa: B009


def test_latest_revision_is_shown_and_every_revision_kept(connection: Connection) -> None:
    _apply(connection, DELIVERIES[1])  # revision 2 of uuid 1 arrives first (reordered)
    _apply(connection, DELIVERIES[0])
    assert _show(connection) == 3  # two interview revisions of uuid 1, one of uuid 2
    shown = interviews.get_by_reference(connection, "R-0011-TEST")
    assert (shown.uuid, shown.revision, shown.status) == (_uuid(1), 2, "finalised")
    assert [r.revision for r in revisions.list_revisions(connection, shown.id)] == [1, 2]
    answers = dict(interviews.load_answers(connection, shown.id))
    assert answers["/data/q0"] == "answer 11-0"
    synced = connection.execute("SELECT count(*) FROM interviews WHERE synced_at IS NOT NULL")
    assert synced.fetchone()[0] == 2
    assert caselist.count_cases(connection, caselist.CaseQuery(text="R-0002")) == 1


def test_conflicts_keep_both_versions_and_show_the_first(connection: Connection) -> None:
    _apply(connection, DELIVERIES[0])
    _apply(connection, DELIVERIES[2])
    _show(connection)
    [conflict] = sync_inbox.conflicts(connection)
    assert (conflict.uuid, conflict.revision) == (_uuid(2), 1)
    assert conflict.first_hash != conflict.other_hash
    shown = interviews.get_by_reference(connection, "R-0002-TEST")
    assert dict(interviews.load_answers(connection, shown.id))["/data/q0"] == "answer 2-0"
    bundle_id, position = connection.execute(
        "SELECT bundle_id, position FROM sync_conflicts").fetchone()
    kept = read_bundle(sync_inbox.stored_bundle(connection, bundle_id), known_devices=KNOWN,
                       supervisor=SUPERVISOR).records[position]
    assert kept.body["reference"] == "R-0099-TEST"


def test_another_laptop_cannot_change_what_an_interview_shows(connection: Connection) -> None:
    _apply(connection, DELIVERIES[5])  # laptop B sends SHARED_UUID revision 1
    hijack = _deliver(LAPTOP_A, 1, [_record(LAPTOP_A, SHARED_UUID, 2, 50)])
    _apply(connection, hijack)
    _show(connection)
    shown = interviews.get_by_reference(connection, "R-0008-TEST")
    assert shown.revision == 1
    assert [r.revision for r in revisions.list_revisions(connection, shown.id)] == [1]
    held = sync_inbox.record_versions(connection)
    assert (SHARED_UUID, 2) in held  # kept in the ledger all the same


def test_a_reference_drawn_twice_is_told_apart(connection: Connection) -> None:
    same = interview_body(1)
    other = SyncRecord("interview_revision", _uuid(77), 1, LAPTOP_B.device_id, same)
    _apply(connection, DELIVERIES[0])
    _apply(connection, _deliver(LAPTOP_B, 1, [other]))
    _show(connection)
    references = sorted(r[0] for r in connection.execute("SELECT reference FROM interviews"))
    suffix = LAPTOP_B.device_id[:4].upper()
    assert references == ["R-0001-TEST", f"R-0001-TEST-{suffix}", "R-0002-TEST"]


def test_a_local_interview_is_never_overwritten(connection: Connection) -> None:
    local = interviews.create_interview(connection, form_id="f", form_version="1",
                                        language="en", interviewer="chief")
    connection.execute("UPDATE interviews SET uuid = ? WHERE id = ?", (_uuid(1), local.id))
    _apply(connection, DELIVERIES[0])
    _show(connection)
    assert interviews.get_by_id(connection, local.id).status == "draft"


def test_check_constraints_hold_again_after_a_batch(connection: Connection) -> None:
    _apply(connection, DELIVERIES[0])
    _show(connection)
    assert connection.execute("PRAGMA ignore_check_constraints").fetchone()[0] == 0
    shown = interviews.get_by_reference(connection, "R-0001-TEST")
    with pytest.raises(Exception, match="CHECK constraint failed"):
        connection.execute("UPDATE interviews SET case_status = 'Lost' WHERE id = ?",
                           (shown.id,))


def test_many_records_are_looked_up_in_one_statement(connection: Connection) -> None:
    records = [_record(LAPTOP_A, _uuid(n), 1, n) for n in range(1, 1201)]
    delivery = _deliver(LAPTOP_A, 1, records)
    _apply(connection, delivery)
    again = _apply(connection, _deliver(LAPTOP_A, 2, records))
    assert {o.status for o in getattr(again, "records")} == {RecordStatus.DUPLICATE}  # noqa: B009
    assert _show(connection) == 1200
