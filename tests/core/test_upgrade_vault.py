"""The upgrade path: a vault made by an earlier version opens in this one, interviews intact.

Each ``tests/data/vault-<version>/`` was written by that version (tests/data/
make_upgrade_vault.py) and is never regenerated: this version must unlock it (running its
migrations on a copy), show every interview with the result it had, keep its referrals, and
pass the vault check and the audit chain.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from fieldapp import cli
from fieldapp.paths import VaultPaths
from fieldapp.services import maintenance, referrals
from fieldapp.services.interviews import InterviewService, VaultFormStore
from fieldapp.services.session import unlock_vault
from fieldapp.vault import audit
from fieldapp.xlsform import FormLibrary

DATA = Path(__file__).resolve().parents[1] / "data"
VAULTS = sorted(DATA.glob("vault-*"))


def _copy(release: Path, tmp_path: Path) -> tuple[VaultPaths, dict[str, Any]]:
    """A working copy: unlocking migrates and writes to the audit log."""
    folder = tmp_path / release.name
    shutil.copytree(release, folder)
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    return VaultPaths(folder), expected


def test_there_is_a_vault_of_a_release() -> None:
    assert VAULTS, "tests/data/vault-<version>/ is missing"


@pytest.mark.parametrize("release", VAULTS, ids=[p.name for p in VAULTS])
def test_an_older_vault_opens_with_its_interviews(release: Path, tmp_path: Path) -> None:
    paths, expected = _copy(release, tmp_path)
    with unlock_vault(paths, user=expected["user"], password=expected["password"]) as vault:
        service = InterviewService(vault, FormLibrary(VaultFormStore(lambda: vault.connection)))
        for interview in expected["interviews"]:
            detail = service.detail(interview["reference"])
            assert detail.record.form_id == interview["form_id"]
            assert detail.record.form_version == interview["form_version"]
            assert detail.result.level == interview["result_level"]
            assert detail.values, interview["reference"]
        for made in expected["referrals"]:
            listed = referrals.list_referrals(vault, made["reference"])
            assert [r.uuid for r in listed] == [made["id"]]
        assert all(check.ok for check in maintenance.check_vault(vault))
        assert audit.verify_chain(vault.connection).ok


@pytest.mark.parametrize("release", VAULTS, ids=[p.name for p in VAULTS])
def test_the_command_line_lists_them(release: Path, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    paths, expected = _copy(release, tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(expected["password"] + "\n"))
    code = cli.main(["--data-dir", str(paths.data_dir), "--user", expected["user"],
                     "--password-stdin", "interview", "list", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    listed = {row["reference"]: row for row in json.loads(out)}
    assert set(listed) == {i["reference"] for i in expected["interviews"]}
    for interview in expected["interviews"]:
        assert listed[interview["reference"]]["result_level"] == interview["result_level"]
