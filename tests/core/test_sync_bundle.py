"""Bundles: round trip, and every rejection reason produced by a real damaged or forged file.

SECURITY.md's "forged / damaged bundle" row: unknown device, bit flips in every region,
truncation at every length, empty file, a bundle signed by another enrolled device, one made
for another supervisor, a manifest re-signed by a wrong key: each has its own reason.
"""

from __future__ import annotations

import random
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pyrage
import pytest

from fieldapp.sync import errors
from fieldapp.sync.bundle import (
    bundle_file_name,
    inspect_bundle,
    read_bundle,
    read_bundle_for_recovery,
    verify_own_bundle,
    write_bundle,
)
from fieldapp.sync.bundle_layout import HEADER_BYTES
from fieldapp.sync.files import write_atomic
from fieldapp.sync.keys import DeviceIdentity, SupervisorIdentity
from fieldapp.sync.records import SyncRecord
from fieldapp.sync.schema import canonical_json
from tests.core.test_sync_support import ISSUED, craft_bundle, known, make_records, new_parties

MARKER = "ZQXMARKER-Nadia-Petrova-4471"


def _bundle(device: DeviceIdentity, supervisor: SupervisorIdentity, count: int = 5,
            **options: object) -> bytes:
    return write_bundle(
        make_records(device, count), device=device, sequence=options.pop("sequence", 1),  # type: ignore[arg-type]
        recipients=supervisor.public_keys(), app_version="0.1.0", schema_version=3,
        created_at=ISSUED, **options,  # type: ignore[arg-type]
    )


def _reason(data: bytes, device: DeviceIdentity, supervisor: SupervisorIdentity,
            *others: DeviceIdentity) -> str:
    with pytest.raises(errors.SyncFileError) as caught:
        read_bundle(data, known_devices=known(device, *others), supervisor=supervisor)
    return caught.value.reason


def test_round_trip_keeps_every_record_and_the_manifest() -> None:
    device, supervisor = new_parties()
    records = make_records(device, 30)
    data = write_bundle(
        records, device=device, sequence=7, recipients=supervisor.public_keys(),
        app_version="1.2.3", schema_version=4, created_at=ISSUED,
    )
    verified = read_bundle(data, known_devices=known(device), supervisor=supervisor)
    assert verified.records == tuple(records)
    assert [r.content_hash for r in verified.records] == [r.content_hash for r in records]
    manifest = verified.manifest
    assert (manifest.device_id, manifest.sequence, manifest.record_count) == (
        device.device_id, 7, 30)
    assert (manifest.app_version, manifest.schema_version, manifest.created_at) == (
        "1.2.3", 4, ISSUED)
    assert manifest.recipients == (supervisor.public_keys().age_recipient,)
    assert manifest.supervisor_key_id == supervisor.public_keys().key_id


def test_empty_bundle_round_trips() -> None:
    device, supervisor = new_parties()
    verified = read_bundle(_bundle(device, supervisor, 0), known_devices=known(device),
                           supervisor=supervisor)
    assert verified.records == ()
    assert verified.manifest.record_count == 0


def test_bundle_bytes_and_name_hide_the_content() -> None:
    device, supervisor = new_parties()
    record = SyncRecord("interview_revision", "6f1c2a4e-0d7b-4c1e-9a53-2b8f0e6d4c11", 1,
                        device.device_id, {"/data/name": MARKER})
    data = write_bundle([record], device=device, sequence=1,
                        recipients=supervisor.public_keys(), app_version="0.1", schema_version=1)
    for encoding in ("utf-8", "utf-16-le"):
        assert MARKER.encode(encoding) not in data
        assert MARKER[:12].encode(encoding) not in data
    name = bundle_file_name(data)
    assert name.endswith(".fsb") and len(name) == 24
    assert name == bundle_file_name(data)


