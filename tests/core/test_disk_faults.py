"""A full disk, a read-only file system and a folder without permission, as the CLI meets them.

Each gets its own plain message and a non-zero exit; none is reported as a replaced keystore,
nothing saved is lost, and a vault on a read-only medium can still be read.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.conftest import ADMIN_PASSWORD
from tests.core.disk_faults import fill, remount_read_only, run_cli, small_disk

AUTH = ("--user", "chief", "--password-stdin")
PASSWORD_LINE = ADMIN_PASSWORD + "\n"


def _no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr, stderr
    assert "match its keystore" not in stderr, stderr


def test_init_on_a_full_disk_leaves_nothing_behind(tmp_path: Path) -> None:
    with small_disk(tmp_path) as disk:
        data_dir = disk / "vault"
        fill(disk, leave_bytes=48 * 1024)
        made = run_cli(data_dir, *AUTH, "init", stdin=PASSWORD_LINE)
        assert made.returncode != 0
        _no_traceback(made.stderr)
        assert "disk is full" in made.stderr
        assert not (data_dir / "keystore.json").exists()
        assert not (data_dir / "vault.db").exists()
        (disk / "filler").unlink()
        again = run_cli(data_dir, *AUTH, "init", stdin=PASSWORD_LINE)
        assert again.returncode == 0, again.stderr


def test_a_full_disk_is_named_and_the_vault_still_reads(tmp_path: Path) -> None:
    with small_disk(tmp_path, size_kib=4096) as disk:
        data_dir = disk / "vault"
        assert run_cli(data_dir, *AUTH, "init", stdin=PASSWORD_LINE).returncode == 0
        fill(disk)
        listed = run_cli(data_dir, *AUTH, "interview", "list", stdin=PASSWORD_LINE)
        _no_traceback(listed.stderr)
        assert listed.returncode == 0, listed.stderr
        assert "disk is full" in listed.stderr and "read-only" in listed.stderr
        checked = run_cli(data_dir, *AUTH, "check", stdin=PASSWORD_LINE)
        _no_traceback(checked.stderr)
        assert checked.returncode == 0, checked.stderr + checked.stdout
        (disk / "filler").unlink()
        after = run_cli(data_dir, *AUTH, "check", stdin=PASSWORD_LINE)
        assert after.returncode == 0 and "read-only" not in after.stderr


def test_a_read_only_medium_reads_and_refuses_writes_plainly(tmp_path: Path) -> None:
    with small_disk(tmp_path, size_kib=4096) as disk:
        data_dir = disk / "vault"
        assert run_cli(data_dir, *AUTH, "init", stdin=PASSWORD_LINE).returncode == 0
        remount_read_only(disk)
        listed = run_cli(data_dir, *AUTH, "interview", "list", stdin=PASSWORD_LINE)
        _no_traceback(listed.stderr)
        assert listed.returncode == 0, listed.stderr
        assert "read-only" in listed.stderr
        wrong = run_cli(data_dir, "--user", "chief", "--password-stdin", "interview", "list",
                        stdin="not the password\n")
        _no_traceback(wrong.stderr)
        assert wrong.returncode != 0 and "password" in wrong.stderr
        rotated = run_cli(data_dir, *AUTH, "rotate-key", stdin=PASSWORD_LINE)
        _no_traceback(rotated.stderr)
        assert rotated.returncode != 0 and "read-only" in rotated.stderr


def test_a_folder_this_account_may_not_open_says_so(tmp_path: Path) -> None:
    data_dir = tmp_path / "vault"
    made = run_cli(data_dir, *AUTH, "init", stdin=PASSWORD_LINE)
    assert made.returncode == 0, made.stderr
    os.chmod(tmp_path, 0o755)
    denied = run_cli(data_dir, *AUTH, "interview", "list", stdin=PASSWORD_LINE,
                     as_nobody=True)
    _no_traceback(denied.stderr)
    assert denied.returncode != 0
    assert "permission" in denied.stderr


def test_init_on_a_read_only_medium_says_so_and_leaves_nothing(tmp_path: Path) -> None:
    with small_disk(tmp_path) as disk:
        remount_read_only(disk)
        made = run_cli(disk / "vault", *AUTH, "init", stdin=PASSWORD_LINE)
        _no_traceback(made.stderr)
        assert made.returncode != 0 and "read-only" in made.stderr
        assert not (disk / "vault").exists()
