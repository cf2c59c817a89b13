"""``fieldapp export``, run as a user would: a real process, options checked before unlocking."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest

from fieldapp.paths import VaultPaths
from fieldapp.services.session import create_vault
from tests.conftest import REPO_ROOT
from tests.core.export_support import record_scenarios

USER = "chief"
PASSWORD = "export cli passphrase"


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "FIELDAPP_INSECURE_TEST_KDF": "1"}
    return subprocess.run(
        [sys.executable, "-m", "fieldapp", "--data-dir", str(data_dir), "--user", USER,
         "--password-stdin", *args],
        input=PASSWORD + "\n", capture_output=True, text=True, env=env, timeout=120,
        check=False)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    paths = VaultPaths(tmp_path_factory.mktemp("export-cli") / "vault")
    with create_vault(paths, user=USER, password=PASSWORD, role="supervisor") as vault:
        record_scenarios(vault, per_form=2)
    yield paths.data_dir


def test_csv_encrypted_to_a_recipient(data_dir: Path, tmp_path: Path) -> None:
    identity = pyrage.x25519.Identity.generate()
    key = tmp_path / "supervisor.pub"
    key.write_text(f"# public key\n{identity.to_public()}\n", encoding="utf-8")
    out = tmp_path / "cases.zip"
    done = run(data_dir, "export", "csv", "--out", str(out), "--recipient", str(key))
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert "4 interview(s)" in done.stderr and "encrypted" in done.stderr
    sealed = tmp_path / "cases.zip.age"
    assert not out.exists() and sealed.exists()
    plain = pyrage.decrypt(sealed.read_bytes(), [identity])
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        assert "rapid_screening.csv" in archive.namelist()


def test_personal_data_without_a_choice_is_refused_before_unlocking(
        data_dir: Path, tmp_path: Path) -> None:
    done = run(data_dir, "export", "xlsx", "--out", str(tmp_path / "x.xlsx"))
    assert done.returncode == 2
    assert "--recipient FILE" in done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_recipient_and_plaintext_together_are_refused(data_dir: Path, tmp_path: Path) -> None:
    key = tmp_path / "k.pub"
    key.write_text("age1notakey\n", encoding="utf-8")
    done = run(data_dir, "export", "csv", "--out", str(tmp_path / "x.zip"), "--recipient",
               str(key), "--plaintext")
    assert done.returncode == 2 and "not allowed with" in done.stderr


def test_a_bad_recipient_file_is_a_clear_error(data_dir: Path, tmp_path: Path) -> None:
    key = tmp_path / "k.pub"
    key.write_text("hello\n", encoding="utf-8")
    done = run(data_dir, "export", "csv", "--out", str(tmp_path / "x.zip"), "--recipient",
               str(key))
    assert done.returncode == 2 and "age public key" in done.stderr
    assert "Traceback" not in done.stderr


def test_aggregate_needs_no_option_and_one_form_can_be_chosen(
        data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "stats.xlsx"
    done = run(data_dir, "export", "aggregate", "--out", str(out), "--form", "rapid_screening")
    assert done.returncode == 0, done.stderr
    assert "2 interview(s)" in done.stderr and "anonymised" in done.stderr
    assert zipfile.is_zipfile(out)


def test_plaintext_openrosa_and_an_existing_file(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "briefcase.zip"
    done = run(data_dir, "export", "openrosa", "--out", str(out), "--plaintext")
    assert done.returncode == 0 and "NOT encrypted" in done.stderr
    again = run(data_dir, "export", "openrosa", "--out", str(out), "--plaintext")
    assert again.returncode == 1 and "exists already" in again.stderr
