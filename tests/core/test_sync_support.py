"""Makers shared by the sync tests: fictional records, and bundles crafted layer by layer.

:func:`craft_bundle` builds a bundle from the documented layout with the real primitives
(Ed25519, age, zlib) and lets a test replace any one layer: the manifest fields, the key that
signs the manifest, the payload, the inner container, the age recipients, the header's device
id or key id, or the key that signs the outer header. Unchanged, it produces a valid bundle
(checked by a test below), so every rejection test starts from a real, readable file.
"""

from __future__ import annotations

import hashlib
import uuid
import zlib
from datetime import UTC, datetime
from typing import Any

import pyrage

from fieldapp.sync.bundle_layout import MANIFEST_CONTEXT, pack_inner, pack_outer
from fieldapp.sync.keys import DeviceIdentity, SupervisorIdentity, SupervisorPublicKeys
from fieldapp.sync.records import SyncRecord
from fieldapp.sync.schema import canonical_json, format_timestamp

ISSUED = datetime(2024, 5, 1, 9, 30, tzinfo=UTC)


def make_records(device: DeviceIdentity, count: int, *, answers: int = 8) -> list[SyncRecord]:
    """Fictional interview revisions, a referral and an audit entry for ``device``."""
    records = []
    for index in range(count):
        kind = ("interview_revision", "referral", "audit_entry")[index % 3]
        body: dict[str, Any] = {
            "form_id": "rapid_screening",
            "form_version": "2024.1",
            "answers": {f"/data/q{n}": f"answer {index}-{n}" for n in range(answers)},
            "score": {"dimensions": [1, 0, 1, 0, 1, 1], "ratio": 0.5},
            "finalised": index % 2 == 0,
        }
        records.append(SyncRecord(kind, str(uuid.uuid4()), 1 + index % 2, device.device_id, body))
    return records


def known(*devices: DeviceIdentity) -> dict[str, bytes]:
    return {device.device_id: device.public_key_bytes for device in devices}


def manifest_json(
    device: DeviceIdentity, keys: SupervisorPublicKeys, compressed: bytes, plain: bytes,
    count: int, *, sequence: int = 1,
) -> dict[str, Any]:
    return {
        "app_version": "0.1.0",
        "bundle_uuid": str(uuid.uuid4()),
        "compression": "zlib",
        "created_at": format_timestamp(ISSUED),
        "device_id": device.device_id,
        "payload_sha256": hashlib.sha256(compressed).hexdigest(),
        "payload_size": len(compressed),
        "payload_uncompressed_size": len(plain),
        "recipients": [keys.age_recipient],
        "record_count": count,
        "schema_version": 1,
        "sequence": sequence,
        "supervisor_key_id": keys.key_id,
    }


def craft_bundle(
    device: DeviceIdentity,
    keys: SupervisorPublicKeys,
    records: list[SyncRecord],
    *,
    plain: bytes | None = None,
    compressed: bytes | None = None,
    manifest_changes: dict[str, Any] | None = None,
    manifest_bytes: bytes | None = None,
    manifest_signer: DeviceIdentity | None = None,
    inner: bytes | None = None,
    age_recipients: list[str] | None = None,
    ciphertext: bytes | None = None,
    header_device_id: str | None = None,
    header_key_id: bytes | None = None,
    outer_signer: DeviceIdentity | None = None,
) -> bytes:
    if plain is None:
        plain = b"\n".join(record.wire for record in records)
    if compressed is None:
        compressed = zlib.compress(plain)
    manifest = manifest_json(device, keys, compressed, plain, len(records))
    manifest.update(manifest_changes or {})
    if manifest_bytes is None:
        manifest_bytes = canonical_json(manifest)
    signer = manifest_signer or device
    if inner is None:
        inner = pack_inner(
            manifest_bytes, signer.sign(MANIFEST_CONTEXT + manifest_bytes), compressed
        )
    if ciphertext is None:
        recipients = age_recipients or [keys.age_recipient]
        ciphertext = pyrage.encrypt(
            inner, [pyrage.x25519.Recipient.from_str(item) for item in recipients]
        )
    outer_key = (outer_signer or device).signing_key
    header_device = DeviceIdentity(header_device_id or device.device_id, outer_key)
    return pack_outer(
        header_device, header_key_id or keys.key_id_bytes, ciphertext,
        hashlib.sha256(ciphertext).digest(),
    )


def new_parties() -> tuple[DeviceIdentity, SupervisorIdentity]:
    return DeviceIdentity.generate(), SupervisorIdentity.generate()
