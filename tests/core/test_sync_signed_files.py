"""Receipts, enrollment, registration and update files: round trips and typed rejections."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pyrage
import pytest

from fieldapp.sync import errors
from fieldapp.sync.bundle import read_bundle, write_bundle
from fieldapp.sync.enrollment import (
    Enrollment,
    FormFile,
    RetentionPolicy,
    read_enrollment,
    write_enrollment,
)
from fieldapp.sync.keys import DeviceIdentity, SupervisorIdentity
from fieldapp.sync.receipt import Receipt, read_receipt, write_receipt
from fieldapp.sync.records import SyncRecord
from fieldapp.sync.registration import read_registration, write_registration
from fieldapp.sync.signed_file import pack_signed
from fieldapp.sync.update import Update, read_update, write_update
from tests.core.test_sync_support import ISSUED, known, make_records, new_parties

DIRECTORY = b"service,type,phone\nShelter North,shelter,+000 555 0100\n"
FORM = FormFile("rapid_screening", "2024.1", "rapid_screening.xlsx", b"PK\x03\x04 fictional")


def _enrollment(supervisor: SupervisorIdentity, **changes: object) -> Enrollment:
    fields: dict[str, object] = {
        "organisation": "Example Outreach Network",
        "supervisor": supervisor.public_keys(),
        "recovery_recipient": str(pyrage.x25519.Identity.generate().to_public()),
        "forms": (FORM,),
        "referral_directory": DIRECTORY,
        "retention": RetentionPolicy(purge_after_days=30, keep_stub=True),
        "issued_at": ISSUED,
    }
    fields.update(changes)
    return Enrollment(**fields)  # type: ignore[arg-type]


def _update(sequence: int, **changes: object) -> Update:
    fields: dict[str, object] = {
        "update_sequence": sequence,
        "forms": (FORM,),
        "referral_directory": None,
        "retention": RetentionPolicy(purge_after_days=14, keep_stub=False),
        "issued_at": ISSUED,
    }
    fields.update(changes)
    return Update(**fields)  # type: ignore[arg-type]


def _receipt_file(device: DeviceIdentity, supervisor: SupervisorIdentity,
                  records: list[SyncRecord] | None = None) -> tuple[bytes, Receipt]:
    bundle = write_bundle(records or make_records(device, 6), device=device, sequence=2,
                          recipients=supervisor.public_keys(), app_version="1", schema_version=1)
    verified = read_bundle(bundle, known_devices=known(device), supervisor=supervisor)
    receipt = Receipt.for_bundle(verified, ISSUED + timedelta(hours=2))
    return write_receipt(receipt, supervisor), receipt


# --- receipts --------------------------------------------------------------------------------


def test_receipt_round_trip_lists_what_the_bundle_held() -> None:
    device, supervisor = new_parties()
    records = make_records(device, 6)
    data, receipt = _receipt_file(device, supervisor, records)
    read = read_receipt(data, supervisor.public_keys(), device_id=device.device_id)
    assert read == receipt
    assert read.sequence == 2 and read.device_id == device.device_id
    assert [(item.uuid, item.revision, item.content_hash) for item in read.records] == [
        (record.uuid, record.revision, record.content_hash) for record in records]


def test_receipt_from_another_supervisor_forged_or_for_another_device() -> None:
    device, supervisor = new_parties()
    data, _ = _receipt_file(device, supervisor)
    with pytest.raises(errors.WrongSupervisor):
        read_receipt(data, SupervisorIdentity.generate().public_keys())
    with pytest.raises(errors.ReceiptForAnotherDevice):
        read_receipt(data, supervisor.public_keys(), device_id=DeviceIdentity.generate().device_id)
    forged = bytearray(data)
    forged[40] ^= 1
    with pytest.raises(errors.BadReceiptSignature):
        read_receipt(bytes(forged), supervisor.public_keys())


def test_receipt_signed_by_a_key_posing_as_the_supervisor() -> None:
    _, supervisor = new_parties()
    impostor = SupervisorIdentity.generate()
    body = {"bundle_uuid": "0f8e7c1a-3b2d-4e5f-8a9b-0c1d2e3f4a5b", "device_id": "a" * 32,
            "sequence": 1, "imported_at": "2024-05-01T10:00:00.000000Z", "records": []}
    data = pack_signed(errors.FileKind.RECEIPT, supervisor.public_keys().key_id_bytes, body,
                       impostor.sign)
    with pytest.raises(errors.BadReceiptSignature):
        read_receipt(data, supervisor.public_keys())


@pytest.mark.parametrize("records", [
    [["0f8e7c1a-3b2d-4e5f-8a9b-0c1d2e3f4a5b", 1, "ab" * 32]] * 2,
    [["0f8e7c1a-3b2d-4e5f-8a9b-0c1d2e3f4a5b", 0, "ab" * 32]],
    [["0f8e7c1a-3b2d-4e5f-8a9b-0c1d2e3f4a5b", 1, "AB" * 32]],
    [["0f8e7c1a", 1, "ab" * 32]],
    [{"uuid": "0f8e7c1a-3b2d-4e5f-8a9b-0c1d2e3f4a5b"}],
])
def test_malformed_receipt_content_even_when_signed(records: list[object]) -> None:
    _, supervisor = new_parties()
    body = {"bundle_uuid": "0f8e7c1a-3b2d-4e5f-8a9b-0c1d2e3f4a5b", "device_id": "a" * 32,
            "sequence": 1, "imported_at": "2024-05-01T10:00:00.000000Z", "records": records}
    data = pack_signed(errors.FileKind.RECEIPT, supervisor.public_keys().key_id_bytes, body,
                       supervisor.sign)
    with pytest.raises(errors.MalformedReceipt):
        read_receipt(data, supervisor.public_keys())


# --- enrollment and registration -------------------------------------------------------------


def test_enrollment_round_trip_first_use_and_when_trusted() -> None:
    _, supervisor = new_parties()
    enrollment = _enrollment(supervisor)
    data = write_enrollment(enrollment, supervisor)
    first = read_enrollment(data)
    assert first == enrollment
    assert first.supervisor.fingerprint() == supervisor.public_keys().fingerprint()
    assert read_enrollment(data, trusted=supervisor.public_keys()) == enrollment
    without_recovery = _enrollment(supervisor, recovery_recipient=None, forms=())
    assert read_enrollment(write_enrollment(without_recovery, supervisor)) == without_recovery


def test_enrollment_from_another_supervisor_is_refused_once_enrolled() -> None:
    _, supervisor = new_parties()
    other = SupervisorIdentity.generate()
    data = write_enrollment(_enrollment(other), other)
    with pytest.raises(errors.WrongSupervisor):
        read_enrollment(data, trusted=supervisor.public_keys())


def test_enrollment_carrying_keys_it_is_not_signed_with() -> None:
    _, supervisor = new_parties()
    impostor = SupervisorIdentity.generate()
    body = json.loads(_body_of(write_enrollment(_enrollment(supervisor), supervisor)))
    # Signed by the impostor, header naming the real supervisor's key id: bad signature.
    forged = pack_signed(errors.FileKind.ENROLLMENT, supervisor.public_keys().key_id_bytes,
                         body, impostor.sign)
    with pytest.raises(errors.BadEnrollmentSignature):
        read_enrollment(forged)
    # Header naming the impostor while the body carries the supervisor's keys.
    mixed = pack_signed(errors.FileKind.ENROLLMENT, impostor.public_keys().key_id_bytes,
                        body, impostor.sign)
    with pytest.raises(errors.MalformedEnrollment):
        read_enrollment(mixed)


def _body_of(data: bytes) -> bytes:
    length = int.from_bytes(data[26:30], "big")
    return data[30:30 + length]


@pytest.mark.parametrize("change", [
    lambda b: b["forms"][0].update(filename="../../evil.xlsx"),
    lambda b: b["forms"][0].update(filename=".hidden"),
    lambda b: b["forms"][0].update(content="not base64!"),
    lambda b: b["forms"][0].update(content="QQ=="[:-1] + "x"),
    lambda b: b["forms"].append(dict(b["forms"][0])),
    lambda b: b["retention"].update(purge_after_days=-1),
    lambda b: b["retention"].update(keep_stub="yes"),
    lambda b: b.update(recovery_recipient="age1notarecipient"),
    lambda b: b.update(organisation="line\nbreak"),
    lambda b: b.update(issued_at="2024-13-01T00:00:00Z"),
    lambda b: b.update(extra=True),
    lambda b: b.pop("forms"),
])
def test_malformed_enrollment_content_even_when_signed(change: object) -> None:
    _, supervisor = new_parties()
    body = json.loads(_body_of(write_enrollment(_enrollment(supervisor), supervisor)))
    change(body)  # type: ignore[operator]
    data = pack_signed(errors.FileKind.ENROLLMENT, supervisor.public_keys().key_id_bytes, body,
                       supervisor.sign)
    with pytest.raises(errors.MalformedEnrollment):
        read_enrollment(data)


def test_base64_must_be_canonical() -> None:
    _, supervisor = new_parties()
    body = json.loads(_body_of(write_enrollment(_enrollment(supervisor), supervisor)))
    body["referral_directory"] = "QR=="  # decodes like "QQ==" but with stray bits set
    assert base64.b64decode("QR==") == base64.b64decode("QQ==")
    data = pack_signed(errors.FileKind.ENROLLMENT, supervisor.public_keys().key_id_bytes, body,
                       supervisor.sign)
    with pytest.raises(errors.MalformedEnrollment):
        read_enrollment(data)


def test_registration_round_trip_and_fingerprint() -> None:
    device = DeviceIdentity.generate()
    data = write_registration(device, label="Laptop 3", created_at=ISSUED)
    registration = read_registration(data)
    assert (registration.device_id, registration.public_key, registration.label) == (
        device.device_id, device.public_key_bytes, "Laptop 3")
    assert registration.fingerprint() == device.fingerprint()
    with pytest.raises(ValueError):
        write_registration(device, label="bad\nlabel", created_at=ISSUED)


def test_registration_altered_or_claiming_another_device() -> None:
    device, other = DeviceIdentity.generate(), DeviceIdentity.generate()
    data = write_registration(device, label="Laptop 3", created_at=ISSUED)
    relabelled = data.replace(b"Laptop 3", b"Laptop 4")
    with pytest.raises(errors.BadRegistrationSignature):
        read_registration(relabelled)
    body = json.loads(_body_of(data))
    claims_other = pack_signed(errors.FileKind.REGISTRATION, bytes.fromhex(other.device_id),
                               body, device.sign)
    with pytest.raises(errors.MalformedRegistration):
        read_registration(claims_other)
    body["public_key"] = other.public_key_bytes.hex()
    swapped_key = pack_signed(errors.FileKind.REGISTRATION, bytes.fromhex(device.device_id),
                              body, device.sign)
    with pytest.raises(errors.BadRegistrationSignature):
        read_registration(swapped_key)


# --- updates -----------------------------------------------------------------------------------


def test_update_round_trip_and_rollback_refused() -> None:
    _, supervisor = new_parties()
    update = _update(5, referral_directory=DIRECTORY)
    data = write_update(update, supervisor)
    assert read_update(data, supervisor.public_keys(), last_applied_sequence=4) == update
    for last in (5, 6, 100):
        with pytest.raises(errors.UpdateRollback) as caught:
            read_update(data, supervisor.public_keys(), last_applied_sequence=last)
        assert (caught.value.sequence, caught.value.last_applied) == (5, last)
    bare = _update(1, forms=(), retention=None)
    assert read_update(write_update(bare, supervisor), supervisor.public_keys(),
                       last_applied_sequence=0) == bare


def test_update_from_another_supervisor_or_forged() -> None:
    _, supervisor = new_parties()
    other = SupervisorIdentity.generate()
    with pytest.raises(errors.WrongSupervisor):
        read_update(write_update(_update(2), other), supervisor.public_keys(),
                    last_applied_sequence=0)
    body = json.loads(_body_of(write_update(_update(2), supervisor)))
    forged = pack_signed(errors.FileKind.UPDATE, supervisor.public_keys().key_id_bytes, body,
                         other.sign)
    with pytest.raises(errors.BadUpdateSignature):
        read_update(forged, supervisor.public_keys(), last_applied_sequence=0)


# --- every region of every signed file --------------------------------------------------------


def _signed_files() -> list[tuple[str, bytes, object]]:
    device, supervisor = new_parties()
    keys = supervisor.public_keys()
    receipt, _ = _receipt_file(device, supervisor)
    return [
        ("receipt", receipt, lambda data: read_receipt(data, keys)),
        ("enrollment", write_enrollment(_enrollment(supervisor), supervisor),
         lambda data: read_enrollment(data, trusted=keys)),
        ("registration", write_registration(device, label="Laptop 3", created_at=ISSUED),
         read_registration),
        ("update", write_update(_update(3), supervisor),
         lambda data: read_update(data, keys, last_applied_sequence=0)),
    ]


@pytest.mark.parametrize("name, data, reader", _signed_files(),
                         ids=["receipt", "enrollment", "registration", "update"])
def test_every_byte_flip_and_truncation_is_rejected(name: str, data: bytes,
                                                    reader: object) -> None:
    reader(data)  # type: ignore[operator]
    body_end = len(data) - 64
    offsets = list(range(0, 40)) + list(range(body_end - 8, len(data)))
    offsets += list(range(40, body_end, max(1, (body_end - 40) // 60)))
    reasons = set()
    for offset in offsets:
        damaged = bytearray(data)
        damaged[offset] ^= 0x01
        with pytest.raises(errors.SyncFileError) as caught:
            reader(bytes(damaged))  # type: ignore[operator]
        reasons.add(caught.value.reason)
        if offset < 8:
            assert isinstance(caught.value, errors.UnrecognisedFile)
        elif offset < 10:
            assert isinstance(caught.value, errors.UnsupportedVersion)
    assert any(reason.startswith("bad_") for reason in reasons)
    lengths = list(range(1, min(len(data), 300))) + list(range(len(data) - 100, len(data)))
    for length in lengths:
        with pytest.raises(errors.Truncated):
            reader(data[:length])  # type: ignore[operator]
    with pytest.raises(errors.EmptyFile):
        reader(b"")  # type: ignore[operator]
    with pytest.raises(errors.TrailingData):
        reader(data + b"\n")  # type: ignore[operator]


def test_a_file_of_one_kind_given_to_another_reader() -> None:
    device, supervisor = new_parties()
    registration = write_registration(device, label="Laptop 3", created_at=ISSUED)
    with pytest.raises(errors.NotAReceipt) as caught:
        read_receipt(registration, supervisor.public_keys())
    assert caught.value.found is errors.FileKind.REGISTRATION
    with pytest.raises(errors.NotAnUpdate):
        read_update(registration, supervisor.public_keys(), last_applied_sequence=0)
    with pytest.raises(errors.NotAnEnrollment):
        read_enrollment(registration)
    with pytest.raises(errors.NotARegistration):
        read_registration(write_update(_update(1), supervisor))


def test_timestamps_must_be_aware() -> None:
    device = DeviceIdentity.generate()
    with pytest.raises(ValueError):
        write_registration(device, label="Laptop 3", created_at=datetime(2024, 1, 1))
    data = write_registration(device, label="Laptop 3",
                              created_at=datetime(2024, 1, 1, 12, tzinfo=UTC))
    assert read_registration(data).created_at == datetime(2024, 1, 1, 12, tzinfo=UTC)
