"""Records sealed to the supervisor inside a bundle: how a laptop account carries what it
cannot read.

On a shared laptop each officer's interview content is sealed under that officer's key, so an
account exporting the laptop's outbox cannot write a colleague's revision in clear. The
revision's record was sealed (age) to the supervisor and the recovery recipient by an account
that could read it; the bundle carries it as a record of kind ``sealed_record`` under the same
uuid and revision, whose body names the kind and content hash of the record inside and holds
the age ciphertext. Reading a bundle replaces each sealed record with the record inside, after
checking it names the same uuid, revision, device, kind and hash, so the importer, the ledger
and the receipt only ever see ordinary records (and their hashes, which the laptop's outbox
recorded). The bundle's own signature covers the sealed form.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Sequence

import pyrage

from fieldapp.sync.errors import FileKind, SyncFileError
from fieldapp.sync.records import SyncRecord, record_from_wire
from fieldapp.sync.schema import malformed

SEALED_KIND = "sealed_record"
_BODY_KEYS = frozenset({"kind", "content_hash", "sealed"})


def seal(record: SyncRecord, recipients: Sequence[str]) -> bytes:
    """``record``'s wire line age-encrypted to ``recipients``."""
    return bytes(pyrage.encrypt(
        record.wire, [pyrage.x25519.Recipient.from_str(item) for item in recipients]))


def sealed_record(kind: str, uuid: str, revision: int, device_id: str, content_hash: str,
                  sealed: bytes) -> SyncRecord:
    """The record a bundle carries for a sealed ``kind`` record with ``content_hash``."""
    return SyncRecord(SEALED_KIND, uuid, revision, device_id, {
        "kind": kind, "content_hash": content_hash,
        "sealed": base64.b64encode(sealed).decode("ascii")})


def unseal_records(records: Iterable[SyncRecord],
                   identity: pyrage.x25519.Identity) -> tuple[SyncRecord, ...]:
    """``records`` with every sealed record replaced by the one inside; a sealed record that
    does not open with ``identity`` or is not what its envelope says makes the bundle
    malformed (it was signed by the device, so the device wrote it so)."""
    return tuple(_unsealed(record, identity) if record.kind == SEALED_KIND else record
                 for record in records)


def _unsealed(record: SyncRecord, identity: pyrage.x25519.Identity) -> SyncRecord:
    body = record.body
    if body.keys() != _BODY_KEYS or not all(isinstance(body[key], str) for key in _BODY_KEYS):
        raise _bad("a sealed record does not have exactly the expected fields")
    try:
        ciphertext = base64.b64decode(str(body["sealed"]), validate=True)
        line = pyrage.decrypt(ciphertext, [identity])
    except (binascii.Error, ValueError) as exc:
        raise _bad("a sealed record is not base64") from exc
    except Exception as exc:  # pyrage's errors share no base class but Exception
        raise _bad("a sealed record does not open with this key") from exc
    inside = record_from_wire(bytes(line), record.device_id)
    if (inside.uuid, inside.revision, inside.kind, inside.content_hash) != (
            record.uuid, record.revision, body["kind"], body["content_hash"]):
        raise _bad("a sealed record holds another record than it names")
    return inside


def _bad(detail: str) -> SyncFileError:
    return malformed(FileKind.BUNDLE, detail)
