"""The signed-document format shared by receipts, enrollment, registration and update files.

These files are public-key signed but not encrypted: they carry keys, forms, policies and
record hashes, never interview content. Layout::

    0    8  magic            per kind (framing.MAGICS)
    8    2  format version   1
    10  16  signer id        supervisor key id, or the device id for a registration
    26   4  body length n    bounded per kind
    30   n  body             canonical JSON
    30+n 64 Ed25519 signature over CONTEXT(kind) + bytes 0..29+n

The signature comes last so that a file cut short anywhere is reported as truncated. Readers
use :func:`parse_signed` (structure), :func:`verify_signed` (signature) and :func:`body_fields`
(JSON), in the order each kind's trust model needs.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fieldapp.sync.errors import (
    BAD_SIGNATURE,
    FileKind,
    FileTooLarge,
    TrailingData,
    Truncated,
)
from fieldapp.sync.framing import PREFIX_BYTES, check_prefix, prefix
from fieldapp.sync.keys import KEY_ID_BYTES, SIGNATURE_BYTES, verify_signature
from fieldapp.sync.schema import Fields, canonical_json, loads, malformed

_HEAD = struct.Struct(f">{KEY_ID_BYTES}sI")
_BODY_START = PREFIX_BYTES + _HEAD.size


@dataclass(frozen=True)
class SignedFile:
    """The parts of a structurally complete signed file, nothing verified yet."""

    kind: FileKind
    signer_id: str
    body: bytes
    signature: bytes
    signed_bytes: bytes


def _context(kind: FileKind) -> bytes:
    return f"fieldapp {kind.name.lower()} v1".encode("ascii") + b"\x00"


def pack_signed(kind: FileKind, signer_id: bytes, body: dict[str, Any],
                sign: Callable[[bytes], bytes]) -> bytes:
    """A complete file: ``body`` as canonical JSON, signed by ``sign``."""
    encoded = canonical_json(body)
    signed = prefix(kind) + _HEAD.pack(signer_id, len(encoded)) + encoded
    return signed + sign(_context(kind) + signed)


def parse_signed(data: bytes, kind: FileKind, *, max_body: int) -> SignedFile:
    """Split a signed file; raise for empty, foreign, truncated, oversized or padded files."""
    check_prefix(data, kind)
    if len(data) < _BODY_START:
        raise Truncated(kind, len(data), _BODY_START + SIGNATURE_BYTES)
    signer, length = _HEAD.unpack_from(data, PREFIX_BYTES)
    if length > max_body:
        raise FileTooLarge(kind, _BODY_START + max_body + SIGNATURE_BYTES)
    end = _BODY_START + length + SIGNATURE_BYTES
    if len(data) < end:
        raise Truncated(kind, len(data), end)
    if len(data) > end:
        raise TrailingData(kind, len(data) - end)
    return SignedFile(
        kind=kind,
        signer_id=signer.hex(),
        body=data[_BODY_START:end - SIGNATURE_BYTES],
        signature=data[end - SIGNATURE_BYTES:],
        signed_bytes=data[:end - SIGNATURE_BYTES],
    )


def verify_signed(signed: SignedFile, public_key: bytes) -> None:
    """Raise the kind's bad-signature error unless ``public_key`` signed the file."""
    if not verify_signature(public_key, signed.signature, _context(signed.kind)
                            + signed.signed_bytes):
        raise BAD_SIGNATURE[signed.kind](
            signed.kind,
            f"the {signed.kind.value}'s signature does not verify: the file is damaged or "
            "forged",
        )


def body_fields(signed: SignedFile, where: str) -> Fields:
    """The body as typed fields; the kind's malformed error if it is not a JSON object."""
    try:
        parsed = loads(signed.body)
    except ValueError as exc:
        raise malformed(signed.kind, "its content is not valid JSON") from exc
    return Fields(parsed, signed.kind, where)
