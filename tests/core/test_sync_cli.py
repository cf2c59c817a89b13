"""The sync commands as a user runs them: passwords on standard input, files in folders.

Most tests call ``fieldapp.cli.main`` in this process (the commands are thin; this keeps the
file fast); one runs real processes to check exit codes and one-line errors, and a slow one
runs the walkthrough of docs/sync.md exactly as written.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fieldapp.cli import main
from fieldapp.paths import VaultPaths
from fieldapp.services.interviews import InterviewService, VaultFormStore
from fieldapp.services.session import unlock_vault
from fieldapp.xlsform import FormLibrary
from tests.conftest import REPO_ROOT
from tests.core.test_sync_service_support import DIRECTORY, answers, mini_form

SUPERVISOR_PW = "supervisor passphrase"
LAPTOP_PW = "laptop passphrase"


class Cli:
    """Runs ``fieldapp`` commands in this process and keeps what they printed."""

    def __init__(self, root: Path, capsys: pytest.CaptureFixture[str],
                 monkeypatch: pytest.MonkeyPatch) -> None:
        self.root = root
        self.capsys = capsys
        self.monkeypatch = monkeypatch

    def __call__(self, who: str, *args: str, code: int = 0) -> str:
        password, user = (SUPERVISOR_PW, "chief") if who == "supervisor" else (LAPTOP_PW,
                                                                                "amira")
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
        self.capsys.readouterr()
        result = main(["--data-dir", str(self.root / who), "--user", user, "--password-stdin",
                       *args])
        out, err = self.capsys.readouterr()
        assert result == code, (args, out, err)
        if code and not out:  # a refusal: one line on stderr (a report says it on stdout)
            assert err.startswith("fieldapp: ") and err.count("\n") == 1, err
        return out

    def folder(self, name: str) -> Path:
        path = self.root / name
        path.mkdir(exist_ok=True)
        return path


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(tmp_path, capsys, monkeypatch)


def _line(out: str, label: str) -> str:
    match = re.search(rf"^{label}\s+(\S+)$", out, re.MULTILINE)
    assert match, out
    return match.group(1)


def _record(root: Path, count: int) -> None:
    with unlock_vault(VaultPaths(root / "laptop"), user="amira", password=LAPTOP_PW) as vault:
        library = FormLibrary(VaultFormStore(lambda: vault.connection), builtin_dir=root)
        service = InterviewService(vault, library)
        for number in range(count):
            service.record_answers("sync_mini", answers(number))


def _enrolled(cli: Cli) -> None:
    stick = cli.folder("stick")
    assert "supervisor vault" in cli("supervisor", "init", "--role", "supervisor")
    out = cli("supervisor", "enrollment", "create", "--out", str(stick), "--organisation",
              "Example Outreach", "--directory", str(DIRECTORY), "--form",
              str(mini_form(cli.folder("forms"))), "--purge-after-days", "0")
    code = out.rsplit(": ", 1)[1].strip()
    cli("laptop", "init")
    enrollment = next(stick.glob("*.fse"))
    cli("laptop", "enrollment", "apply", str(enrollment), "--fingerprint", "0000",
        code=1)
    out = cli("laptop", "enrollment", "apply", str(enrollment), "--fingerprint", code,
              "--label", "Laptop 3", "--out", str(stick))
    assert "Enrolled with Example Outreach" in out
    laptop_code = _line(cli("laptop", "sync", "status"), "device fingerprint")
    cli("supervisor", "device", "register", str(next(stick.glob("*.fsd"))), "--fingerprint",
        laptop_code)


def test_the_whole_flow_from_the_command_line(cli: Cli) -> None:
    _enrolled(cli)
    _record(cli.root, 2)
    inbox = cli.folder("inbox")
    assert "Bundle #1 written" in cli("laptop", "bundle", "export", "--out", str(inbox))
    assert "Nothing new to send since bundle #1" in cli("laptop", "bundle", "export", "--out",
                                                        str(inbox))
    [bundle] = inbox.glob("*.fsb")
    summary = json.loads(cli("supervisor", "bundle", "inspect", str(bundle)))
    assert summary["device_known"] and summary["manifest"]["sequence"] == 1
    (inbox / "junk.fsb").write_bytes(b"not a bundle at all")
    report = json.loads(cli("supervisor", "bundle", "import", str(bundle),
                            str(inbox / "junk.fsb"), "--receipts", str(cli.folder("back")),
                            code=1))
    assert [(f["status"], f["reason"]) for f in report["files"]] == [
        ("imported", None), ("rejected", "not_a_bundle")]
    assert report["totals"]["new"] == report["files"][0]["records"]
    assert report["interview_revisions_shown"] == 2 and len(report["receipts"]) == 1
    again = json.loads(cli("supervisor", "bundle", "import", str(bundle)))
    assert again["files"][0]["status"] == "duplicate"
    out = cli("laptop", "receipt", "import", *map(str, cli.folder("back").glob("*.fsr")))
    assert "2 interview(s) purged" in out
    devices = json.loads(cli("supervisor", "device", "list", "--json"))
    assert [(d["label"], d["bundles"]) for d in devices] == [("Laptop 3", 1)]
    status = json.loads(cli("supervisor", "sync", "status", "--json"))
    assert (status["role"], status["bundles"], status["interviews_pending"]) == (
        "supervisor", 1, 0)
    assert "No conflicts." in cli("supervisor", "bundle", "conflicts")
    # The duplicate import offered its receipt again (the first may have been lost).
    back = str(cli.folder("back"))
    assert "1 receipt(s) written." in cli("supervisor", "receipt", "export", "--out", back)
    assert "No new receipts." in cli("supervisor", "receipt", "export", "--out", back)
    updates = cli.folder("updates")
    assert "Update 1 written" in cli("supervisor", "update", "export", "--out", str(updates),
                                     "--purge-after-days", "7", "--no-stub")
    out = cli("laptop", "update", "import", *map(str, updates.glob("*.fsu")))
    assert "Update 1 applied" in out and "purge after 7 day(s)" in out
    laptop = json.loads(cli("laptop", "sync", "status", "--json"))
    assert laptop["retention"] == {"purge_after_days": 7, "keep_stub": False}
    assert laptop["pending_revisions"] == 0 and laptop["purged_stubs"] == 2
    assert "0 interview(s) purged" in cli("laptop", "sync", "purge")
    keys = cli.folder("keys")
    cli("supervisor", "supervisor", "keys", "--out", str(keys))
    assert json.loads((keys / "supervisor-keys.json").read_text())["fingerprint"]


def test_each_command_refuses_the_wrong_vault(cli: Cli) -> None:
    _enrolled(cli)
    folder = str(cli.folder("x"))
    cli("laptop", "bundle", "import", "--inbox", folder, code=1)
    cli("laptop", "enrollment", "create", "--out", folder, "--organisation", "x",
        "--directory", str(DIRECTORY), code=1)
    cli("supervisor", "bundle", "export", "--out", folder, code=1)
    cli("supervisor", "receipt", "import", str(cli.root / "missing.fsr"), code=1)
    cli("laptop", "bundle", "export", "--out", str(cli.root / "no-such-folder"), code=2)
    cli("supervisor", "bundle", "import", code=2)


def test_errors_are_one_line_from_a_real_process(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "FIELDAPP_INSECURE_TEST_KDF": "1"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "fieldapp", "--data-dir", str(tmp_path / "v"), "--user",
             "chief", "--password-stdin", *args], input=SUPERVISOR_PW + "\n",
            capture_output=True, text=True, env=env, timeout=120, check=False)

    assert run("init", "--role", "supervisor").returncode == 0
    junk = tmp_path / "a.fsb"
    junk.write_bytes(b"\x89FSB\r\n\x1a\n\x00\x01" + b"\x00" * 10)
    result = run("bundle", "inspect", str(junk))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("fieldapp: the bundle is incomplete")
    result = run("bundle", "import", str(junk))
    assert result.returncode == 1 and json.loads(result.stdout)["totals"]["rejected"] == 1
    result = run("bundle", "export", "--out", str(tmp_path))
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "only a laptop vault can export bundles" in result.stderr


@pytest.mark.slow
def test_the_walkthrough_in_the_docs_runs_as_written(tmp_path: Path) -> None:
    text = (REPO_ROOT / "docs" / "sync.md").read_text(encoding="utf-8")
    script = re.search(r"```bash\n(.*?)```", text, re.DOTALL)
    assert script is not None
    (tmp_path / "resources").symlink_to(REPO_ROOT / "resources")
    runner = (
        "set -euo pipefail\n"
        f'fieldapp() {{ "{sys.executable}" -m fieldapp "$@"; }}\n'
        + script.group(1)
    )
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "FIELDAPP_INSECURE_TEST_KDF": "1"}
    bash = shutil.which("bash")
    assert bash is not None
    result = subprocess.run([bash, "-c", runner], cwd=tmp_path, capture_output=True,
                            text=True, env=env, timeout=600, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Update 1 applied" in result.stdout and "Laptop 3" in result.stdout
