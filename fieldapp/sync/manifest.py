"""A bundle's inner manifest: what the device vouches for, signed before encryption.

The manifest names the bundle (uuid), its device and per-device sequence number, the age
recipients it was encrypted to, the supervisor key it was made for, and the payload's hash,
sizes and record count, with the app and schema versions and the creation time. The device
signs its canonical JSON; the supervisor checks that signature after decryption, then checks
the manifest against the outer header and the payload (see bundle.py). Naming the recipients
inside the signature means a decrypted bundle cannot be re-encrypted to someone else and pass
as addressed to them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fieldapp.sync.errors import FileKind
from fieldapp.sync.keys import KEY_ID_BYTES
from fieldapp.sync.schema import Fields, canonical_json, format_timestamp, loads, malformed

COMPRESSION = "zlib"
MAX_MANIFEST_BYTES = 64 * 1024
MAX_RECIPIENTS = 4
MAX_RECORDS = 1_000_000
# A bundle is read into memory whole: these bounds keep a hostile length field from asking
# for more than a laptop-sized import ever needs (1,000 interviews are about 3 MB of JSON).
MAX_CIPHERTEXT_BYTES = 512 * 1024 * 1024
MAX_PAYLOAD_BYTES = 1024 * 1024 * 1024
_VERSION_TEXT = re.compile(r"[0-9A-Za-z.+_-]{1,40}")
_AGE_RECIPIENT = re.compile(r"age1[02-9ac-hj-np-z]{58}")
_DEVICE_ID = re.compile(r"[0-9a-f]{32}")
_KEYS = {
    "app_version", "bundle_uuid", "compression", "created_at", "device_id", "payload_sha256",
    "payload_size", "payload_uncompressed_size", "recipients", "record_count",
    "schema_version", "sequence", "supervisor_key_id",
}


@dataclass(frozen=True)
class BundleManifest:
    """Everything the device signs about one bundle."""

    bundle_uuid: str
    device_id: str
    sequence: int
    recipients: tuple[str, ...]
    supervisor_key_id: str
    payload_sha256: str
    payload_size: int
    payload_uncompressed_size: int
    record_count: int
    app_version: str
    schema_version: int
    created_at: datetime

    def to_bytes(self) -> bytes:
        return canonical_json(self._as_json())

    def _as_json(self) -> dict[str, Any]:
        return {
            "app_version": self.app_version,
            "bundle_uuid": self.bundle_uuid,
            "compression": COMPRESSION,
            "created_at": format_timestamp(self.created_at),
            "device_id": self.device_id,
            "payload_sha256": self.payload_sha256,
            "payload_size": self.payload_size,
            "payload_uncompressed_size": self.payload_uncompressed_size,
            "recipients": list(self.recipients),
            "record_count": self.record_count,
            "schema_version": self.schema_version,
            "sequence": self.sequence,
            "supervisor_key_id": self.supervisor_key_id,
        }


def parse_manifest(data: bytes) -> BundleManifest:
    """The manifest in ``data`` (already signature-checked), or :class:`MalformedPayload`."""
    try:
        parsed = loads(data)
    except ValueError as exc:
        raise malformed(FileKind.BUNDLE, "the manifest is not valid JSON") from exc
    fields = Fields(parsed, FileKind.BUNDLE, "manifest")
    fields.expect_keys(_KEYS)
    if fields.text("compression") != COMPRESSION:
        raise fields.error("manifest.compression is not supported")
    recipients = tuple(fields.items("recipients", max_items=MAX_RECIPIENTS))
    if not recipients or not all(
        isinstance(item, str) and _AGE_RECIPIENT.fullmatch(item) for item in recipients
    ):
        raise fields.error("manifest.recipients are not age recipients")
    return BundleManifest(
        bundle_uuid=fields.uuid_text("bundle_uuid"),
        device_id=fields.text("device_id", pattern=_DEVICE_ID),
        sequence=fields.integer("sequence", minimum=1),
        recipients=recipients,
        supervisor_key_id=fields.hex_bytes("supervisor_key_id", KEY_ID_BYTES).hex(),
        payload_sha256=fields.hex_bytes("payload_sha256", 32).hex(),
        payload_size=fields.integer("payload_size", maximum=MAX_CIPHERTEXT_BYTES),
        payload_uncompressed_size=fields.integer(
            "payload_uncompressed_size", maximum=MAX_PAYLOAD_BYTES
        ),
        record_count=fields.integer("record_count", maximum=MAX_RECORDS),
        app_version=fields.text("app_version", pattern=_VERSION_TEXT),
        schema_version=fields.integer("schema_version", maximum=2**31),
        created_at=fields.timestamp("created_at"),
    )
