"""Reading and atomically replacing the keystore file, keeping the previous version as ``.bak``.

A save never leaves the keystore missing or half-written, whatever moment the program or the
machine stops: the new content goes to a temporary file in the same directory, is flushed and
fsync'd, the current file is copied to ``<name>.bak`` the same way, and only then does
``os.replace`` put the new file in place; the directory is fsync'd afterwards where the
operating system allows it (not on Windows). Temporary files are created with owner-only
permissions and carry no names or content of people. OS failures become
:class:`KeystoreUnavailable`; a missing file is :class:`VaultNotFound`.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

from fieldapp.vault.errors import KeystoreDamaged, KeystoreUnavailable, VaultNotFound

# A real keystore is a few kilobytes; refusing huge files keeps junk from filling memory.
MAX_KEYSTORE_BYTES = 1024 * 1024


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept."""
    return path.with_name(path.name + ".bak")


def read_keystore_bytes(path: Path) -> bytes:
    """The bytes of the keystore at ``path``."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_KEYSTORE_BYTES + 1)
    except FileNotFoundError:
        raise VaultNotFound(f"no keystore at {path}: there is no vault here") from None
    except OSError as error:
        raise KeystoreUnavailable(f"cannot read the keystore {path}: {error.strerror}") from None
    if len(data) > MAX_KEYSTORE_BYTES:
        raise KeystoreDamaged(f"the keystore {path} is damaged: it is far too large")
    return data


def write_atomically(path: Path, data: bytes, *, keep_backup: bool = True) -> None:
    """Replace ``path`` with ``data`` durably; with ``keep_backup``, the current content
    becomes ``.bak`` first (without it, an existing ``.bak`` is left as it is)."""
    directory = path.parent
    try:
        new_file = _durable_temp_copy(directory, path.name, data)
        try:
            previous = _read_if_present(path) if keep_backup else None
            if previous is not None:
                old_file = _durable_temp_copy(directory, path.name, previous)
                try:
                    os.replace(old_file, backup_path(path))
                except BaseException:
                    _remove_quietly(old_file)
                    raise
            os.replace(new_file, path)
        except BaseException:
            _remove_quietly(new_file)
            raise
        _fsync_directory(directory)
    except OSError as error:
        raise KeystoreUnavailable(
            f"cannot write the keystore {path}: {error.strerror or error}"
        ) from None


def _read_if_present(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _durable_temp_copy(directory: Path, name: str, data: bytes) -> Path:
    descriptor, temp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=directory)
    temp = Path(temp_name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temp)
        raise
    return temp


STALE_AFTER_SECONDS = 60.0


def remove_stale_temps(path: Path, *, now: float | None = None) -> int:
    """Delete temporary copies of ``path`` that a killed write left behind; returns how many.

    Only copies older than a minute go: a write in progress elsewhere (the app and a command
    at the same time) keeps its own.
    """
    moment = time.time() if now is None else now
    removed = 0
    for temp in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            if moment - temp.stat().st_mtime > STALE_AFTER_SECONDS:
                temp.unlink()
                removed += 1
    return removed


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable; Windows cannot open directories for this."""
    if os.name == "nt":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        # Some file systems (network, FAT on some kernels) refuse: the rename still happened.
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)
