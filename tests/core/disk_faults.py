"""Fault fixtures for tests: a small file system that fills up, a read-only remount, and an
unprivileged account. They need root (mount, setpriv); elsewhere the tests using them skip,
except in CI, where a missing capability is a failure so the faults are never left untested.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
IN_CI = os.environ.get("CI") == "true"


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"CI must run the fault tests: {reason}")
    pytest.skip(reason)


@contextlib.contextmanager
def small_disk(root: Path, size_kib: int = 2048) -> Iterator[Path]:
    """A tmpfs of ``size_kib`` mounted at a new folder under ``root``."""
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        _unavailable("mounting a small file system needs root")
    mount_point = root / "small-disk"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs",
                           str(mount_point)], capture_output=True, text=True)
    if done.returncode != 0:
        _unavailable(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False, capture_output=True)


def fill(disk: Path, leave_bytes: int = 0) -> None:
    """Write a filler file until only ``leave_bytes`` (roughly) stay free."""
    free = shutil.disk_usage(disk).free - leave_bytes
    with open(disk / "filler", "wb") as out:
        chunk = b"\0" * 65536
        while free > 0:
            try:
                out.write(chunk[:min(len(chunk), free)])
                out.flush()
            except OSError:
                break
            free -= len(chunk)


def remount_read_only(disk: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True, capture_output=True)


def run_cli(data_dir: Path, *args: str, stdin: str = "", as_nobody: bool = False,
            ) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "fieldapp", "--data-dir", str(data_dir), *args]
    if as_nobody:
        if shutil.which("setpriv") is None or os.geteuid() != 0:
            _unavailable("running as another account needs root and setpriv")
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    env = {**os.environ, "PYTHONPATH": str(REPO), "FIELDAPP_INSECURE_TEST_KDF": "1"}
    return subprocess.run(command, input=stdin, capture_output=True, text=True, env=env,
                          timeout=120, cwd="/")
