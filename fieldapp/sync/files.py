"""Putting sync files on disk and reading them back: atomic writes, bounded reads, opaque names.

Sync files travel on USB sticks that get pulled out mid-copy. A writer never leaves a
half-written file under the final name: :func:`write_atomic` writes a temporary file in the
same directory, fsyncs it, renames it over the target and fsyncs the directory. Readers take
bytes; :func:`read_sync_file` refuses files larger than a limit before reading them and turns
operating-system failures into a typed error. File names carry no person, place or date:
:func:`opaque_file_name` derives them from the file's own hash.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from pathlib import Path

from fieldapp.sync.errors import FileKind, FileTooLarge, SyncFileUnavailable
from fieldapp.sync.framing import MAGIC_BYTES, MAGICS, PREFIX_BYTES, check_prefix

# Neutral suffixes: a stick found at a checkpoint should not announce what the files are.
SUFFIXES: dict[FileKind, str] = {
    FileKind.BUNDLE: ".fsb",
    FileKind.RECEIPT: ".fsr",
    FileKind.ENROLLMENT: ".fse",
    FileKind.REGISTRATION: ".fsd",
    FileKind.UPDATE: ".fsu",
}


def opaque_file_name(data: bytes, kind: FileKind) -> str:
    """``<20 hex of SHA-256(data)><suffix>``: stable for the same bytes, says nothing else."""
    return hashlib.sha256(data).hexdigest()[:20] + SUFFIXES[kind]


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable; Windows cannot open directories, and needs no such step.
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that the file is either the old one or complete."""
    directory = path.parent
    temporary = directory / f".{secrets.token_hex(8)}.partial"
    try:
        with open(temporary, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
        _fsync_directory(directory)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise SyncFileUnavailable(
            f"could not write {path.name}: {exc.strerror or 'write failed'}"
        ) from exc


def read_head(path: Path, kind: FileKind, size: int) -> bytes:
    """The first ``size`` bytes of a sync file (fewer if it is shorter)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(size)
    except OSError as exc:
        raise SyncFileUnavailable(
            f"could not read {path.name}: {exc.strerror or 'read failed'}"
        ) from exc


def read_sync_file(path: Path, kind: FileKind, *, max_bytes: int) -> bytes:
    """The bytes of a sync file, refused before reading if it is larger than ``max_bytes``."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                # A sync file of another kind (a bundle given as a registration file) is
                # named for what it is, not for its size.
                head = handle.read(PREFIX_BYTES)
                if head[:MAGIC_BYTES] in MAGICS.values():
                    check_prefix(head, kind)
                raise FileTooLarge(kind, max_bytes)
            # One byte more than the limit reveals a file that grew while being read.
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise SyncFileUnavailable(
            f"could not read {path.name}: {exc.strerror or 'read failed'}"
        ) from exc
    if len(data) > max_bytes:
        raise FileTooLarge(kind, max_bytes)
    return data
