"""The byte layout of a bundle: the signed outer header and the encrypted inner container.

Outer (plain, 146-byte header then the age ciphertext)::

    0    8  magic            89 46 53 42 0D 0A 1A 0A  ("\\x89FSB\\r\\n\\x1a\\n")
    8    2  format version   1
    10  16  device id        raw bytes of the 32-hex device id
    26  16  supervisor key   key id of the supervisor the bundle was made for
    42   8  ciphertext length
    50  32  SHA-256 of the ciphertext
    82  64  Ed25519 signature by the device over OUTER_CONTEXT + bytes 0..81
    146  n  ciphertext: age v1 (binary) to the supervisor [and the recovery recipient]

Inner (the age plaintext)::

    0    8  "FSBINNER"
    8    4  manifest length m (1..65536)
    12   m  manifest, canonical JSON (see manifest.py)
    12+m 64 Ed25519 signature by the device over MANIFEST_CONTEXT + manifest
    76+m    payload: zlib-compressed JSON lines (see records.py)

This module only packs and unpacks; the order of checks lives in bundle.py.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from fieldapp.sync.errors import FileKind, FileTooLarge, TrailingData, Truncated
from fieldapp.sync.framing import PREFIX_BYTES, check_prefix, prefix
from fieldapp.sync.keys import DEVICE_ID_BYTES, KEY_ID_BYTES, SIGNATURE_BYTES, DeviceIdentity
from fieldapp.sync.manifest import MAX_CIPHERTEXT_BYTES, MAX_MANIFEST_BYTES
from fieldapp.sync.schema import malformed

OUTER_CONTEXT = b"fieldapp bundle outer v1\x00"
MANIFEST_CONTEXT = b"fieldapp bundle manifest v1\x00"
INNER_MAGIC = b"FSBINNER"
_OUTER_FIELDS = struct.Struct(f">{DEVICE_ID_BYTES}s{KEY_ID_BYTES}sQ32s")
SIGNED_HEADER_BYTES = PREFIX_BYTES + _OUTER_FIELDS.size
HEADER_BYTES = SIGNED_HEADER_BYTES + SIGNATURE_BYTES
MAX_BUNDLE_BYTES = HEADER_BYTES + MAX_CIPHERTEXT_BYTES
_MANIFEST_LENGTH = struct.Struct(">I")
_INNER_HEAD = len(INNER_MAGIC) + _MANIFEST_LENGTH.size


@dataclass(frozen=True)
class OuterBundle:
    """The parts of a structurally complete bundle file, nothing verified yet."""

    device_id: str
    supervisor_key_id: str
    ciphertext_sha256: bytes
    signed_header: bytes
    signature: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class InnerBundle:
    manifest_bytes: bytes
    manifest_signature: bytes
    payload: bytes


def pack_outer(device: DeviceIdentity, supervisor_key_id: bytes, ciphertext: bytes,
               ciphertext_sha256: bytes) -> bytes:
    header = prefix(FileKind.BUNDLE) + _OUTER_FIELDS.pack(
        bytes.fromhex(device.device_id), supervisor_key_id, len(ciphertext), ciphertext_sha256
    )
    return header + device.sign(OUTER_CONTEXT + header) + ciphertext


@dataclass(frozen=True)
class BundleHeader:
    """The signed header alone: enough to know the sender and check its signature before
    reading the ciphertext (a forged file of hundreds of megabytes is refused unread)."""

    device_id: str
    supervisor_key_id: str
    ciphertext_length: int
    ciphertext_sha256: bytes
    signed_header: bytes
    signature: bytes


def parse_header(head: bytes) -> BundleHeader:
    """The header of a bundle from its first :data:`HEADER_BYTES` (or more) bytes."""
    check_prefix(head, FileKind.BUNDLE)
    if len(head) < HEADER_BYTES:
        raise Truncated(FileKind.BUNDLE, len(head), HEADER_BYTES)
    device, key_id, length, digest = _OUTER_FIELDS.unpack_from(head, PREFIX_BYTES)
    if length > MAX_CIPHERTEXT_BYTES:
        raise FileTooLarge(FileKind.BUNDLE, MAX_BUNDLE_BYTES)
    return BundleHeader(
        device_id=device.hex(),
        supervisor_key_id=key_id.hex(),
        ciphertext_length=length,
        ciphertext_sha256=digest,
        signed_header=head[:SIGNED_HEADER_BYTES],
        signature=head[SIGNED_HEADER_BYTES:HEADER_BYTES],
    )


def parse_outer(data: bytes) -> OuterBundle:
    """Split a bundle file; raise for empty, foreign, truncated, oversized or padded files."""
    header = parse_header(data)
    end = HEADER_BYTES + header.ciphertext_length
    if len(data) < end:
        raise Truncated(FileKind.BUNDLE, len(data), end)
    if len(data) > end:
        raise TrailingData(FileKind.BUNDLE, len(data) - end)
    return OuterBundle(
        device_id=header.device_id,
        supervisor_key_id=header.supervisor_key_id,
        ciphertext_sha256=header.ciphertext_sha256,
        signed_header=header.signed_header,
        signature=header.signature,
        ciphertext=data[HEADER_BYTES:],
    )


def pack_inner(manifest_bytes: bytes, manifest_signature: bytes, payload: bytes) -> bytes:
    return b"".join((
        INNER_MAGIC, _MANIFEST_LENGTH.pack(len(manifest_bytes)), manifest_bytes,
        manifest_signature, payload,
    ))


def parse_inner(plaintext: bytes) -> InnerBundle:
    """Split the decrypted container; :class:`MalformedPayload` if it does not fit."""
    if len(plaintext) < _INNER_HEAD or not plaintext.startswith(INNER_MAGIC):
        raise malformed(FileKind.BUNDLE, "the decrypted content is not a bundle container")
    (length,) = _MANIFEST_LENGTH.unpack_from(plaintext, len(INNER_MAGIC))
    signature_end = _INNER_HEAD + length + SIGNATURE_BYTES
    if not 0 < length <= MAX_MANIFEST_BYTES or len(plaintext) < signature_end:
        raise malformed(FileKind.BUNDLE, "the manifest length is impossible")
    return InnerBundle(
        manifest_bytes=plaintext[_INNER_HEAD:_INNER_HEAD + length],
        manifest_signature=plaintext[_INNER_HEAD + length:signature_end],
        payload=plaintext[signature_end:],
    )
