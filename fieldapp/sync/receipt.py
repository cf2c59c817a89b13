"""Receipts, supervisor to laptop: a signed list of exactly what a bundle delivered.

After an import the supervisor returns a :class:`Receipt` naming the bundle, the device, its
sequence number and every ``(record uuid, revision, content hash)`` received, signed with the
supervisor's Ed25519 key (format in signed_file.py). The laptop marks a record synced only if
the receipt lists it with the content hash the laptop itself computed, so a receipt can never
acknowledge content the supervisor does not hold. A duplicate bundle still earns a receipt:
the first one may have been lost on the way back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from fieldapp.sync.bundle import VerifiedBundle
from fieldapp.sync.errors import (
    FileKind,
    ReceiptForAnotherDevice,
    WrongSupervisor,
)
from fieldapp.sync.keys import SupervisorIdentity, SupervisorPublicKeys
from fieldapp.sync.manifest import MAX_RECORDS
from fieldapp.sync.records import MAX_REVISION
from fieldapp.sync.schema import Fields, format_timestamp, is_canonical_uuid
from fieldapp.sync.signed_file import body_fields, pack_signed, parse_signed, verify_signed

# About 110 bytes per listed record: room for the largest bundle's full list.
MAX_RECEIPT_BODY = 128 * 1024 * 1024
_DEVICE_ID = re.compile(r"[0-9a-f]{32}")
_HASH = re.compile(r"[0-9a-f]{64}")
_KEYS = {"bundle_uuid", "device_id", "sequence", "records", "imported_at"}


@dataclass(frozen=True)
class ReceivedRecord:
    uuid: str
    revision: int
    content_hash: str


@dataclass(frozen=True)
class Receipt:
    """What the supervisor confirms it holds from one bundle."""

    bundle_uuid: str
    device_id: str
    sequence: int
    records: tuple[ReceivedRecord, ...]
    imported_at: datetime

    @classmethod
    def for_bundle(cls, bundle: VerifiedBundle, imported_at: datetime) -> Receipt:
        return cls(
            bundle_uuid=bundle.manifest.bundle_uuid,
            device_id=bundle.manifest.device_id,
            sequence=bundle.manifest.sequence,
            records=tuple(
                ReceivedRecord(record.uuid, record.revision, record.content_hash)
                for record in bundle.records
            ),
            imported_at=imported_at,
        )


def write_receipt(receipt: Receipt, supervisor: SupervisorIdentity) -> bytes:
    body = {
        "bundle_uuid": receipt.bundle_uuid,
        "device_id": receipt.device_id,
        "sequence": receipt.sequence,
        "imported_at": format_timestamp(receipt.imported_at),
        "records": [[item.uuid, item.revision, item.content_hash] for item in receipt.records],
    }
    return pack_signed(
        FileKind.RECEIPT, supervisor.public_keys().key_id_bytes, body, supervisor.sign
    )


def read_receipt(
    data: bytes, supervisor_public: SupervisorPublicKeys, *, device_id: str | None = None
) -> Receipt:
    """Verify a receipt against the trusted supervisor; optionally require ``device_id``."""
    signed = parse_signed(data, FileKind.RECEIPT, max_body=MAX_RECEIPT_BODY)
    if signed.signer_id != supervisor_public.key_id:
        raise WrongSupervisor(FileKind.RECEIPT)
    verify_signed(signed, supervisor_public.signing_public_key)
    fields = body_fields(signed, "receipt")
    fields.expect_keys(_KEYS)
    receipt = Receipt(
        bundle_uuid=fields.uuid_text("bundle_uuid"),
        device_id=fields.text("device_id", pattern=_DEVICE_ID),
        sequence=fields.integer("sequence", minimum=1),
        records=tuple(
            _received(fields, item) for item in fields.items("records", max_items=MAX_RECORDS)
        ),
        imported_at=fields.timestamp("imported_at"),
    )
    if len({(item.uuid, item.revision) for item in receipt.records}) != len(receipt.records):
        raise fields.error("a record is listed twice")
    if device_id is not None and receipt.device_id != device_id:
        raise ReceiptForAnotherDevice()
    return receipt


def _received(fields: Fields, item: object) -> ReceivedRecord:
    if not (isinstance(item, list) and len(item) == 3):
        raise fields.error("a received record is not [uuid, revision, hash]")
    uuid, revision, content_hash = item
    if not (
        isinstance(uuid, str) and is_canonical_uuid(uuid)
        and type(revision) is int and 1 <= revision <= MAX_REVISION
        and isinstance(content_hash, str) and _HASH.fullmatch(content_hash)
    ):
        raise fields.error("a received record has a bad uuid, revision or hash")
    return ReceivedRecord(uuid, revision, content_hash)
