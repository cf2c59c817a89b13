"""The import reference model: duplicates, conflicts, gaps, late arrivals and replays.

Property tests drop, repeat and shuffle deliveries and check what must hold whatever the
order: every delivered record version is kept, nothing else is, one record revision is "new"
exactly once, conflicts are exactly the extra versions, and a second pass changes nothing.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldapp.sync.bundle import VerifiedBundle, read_bundle, write_bundle
from fieldapp.sync.ledger import ImportLedger, RecordStatus, SequenceStatus
from fieldapp.sync.manifest import BundleManifest
from fieldapp.sync.receipt import Receipt, read_receipt, write_receipt
from fieldapp.sync.records import SyncRecord
from tests.core.test_sync_support import ISSUED, known, make_records, new_parties

DEVICES = ("a" * 32, "b" * 32)
UUIDS = [str(uuid.UUID(int=number + 1)) for number in range(6)]


def _bundle(device_id: str, sequence: int, records: list[SyncRecord],
            bundle_uuid: str | None = None) -> VerifiedBundle:
    manifest = BundleManifest(
        bundle_uuid=bundle_uuid or str(uuid.uuid4()), device_id=device_id, sequence=sequence,
        recipients=("age1" + "q" * 58,), supervisor_key_id="0" * 32, payload_sha256="0" * 64,
        payload_size=0, payload_uncompressed_size=0, record_count=len(records),
        app_version="1", schema_version=1, created_at=ISSUED,
    )
    return VerifiedBundle(manifest, tuple(records))


def _record(device_id: str, uuid_index: int, revision: int, content: int) -> SyncRecord:
    return SyncRecord("interview_revision", UUIDS[uuid_index], revision, device_id,
                      {"answer": content})


# A bundle: device, sequence, and records as (uuid index, revision, content variant).
record_specs = st.lists(
    st.tuples(st.integers(0, 5), st.integers(1, 3), st.integers(0, 2)),
    max_size=6, unique_by=lambda spec: spec[:2],
)
bundle_specs = st.lists(
    st.tuples(st.sampled_from(DEVICES), st.integers(1, 6), record_specs), min_size=1, max_size=8
)


def _materialise(specs: list[tuple[str, int, list[tuple[int, int, int]]]]) -> list[VerifiedBundle]:
    return [
        _bundle(device, sequence, [_record(device, *spec) for spec in records])
        for device, sequence, records in specs
    ]


@settings(max_examples=200, deadline=None)
@given(specs=bundle_specs, data=st.data())
def test_any_delivery_order_keeps_exactly_the_delivered_versions(
    specs: list[tuple[str, int, list[tuple[int, int, int]]]], data: st.DataObject
) -> None:
    bundles = _materialise(specs)
    deliveries = data.draw(st.lists(st.sampled_from(bundles), max_size=20), label="deliveries")
    ledger = ImportLedger()
    outcomes = [ledger.apply(bundle) for bundle in deliveries]

    delivered = {id(bundle): bundle for bundle in deliveries}.values()
    expected: dict[tuple[str, int], set[str]] = {}
    for bundle in delivered:
        for record in bundle.records:
            expected.setdefault(record.key, set()).add(record.content_hash)
    assert ledger.records() == {key: frozenset(hashes) for key, hashes in expected.items()}

    statuses = [record for outcome in outcomes for record in outcome.records]
    assert sum(r.status is RecordStatus.NEW for r in statuses) == len(expected)
    assert sum(r.status is RecordStatus.CONFLICT for r in statuses) == sum(
        len(hashes) - 1 for hashes in expected.values())
    assert set(ledger.conflicts()) == {key for key, h in expected.items() if len(h) > 1}
    assert [outcome.duplicate_bundle for outcome in outcomes] == [
        any(earlier is bundle for earlier in deliveries[:index])
        for index, bundle in enumerate(deliveries)
    ]

    before = ledger.records()
    again = [ledger.apply(bundle) for bundle in deliveries]
    assert all(outcome.duplicate_bundle and not outcome.records for outcome in again)
    assert ledger.records() == before


@settings(max_examples=200, deadline=None)
@given(order=st.permutations(list(range(1, 7))), keep=st.sets(st.integers(1, 6), min_size=1))
def test_sequence_reports_follow_the_numbers_seen(order: list[int], keep: set[int]) -> None:
    ledger = ImportLedger()
    seen: set[int] = set()
    for sequence in (number for number in order if number in keep):
        outcome = ledger.apply(_bundle(DEVICES[0], sequence, []))
        highest = max(seen, default=0)
        if sequence == highest + 1:
            assert outcome.sequence_status is SequenceStatus.IN_ORDER
        elif sequence > highest:
            assert outcome.sequence_status is SequenceStatus.GAP
            assert outcome.missing_sequences == tuple(range(highest + 1, sequence))
        else:
            assert outcome.sequence_status is SequenceStatus.LATE
        seen.add(sequence)
    assert ledger.last_sequence(DEVICES[0]) == max(keep)
    assert ledger.missing_sequences(DEVICES[0]) == tuple(
        number for number in range(1, max(keep)) if number not in keep)
    assert ledger.last_sequence(DEVICES[1]) == 0


def test_in_order_gap_late_replay_and_duplicate() -> None:
    device = DEVICES[0]
    ledger = ImportLedger()
    first = _bundle(device, 1, [_record(device, 0, 1, 0)])
    assert ledger.apply(first).sequence_status is SequenceStatus.IN_ORDER
    third = ledger.apply(_bundle(device, 3, [_record(device, 1, 1, 0)]))
    assert (third.sequence_status, third.missing_sequences) == (SequenceStatus.GAP, (2,))
    assert ledger.missing_sequences(device) == (2,)
    second = ledger.apply(_bundle(device, 2, [_record(device, 2, 1, 0)]))
    assert second.sequence_status is SequenceStatus.LATE
    assert ledger.missing_sequences(device) == ()
    # Same number, new bundle uuid (a laptop restored from an old backup): a replay, but its
    # records still apply, one new, one identical, one conflicting.
    replay = ledger.apply(_bundle(device, 2, [
        _record(device, 3, 1, 0), _record(device, 2, 1, 0), _record(device, 0, 1, 9),
    ]))
    assert replay.sequence_status is SequenceStatus.REPLAY
    assert [r.status for r in replay.records] == [
        RecordStatus.NEW, RecordStatus.DUPLICATE, RecordStatus.CONFLICT]
    assert (replay.count(RecordStatus.NEW), replay.count(RecordStatus.CONFLICT)) == (1, 1)
    assert ledger.conflicts() == ((UUIDS[0], 1),)
    first_hash, second_hash = ledger.versions(UUIDS[0], 1)
    assert first_hash == first.records[0].content_hash != second_hash
    duplicate = ledger.apply(first)
    assert duplicate.duplicate_bundle and duplicate.sequence_status is None
    assert ledger.has_bundle(first.manifest.bundle_uuid)


def test_first_bundle_numbered_above_one_reports_the_gap() -> None:
    outcome = ImportLedger().apply(_bundle(DEVICES[1], 4, []))
    assert (outcome.sequence_status, outcome.missing_sequences) == (
        SequenceStatus.GAP, (1, 2, 3))


def test_laptop_to_supervisor_and_back_with_real_files() -> None:
    device, supervisor = new_parties()
    records = make_records(device, 12)
    ledger = ImportLedger()
    first = write_bundle(records[:8], device=device, sequence=1,
                         recipients=supervisor.public_keys(), app_version="1", schema_version=1)
    # The laptop lost the first receipt and exports everything unacknowledged again.
    second = write_bundle(records, device=device, sequence=2,
                          recipients=supervisor.public_keys(), app_version="1", schema_version=1)
    outcomes = []
    for data in (first, second, first):
        verified = read_bundle(data, known_devices=known(device), supervisor=supervisor)
        outcomes.append(ledger.apply(verified))
        receipt_file = write_receipt(Receipt.for_bundle(verified, ISSUED + timedelta(hours=1)),
                                     supervisor)
        receipt = read_receipt(receipt_file, supervisor.public_keys(), device_id=device.device_id)
        acknowledged = {(item.uuid, item.revision, item.content_hash) for item in receipt.records}
        assert acknowledged == {(r.uuid, r.revision, r.content_hash) for r in verified.records}
    assert outcomes[0].count(RecordStatus.NEW) == 8
    assert (outcomes[1].count(RecordStatus.NEW), outcomes[1].count(RecordStatus.DUPLICATE)) == (
        4, 8)
    assert outcomes[2].duplicate_bundle
    assert len(ledger.records()) == 12 and ledger.conflicts() == ()
