"""A vault's files: private to their owner (made, unlocked, backed up, restored), no leftovers."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from fieldapp.paths import VaultPaths
from fieldapp.services import maintenance
from fieldapp.services.session import Vault, create_vault, unlock_vault
from fieldapp.vault.permissions import loose_permissions
from tests.conftest import ADMIN, ADMIN_PASSWORD

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _modes(folder: Path) -> dict[str, int]:
    found = {".": _mode(folder)}
    for path in folder.rglob("*"):
        found[str(path.relative_to(folder))] = _mode(path)
    return found


def test_a_new_vault_is_private_under_a_permissive_umask(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        paths = VaultPaths(tmp_path / "vault")
        with create_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as vault:
            vault.connection.execute("SELECT count(*) FROM interviews").fetchone()
            modes = _modes(paths.data_dir)
    finally:
        os.umask(previous)
    assert modes["."] == 0o700
    for name in ("vault.db", "vault.db-wal", "vault.db-shm", "keystore.json"):
        assert modes[name] == 0o600, (name, oct(modes[name]))
    assert all(mode & 0o077 == 0 for mode in modes.values()), modes


def test_unlock_tightens_a_loose_vault_and_check_reports_loose_files(
        vault: Vault, tmp_path: Path) -> None:
    paths = vault.paths
    vault.lock()
    os.chmod(paths.data_dir, 0o755)
    os.chmod(paths.keystore, 0o644)
    assert set(loose_permissions(paths.data_dir)) >= {".", "keystore.json"}
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as again:
        assert loose_permissions(paths.data_dir) == []
        stray = paths.data_dir / "copied-here.txt"
        stray.write_text("x")
        os.chmod(stray, 0o644)
        results = {result.name: result for result in maintenance.check_vault(again)}
    assert not results["file permissions"].ok
    assert "copied-here.txt" in results["file permissions"].detail


def test_backup_and_restore_keep_files_private(vault: Vault, tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        backup_file = maintenance.backup(vault, tmp_path / "backup.fab")
        assert _mode(backup_file) == 0o600
        target = VaultPaths(tmp_path / "restored")
        maintenance.restore(target, backup_file, user=ADMIN, password=ADMIN_PASSWORD)
        maintenance.restore(target, backup_file, user=ADMIN, password=ADMIN_PASSWORD)
    finally:
        os.umask(previous)
    assert loose_permissions(target.data_dir) == [], _modes(target.data_dir)


def test_unlock_removes_temporary_keystore_copies_a_killed_write_left(vault: Vault) -> None:
    paths = vault.paths
    vault.lock()
    stale = paths.data_dir / ".keystore.json.abc123.tmp"
    stale.write_bytes(b"{}")
    os.utime(stale, (1_000_000, 1_000_000))
    fresh = paths.data_dir / ".keystore.json.def456.tmp"  # a write in progress elsewhere
    fresh.write_bytes(b"{}")
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD):
        pass
    assert not stale.exists() and fresh.exists()