def test_recovery_recipient_can_open_and_supervisor_still_can() -> None:
    device, supervisor = new_parties()
    recovery = pyrage.x25519.Identity.generate()
    data = _bundle(device, supervisor, recovery_recipient=str(recovery.to_public()))
    by_supervisor = read_bundle(data, known_devices=known(device), supervisor=supervisor)
    by_recovery = read_bundle_for_recovery(data, known_devices=known(device), recovery=recovery)
    assert by_recovery == by_supervisor
    stranger = pyrage.x25519.Identity.generate()
    with pytest.raises(errors.WrongRecipient):
        read_bundle_for_recovery(data, known_devices=known(device), recovery=stranger)


def test_writer_refuses_records_of_another_device_and_repeated_revisions() -> None:
    device, supervisor = new_parties()
    other = DeviceIdentity.generate()
    with pytest.raises(errors.InvalidRecord):
        write_bundle(make_records(other, 1), device=device, sequence=1,
                     recipients=supervisor.public_keys(), app_version="1", schema_version=1)
    record = make_records(device, 1)[0]
    with pytest.raises(errors.InvalidRecord):
        write_bundle([record, record], device=device, sequence=1,
                     recipients=supervisor.public_keys(), app_version="1", schema_version=1)
    with pytest.raises(ValueError):
        write_bundle([record], device=device, sequence=1, recipients=supervisor.public_keys(),
                     app_version="1 with spaces", schema_version=1)


# --- the file-level rejections ------------------------------------------------------------


def test_empty_file() -> None:
    device, supervisor = new_parties()
    assert _reason(b"", device, supervisor) == "empty_file"


def test_junk_and_other_sync_files_are_not_bundles() -> None:
    device, supervisor = new_parties()
    assert _reason(b"%PDF-1.7\n" + bytes(400), device, supervisor) == "not_a_bundle"
    receipt_like = b"\x89FSR\r\n\x1a\n" + bytes(200)
    with pytest.raises(errors.NotABundle) as caught:
        read_bundle(receipt_like, known_devices=known(device), supervisor=supervisor)
    assert caught.value.found is errors.FileKind.RECEIPT
    assert "receipt" in caught.value.message


def test_unknown_device() -> None:
    device, supervisor = new_parties()
    data = _bundle(device, supervisor)
    with pytest.raises(errors.UnknownDevice) as caught:
        read_bundle(data, known_devices=known(DeviceIdentity.generate()), supervisor=supervisor)
    assert caught.value.device_id == device.device_id


def test_other_enrolled_device_key_claiming_this_device() -> None:
    device, supervisor = new_parties()
    impostor = DeviceIdentity.generate()
    data = craft_bundle(device, supervisor.public_keys(), make_records(device, 2),
                        outer_signer=impostor, manifest_signer=impostor)
    with pytest.raises(errors.BadOuterSignature) as caught:
        read_bundle(data, known_devices=known(device, impostor), supervisor=supervisor)
    assert "another enrolled device" in caught.value.message
    # Naming its own id instead, the impostor's manifest still names the victim device.
    data = craft_bundle(device, supervisor.public_keys(), make_records(device, 2),
                        outer_signer=impostor, manifest_signer=impostor,
                        header_device_id=impostor.device_id)
    assert _reason(data, device, supervisor, impostor) == "manifest_mismatch"


def test_made_for_another_supervisor() -> None:
    device, supervisor = new_parties()
    other = SupervisorIdentity.generate()
    data = _bundle(device, other)
    assert _reason(data, device, supervisor) == "wrong_recipient"
    # The header claims this supervisor, but age was encrypted to the other one.
    lying = craft_bundle(device, supervisor.public_keys(), make_records(device, 2),
                         age_recipients=[other.public_keys().age_recipient])
    assert _reason(lying, device, supervisor) == "wrong_recipient"


def test_crafted_bundle_without_changes_is_valid() -> None:
    device, supervisor = new_parties()
    records = make_records(device, 4)
    data = craft_bundle(device, supervisor.public_keys(), records)
    verified = read_bundle(data, known_devices=known(device), supervisor=supervisor)
    assert verified.records == tuple(records)


