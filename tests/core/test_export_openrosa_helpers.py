"""A large OpenRosa export, read and compressed by helper processes, against the same export
written in one process: the same entries, in the same order, byte for byte. And content this
account cannot open (sealed to another officer's key) is neither counted nor exported, by
either path."""

from __future__ import annotations

import io
import json
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldapp.exports import reader, zip_helper
from fieldapp.exports.openrosa import instance_folder
from fieldapp.exports.source import count_rows
from fieldapp.paths import VaultPaths
from fieldapp.services import exports
from fieldapp.services.exports import ExportRequest, ExportService
from fieldapp.services.session import Vault, create_vault
from fieldapp.vault.content_seal import REVISION, Keyring
from fieldapp.vault.database import transaction
from tests.core.export_support import add_copies, record_scenarios

COPIES = 1_500  # many batches of both helpers


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    paths = VaultPaths(tmp_path_factory.mktemp("openrosa-helpers") / "vault")
    # A supervisor's vault: its content is not sealed per officer, so the reader helper runs.
    with create_vault(paths, user="chief", password="helpers passphrase",
                      role="supervisor", vault_role="supervisor") as unlocked:
        record_scenarios(unlocked, per_form=3)
        add_copies(unlocked, COPIES)
        yield unlocked


class Started:
    """Counts the helpers an export starts (reader and zip), which still do their work."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.names: list[str] = []
        for module, name in ((reader, "_Helper"), (zip_helper, "_HelperZip")):
            original = getattr(module, name)

            def started(*args: Any, _original: Any = original, _name: str = name) -> Any:
                self.names.append(_name)
                return _original(*args)

            monkeypatch.setattr(module, name, started)


def export(vault: Vault, out: Path, monkeypatch: pytest.MonkeyPatch,
           *, helpers: bool) -> tuple[int, list[tuple[str, bytes]], list[str]]:
    """(interviews, entries, helpers started) of a plaintext OpenRosa export."""
    with monkeypatch.context() as patch:
        patch.setattr(exports, "PARALLEL_MIN_INTERVIEWS", 1 if helpers else 10**9)
        started = Started(patch)
        result = ExportService(vault).export(ExportRequest("openrosa", out, plaintext=True))
    with zipfile.ZipFile(io.BytesIO(out.read_bytes())) as archive:
        assert archive.testzip() is None
        entries = [(info.filename, archive.read(info)) for info in archive.infolist()]
    return result.interviews, entries, started.names


def test_helpers_write_the_same_submissions(vault: Vault, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    count, here, none = export(vault, tmp_path / "here.zip", monkeypatch, helpers=False)
    helped_count, helped, started = export(vault, tmp_path / "helped.zip", monkeypatch,
                                           helpers=True)
    assert none == [] and sorted(started) == ["_Helper", "_HelperZip"]
    assert count == helped_count == COPIES + 6
    assert len(here) == count + 2  # and the two forms' XForms
    assert [name for name, _ in helped] == [name for name, _ in here]
    for (name, expected), (_, got) in zip(here, helped, strict=True):
        assert got == expected, name


def sealed_elsewhere(text: str) -> bytes:
    """``text`` sealed to an officer key nobody in the vault holds."""
    keyring = Keyring(sealing=True)
    keyring.add(os.urandom(16).hex(), "officer99", os.urandom(32))
    sealed = keyring.seal(text, "officer99", REVISION)
    assert isinstance(sealed, bytes)
    return sealed


@pytest.mark.parametrize("helpers", [False, True])
def test_content_nobody_here_can_open_is_left_out(tmp_path: Path, helpers: bool,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    paths = VaultPaths(tmp_path / "vault")
    with create_vault(paths, user="chief", password="sealed passphrase",
                      role="supervisor", vault_role="supervisor") as unlocked:
        record_scenarios(unlocked, per_form=1)
        add_copies(unlocked, 20)
        connection = unlocked.connection
        interview_id, revision, content, instance_id = connection.execute(
            "SELECT r.interview_id, r.revision, r.content, i.uuid FROM interview_revisions r"
            " JOIN interviews i ON i.id = r.interview_id ORDER BY i.id DESC LIMIT 1"
        ).fetchone()
        given = json.loads(content)["values"]["instanceID"]
        with transaction(connection):
            connection.execute(
                "UPDATE interview_revisions SET content = ? WHERE interview_id = ?"
                " AND revision = ?", (sealed_elsewhere(content), interview_id, revision))
        assert ExportService(unlocked).count() == 21
        # The export's own total counts rows from the indexes (an upper bound) on a
        # supervisor's vault; what it writes is what this account opens.
        assert count_rows(connection) == 22
        count, entries, started = export(unlocked, tmp_path / "o.zip", monkeypatch,
                                         helpers=helpers)
    assert bool(started) is helpers
    names = [name for name, _ in entries if name.endswith("/submission.xml")]
    assert count == len(names) == 21
    assert not any(given[len("uuid:"):] in name or instance_id in name for name in names)


@given(st.one_of(st.text(), st.text(alphabet="uid:-aZ09é/ ").map(lambda t: "uuid:" + t)))
def test_instance_folder_keeps_letters_digits_and_dashes(instance_id: str) -> None:
    assert instance_folder(instance_id) == "".join(
        ch for ch in instance_id if ch.isalnum() or ch == "-")


def test_instance_folder_of_usual_ids() -> None:
    assert instance_folder("uuid:1f2e3d4c-AB-09") == "uuid1f2e3d4c-AB-09"
    assert instance_folder("uuid:zoë 1/2") == "uuidzoë12"
