"""The export dialog over a real vault: choices, protection, the file written; prompts mocked."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import openpyxl
import pyrage
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fieldapp.services.exports import ExportResult
from tests.conftest import REPO_ROOT
from tests.ui.conftest import unlocked
from ui.export_dialog import ExportDialog, ExportPrompts
from ui.gateway import VaultGateway


class FakePrompts(ExportPrompts):
    def __init__(self, save_to: Path | None, key_file: Path | None = None) -> None:
        self.save_to = save_to
        self.key_file = key_file
        self.suggested: list[tuple[str, str]] = []

    def save_path(self, parent: QWidget, suggested_name: str, suffix: str) -> Path | None:
        self.suggested.append((suggested_name, suffix))
        return self.save_to

    def recipient_file(self, parent: QWidget) -> Path | None:
        return self.key_file


@pytest.fixture
def gateway(app_gateway: VaultGateway) -> VaultGateway:
    gate = unlocked(app_gateway)
    data = json.loads((REPO_ROOT / "forms" / "rapid_screening.tests.json").read_text("utf-8"))
    chosen = [s for s in data["scenarios"] if s["expect"].get("complete") is True][:3]
    for scenario in chosen:
        gate.interviews(lambda service, s=scenario: service.record_answers(
            "rapid_screening", s["answers"], language=s.get("lang")))
    return gate


def open_dialog(qtbot: QtBot, gateway: VaultGateway, prompts: FakePrompts) -> ExportDialog:
    dialog = ExportDialog(gateway, prompts=prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_lists_forms_and_languages_and_needs_a_protection_choice(
        qtbot: QtBot, gateway: VaultGateway, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, gateway, FakePrompts(tmp_path / "cases"))
    assert [dialog.form.itemData(i) for i in range(dialog.form.count())] == [
        None, "rapid_screening"]
    assert dialog.language.count() == 5  # names, then the form's four languages
    assert "3" in dialog.count_label.text()
    dialog.select("xlsx", ".xlsx")
    qtbot.mouseClick(dialog.out_button, Qt.MouseButton.LeftButton)
    assert dialog.out_path == tmp_path / "cases.xlsx"
    # Neither protection is pre-selected: the Export button waits for a choice.
    assert not dialog.encrypt.isChecked() and not dialog.plaintext.isChecked()
    assert not dialog.export_button.isEnabled()
    dialog.encrypt.setChecked(True)
    assert not dialog.export_button.isEnabled()  # no key yet
    dialog.plaintext.setChecked(True)
    assert dialog.export_button.isEnabled()
    assert dialog.plaintext_warning.isVisible()


def test_encrypted_tables_in_french(qtbot: QtBot, gateway: VaultGateway,
                                    tmp_path: Path) -> None:
    identity = pyrage.x25519.Identity.generate()
    key = tmp_path / "office.pub"
    key.write_text(f"{identity.to_public()}\n", encoding="utf-8")
    dialog = open_dialog(qtbot, gateway, FakePrompts(tmp_path / "cases.xlsx", key))
    results: list[ExportResult] = []
    dialog.exported.connect(results.append)
    dialog.select("xlsx", ".xlsx")
    dialog.language.setCurrentIndex(dialog.language.findData("Français (fr)"))
    dialog.encrypt.setChecked(True)
    qtbot.mouseClick(dialog.key_button, Qt.MouseButton.LeftButton)
    assert dialog.key_label.text().startswith("age1")
    qtbot.mouseClick(dialog.out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(results) == 1 and results[0].encrypted and results[0].interviews == 3
    sealed = tmp_path / "cases.xlsx.age"
    assert sealed.exists() and not (tmp_path / "cases.xlsx").exists()
    book = openpyxl.load_workbook(io.BytesIO(pyrage.decrypt(sealed.read_bytes(), [identity])),
                                  read_only=True)
    header = next(book["rapid_screening"].iter_rows(values_only=True))
    assert any(isinstance(h, str) and h.startswith("Êtes-vous") for h in header)
    assert "encrypted" in dialog.message.text()


def test_anonymised_statistics_need_no_protection(qtbot: QtBot, gateway: VaultGateway,
                                                  tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, gateway, FakePrompts(tmp_path / "stats.xlsx"))
    dialog.select("aggregate", ".xlsx")
    assert not dialog.encrypt.isVisible() and not dialog.plaintext.isVisible()
    assert dialog.anonymised_note.isVisible() and not dialog.language.isEnabled()
    qtbot.mouseClick(dialog.out_button, Qt.MouseButton.LeftButton)
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert zipfile.is_zipfile(tmp_path / "stats.xlsx")
    assert "Anonymised" in dialog.message.text()


def test_a_bad_key_file_and_an_existing_file_are_explained(
        qtbot: QtBot, gateway: VaultGateway, tmp_path: Path) -> None:
    bad = tmp_path / "bad.pub"
    bad.write_text("not a key\n", encoding="utf-8")
    existing = tmp_path / "briefcase.zip"
    existing.write_bytes(b"keep")
    dialog = open_dialog(qtbot, gateway, FakePrompts(existing, bad))
    dialog.select("openrosa", ".zip")
    dialog.encrypt.setChecked(True)
    qtbot.mouseClick(dialog.key_button, Qt.MouseButton.LeftButton)
    assert "age public key" in dialog.message.text()
    assert not dialog.export_button.isEnabled()
    dialog.plaintext.setChecked(True)
    qtbot.mouseClick(dialog.out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "exists already" in dialog.message.text()
    assert existing.read_bytes() == b"keep"
    assert dialog.export_button.isEnabled()


def test_a_review_filter_limits_what_is_exported(qtbot: QtBot, gateway: VaultGateway,
                                                 tmp_path: Path) -> None:
    from fieldapp.services.case_filter import CaseFilter

    chosen = CaseFilter(result_levels=frozenset({"no_indicators"}))
    found: list[int] = []
    gateway.run(lambda vault: vault.connection.execute(
        "SELECT count(*) FROM interviews WHERE result_level = 'no_indicators'").fetchone()[0],
        found.append)
    dialog = ExportDialog(gateway, prompts=FakePrompts(tmp_path / "few.zip"),
                          case_filter=chosen)
    qtbot.addWidget(dialog)
    assert "current filter" in dialog.count_label.text()
    assert str(found[0]) in dialog.count_label.text()