def _expected_for_header_offset(offset: int) -> set[str]:
    if offset < 8:
        return {"not_a_bundle"}
    if offset < 10:
        return {"unsupported_version"}
    if offset < 26:
        return {"unknown_device"}
    if offset < 42:
        return {"bad_outer_signature"}
    if offset < 50:  # ciphertext length: the file no longer ends where the header says
        return {"truncated", "trailing_data", "file_too_large"}
    return {"bad_outer_signature"}  # ciphertext hash (50..81) and signature (82..145)


def test_bit_flip_in_every_header_byte_and_bit() -> None:
    device, supervisor = new_parties()
    data = _bundle(device, supervisor, 3)
    seen: dict[str, int] = {}
    for offset in range(HEADER_BYTES):
        for bit in range(8):
            damaged = bytearray(data)
            damaged[offset] ^= 1 << bit
            reason = _reason(bytes(damaged), device, supervisor)
            assert reason in _expected_for_header_offset(offset), (offset, bit, reason)
            seen[reason] = seen.get(reason, 0) + 1
    assert {"not_a_bundle", "unsupported_version", "unknown_device", "bad_outer_signature",
            "truncated", "file_too_large"} <= set(seen)


def test_bit_flip_in_the_ciphertext_start_middle_end_and_anywhere() -> None:
    device, supervisor = new_parties()
    data = _bundle(device, supervisor, 3)
    size = len(data)
    offsets = [HEADER_BYTES, HEADER_BYTES + 1, HEADER_BYTES + 40, (HEADER_BYTES + size) // 2,
               size - 17, size - 1]
    offsets += random.Random(7).sample(range(HEADER_BYTES, size), 40)
    for offset in offsets:
        damaged = bytearray(data)
        damaged[offset] ^= 0x10
        assert _reason(bytes(damaged), device, supervisor) == "ciphertext_hash_mismatch"


def test_truncation_at_every_length_and_appended_bytes() -> None:
    device, supervisor = new_parties()
    data = _bundle(device, supervisor, 3)
    assert _reason(data[:0], device, supervisor) == "empty_file"
    for length in range(1, len(data)):
        assert _reason(data[:length], device, supervisor) == "truncated", length
    assert _reason(data + b"\x00", device, supervisor) == "trailing_data"


def test_unsupported_version() -> None:
    device, supervisor = new_parties()
    data = bytearray(_bundle(device, supervisor, 1))
    data[8:10] = (2).to_bytes(2, "big")
    with pytest.raises(errors.UnsupportedVersion) as caught:
        read_bundle(bytes(data), known_devices=known(device), supervisor=supervisor)
    assert "version 2" in caught.value.message


# --- inside the encryption: crafted by a device whose outer signature is valid -------------


def test_manifest_re_signed_by_a_wrong_key() -> None:
    device, supervisor = new_parties()
    records = make_records(device, 3)
    tampered = craft_bundle(device, supervisor.public_keys(), records,
                            manifest_changes={"sequence": 99},
                            manifest_signer=DeviceIdentity.generate())
    assert _reason(tampered, device, supervisor) == "bad_manifest_signature"
    other = DeviceIdentity.generate()
    by_other = craft_bundle(device, supervisor.public_keys(), records, manifest_signer=other)
    assert _reason(by_other, device, supervisor, other) == "bad_manifest_signature"


@pytest.mark.parametrize("changes", [
    {"device_id": "0" * 32},
    {"supervisor_key_id": "ab" * 16},
    {"recipients": ["age1" + "q" * 58]},
    {"record_count": 4},
    {"record_count": 2},
    {"payload_uncompressed_size": 10},
])
def test_manifest_disagreeing_with_header_or_payload(changes: dict[str, object]) -> None:
    device, supervisor = new_parties()
    data = craft_bundle(device, supervisor.public_keys(), make_records(device, 3),
                        manifest_changes=changes)
    assert _reason(data, device, supervisor) == "manifest_mismatch"


