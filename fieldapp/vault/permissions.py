"""Who may read a vault's files: the account that owns them, no one else.

On POSIX the data directory is ``0700`` and every file of the vault (the database, its WAL and
shared-memory files, the keystore and its backup, a pending keystore, the restore-attempt
record, backups written into it, files moved aside by a restore) is ``0600``. SQLite gives the
WAL and shared-memory files the database file's mode, so a database made ``0600`` keeps them
so. The files are all ciphertext, but who else can copy them decides who can guess passwords
offline. :func:`restrict` is applied when a vault is created, unlocked or restored, and after
a backup; :func:`loose_permissions` lets ``fieldapp check`` report anything looser.

On Windows, modes mean little: the data folder under ``%LOCALAPPDATA%`` inherits an access list
that admits only the account itself, SYSTEM and administrators (docs/security.md); nothing here
changes access lists.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600


def enforced() -> bool:
    return os.name == "posix"


def _entries(data_dir: Path) -> list[Path]:
    found: list[Path] = [data_dir]
    for root, dirs, files in os.walk(data_dir):
        base = Path(root)
        found.extend(base / name for name in dirs)
        found.extend(base / name for name in files)
    return found


def _wanted(path: Path) -> int:
    return DIR_MODE if path.is_dir() else FILE_MODE


def restrict(data_dir: Path) -> int:
    """Make the data directory and everything in it private; returns how many changed."""
    if not enforced() or not data_dir.is_dir():
        return 0
    changed = 0
    for path in _entries(data_dir):
        try:
            info = path.lstat()
        except FileNotFoundError:
            continue  # a file SQLite removed meanwhile
        if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():
            continue
        if stat.S_IMODE(info.st_mode) != _wanted(path):
            try:
                os.chmod(path, _wanted(path))
            except OSError:
                continue  # a read-only medium: check reports it, opening goes on
            changed += 1
    return changed


def loose_permissions(data_dir: Path) -> list[str]:
    """Paths (relative to the data directory) that others than the owner may read or enter."""
    if not enforced() or not data_dir.is_dir():
        return []
    loose: list[str] = []
    for path in _entries(data_dir):
        try:
            mode = stat.S_IMODE(path.lstat().st_mode)
        except FileNotFoundError:
            continue
        if mode & 0o077:
            loose.append(str(path.relative_to(data_dir)) or ".")
    return loose
