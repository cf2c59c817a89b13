"""A finalised interview read back in full, in each of its form's languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp.demo import create_demo_vault
from fieldapp.paths import VaultPaths
from fieldapp.services.case_transcript import (
    TranscriptUnavailable,
    case_transcript,
    field_labels,
)
from fieldapp.services.interviews import VaultFormStore
from fieldapp.services.session import Vault, unlock_vault
from fieldapp.xlsform import FormLibrary

PASSWORD = "demo passphrase for tests"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    create_demo_vault(VaultPaths(folder), password=PASSWORD)
    return folder


def _open(folder: Path) -> tuple[Vault, FormLibrary]:
    vault = unlock_vault(VaultPaths(folder), user="demo", password=PASSWORD)
    return vault, FormLibrary(VaultFormStore(lambda: vault.connection))


def test_the_interview_reads_back_in_every_language(demo: Path) -> None:
    vault, library = _open(demo)
    try:
        reference = vault.connection.execute(
            "SELECT reference FROM interviews WHERE status = 'finalised'"
            " AND form_id = 'full_screening' AND result_level = 'refer_now'").fetchone()[0]
        english = case_transcript(vault, library, reference)
        french = case_transcript(vault, library, reference, language="Français (fr)")
        assert english.languages == french.languages and len(english.languages) == 4
        assert french.language == "Français (fr)"
        assert [line.name for line in english.lines] == [line.name for line in french.lines]
        by_name = {line.name: line for line in french.lines}
        assert by_name["private_space"].answer == "Oui"
        assert by_name["age_years"].label == "Quel âge avez-vous ?"
        assert {line.name for line in english.lines} >= {"site", "consent", "gender"}
        assert field_labels(library, "full_screening", english_version(vault, reference),
                            "Français (fr)")["age_years"] == "Quel âge avez-vous ?"
    finally:
        vault.lock()


def english_version(vault: Vault, reference: str) -> str:
    return str(vault.connection.execute(
        "SELECT form_version FROM interviews WHERE reference = ?", (reference,)).fetchone()[0])


def test_a_draft_never_finalised_has_no_transcript(demo: Path) -> None:
    vault, library = _open(demo)
    try:
        reference = vault.connection.execute(
            "SELECT reference FROM interviews WHERE status = 'draft' AND revision = 0"
        ).fetchone()[0]
        with pytest.raises(TranscriptUnavailable):
            case_transcript(vault, library, reference)
    finally:
        vault.lock()
