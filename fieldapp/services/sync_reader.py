"""Reading bundle files for an import: every check and the decryption, optionally in a helper.

:func:`read_one` reads one file and runs everything ``fieldapp.sync.read_bundle`` checks
(structure, enrolled device, signatures, hashes, addressee, decryption, every record), and
returns what the import needs: the file's bytes, the signed manifest and each record's key and
content hash (:class:`ReadBundle`), or the rejection's reason (:class:`ReadFailure`).

Reading takes about as long as writing a bundle into the vault, and both hold the interpreter,
so for an import of several files :class:`BundleReader` reads ahead in one helper process
while the importer writes: on two cores that nearly halves an import of many bundles. The
helper gets the supervisor's identity through its pipe (never a file) and stops when the
import ends. One or two files, frozen builds (whose executable is the app, not an
interpreter) and any failure to start or keep the helper fall back to reading in the
importer's own thread: the helper changes the speed, never the outcome.
"""

from __future__ import annotations

import contextlib
import pickle
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO

from fieldapp import helper_process
from fieldapp.helper_process import receive, send
from fieldapp.sync import (
    BundleManifest,
    FileKind,
    SupervisorIdentity,
    read_bundle,
    read_sync_file,
)
from fieldapp.sync.bundle import check_header
from fieldapp.sync.bundle_layout import HEADER_BYTES, MAX_BUNDLE_BYTES
from fieldapp.sync.errors import SyncError, SyncFileUnavailable, Truncated
from fieldapp.sync.files import read_head
from fieldapp.vault.sync_materialise import Shown, shown_records

PARALLEL_MIN_FILES = 3
READ_AHEAD = 2


@dataclass(frozen=True)
class LedgerRecord:
    """What the ledger keeps of one record: its key, kind, device and content hash."""

    uuid: str
    revision: int
    kind: str
    device_id: str
    content_hash: str

    @property
    def key(self) -> tuple[str, int]:
        return (self.uuid, self.revision)


@dataclass(frozen=True)
class ReadBundle:
    """A bundle file that passed every check; ``shown`` says, record by record, what the case
    list shows of it (made here, beside the reading, so the writer does not parse again)."""

    data: bytes
    manifest: BundleManifest
    records: tuple[LedgerRecord, ...]
    shown: tuple[Shown | None, ...] = ()


@dataclass(frozen=True)
class ReadFailure:
    """Why a file was rejected; ``transient`` when it may still be being copied."""

    reason: str
    message: str
    transient: bool


Read = ReadBundle | ReadFailure


def read_one(path: Path, identity: SupervisorIdentity, known: Mapping[str, bytes]) -> Read:
    try:
        # The signed header first: a file from no enrolled laptop, or with a forged
        # signature, is refused before its body is read into memory.
        check_header(read_head(path, FileKind.BUNDLE, HEADER_BYTES), known)
        data = read_sync_file(path, FileKind.BUNDLE, max_bytes=MAX_BUNDLE_BYTES)
        bundle = read_bundle(data, known_devices=known, supervisor=identity)
    except SyncError as exc:
        transient = isinstance(exc, Truncated | SyncFileUnavailable)
        return ReadFailure(exc.reason, exc.message, transient)
    return ReadBundle(data, bundle.manifest, tuple(
        LedgerRecord(r.uuid, r.revision, r.kind, r.device_id, r.content_hash)
        for r in bundle.records
    ), shown_records(bundle.records))


# -- the helper process ------------------------------------------------------------------------
#
# A plain child interpreter started with ``-c`` (not ``multiprocessing``, which would import
# the parent's main script again in the child) that answers length-prefixed pickled requests
# on its standard input and output (fieldapp.helper_process).

_HELPER_CODE = "from fieldapp.services.sync_reader import serve; serve()"


def serve(requests: IO[bytes] | None = None, replies: IO[bytes] | None = None) -> None:
    """The helper's loop: the identity and devices first, then one path per request."""
    source = requests or sys.stdin.buffer
    sink = replies or sys.stdout.buffer
    try:
        start = receive(source)
        if not isinstance(start, tuple) or len(start) != 2:
            return
        secret, known = start
        identity = SupervisorIdentity.from_bytes(secret)
        while True:
            path = receive(source)
            send(sink, read_one(Path(str(path)), identity, known))
    except (EOFError, BrokenPipeError):
        return


class _Helper:
    """One helper process and the requests sent to it, answered in order."""

    def __init__(self, identity: SupervisorIdentity, known: dict[str, bytes]) -> None:
        self._process = helper_process.start(_HELPER_CODE)
        assert self._process.stdin is not None and self._process.stdout is not None
        self._requests: IO[bytes] = self._process.stdin
        self._replies: IO[bytes] = self._process.stdout
        send(self._requests, (identity.to_bytes(), known))

    def ask(self, path: Path) -> None:
        send(self._requests, str(path))

    def answer(self) -> Read:
        reply = receive(self._replies)
        if not isinstance(reply, ReadBundle | ReadFailure):
            raise EOFError("the helper sent something else")
        return reply

    def stop(self) -> None:
        # Both pipes closed first: a helper blocked on writing a reply nobody will read then
        # fails at once instead of waiting for the timeout below.
        for stream in (self._requests, self._replies):
            with contextlib.suppress(OSError):
                stream.close()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


class BundleReader:
    """Reads ``paths`` in order, ahead of the caller when a helper process is worth it."""

    def __init__(self, identity: SupervisorIdentity, known: Mapping[str, bytes],
                 paths: Sequence[Path], *, parallel: bool | None = None) -> None:
        self._identity = identity
        self._known = dict(known)
        self._paths = list(paths)
        wanted = parallel if parallel is not None else (
            len(self._paths) >= PARALLEL_MIN_FILES and not getattr(sys, "frozen", False))
        self._helper: _Helper | None = None
        if wanted:
            try:
                self._helper = _Helper(identity, self._known)
            except (OSError, EOFError):
                self._helper = None

    @property
    def parallel(self) -> bool:
        return self._helper is not None

    def __iter__(self) -> Iterator[tuple[Path, Read]]:
        asked = 0
        for index, path in enumerate(self._paths):
            if self._helper is not None:
                try:
                    while asked < min(index + READ_AHEAD, len(self._paths)):
                        self._helper.ask(self._paths[asked])
                        asked += 1
                    yield path, self._helper.answer()
                    continue
                except (OSError, EOFError, pickle.UnpicklingError):
                    # The helper died (out of memory, killed): read here from now on.
                    self.close()
            yield path, read_one(path, self._identity, self._known)

    def close(self) -> None:
        if self._helper is not None:
            self._helper.stop()
            self._helper = None

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()
