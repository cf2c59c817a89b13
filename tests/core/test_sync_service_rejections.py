"""Forged, damaged and misdirected bundles: each rejected with its own reason, nothing applied.

Every case goes through the supervisor's real importer and is checked twice: the per-file
report names the reason, and the vault holds exactly what it held before (no ledger row, no
record, no interview; only the audit entry saying a file was rejected).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldapp.services.sync_progress import CancelToken, ImportProgress
from fieldapp.sync import DeviceIdentity, SupervisorIdentity
from fieldapp.sync.bundle_layout import HEADER_BYTES
from fieldapp.vault import sync_store
from tests.core.test_sync_service_support import (
    Office,
    interview_bundle,
    interview_records,
    make_office,
)

# Byte ranges of the outer layout (docs/security.md) and the reasons a flip there may give.
REGIONS: dict[str, tuple[range, set[str]]] = {
    "magic": (range(0, 8), {"not_a_bundle"}),
    "version": (range(8, 10), {"unsupported_version"}),
    "device id": (range(10, 26), {"unknown_device"}),
    "supervisor key id": (range(26, 42), {"bad_outer_signature"}),
    # The length is under the signature, which is checked from the header before the body
    # is read; a length past the largest bundle is refused before that.
    "length": (range(42, 50), {"file_too_large", "bad_outer_signature"}),
    "ciphertext hash": (range(50, 82), {"bad_outer_signature"}),
    "signature": (range(82, 146), {"bad_outer_signature"}),
}


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    built = make_office(tmp_path, laptops=2)
    yield built
    built.close()


def _state(office: Office) -> tuple[int, ...]:
    connection = office.supervisor.connection
    return tuple(
        int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for table in ("sync_bundles_in", "sync_records", "sync_conflicts", "sync_pending",
                      "interviews", "interview_revisions", "answers")
    )


def _bundle(office: Office, index: int = 0) -> bytes:
    office.record(index, 1)
    result = office.laptop(index).export(office.folder(f"out{index}"))
    assert result.path is not None
    return result.path.read_bytes()


def _rejected(office: Office, data: bytes, name: str = "x.fsb") -> tuple[str, str]:
    path = office.folder("incoming") / name
    path.write_bytes(data)
    before = _state(office)
    report = office.boss().import_files([path])
    assert _state(office) == before, "a rejected file changed the vault"
    [entry] = report.files
    assert entry.status == "rejected" and entry.reason and entry.message
    return entry.reason, entry.message


def test_a_flip_anywhere_is_rejected_with_the_reason_of_its_region(office: Office) -> None:
    data = _bundle(office)
    seen: dict[str, set[str]] = {}
    for region, (offsets, reasons) in REGIONS.items():
        for offset in offsets[:: max(1, len(offsets) // 4)]:
            damaged = bytearray(data)
            damaged[offset] ^= 0x01
            reason, _message = _rejected(office, bytes(damaged))
            assert reason in reasons, (region, offset, reason)
            seen.setdefault(region, set()).add(reason)
    ciphertext = range(HEADER_BYTES, len(data))
    for offset in (ciphertext.start, ciphertext.start + 40, len(data) // 2, len(data) - 1):
        damaged = bytearray(data)
        damaged[offset] ^= 0x80
        assert _rejected(office, bytes(damaged))[0] == "ciphertext_hash_mismatch"
    assert len({reason for reasons in seen.values() for reason in reasons}) >= 5


def test_truncation_at_many_lengths_and_an_empty_file(office: Office) -> None:
    data = _bundle(office)
    lengths = sorted({0, 1, 7, 8, 9, 10, 50, 145, 146, 147, len(data) // 2, len(data) - 1})
    for length in lengths:
        reason, message = _rejected(office, data[:length])
        expected = "empty_file" if length == 0 else "truncated"
        assert reason == expected, (length, reason)
        if length:
            assert "incomplete" in message
    assert _rejected(office, data + b"\0")[0] == "trailing_data"


def test_unknown_device_another_devices_key_and_another_supervisor(office: Office) -> None:
    keys = office.boss().fingerprint()
    assert keys
    identity = sync_store.load_supervisor_identity(office.supervisor.connection)
    assert identity is not None
    stranger = DeviceIdentity.generate()
    reason, _ = _rejected(office, interview_bundle(
        stranger, identity.public_keys(), interview_records(stranger, 2)))
    assert reason == "unknown_device"

    first = sync_store.load_device_identity(office.laptops[0].connection)
    second = sync_store.load_device_identity(office.laptops[1].connection)
    assert first is not None and second is not None
    posing = DeviceIdentity(first.device_id, second.signing_key)  # laptop 2 posing as 1
    reason, message = _rejected(office, interview_bundle(
        posing, identity.public_keys(), interview_records(first, 2)))
    assert reason == "bad_outer_signature" and "another enrolled device" in message

    other = SupervisorIdentity.generate()
    reason, message = _rejected(office, interview_bundle(
        first, other.public_keys(), interview_records(first, 2)))
    assert reason == "wrong_recipient" and "another supervisor" in message
    assert _rejected(office, b"just some bytes on a stick")[0] == "not_a_bundle"
    receipt_like = b"\x89FSR\r\n\x1a\n" + os.urandom(64)
    assert "receipt" in _rejected(office, receipt_like)[1]


def test_a_file_imported_twice_is_a_duplicate_and_a_reused_number_is_flagged(
    office: Office,
) -> None:
    data = _bundle(office)
    path = office.folder("in") / "b.fsb"
    path.write_bytes(data)
    first = office.boss().import_files([path])
    before = _state(office)
    again = office.boss().import_files([path])
    assert again.files[0].status == "duplicate" and again.files[0].new == 0
    assert _state(office) == before
    device = sync_store.load_device_identity(office.laptops[0].connection)
    identity = sync_store.load_supervisor_identity(office.supervisor.connection)
    assert device is not None and identity is not None and first.files[0].sequence == 1
    reused = interview_bundle(device, identity.public_keys(), interview_records(device, 1),
                              sequence=1)
    path.write_bytes(reused)
    report = office.boss().import_files([path])
    assert (report.files[0].status, report.files[0].sequence_status) == ("imported", "replay")


def test_inbox_moves_done_files_and_leaves_unfinished_ones(office: Office) -> None:
    inbox = office.folder("inbox")
    good = inbox / "a.fsb"
    good.write_bytes(_bundle(office))
    junk = inbox / "b.fsb"
    junk.write_bytes(b"\x89FSB\r\n\x1a\n\x00\x01" + os.urandom(300))
    half = inbox / "c.fsb"
    half.write_bytes(_bundle(office, 1)[:400])
    (inbox / ".d1f2.partial").write_bytes(b"being written")
    (inbox / "notes.txt").write_text("not a bundle", encoding="utf-8")
    old = time.time() - 60
    for path in (good, junk, half):
        os.utime(path, (old, old))
    fresh = inbox / "e.fsb"
    fresh.write_bytes(b"still being copied")
    report = office.boss().import_inbox(inbox)
    by_file = {entry.file: entry for entry in report.files}
    assert set(by_file) == {"a.fsb", "b.fsb", "c.fsb", "e.fsb"}
    assert (by_file["e.fsb"].status, by_file["e.fsb"].reason) == ("skipped", "still_copying")
    assert by_file["a.fsb"].moved_to == "processed/a.fsb"
    assert (by_file["b.fsb"].status, by_file["b.fsb"].moved_to) == ("rejected",
                                                                    "rejected/b.fsb")
    assert by_file["c.fsb"].status == "skipped" and by_file["c.fsb"].reason == "truncated"
    assert sorted(p.name for p in inbox.iterdir()) == [
        ".d1f2.partial", "c.fsb", "e.fsb", "notes.txt", "processed", "rejected"]
    (inbox / "a.fsb").write_bytes((inbox / "processed" / "a.fsb").read_bytes())  # again
    os.utime(inbox / "a.fsb", (old, old))
    again = office.boss().import_inbox(inbox)
    statuses = [(entry.file, entry.status) for entry in again.files]
    assert statuses == [("a.fsb", "duplicate"), ("c.fsb", "skipped"), ("e.fsb", "skipped")]
    assert (inbox / "processed" / "a.fsb.1").exists()


def test_cancel_between_files_leaves_whole_bundles(office: Office) -> None:
    paths = []
    for index in (0, 1):
        path = office.folder("in") / f"{index}.fsb"
        path.write_bytes(_bundle(office, index))
        paths.append(path)
    token = CancelToken()
    seen: list[ImportProgress] = []

    def progress(step: ImportProgress) -> None:
        seen.append(step)
        if step.stage == "applying":
            token.cancel()

    report = office.boss().import_files(paths, progress=progress, cancel=token)
    assert report.cancelled
    assert [entry.status for entry in report.files] == ["imported", "skipped"]
    assert report.files[1].reason == "cancelled"
    assert _state(office)[0] == 1
    assert seen[0] == ImportProgress(0, 2, "0.fsb", "applying")


def test_inspect_shows_what_a_bundle_is_before_importing(office: Office) -> None:
    path = office.folder("in") / "b.fsb"
    path.write_bytes(_bundle(office))
    before = _state(office)
    summary = office.boss().inspect(path)
    assert _state(office) == before
    assert summary["device_known"] and summary["outer_signature_valid"]
    assert summary["device_label"] == "Laptop1" and summary["problem"] is None
    assert summary["manifest"]["sequence"] == 1
    assert not summary["manifest"]["already_imported"]
    office.boss().import_files([path])
    assert office.boss().inspect(path)["manifest"]["already_imported"]
