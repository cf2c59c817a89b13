"""Hostile inputs: fuzzed bundle, receipt, enrollment, registration and update files.

Every reader is fed random bytes, random bytes behind a valid magic, mutated valid files
(flips, cuts, insertions, deletions, overwrites) and validly signed files whose JSON content is
fuzzed (so the content checks behind the signatures are exercised too). Whatever comes in, a
reader either returns or raises a :class:`SyncError`; anything else fails the test. The default
run keeps about 200 examples per case; ``-m slow`` runs long rounds.
"""

from __future__ import annotations

import contextlib
import json
import zlib
from collections.abc import Callable
from functools import partial
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.sync.bundle import inspect_bundle, read_bundle, write_bundle
from fieldapp.sync.bundle_layout import HEADER_BYTES
from fieldapp.sync.enrollment import RetentionPolicy, read_enrollment, write_enrollment
from fieldapp.sync.errors import FileKind, SyncError
from fieldapp.sync.framing import prefix
from fieldapp.sync.receipt import Receipt, ReceivedRecord, read_receipt, write_receipt
from fieldapp.sync.registration import read_registration, write_registration
from fieldapp.sync.signed_file import pack_signed
from fieldapp.sync.update import Update, read_update, write_update
from tests.core.test_sync_signed_files import FORM, _enrollment
from tests.core.test_sync_support import ISSUED, craft_bundle, known, make_records, new_parties

DEVICE, SUPERVISOR = new_parties()
KEYS = SUPERVISOR.public_keys()
KNOWN = known(DEVICE)
RECORDS = make_records(DEVICE, 3, answers=3)

BUNDLE = write_bundle(RECORDS, device=DEVICE, sequence=1, recipients=KEYS, app_version="1",
                      schema_version=1, created_at=ISSUED)
AGE_CIPHERTEXT = BUNDLE[HEADER_BYTES:]
RECEIPT = write_receipt(
    Receipt("0f8e7c1a-3b2d-4e5f-8a9b-0c1d2e3f4a5b", DEVICE.device_id, 1,
            (ReceivedRecord(RECORDS[0].uuid, 1, RECORDS[0].content_hash),), ISSUED),
    SUPERVISOR,
)
ENROLLMENT = write_enrollment(_enrollment(SUPERVISOR), SUPERVISOR)
REGISTRATION = write_registration(DEVICE, label="Laptop 3", created_at=ISSUED)
UPDATE = write_update(
    Update(4, (FORM,), b"a,b\n", RetentionPolicy(10, True), ISSUED), SUPERVISOR
)


def _read_bundle(data: bytes) -> None:
    read_bundle(data, known_devices=KNOWN, supervisor=SUPERVISOR)


def _inspect_bundle(data: bytes) -> None:
    inspect_bundle(data, KNOWN, SUPERVISOR)


def _read_enrollment(data: bytes) -> None:
    read_enrollment(data)
    read_enrollment(data, trusted=KEYS)


READERS: dict[FileKind, list[Callable[[bytes], object]]] = {
    FileKind.BUNDLE: [_read_bundle, _inspect_bundle],
    FileKind.RECEIPT: [lambda data: read_receipt(data, KEYS, device_id=DEVICE.device_id)],
    FileKind.ENROLLMENT: [_read_enrollment],
    FileKind.REGISTRATION: [read_registration],
    FileKind.UPDATE: [lambda data: read_update(data, KEYS, last_applied_sequence=2)],
}
VALID = {
    FileKind.BUNDLE: BUNDLE, FileKind.RECEIPT: RECEIPT, FileKind.ENROLLMENT: ENROLLMENT,
    FileKind.REGISTRATION: REGISTRATION, FileKind.UPDATE: UPDATE,
}


def _only_typed_errors(kind: FileKind, data: bytes) -> None:
    for reader in READERS[kind]:
        with contextlib.suppress(SyncError):
            reader(data)


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        size = max(len(data), 1)
        at = draw(st.integers(0, size - 1))
        operation = draw(st.sampled_from(["flip", "cut", "insert", "delete", "overwrite"]))
        if operation == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif operation == "cut":
            del data[at:]
        elif operation == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif operation == "delete":
            del data[at:at + draw(st.integers(1, 32))]
        else:
            chunk = draw(st.binary(min_size=1, max_size=16))
            data[at:at + len(chunk)] = chunk
    return bytes(data)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=8,
)


