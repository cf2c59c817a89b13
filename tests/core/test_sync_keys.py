"""Sync identities and fingerprints: storage round trips, damage, and the short codes."""

from __future__ import annotations

import hashlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldapp.sync.errors import InvalidKeyMaterial
from fieldapp.sync.keys import (
    FINGERPRINT_ALPHABET,
    FINGERPRINT_BITS,
    DeviceIdentity,
    SupervisorIdentity,
    SupervisorPublicKeys,
    fingerprint,
    normalise_fingerprint,
    verify_signature,
)

CODE = re.compile(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}")


def test_device_identity_round_trips_and_signs() -> None:
    device = DeviceIdentity.generate()
    assert re.fullmatch(r"[0-9a-f]{32}", device.device_id)
    stored = device.to_bytes()
    restored = DeviceIdentity.from_bytes(stored)
    assert restored.device_id == device.device_id
    assert restored.public_key_bytes == device.public_key_bytes
    assert verify_signature(device.public_key_bytes, restored.sign(b"m"), b"m")
    assert not verify_signature(device.public_key_bytes, restored.sign(b"m"), b"n")
    assert device.device_id != DeviceIdentity.generate().device_id
    assert "signing_key" not in repr(device)


def test_supervisor_identity_round_trips() -> None:
    supervisor = SupervisorIdentity.generate()
    restored = SupervisorIdentity.from_bytes(supervisor.to_bytes())
    assert restored.public_keys() == supervisor.public_keys()
    keys = supervisor.public_keys()
    assert keys.age_recipient.startswith("age1")
    assert re.fullmatch(r"[0-9a-f]{32}", keys.key_id)
    assert keys.key_id != SupervisorIdentity.generate().public_keys().key_id
    assert "age_identity" not in repr(supervisor)


@pytest.mark.parametrize("damage", [
    lambda b: b"",
    lambda b: b[:-1],
    lambda b: b + b"x",
    lambda b: b"XX" + b[2:],
])
def test_damaged_stored_identities_are_typed_errors(damage: object) -> None:
    with pytest.raises(InvalidKeyMaterial):
        DeviceIdentity.from_bytes(damage(DeviceIdentity.generate().to_bytes()))  # type: ignore[operator]
    with pytest.raises(InvalidKeyMaterial):
        SupervisorIdentity.from_bytes(damage(SupervisorIdentity.generate().to_bytes()))  # type: ignore[operator]


def test_public_keys_are_validated() -> None:
    keys = SupervisorIdentity.generate().public_keys()
    with pytest.raises(InvalidKeyMaterial):
        SupervisorPublicKeys("age1notarecipient", keys.signing_public_key)
    with pytest.raises(InvalidKeyMaterial):
        SupervisorPublicKeys(keys.age_recipient, keys.signing_public_key[:31])
    with pytest.raises(InvalidKeyMaterial):
        SupervisorPublicKeys(keys.age_recipient.upper(), keys.signing_public_key)
    with pytest.raises(InvalidKeyMaterial):
        DeviceIdentity("Not-A-Device", DeviceIdentity.generate().signing_key)


def test_fingerprint_shape_and_bits() -> None:
    code = fingerprint(b"\x01" * 32)
    assert CODE.fullmatch(code)
    assert len(code.replace("-", "")) * 5 == FINGERPRINT_BITS >= 60
    assert not set("ILOU") & set(FINGERPRINT_ALPHABET)
    assert len(set(FINGERPRINT_ALPHABET)) == 32
    assert fingerprint(b"\x01" * 32) == code
    assert fingerprint(b"\x01" * 31 + b"\x02") != code
    device = DeviceIdentity.generate()
    assert device.fingerprint() == fingerprint(device.public_key_bytes)


def test_fingerprint_is_the_leading_bits_of_a_domain_separated_sha256() -> None:
    key = bytes(range(32))
    digest = hashlib.sha256(b"fieldapp fingerprint v1\x00" + key).digest()
    number = int.from_bytes(digest[:10], "big")
    expected = "".join(FINGERPRINT_ALPHABET[(number >> (75 - 5 * i)) & 31] for i in range(16))
    assert fingerprint(key).replace("-", "") == expected


@settings(max_examples=200)
@given(st.binary(min_size=32, max_size=32))
def test_typed_back_codes_normalise_to_the_shown_code(key: bytes) -> None:
    code = fingerprint(key)
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert normalise_fingerprint(typed) == code
    assert normalise_fingerprint(code) == code
