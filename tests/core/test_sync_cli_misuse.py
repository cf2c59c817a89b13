"""Sync commands misused: every argument checked before anything is done, messages that say
what the file is and what to do, and no traceback on a closed pipe."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from fieldapp.cli import main
from tests.conftest import REPO_ROOT
from tests.core.test_sync_cli import (  # noqa: F401 - cli is a fixture
    LAPTOP_PW,
    SUPERVISOR_PW,
    Cli,
    _enrolled,
    _record,
    cli,
)


def refusal(cli: Cli, who: str, *args: str, code: int) -> str:  # noqa: F811
    """Run a command that must be refused; its one line on stderr."""
    password, user = (SUPERVISOR_PW, "chief") if who == "supervisor" else (LAPTOP_PW, "amira")
    cli.monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
    cli.capsys.readouterr()
    result = main(["--data-dir", str(cli.root / who), "--user", user, "--password-stdin",
                   *args])
    out, err = cli.capsys.readouterr()
    assert result == code, (out, err)
    assert err.startswith("fieldapp: ") and err.count("\n") == 1, err
    return err


def test_import_with_a_missing_receipts_folder_imports_nothing(cli: Cli) -> None:  # noqa: F811
    _enrolled(cli)
    _record(cli.root, 1)
    stick = cli.folder("stick2")
    cli("laptop", "bundle", "export", "--out", str(stick))
    bundle = next(stick.glob("*.fsb"))
    err = refusal(cli, "supervisor", "bundle", "import", str(bundle), "--receipts",
                  str(cli.root / "no" / "such" / "dir"), code=2)
    assert "--receipts" in err and "does not exist" in err
    assert "no bundle file" in refusal(cli, "supervisor", "bundle", "import",
                                       str(cli.root / "missing.fsb"), code=2)
    report = cli("supervisor", "bundle", "import", str(bundle), code=0)
    assert '"imported": 1' in report  # the first attempt had imported nothing


def test_export_names_a_file_given_as_folder_and_mentions_force(cli: Cli) -> None:  # noqa: F811
    _enrolled(cli)
    a_file = cli.root / "a-file"
    a_file.write_text("x")
    err = refusal(cli, "laptop", "bundle", "export", "--out", str(a_file), code=2)
    assert "is a file" in err
    stick = cli.folder("out")
    cli("laptop", "bundle", "export", "--out", str(stick), "--force")
    out = cli("laptop", "bundle", "export", "--out", str(stick))
    assert "Nothing new to send" in out and "--force" in out


def test_wrong_file_kinds_are_named(cli: Cli) -> None:  # noqa: F811
    _enrolled(cli)
    _record(cli.root, 3)
    stick = cli.folder("out")
    cli("laptop", "bundle", "export", "--out", str(stick))
    bundle = next(stick.glob("*.fsb"))
    err = refusal(cli, "supervisor", "device", "register", str(bundle), "--fingerprint",
                  "0000", code=1)
    assert "this is a bundle, not a registration file" in err, err
    enrollment = next((cli.root / "stick").glob("*.fse"))
    err = refusal(cli, "laptop", "update", "import", str(enrollment), code=1)
    assert "an enrollment file, not an update file" in err, err


def test_registering_a_laptop_twice_says_so(cli: Cli) -> None:  # noqa: F811
    _enrolled(cli)
    registration = next((cli.root / "stick").glob("*.fsd"))
    code = cli("laptop", "sync", "status")
    fingerprint = next(line.split()[-1] for line in code.splitlines()
                       if line.startswith("device fingerprint"))
    out = cli("supervisor", "device", "register", str(registration), "--fingerprint",
              fingerprint)
    assert "accepted before" in out


def test_purge_on_a_supervisor_vault_points_to_the_laptops(cli: Cli) -> None:  # noqa: F811
    cli("supervisor", "init", "--role", "supervisor")
    err = refusal(cli, "supervisor", "sync", "purge", code=1)
    assert "officers' laptops" in err and "init --role supervisor" not in err


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    data_dir = tmp_path / "vault"
    env_args = [sys.executable, "-m", "fieldapp", "--data-dir", str(data_dir), "--user",
                "amira", "--password-stdin"]
    done = subprocess.run([*env_args, "init"], input=LAPTOP_PW + "\n", capture_output=True,
                          text=True, cwd=REPO_ROOT)
    assert done.returncode == 0, done.stderr
    script = (f"{sys.executable} -m fieldapp --data-dir {data_dir} --user amira "
              "--password-stdin audit | head -c 10")
    piped = subprocess.run(["bash", "-o", "pipefail", "-c", script], input=LAPTOP_PW + "\n",
                           capture_output=True, text=True, cwd=REPO_ROOT)
    assert "Traceback" not in piped.stderr and "BrokenPipe" not in piped.stderr, piped.stderr
