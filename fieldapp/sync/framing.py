"""The first twelve bytes every sync file shares: an eight-byte magic and a format version.

Each file kind has its own magic, shaped like PNG's (a high byte, three letters, CR LF, ^Z,
LF), so a file mangled by a text-mode copy, or a receipt handed to the bundle reader, is
named for what it is rather than "damaged". :func:`check_prefix` gives the first rejection
any reader makes: empty, not this kind of file, cut short before the version, or a version
this app cannot read. Numbers in every header are unsigned big-endian.
"""

from __future__ import annotations

import struct

from fieldapp.sync.errors import (
    UNRECOGNISED,
    EmptyFile,
    FileKind,
    Truncated,
    UnsupportedVersion,
)

MAGICS: dict[FileKind, bytes] = {
    FileKind.BUNDLE: b"\x89FSB\r\n\x1a\n",
    FileKind.RECEIPT: b"\x89FSR\r\n\x1a\n",
    FileKind.ENROLLMENT: b"\x89FSE\r\n\x1a\n",
    FileKind.REGISTRATION: b"\x89FSD\r\n\x1a\n",
    FileKind.UPDATE: b"\x89FSU\r\n\x1a\n",
}
FORMAT_VERSION = 1
MAGIC_BYTES = 8
PREFIX_BYTES = MAGIC_BYTES + 2
_VERSION = struct.Struct(">H")


def prefix(kind: FileKind) -> bytes:
    """Magic and current format version: the first bytes a writer emits."""
    return MAGICS[kind] + _VERSION.pack(FORMAT_VERSION)


def check_prefix(data: bytes, kind: FileKind) -> None:
    """Raise the typed error for a file that is not a readable ``kind`` file of this version."""
    if not data:
        raise EmptyFile(kind)
    magic = MAGICS[kind]
    head = data[:MAGIC_BYTES]
    if head != magic[: len(head)]:
        found = next((other for other, value in MAGICS.items() if value == head), None)
        raise UNRECOGNISED[kind](kind, found)
    if len(data) < PREFIX_BYTES:
        raise Truncated(kind, len(data), PREFIX_BYTES)
    (version,) = _VERSION.unpack_from(data, MAGIC_BYTES)
    if version != FORMAT_VERSION:
        raise UnsupportedVersion(kind, version)