@st.composite
def fuzzed_json(draw: st.DrawFn, valid: dict[str, Any]) -> dict[str, Any]:
    """``valid`` with a few fields replaced, removed or added."""
    body: dict[str, Any] = json.loads(json.dumps(valid))
    for _ in range(draw(st.integers(1, 3))):
        action = draw(st.sampled_from(["replace", "remove", "add"]))
        if action == "add" or not body:
            body[draw(st.text(max_size=8))] = draw(json_values)
            continue
        key = draw(st.sampled_from(sorted(body)))
        if action == "remove":
            del body[key]
        else:
            body[key] = draw(json_values)
    return body


def _body_of(data: bytes) -> dict[str, Any]:
    length = int.from_bytes(data[26:30], "big")
    parsed: dict[str, Any] = json.loads(data[30:30 + length])
    return parsed


def _signed_body_file(kind: FileKind, body: dict[str, Any]) -> bytes:
    if kind is FileKind.REGISTRATION:
        return pack_signed(kind, bytes.fromhex(DEVICE.device_id), body, DEVICE.sign)
    return pack_signed(kind, KEYS.key_id_bytes, body, SUPERVISOR.sign)


@st.composite
def fuzzed_bundle_inside(draw: st.DrawFn) -> bytes:
    """A bundle whose outer layer is valid and whose manifest or records are fuzzed."""
    target = draw(st.sampled_from(["manifest", "record", "lines", "inner", "age"]))
    if target == "age":  # the age layer itself, under a valid outer signature and hash
        ciphertext = draw(st.binary(max_size=300) | mutated(AGE_CIPHERTEXT))
        return craft_bundle(DEVICE, KEYS, RECORDS, ciphertext=ciphertext)
    if target == "inner":
        inner = draw(st.binary(max_size=300) | mutated(b"FSBINNER" + bytes(4) + b"{}"))
        return craft_bundle(DEVICE, KEYS, RECORDS, inner=inner)
    if target == "manifest":
        valid_manifest = {"sequence": 1, "record_count": 3, "recipients": [KEYS.age_recipient],
                          "device_id": DEVICE.device_id, "compression": "zlib"}
        return craft_bundle(DEVICE, KEYS, RECORDS,
                            manifest_changes=draw(fuzzed_json(valid_manifest)))
    if target == "record":
        lines: list[Any] = [json.loads(record.wire) for record in RECORDS]
        lines[draw(st.integers(0, 2))] = draw(fuzzed_json(lines[0]) | json_values)
        plain = b"\n".join(json.dumps(line).encode() for line in lines)
    else:
        plain = draw(st.binary(max_size=200))
    return craft_bundle(DEVICE, KEYS, RECORDS, plain=plain, compressed=zlib.compress(plain),
                        manifest_changes={"record_count": plain.count(b"\n") + 1})


def _behind_magic(kind: FileKind, tail: bytes) -> bytes:
    return prefix(kind) + tail


def _cases() -> list[tuple[str, FileKind, st.SearchStrategy[bytes]]]:
    cases: list[tuple[str, FileKind, st.SearchStrategy[bytes]]] = []
    for kind, valid in VALID.items():
        name = kind.name.lower()
        cases.append((f"{name}-random", kind, st.binary(max_size=2048)))
        cases.append((f"{name}-behind-magic", kind,
                      st.binary(max_size=2048).map(partial(_behind_magic, kind))))
        cases.append((f"{name}-mutated", kind, mutated(valid)))
        if kind is not FileKind.BUNDLE:
            cases.append((f"{name}-signed-json", kind,
                          fuzzed_json(_body_of(valid)).map(partial(_signed_body_file, kind))))
    cases.append(("bundle-signed-inside", FileKind.BUNDLE, fuzzed_bundle_inside()))
    return cases


CASES = _cases()


def _fuzz(kind: FileKind, strategy: st.SearchStrategy[bytes], examples: int) -> None:
    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(strategy)
    def run(data: bytes) -> None:
        _only_typed_errors(kind, data)

    run()


def test_valid_samples_read() -> None:
    for kind, data in VALID.items():
        for reader in READERS[kind]:
            reader(data)


@pytest.mark.parametrize("name, kind, strategy", CASES, ids=[case[0] for case in CASES])
def test_fuzz_gives_only_typed_errors(name: str, kind: FileKind,
                                      strategy: st.SearchStrategy[bytes]) -> None:
    _fuzz(kind, strategy, 200)


@pytest.mark.slow
@pytest.mark.parametrize("name, kind, strategy", CASES, ids=[case[0] for case in CASES])
def test_fuzz_long_rounds(name: str, kind: FileKind, strategy: st.SearchStrategy[bytes]) -> None:
    _fuzz(kind, strategy, 5000)
