"""The ``fieldapp`` vault commands, run as a user would: a real process, stdin passwords."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

PASSWORD = "field office passphrase"


def run(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "FIELDAPP_INSECURE_TEST_KDF": "1"}
    return subprocess.run(
        [sys.executable, "-m", "fieldapp", "--data-dir", str(data_dir), *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=120, check=False,
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    result = run(folder, "init", "--user", "chief", "--password-stdin", stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stderr
    return folder


def test_version() -> None:
    result = run(Path("."), "--version")
    assert result.returncode == 0 and result.stdout.startswith("fieldapp ")


def test_init_twice_is_refused(data_dir: Path) -> None:
    result = run(data_dir, "init", "--user", "x", "--password-stdin", stdin="pw\n")
    assert result.returncode != 0
    assert result.stderr.startswith("fieldapp: a vault already exists")
    assert "Traceback" not in result.stderr


def test_user_lifecycle(data_dir: Path) -> None:
    auth = ("--user", "chief", "--password-stdin")
    added = run(data_dir, *auth, "user", "add", "amira", "--role", "interviewer",
                stdin=f"{PASSWORD}\nofficer pass\n")
    assert added.returncode == 0, added.stderr
    listed = run(data_dir, *auth, "user", "list", "--json", stdin=PASSWORD + "\n")
    assert {u["name"]: u["role"] for u in json.loads(listed.stdout)} == {
        "chief": "admin", "amira": "interviewer"}
    changed = run(data_dir, "--user", "amira", "--password-stdin", "user", "passwd",
                  stdin="officer pass\nnew officer pass\n")
    assert changed.returncode == 0, changed.stderr
    removed = run(data_dir, *auth, "user", "remove", "amira", stdin=PASSWORD + "\n")
    assert removed.returncode == 0 and "rotated" in removed.stdout
    gone = run(data_dir, "--user", "amira", "--password-stdin", "check",
               stdin="new officer pass\n")
    assert gone.returncode != 0


def test_interviewer_cannot_add_users(data_dir: Path) -> None:
    run(data_dir, "--user", "chief", "--password-stdin", "user", "add", "bo",
        stdin=f"{PASSWORD}\nbo password\n")
    denied = run(data_dir, "--user", "bo", "--password-stdin", "user", "add", "eve",
                 stdin="bo password\neve password\n")
    assert denied.returncode != 0 and "only admin" in denied.stderr


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (("--user", "chief"), "wrong password\n", "wrong user name or password"),
        (("--user", "nobody"), "whatever\n", "wrong user name or password"),
    ],
)
def test_bad_unlock_is_one_clean_line(
    data_dir: Path, args: tuple[str, ...], stdin: str, message: str
) -> None:
    result = run(data_dir, *args, "--password-stdin", "check", stdin=stdin)
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0
    assert message in result.stderr
    assert "hmac" not in result.stderr.lower() and "Traceback" not in result.stderr


def test_missing_vault(tmp_path: Path) -> None:
    result = run(tmp_path / "none", "--user", "a", "--password-stdin", "check", stdin="pw\n")
    assert result.returncode != 0
    assert "no vault" in result.stderr and "Traceback" not in result.stderr


def test_damaged_keystore(data_dir: Path) -> None:
    (data_dir / "keystore.json").write_text("{ this is not json")
    result = run(data_dir, "--user", "chief", "--password-stdin", "check", stdin=PASSWORD + "\n")
    assert result.returncode != 0
    assert "keystore" in result.stderr and "Traceback" not in result.stderr


def test_check_audit_backup_restore_rotate(data_dir: Path, tmp_path: Path) -> None:
    auth = ("--user", "chief", "--password-stdin")
    check = run(data_dir, *auth, "check", stdin=PASSWORD + "\n")
    assert check.returncode == 0 and "The vault is healthy." in check.stdout
    backup = tmp_path / "copy.fab"
    assert run(data_dir, *auth, "backup", "--out", str(backup), stdin=PASSWORD + "\n"
               ).returncode == 0
    assert run(data_dir, *auth, "rotate-key", stdin=PASSWORD + "\n").returncode == 0
    restored = run(data_dir, *auth, "restore", str(backup), stdin=PASSWORD + "\n")
    assert restored.returncode == 0, restored.stderr
    verify = run(data_dir, *auth, "audit", "--verify", stdin=PASSWORD + "\n")
    assert verify.returncode == 0 and "intact" in verify.stdout
    log = run(data_dir, *auth, "audit", "--json", stdin=PASSWORD + "\n")
    events = [entry["event"] for entry in json.loads(log.stdout)]
    # The restored log is the one in the backup (taken before "backup_written" and the
    # rotation were logged), followed by the restore itself.
    assert events[0] == "vault_created" and "backup_restored" in events
    assert "key_rotated" not in events


def test_audit_verify_fails_on_tampering(data_dir: Path) -> None:
    from fieldapp.paths import VaultPaths
    from fieldapp.services.session import unlock_vault

    with unlock_vault(VaultPaths(data_dir), user="chief", password=PASSWORD) as vault:
        vault.connection.execute("UPDATE audit_log SET actor = 'x' WHERE seq = 1")
    verify = run(data_dir, "--user", "chief", "--password-stdin", "audit", "--verify",
                 stdin=PASSWORD + "\n")
    assert verify.returncode == 1 and "altered" in verify.stdout
    check = run(data_dir, "--user", "chief", "--password-stdin", "check", stdin=PASSWORD + "\n")
    assert check.returncode == 1 and "FAIL audit log" in check.stdout


def test_recovery_commands(data_dir: Path, tmp_path: Path) -> None:
    identity = tmp_path / "supervisor-identity.txt"
    keygen = run(data_dir, "recovery", "keygen", "--out", str(identity))
    assert keygen.returncode == 0
    recipient = keygen.stdout.strip().splitlines()[-1]
    assert recipient.startswith("age1")
    recipient_file = tmp_path / "recipient.txt"
    recipient_file.write_text(recipient)
    set_key = run(data_dir, "--user", "chief", "--password-stdin", "recovery", "set-key",
                  str(recipient_file), stdin=PASSWORD + "\n")
    assert set_key.returncode == 0, set_key.stderr
    reset = run(data_dir, "--password-stdin", "recovery", "reset",
                str(data_dir / "keystore.json"), "--identity", str(identity),
                "--account", "chief", stdin="recovered passphrase\n")
    assert reset.returncode == 0, reset.stderr
    check = run(data_dir, "--user", "chief", "--password-stdin", "check",
                stdin="recovered passphrase\n")
    assert check.returncode == 0
