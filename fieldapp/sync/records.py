"""The unit of sync: one record revision, its content hash, and the compressed payload format.

A :class:`SyncRecord` is one revision of one thing a laptop made (an interview revision, a
referral, an audit entry), keyed by ``(uuid, revision)``. Its wire form is one line of
canonical JSON, and its content hash is the SHA-256 of exactly that line: equal hashes mean
equal content, so the importer tells duplicates from conflicts by hash alone. The payload of
a bundle is those lines joined by ``\\n`` and zlib-compressed. :func:`decode_payload` bounds
decompression by the signed declared size and checks every field of every line, so a bundle
either yields well-formed records or raises :class:`MalformedPayload`/:class:`ManifestMismatch`.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from fieldapp.sync.errors import (
    FileKind,
    InvalidRecord,
    MalformedPayload,
    ManifestMismatch,
)
from fieldapp.sync.keys import is_device_id
from fieldapp.sync.schema import canonical_json, is_canonical_uuid, loads

JSONValue: TypeAlias = (
    "bool | int | float | str | list[JSONValue] | dict[str, JSONValue] | None"
)

# The kinds the app exports today; the format accepts any kind matching _KIND, so a newer
# laptop's records are carried (and kept) by an older supervisor.
KNOWN_KINDS = ("interview_revision", "referral", "audit_entry")
MAX_REVISION = 2**63 - 1
_KIND = re.compile(r"[a-z][a-z0-9_]{0,39}")
_RECORD_KEYS = frozenset({"kind", "uuid", "revision", "device_id", "body"})
# Canonical lines never escape a surrogate; an escaped one may be a lone surrogate that later
# fails to encode in the database, so such lines get the full canonical check.
_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")
_COMPRESSION_LEVEL = 6


@dataclass(frozen=True)
class SyncRecord:
    """One record revision; ``body`` is a JSON object and must not be changed once built."""

    kind: str
    uuid: str
    revision: int
    device_id: str
    body: Mapping[str, JSONValue]
    content_hash: str = field(init=False, compare=False)
    wire: bytes = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        problem = _field_problem(self.kind, self.uuid, self.revision, self.device_id, self.body)
        if problem:
            raise InvalidRecord(f"record cannot be synced: {problem}")
        try:
            wire = canonical_json(self._as_json())
        except (ValueError, TypeError) as exc:
            raise InvalidRecord("record cannot be synced: its body is not plain JSON") from exc
        object.__setattr__(self, "wire", wire)
        object.__setattr__(self, "content_hash", hashlib.sha256(wire).hexdigest())

    def __hash__(self) -> int:
        return hash((self.uuid, self.revision, self.content_hash))

    @property
    def key(self) -> tuple[str, int]:
        return (self.uuid, self.revision)

    def _as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "uuid": self.uuid,
            "revision": self.revision,
            "device_id": self.device_id,
            "body": self.body,
        }

    @classmethod
    def _from_wire(cls, parsed: dict[str, Any], wire: bytes) -> SyncRecord:
        # The line was just parsed and checked field by field; hashing its exact bytes keeps
        # "equal hash => equal content" without paying for a second serialisation.
        record = object.__new__(cls)
        for name in _RECORD_KEYS:
            object.__setattr__(record, name, parsed[name])
        object.__setattr__(record, "wire", wire)
        object.__setattr__(record, "content_hash", hashlib.sha256(wire).hexdigest())
        return record


def _field_problem(kind: object, uuid: object, revision: object, device_id: object,
                   body: object) -> str:
    if not isinstance(kind, str) or not _KIND.fullmatch(kind):
        return "kind must be lowercase letters, digits and _ (at most 40)"
    if not isinstance(uuid, str) or not is_canonical_uuid(uuid):
        return "uuid must be a lowercase UUID"
    if type(revision) is not int or not 1 <= revision <= MAX_REVISION:
        return "revision must be a whole number from 1"
    if not isinstance(device_id, str) or not is_device_id(device_id):
        return "device id must be 32 lowercase hexadecimal characters"
    if not isinstance(body, Mapping):
        return "body must be a JSON object"
    return ""


@dataclass(frozen=True)
class EncodedPayload:
    """A compressed payload with the figures the manifest signs."""

    compressed: bytes
    uncompressed_size: int
    record_count: int


def encode_payload(records: Iterable[SyncRecord]) -> EncodedPayload:
    lines = [record.wire for record in records]
    plain = b"\n".join(lines)
    return EncodedPayload(zlib.compress(plain, _COMPRESSION_LEVEL), len(plain), len(lines))


def _malformed(detail: str) -> MalformedPayload:
    return MalformedPayload(FileKind.BUNDLE, f"the bundle's records are malformed: {detail}")


def _inflate(compressed: bytes, declared_size: int) -> bytes:
    inflater = zlib.decompressobj()
    try:
        # Never more than the signed size (+1 to notice excess): no decompression bomb.
        plain = inflater.decompress(compressed, declared_size + 1)
    except zlib.error as exc:
        raise _malformed("the compressed data is damaged") from exc
    if len(plain) > declared_size or inflater.unconsumed_tail:
        raise ManifestMismatch("the records are larger than the manifest says")
    if not inflater.eof:
        raise _malformed("the compressed data ends early")
    if inflater.unused_data:
        raise _malformed("extra bytes after the compressed data")
    if len(plain) != declared_size:
        raise ManifestMismatch("the records are smaller than the manifest says")
    return plain


def _parse_line(text: str) -> object:
    # One JSON value per line, parsed on its own: the hash of a line then always describes
    # exactly the record parsed from it (a whole-payload parse could pair them wrongly).
    try:
        return loads(text)
    except ValueError as exc:
        raise _malformed("a record is not valid JSON") from exc


def record_from_wire(line: bytes, device_id: str) -> SyncRecord:
    """One record from its wire line (as :attr:`SyncRecord.wire`), every field checked as
    in a payload; raises :class:`MalformedPayload` or :class:`ManifestMismatch`."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _malformed("a record is not valid UTF-8") from exc
    return _record_from(_parse_line(text), line, device_id)


