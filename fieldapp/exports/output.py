"""Where an export's bytes go: a new file, age-encrypted on the fly or, when chosen, plain.

An export with personal data never touches the disk unencrypted unless the supervisor chose
plaintext: the format writer writes into one end of an OS pipe and pyrage's streaming
``encrypt_io`` reads the other end on a worker thread, writing age ciphertext (X25519, to the
recipient's public key) into the output file. Nothing is buffered whole, so memory stays flat
at any size, and no plaintext temporary file exists. Either way the file is written under a
``.part`` name (mode 0600, created exclusively) and renamed into place once complete and
flushed to disk, so a crash or a failed export never leaves a half file under the real name; an
existing file is never replaced.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

import pyrage

from fieldapp.errors import FieldappError, UsageError

_PIPE_BUFFER = 1 << 20


class OutputExists(FieldappError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"{path.name} exists already: choose another name")


class OutputFailed(FieldappError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"could not write {path.name}: {reason}")


def read_recipient(path: Path) -> str:
    """The age public key (``age1...``) in ``path``: the first line holding one."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read the recipient file {path.name}") from error
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("age1"):
            try:
                pyrage.x25519.Recipient.from_str(line)
            except Exception as error:  # pyrage raises its own untyped errors
                raise UsageError(f"{path.name} does not hold a valid age public key") from error
            return line
    raise UsageError(f"{path.name} does not hold an age public key (a line starting with age1)")


def encrypted_path(path: Path) -> Path:
    """Where an encrypted export of ``path`` goes: the name gains ``.age`` unless it has it."""
    return path if path.suffix == ".age" else path.with_name(path.name + ".age")


def _create(path: Path) -> IO[bytes]:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as error:
        raise OutputExists(path) from error
    except OSError as error:
        raise OutputFailed(path, error.strerror or "the folder is not writable") from error
    return os.fdopen(fd, "wb")


@contextmanager
def export_file(path: Path, recipient: str | None) -> Iterator[IO[bytes]]:
    """A binary stream whose bytes end up in ``path`` (encrypted to ``recipient`` if given)."""
    if path.exists():
        raise OutputExists(path)
    part = path.with_name(path.name + ".part")
    handle = _create(part)
    done = False
    try:
        if recipient is None:
            with handle:
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
        else:
            with handle:
                with _encrypting(handle, recipient, path) as plain:
                    yield plain
                handle.flush()
                os.fsync(handle.fileno())
        if path.exists():
            raise OutputExists(path)
        os.replace(part, path)
        done = True
    finally:
        if not done:
            with suppress(FileNotFoundError):
                part.unlink()


@contextmanager
def _encrypting(out: IO[bytes], recipient: str, path: Path) -> Iterator[IO[bytes]]:
    key = pyrage.x25519.Recipient.from_str(recipient)
    read_fd, write_fd = os.pipe()
    # Large buffers on both ends: a zip writes several small pieces per entry, and each
    # write reaching the pipe is a system call and a hand-over to the encrypting thread
    # (100,000 OpenRosa submissions: most of the export's time, before these buffers).
    reader = os.fdopen(read_fd, "rb", buffering=_PIPE_BUFFER)
    writer = os.fdopen(write_fd, "wb", buffering=_PIPE_BUFFER)
    failure: list[BaseException] = []

    def encrypt() -> None:
        try:
            pyrage.encrypt_io(reader, out, [key])
        except BaseException as error:  # reported on the caller's thread below
            failure.append(error)
        finally:
            # Closing our end makes a writer still writing fail instead of blocking forever.
            reader.close()

    worker = threading.Thread(target=encrypt, name="export-encrypt", daemon=True)
    worker.start()
    broken = False
    try:
        yield writer
    except BrokenPipeError:
        broken = True  # the encryption side stopped reading; its own error is raised below
    finally:
        try:
            writer.close()
        except BrokenPipeError:
            broken = True
        worker.join()
    if failure or broken:
        raise OutputFailed(path, "encryption failed") from (failure[0] if failure else None)
