"""Reading an export's interviews in a helper process: the interviews the export's own process
reads, in the same order, whether the helper works, cannot start or dies half-way."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldapp.exports import reader
from fieldapp.exports.reader import VaultAccess, read_interviews
from fieldapp.exports.source import ExportInterview, iter_interviews
from fieldapp.paths import VaultPaths
from fieldapp.services.case_filter import CaseFilter
from fieldapp.services.session import Vault, create_vault
from fieldapp.vault.database import transaction
from tests.core.export_support import add_copies, record_scenarios

COPIES = 150  # several batches of the helper


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    paths = VaultPaths(tmp_path_factory.mktemp("export-reader") / "vault")
    # A supervisor's vault, where large exports run: its content is not sealed per officer.
    with create_vault(paths, user="chief", password="reader passphrase",
                      role="supervisor", vault_role="supervisor") as unlocked:
        record_scenarios(unlocked, per_form=2)
        add_copies(unlocked, COPIES)
        other_layouts(unlocked)
        yield unlocked


def other_layouts(vault: Vault) -> None:
    """Two revisions whose values cannot be cut out alone: written first, and followed by a
    field named ``values`` (both are read whole, by the helper's reader too)."""
    rows = vault.connection.execute(
        "SELECT interview_id, revision, content FROM interview_revisions"
        " ORDER BY interview_id LIMIT 2").fetchall()
    with transaction(vault.connection):
        for n, (interview_id, revision, content) in enumerate(rows):
            whole = json.loads(content)
            if n == 0:
                changed = {"values": whole["values"], "interview": whole["interview"]}
            else:
                changed = {**whole, "values": {**whole["values"], "values": {"a": 1}}}
            vault.connection.execute(
                "UPDATE interview_revisions SET content = ? WHERE interview_id = ?"
                " AND revision = ?", (json.dumps(changed), interview_id, revision))


def access(vault: Vault, key: bytes | None = None) -> VaultAccess:
    return VaultAccess(vault.paths.database, key or vault.key, read_only=False)


def no_reading_here(*args: Any, **kwargs: Any) -> Iterator[ExportInterview]:
    raise AssertionError("the export's own process read interviews")


@pytest.mark.parametrize("form_id", [None, "rapid_screening"])
def test_the_helper_reads_what_the_export_would(vault: Vault, form_id: str | None,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    here = list(iter_interviews(vault.connection, form_id))
    assert len(here) > 2 * 64 if form_id is None else here
    monkeypatch.setattr(reader, "iter_interviews", no_reading_here)
    helped = list(read_interviews(vault.connection, access(vault), form_id))
    assert helped == here


def test_the_helper_applies_the_case_filter(vault: Vault,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = CaseFilter(officers=frozenset({"chief"}))  # the scenarios, not the copies
    here = list(iter_interviews(vault.connection, None, chosen))
    assert 0 < len(here) < len(list(iter_interviews(vault.connection)))
    monkeypatch.setattr(reader, "iter_interviews", no_reading_here)
    assert list(read_interviews(vault.connection, access(vault), None, chosen)) == here


def test_a_helper_that_cannot_open_the_vault_changes_nothing(vault: Vault) -> None:
    here = list(iter_interviews(vault.connection))
    wrong_key = bytes(32)
    assert list(read_interviews(vault.connection, access(vault, wrong_key))) == here


def test_a_helper_dying_half_way_is_taken_over(vault: Vault,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    here = list(iter_interviews(vault.connection))
    real = reader._Helper.batches

    def first_batch_then_death(self: Any) -> Iterator[list[tuple[Any, ...]]]:
        for batch in real(self):
            yield batch
            raise EOFError("the helper was killed")

    monkeypatch.setattr(reader._Helper, "batches", first_batch_then_death)
    assert list(read_interviews(vault.connection, access(vault))) == here


def test_no_helper_for_a_frozen_build_or_a_small_export(vault: Vault,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    here = list(iter_interviews(vault.connection))

    def no_helper(*args: Any) -> None:
        raise AssertionError("a helper was started")

    monkeypatch.setattr(reader, "_Helper", no_helper)
    assert list(read_interviews(vault.connection, access(vault), parallel=False)) == here
    assert list(read_interviews(vault.connection, None)) == here
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert list(read_interviews(vault.connection, access(vault))) == here


def test_content_sealed_per_officer_is_read_here_with_the_accounts_keys(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a shared laptop the content opens only with the account's keyring, which never
    leaves this process: no helper, and every interview still exported."""
    paths = VaultPaths(tmp_path / "laptop")
    with create_vault(paths, user="chief", password="laptop passphrase",
                      role="supervisor") as laptop:
        record_scenarios(laptop, per_form=1)
        sealed = laptop.connection.execute(
            "SELECT content FROM interview_revisions LIMIT 1").fetchone()[0]
        assert not str(sealed).startswith("{")  # sealed on the laptop

        def no_helper(*args: Any) -> None:
            raise AssertionError("a helper was started for sealed content")

        monkeypatch.setattr(reader, "_Helper", no_helper)
        monkeypatch.setattr(reader, "PARALLEL_MIN_INTERVIEWS", 0)
        here = list(iter_interviews(laptop.connection))
        assert here and list(read_interviews(laptop.connection, access(laptop))) == here


def test_the_helper_leaves_no_file_behind(vault: Vault, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    list(read_interviews(vault.connection, access(vault)))
    assert list(tmp_path.iterdir()) == []
