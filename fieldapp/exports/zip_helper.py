"""A zip written in a helper process, so that its compression runs beside the export.

An OpenRosa export is 100,000 small XML documents, each its own zip entry compressed on its
own, and zipfile's work for each (headers, checksum, a deflate stream started, fed and
finished) took as long as rendering the documents; an XLSX or CSV export streams a few large
entries whose compression is a tenth of its time. :func:`zip_entries` gives a writer with
``writestr(name, data)`` and ``open(name)`` (a stream for one large entry). For a large export
a helper interpreter runs zipfile and writes the zip stream to its standard output, and a
thread here copies that stream into ``target`` (the export's ``.part`` file or its encryption
pipe), so the file is written exactly where and how it was before: atomically, encrypted
unless plaintext was chosen. The data reach the helper through a pipe only; nothing touches
the disk. Frozen builds (whose executable is the app, not an interpreter), small exports and
a helper that cannot start use zipfile here. A helper that dies half-way fails the export,
which then leaves no file, as a full disk would.
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import IO, Any, Protocol, cast

from fieldapp import helper_process
from fieldapp.errors import FieldappError
from fieldapp.helper_process import receive, send, widen

_BATCH_BYTES = 1 << 20
_CHUNK = 1 << 20
_HELPER_CODE = "from fieldapp.exports.zip_helper import serve; serve()"
_READY = b"R"


class ZipHelperStopped(FieldappError):
    def __init__(self) -> None:
        super().__init__("the export stopped: its compressing process ended unexpectedly")


class EntryWriter(Protocol):
    def writestr(self, name: str, data: bytes, /) -> None: ...

    def open(self, name: str, /) -> AbstractContextManager[IO[bytes]]: ...


def serve(requests: IO[bytes] | None = None, replies: IO[bytes] | None = None) -> None:
    """The helper: batches of steps in, then None; the zip stream out. A step is (name, data)
    for a whole entry, (name, None) to open a streamed one, (None, data) to write into it and
    (None, None) to close it."""
    source = requests or sys.stdin.buffer
    # Its own buffer on the standard output: zipfile makes several small writes per entry,
    # and sys.stdout.buffer is no buffer at all under PYTHONUNBUFFERED (``-u``), which made
    # each of them a system call and a wake-up of the copying thread (800,000 for 100,000
    # OpenRosa submissions).
    sink = replies or open(sys.stdout.fileno(), "wb", buffering=_CHUNK,  # noqa: SIM115
                           closefd=False)
    widen(sink)
    sink.write(_READY)  # started: from here on the stream is the zip's
    sink.flush()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        entry: IO[bytes] | None = None
        while (batch := receive(source)) is not None:
            assert isinstance(batch, list)
            for name, data in batch:
                if name is not None and data is not None:
                    zf.writestr(name, data)
                elif name is not None:
                    entry = zf.open(name, "w", force_zip64=True)
                elif data is not None and entry is not None:
                    entry.write(data)
                elif entry is not None:
                    entry.close()
                    entry = None
    sink.flush()


class _Entry(io.RawIOBase):
    """A streamed entry of the helper's zip: its writes become steps of the batch."""

    def __init__(self, helper: _HelperZip) -> None:
        self._helper = helper

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self._helper.step(None, chunk)
        return len(chunk)


class _HelperZip:
    """The helper process, the batch being gathered and the thread copying its output."""

    def __init__(self, target: IO[bytes]) -> None:
        self._process = helper_process.start(_HELPER_CODE)
        assert self._process.stdin is not None and self._process.stdout is not None
        self._requests: IO[bytes] = self._process.stdin
        # Room for a whole batch: the export goes on rendering while the helper takes it.
        widen(self._requests)
        self._output: IO[bytes] = self._process.stdout
        self._batch: list[tuple[str | None, bytes | None]] = []
        self._size = 0
        self._failure: list[BaseException] = []
        if self._output.read(len(_READY)) != _READY:  # it could not start (e.g. an import)
            self._process.kill()
            self._process.wait()
            for stream in (self._requests, self._output):
                stream.close()
            raise OSError("the zip helper did not start")
        self._copier = threading.Thread(target=self._copy, args=(target,),
                                        name="export-zip-copy", daemon=True)
        self._copier.start()

    def _copy(self, target: IO[bytes]) -> None:
        try:
            while chunk := self._output.read(_CHUNK):
                target.write(chunk)
        except BaseException as error:  # raised on the export's thread by finish()
            self._failure.append(error)
        finally:
            # Closing our end stops a helper still writing, instead of blocking it forever.
            with contextlib.suppress(OSError):
                self._output.close()

    def writestr(self, name: str, data: bytes) -> None:
        self.step(name, data)

    @contextmanager
    def open(self, name: str) -> Iterator[IO[bytes]]:
        self.step(name, None)
        yield cast(IO[bytes], _Entry(self))
        self.step(None, None)

    def step(self, name: str | None, data: bytes | None) -> None:
        self._batch.append((name, data))
        self._size += len(data) if data is not None else 0
        if self._size >= _BATCH_BYTES:
            self._flush()

    def _flush(self) -> None:
        try:
            send(self._requests, self._batch)
        except (BrokenPipeError, OSError) as error:
            self.stop()
            raise self._failure[0] if self._failure else ZipHelperStopped() from error
        self._batch, self._size = [], 0

    def finish(self) -> None:
        if self._batch:
            self._flush()
        try:
            send(self._requests, None)
            self._requests.close()
        except OSError as error:
            self.stop()
            raise self._failure[0] if self._failure else ZipHelperStopped() from error
        self._copier.join()
        code = self._process.wait()
        if self._failure:
            raise self._failure[0]
        if code != 0:
            raise ZipHelperStopped()

    def stop(self) -> None:
        for stream in (self._requests, self._output):
            with contextlib.suppress(OSError):
                stream.close()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._copier.join()


class _Here:
    """zipfile in this process, behind the same two calls."""

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self._zf = zf

    def writestr(self, name: str, data: bytes) -> None:
        self._zf.writestr(name, data)

    def open(self, name: str) -> AbstractContextManager[IO[bytes]]:
        return self._zf.open(name, "w", force_zip64=True)


@contextmanager
def zip_entries(target: IO[bytes], *, parallel: bool) -> Iterator[EntryWriter]:
    """A writer of deflated zip entries into ``target``, through a helper when ``parallel``
    allows one and this is not a frozen build; the zip is complete when the block ends."""
    helper: _HelperZip | None = None
    if parallel and not getattr(sys, "frozen", False):
        with contextlib.suppress(OSError):
            helper = _HelperZip(target)
    if helper is None:
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED,
                             compresslevel=1) as zf:
            yield _Here(zf)
        return
    try:
        yield helper
        helper.finish()
    except BaseException:
        helper.stop()
        raise
