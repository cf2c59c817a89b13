"""Sync identities: a laptop's Ed25519 device key, the supervisor's age and Ed25519 keys.

A laptop makes a :class:`DeviceIdentity` at enrollment (a random opaque device id and an
Ed25519 signing key); the supervisor holds a :class:`SupervisorIdentity` (an age X25519
identity to decrypt bundles and an Ed25519 key to sign receipts, enrollments and updates).
Both serialise to short versioned byte strings meant to be stored inside the encrypted vault,
never in a plain file. :class:`SupervisorPublicKeys` is what laptops learn and trust.
:func:`fingerprint` turns public key bytes into a short code compared out of band.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass, field
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from fieldapp.sync.errors import InvalidKeyMaterial

DEVICE_ID_BYTES = 16
KEY_ID_BYTES = 16
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64
_DEVICE_KEY_MAGIC = b"fa-devk1"
_SUPERVISOR_KEY_MAGIC = b"fa-supk1"
_AGE_RECIPIENT = re.compile(r"age1[02-9ac-hj-np-z]{58}")
_DEVICE_ID = re.compile(r"[0-9a-f]{32}")

# Crockford's base32: digits and capitals without I, L, O and U, so nothing read aloud or
# copied by hand can be mistaken for another symbol.
FINGERPRINT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# 80 bits. An attacker who intercepts a registration or enrollment file must make a key of
# their own whose code matches the honest one: a second preimage, about 2**80 hash-and-keygen
# trials (a million GPU-years at 10**10 per second), while 60 bits would fall to a thousand
# GPUs in days. 16 symbols in four groups are still quick to read aloud.
FINGERPRINT_BITS = 80
_FINGERPRINT_CONTEXT = b"fieldapp fingerprint v1\x00"
_KEY_ID_CONTEXT = b"fieldapp supervisor key id v1\x00"


def fingerprint(public_key_bytes: bytes) -> str:
    """A short human code for public key bytes, e.g. ``"K7QF-2MZD-9XTA-4HNC"``."""
    digest = hashlib.sha256(_FINGERPRINT_CONTEXT + public_key_bytes).digest()
    number = int.from_bytes(digest[: FINGERPRINT_BITS // 8], "big")
    symbols = [
        FINGERPRINT_ALPHABET[(number >> shift) & 31]
        for shift in range(FINGERPRINT_BITS - 5, -1, -5)
    ]
    return "-".join("".join(symbols[index:index + 4]) for index in range(0, len(symbols), 4))


def normalise_fingerprint(text: str) -> str:
    """A typed or read-back code in the shown form: case, spaces and look-alikes forgiven."""
    cleaned = text.upper().translate(str.maketrans("OIL", "011", " -_\t"))
    return "-".join(cleaned[index:index + 4] for index in range(0, len(cleaned), 4))


def verify_signature(public_key_bytes: bytes, signature: bytes, message: bytes) -> bool:
    """True when ``signature`` is a valid Ed25519 signature of ``message``; never raises."""
    try:
        Ed25519PublicKey.from_public_bytes(public_key_bytes).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def _load_signing_key(seed: bytes) -> Ed25519PrivateKey:
    try:
        return Ed25519PrivateKey.from_private_bytes(seed)
    except ValueError as exc:
        raise InvalidKeyMaterial("the stored signing key is not valid") from exc


def _raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes_raw()


def is_device_id(value: str) -> bool:
    return bool(_DEVICE_ID.fullmatch(value))


@dataclass(frozen=True, eq=False)
class DeviceIdentity:
    """A laptop's sync identity: opaque device id (32 lowercase hex) and Ed25519 key."""

    device_id: str
    signing_key: Ed25519PrivateKey = field(repr=False)

    def __post_init__(self) -> None:
        if not is_device_id(self.device_id):
            raise InvalidKeyMaterial("a device id is 32 lowercase hexadecimal characters")

    @classmethod
    def generate(cls) -> DeviceIdentity:
        return cls(secrets.token_hex(DEVICE_ID_BYTES), Ed25519PrivateKey.generate())

    @property
    def public_key_bytes(self) -> bytes:
        return _raw_public(self.signing_key)

    def fingerprint(self) -> str:
        return fingerprint(self.public_key_bytes)

    def sign(self, message: bytes) -> bytes:
        return self.signing_key.sign(message)

    def to_bytes(self) -> bytes:
        """Secret: store only inside the vault."""
        return (
            _DEVICE_KEY_MAGIC
            + bytes.fromhex(self.device_id)
            + self.signing_key.private_bytes_raw()
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> DeviceIdentity:
        if len(data) != 8 + DEVICE_ID_BYTES + 32 or not data.startswith(_DEVICE_KEY_MAGIC):
            raise InvalidKeyMaterial("the stored device identity is damaged")
        device_id = data[8:8 + DEVICE_ID_BYTES].hex()
        return cls(device_id, _load_signing_key(data[8 + DEVICE_ID_BYTES:]))


@dataclass(frozen=True)
class SupervisorPublicKeys:
    """What laptops trust: the age recipient bundles are encrypted to, and the signing key."""

    age_recipient: str
    signing_public_key: bytes

    def __post_init__(self) -> None:
        check_age_recipient(self.age_recipient)
        if len(self.signing_public_key) != PUBLIC_KEY_BYTES:
            raise InvalidKeyMaterial("a supervisor signing key is 32 bytes")
        try:
            Ed25519PublicKey.from_public_bytes(self.signing_public_key)
        except ValueError as exc:
            raise InvalidKeyMaterial("the supervisor signing key is not valid") from exc

    def to_bytes(self) -> bytes:
        """The canonical form the key id and the fingerprint are computed over."""
        return self.age_recipient.encode("ascii") + b"\x00" + self.signing_public_key

    @property
    def key_id_bytes(self) -> bytes:
        return hashlib.sha256(_KEY_ID_CONTEXT + self.to_bytes()).digest()[:KEY_ID_BYTES]

    @property
    def key_id(self) -> str:
        """32 hex characters naming this key pair in file headers (not secret)."""
        return self.key_id_bytes.hex()

    def fingerprint(self) -> str:
        return fingerprint(self.to_bytes())

    def to_json(self) -> dict[str, Any]:
        return {
            "age_recipient": self.age_recipient,
            "signing_public_key": self.signing_public_key.hex(),
        }


@dataclass(frozen=True, eq=False)
class SupervisorIdentity:
    """The supervisor's secret keys: age X25519 (decrypt bundles) and Ed25519 (sign files)."""

    age_identity: pyrage.x25519.Identity = field(repr=False)
    signing_key: Ed25519PrivateKey = field(repr=False)

    @classmethod
    def generate(cls) -> SupervisorIdentity:
        return cls(pyrage.x25519.Identity.generate(), Ed25519PrivateKey.generate())

    def public_keys(self) -> SupervisorPublicKeys:
        return SupervisorPublicKeys(
            str(self.age_identity.to_public()), _raw_public(self.signing_key)
        )

    def sign(self, message: bytes) -> bytes:
        return self.signing_key.sign(message)

    def to_bytes(self) -> bytes:
        """Secret: store only inside the supervisor's vault."""
        return (
            _SUPERVISOR_KEY_MAGIC
            + self.signing_key.private_bytes_raw()
            + str(self.age_identity).encode("ascii")
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> SupervisorIdentity:
        if not data.startswith(_SUPERVISOR_KEY_MAGIC) or not 48 < len(data) < 200:
            raise InvalidKeyMaterial("the stored supervisor identity is damaged")
        signing_key = _load_signing_key(data[8:40])
        try:
            age_identity = pyrage.x25519.Identity.from_str(data[40:].decode("ascii"))
        except (pyrage.IdentityError, UnicodeDecodeError, ValueError) as exc:
            raise InvalidKeyMaterial("the stored supervisor identity is damaged") from exc
        return cls(age_identity, signing_key)


def check_age_recipient(recipient: str) -> str:
    """``recipient`` if it is a canonical age X25519 recipient (``age1`` + 58 symbols)."""
    if not isinstance(recipient, str) or not _AGE_RECIPIENT.fullmatch(recipient):
        raise InvalidKeyMaterial("not an age recipient (age1...)")
    try:
        pyrage.x25519.Recipient.from_str(recipient)
    except (pyrage.RecipientError, ValueError) as exc:
        raise InvalidKeyMaterial("not a valid age recipient") from exc
    return recipient