def _record_from(parsed: object, line: bytes, device_id: str) -> SyncRecord:
    """A parsed payload line as a record of ``device_id``, every field checked."""
    if type(parsed) is not dict or parsed.keys() != _RECORD_KEYS:
        raise _malformed("a record does not have exactly the expected fields")
    problem = _field_problem(
        parsed["kind"], parsed["uuid"], parsed["revision"], parsed["device_id"], parsed["body"]
    )
    if problem:
        raise _malformed(problem)
    if parsed["device_id"] != device_id:
        raise ManifestMismatch("a record belongs to another device than the bundle")
    if _ESCAPED_SURROGATE.search(line):
        try:
            canonical_json(parsed)
        except ValueError as exc:
            raise _malformed("a record holds text that is not valid Unicode") from exc
    return SyncRecord._from_wire(parsed, line)


def decode_payload(
    compressed: bytes, *, declared_size: int, record_count: int, device_id: str
) -> tuple[SyncRecord, ...]:
    """The records of a payload whose hash has already been checked against the manifest."""
    plain = _inflate(compressed, declared_size)
    lines = plain.split(b"\n") if plain else []
    if len(lines) != record_count:
        raise ManifestMismatch(
            f"it lists {record_count} records, the bundle holds {len(lines)}"
        )
    try:
        # Bytes and text split alike: in UTF-8 the byte 0x0A only ever means a line break.
        texts = plain.decode("utf-8").split("\n") if lines else []
    except UnicodeDecodeError as exc:
        raise _malformed("the records are not valid UTF-8") from exc
    records = tuple(
        _record_from(_parse_line(text), line, device_id)
        for text, line in zip(texts, lines, strict=True)
    )
    if len({record.key for record in records}) != len(records):
        raise _malformed("the same record revision appears twice")
    return records