def test_payload_size_and_hash() -> None:
    device, supervisor = new_parties()
    records = make_records(device, 3)
    data = craft_bundle(device, supervisor.public_keys(), records,
                        manifest_changes={"payload_sha256": "00" * 32})
    assert _reason(data, device, supervisor) == "payload_hash_mismatch"
    data = craft_bundle(device, supervisor.public_keys(), records,
                        manifest_changes={"payload_size": 5})
    assert _reason(data, device, supervisor) == "manifest_mismatch"
    plain = b"\n".join(record.wire for record in records)
    data = craft_bundle(device, supervisor.public_keys(), records, plain=plain,
                        manifest_changes={"payload_uncompressed_size": len(plain) + 50})
    assert _reason(data, device, supervisor) == "manifest_mismatch"


def _line(device: DeviceIdentity, **changes: object) -> bytes:
    line: dict[str, object] = {
        "kind": "audit_entry", "uuid": "0f8e7c1a-3b2d-4e5f-8a9b-0c1d2e3f4a5b", "revision": 1,
        "device_id": device.device_id, "body": {"event": "exported"},
    }
    line.update(changes)
    return canonical_json(line)


@pytest.mark.parametrize("plain_maker", [
    lambda d: b"not json",
    lambda d: b"[1, 2]",
    lambda d: _line(d, revision=0),
    lambda d: _line(d, revision=True),
    lambda d: _line(d, uuid="0F8E7C1A-3B2D-4E5F-8A9B-0C1D2E3F4A5B"),
    lambda d: _line(d, kind="Interview Revision"),
    lambda d: _line(d, body=["not", "an", "object"]),
    lambda d: _line(d, extra=1),
    lambda d: _line(d).replace(b'"exported"', b"NaN"),
    lambda d: _line(d).replace(b'"exported"', b"1e999"),
    lambda d: _line(d).replace(b'"exported"', b'"\\udc00"'),
    lambda d: _line(d).replace(b'"exported"', b'"\xed\xa0\x80"'),
    lambda d: _line(d).replace(b'"exported"', b"[" * 100_000 + b"]" * 100_000),
    lambda d: _line(d) + b"\n" + _line(d),
    lambda d: _line(d) + b"," + _line(d, uuid="1f8e7c1a-3b2d-4e5f-8a9b-0c1d2e3f4a5b"),
    lambda d: _line(d).replace(b'"exported"', b"[1\n2]"),
    lambda d: _line(d) + b"\n",
])
def test_malformed_records(plain_maker: object) -> None:
    device, supervisor = new_parties()
    plain = plain_maker(device)  # type: ignore[operator]
    count = plain.count(b"\n") + 1
    data = craft_bundle(device, supervisor.public_keys(), [], plain=plain,
                        manifest_changes={"record_count": count})
    assert _reason(data, device, supervisor) == "malformed_payload"


def test_record_of_another_device_inside_a_signed_bundle() -> None:
    device, supervisor = new_parties()
    plain = _line(device, device_id="f" * 32)
    data = craft_bundle(device, supervisor.public_keys(), [], plain=plain,
                        manifest_changes={"record_count": 1})
    assert _reason(data, device, supervisor) == "manifest_mismatch"


def test_escaped_surrogate_pair_is_accepted() -> None:
    device, supervisor = new_parties()
    plain = _line(device).replace(b'"exported"', b'"\\ud83d\\ude00 \\\\udc00"')
    data = craft_bundle(device, supervisor.public_keys(), [], plain=plain,
                        manifest_changes={"record_count": 1})
    verified = read_bundle(data, known_devices=known(device), supervisor=supervisor)
    assert verified.records[0].body == {"event": "\U0001f600 \\udc00"}


@pytest.mark.parametrize("layer", ["compressed", "inner_magic", "manifest_length",
                                   "manifest_json", "ciphertext"])
