"""Registration files, laptop to supervisor: a device's id and public key, self-signed.

After enrollment the laptop writes a :class:`Registration` (device id, Ed25519 public key, a
short device label, creation time) signed with the very key it announces (format in
signed_file.py, signer id = device id). The self-signature proves the laptop holds the private
key and keeps the label from being altered on the way; it cannot prove who made the file. That
is what the fingerprint is for: the supervisor accepts the device only after the code from
:meth:`Registration.fingerprint` matches the one the laptop's screen shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from fieldapp.sync.errors import FileKind
from fieldapp.sync.keys import PUBLIC_KEY_BYTES, DeviceIdentity, fingerprint
from fieldapp.sync.schema import format_timestamp
from fieldapp.sync.signed_file import body_fields, pack_signed, parse_signed, verify_signed

MAX_REGISTRATION_BODY = 4096
MAX_LABEL_CHARS = 64
_DEVICE_ID = re.compile(r"[0-9a-f]{32}")
_LABEL = re.compile(r"[^\x00-\x1f\x7f]{1,64}")
_KEYS = {"device_id", "public_key", "label", "created_at"}


@dataclass(frozen=True)
class Registration:
    device_id: str
    public_key: bytes
    label: str
    created_at: datetime

    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def write_registration(device: DeviceIdentity, *, label: str, created_at: datetime) -> bytes:
    """The laptop's registration file; ``label`` is a neutral name such as "Laptop 3"."""
    if not _LABEL.fullmatch(label):
        raise ValueError(f"a device label is 1 to {MAX_LABEL_CHARS} printable characters")
    body = {
        "device_id": device.device_id,
        "public_key": device.public_key_bytes.hex(),
        "label": label,
        "created_at": format_timestamp(created_at),
    }
    return pack_signed(
        FileKind.REGISTRATION, bytes.fromhex(device.device_id), body, device.sign
    )


def read_registration(data: bytes) -> Registration:
    """A self-consistent registration; the caller still compares fingerprints out of band."""
    signed = parse_signed(data, FileKind.REGISTRATION, max_body=MAX_REGISTRATION_BODY)
    fields = body_fields(signed, "registration")
    fields.expect_keys(_KEYS)
    registration = Registration(
        device_id=fields.text("device_id", pattern=_DEVICE_ID),
        public_key=fields.hex_bytes("public_key", PUBLIC_KEY_BYTES),
        label=fields.text("label", pattern=_LABEL, max_chars=MAX_LABEL_CHARS),
        created_at=fields.timestamp("created_at"),
    )
    if signed.signer_id != registration.device_id:
        raise fields.error("its header names another device than its content")
    verify_signed(signed, registration.public_key)
    return registration