def test_broken_inner_layers(layer: str) -> None:
    device, supervisor = new_parties()
    keys = supervisor.public_keys()
    records = make_records(device, 2)
    if layer == "compressed":
        data = craft_bundle(device, keys, records, compressed=b"\x78\x9c not zlib")
    elif layer == "inner_magic":
        data = craft_bundle(device, keys, records, inner=b"NOTINNER" + bytes(100))
    elif layer == "manifest_length":
        data = craft_bundle(device, keys, records,
                            inner=b"FSBINNER" + (2**32 - 1).to_bytes(4, "big") + bytes(80))
    elif layer == "manifest_json":
        data = craft_bundle(device, keys, records, manifest_bytes=b'{"sequence": 1')
    else:
        data = craft_bundle(device, keys, records, ciphertext=b"age-encryption.org/v1\n junk")
    assert _reason(data, device, supervisor) == "malformed_payload"


def test_truncated_zlib_stream_inside_a_signed_bundle() -> None:
    device, supervisor = new_parties()
    records = make_records(device, 20)
    plain = b"\n".join(record.wire for record in records)
    cut = zlib.compress(plain)[:-30]
    data = craft_bundle(device, supervisor.public_keys(), records, compressed=cut)
    assert _reason(data, device, supervisor) == "malformed_payload"


def test_every_reason_has_its_own_code() -> None:
    codes = [
        cls.reason for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, errors.SyncError)
    ]
    assert len(codes) == len(set(codes))


# --- inspection before import ---------------------------------------------------------------


def test_inspect_without_decrypting_and_with_the_supervisor() -> None:
    device, supervisor = new_parties()
    data = _bundle(device, supervisor, 4, sequence=3)
    summary = inspect_bundle(data, known(device))
    assert (summary.device_id, summary.device_known, summary.outer_signature_valid) == (
        device.device_id, True, True)
    assert summary.manifest is None and summary.problem is None
    assert summary.file_size == len(data) and summary.ciphertext_size == len(data) - HEADER_BYTES
    assert summary.supervisor_key_id == supervisor.public_keys().key_id
    full = inspect_bundle(data, known(device), supervisor)
    assert full.manifest is not None and full.manifest.sequence == 3 and full.problem is None

    unknown = inspect_bundle(data, {})
    assert (unknown.device_known, unknown.outer_signature_valid, unknown.problem) == (
        False, False, "unknown_device")
    forged = bytearray(data)
    forged[100] ^= 1
    bad = inspect_bundle(bytes(forged), known(device), supervisor)
    assert (bad.outer_signature_valid, bad.problem, bad.manifest) == (
        False, "bad_outer_signature", None)
    elsewhere = inspect_bundle(data, known(device), SupervisorIdentity.generate())
    assert (elsewhere.outer_signature_valid, elsewhere.problem) == (True, "wrong_recipient")
    with pytest.raises(errors.Truncated):
        inspect_bundle(data[:100], known(device))


def test_laptop_checks_the_file_it_wrote_without_decrypting(tmp_path: Path) -> None:
    device, supervisor = new_parties()
    data = _bundle(device, supervisor, 3)
    path = tmp_path / bundle_file_name(data)
    write_atomic(path, data)
    verify_own_bundle(path.read_bytes(), device)
    with pytest.raises(errors.Truncated):
        verify_own_bundle(data[:-5], device)
    with pytest.raises(errors.UnknownDevice):
        verify_own_bundle(data, DeviceIdentity.generate())
    damaged = bytearray(data)
    damaged[-3] ^= 4
    with pytest.raises(errors.CiphertextHashMismatch):
        verify_own_bundle(bytes(damaged), device)


def test_created_at_defaults_to_now_in_utc() -> None:
    device, supervisor = new_parties()
    before = datetime.now(UTC)
    data = write_bundle([], device=device, sequence=1, recipients=supervisor.public_keys(),
                        app_version="1", schema_version=1)
    created = read_bundle(data, known_devices=known(device),
                          supervisor=supervisor).manifest.created_at
    assert before <= created <= datetime.now(UTC)
