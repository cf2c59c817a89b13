"""The referral dialog over a real vault: services, preview, save, print, status; dialogs mocked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.conftest import REPO_ROOT
from tests.ui.conftest import unlocked
from ui.gateway import VaultGateway
from ui.look import apply_look, load_fonts
from ui.referral_dialog import ReferralDialog
from ui.referral_models import ReferralColumn, ServiceColumn
from ui.referral_preview import pdf_available
from ui.referral_prompts import PassphraseDialog, ReferralPrompts

NATIONAL = "national-referral-office"


class FakePrompts(ReferralPrompts):
    """Answers the dialog's modal questions without showing them."""

    def __init__(self, save_to: Path | None = None, printer: QPrinter | None = None) -> None:
        self.save_to = save_to
        self.chosen_printer = printer
        self.passphrases: list[str] = []
        self.suggested: list[str] = []

    def save_path(self, parent: QWidget, suggested_name: str) -> Path | None:
        self.suggested.append(suggested_name)
        return self.save_to

    def printer(self, parent: QWidget) -> QPrinter | None:
        return self.chosen_printer

    def show_passphrase(self, parent: QWidget, passphrase: str) -> None:
        self.passphrases.append(passphrase)


def encryption(reader: PdfReader) -> Any:
    """The document's encryption dictionary (/V, /R, ...)."""
    trailer: Any = reader.trailer
    return trailer["/Encrypt"]


def scenario_answers(name_start: str) -> dict[str, Any]:
    data = json.loads((REPO_ROOT / "forms" / "rapid_screening.tests.json").read_text("utf-8"))
    return dict(next(s for s in data["scenarios"] if s["name"].startswith(name_start))["answers"])


def record(gateway: VaultGateway, name_start: str) -> str:
    found: list[str] = []
    gateway.interviews(
        lambda service: service.record_answers("rapid_screening", scenario_answers(name_start)),
        lambda made: found.append(made.reference))
    return found[0]


@pytest.fixture
def gateway(app_gateway: VaultGateway) -> VaultGateway:
    return unlocked(app_gateway)


def open_dialog(qtbot: QtBot, gateway: VaultGateway, reference: str,
                prompts: FakePrompts) -> ReferralDialog:
    load_fonts()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, 100)
    dialog = ReferralDialog(gateway, reference, prompts=prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def visible_service_ids(dialog: ReferralDialog) -> list[str]:
    proxy = dialog.proxy
    return [dialog.services.service(proxy.mapToSource(proxy.index(row, 0)).row()).id
            for row in range(proxy.rowCount())]


def test_services_suggested_first_and_filtered(qtbot: QtBot, gateway: VaultGateway,
                                               qtmodeltester: ModelTester) -> None:
    reference = record(gateway, "adult labour case")
    dialog = open_dialog(qtbot, gateway, reference, FakePrompts())
    suggested = dialog.context.suggested if dialog.context else ()
    assert suggested and visible_service_ids(dialog)[:len(suggested)] == list(suggested)
    assert dialog.selected_service() is not None
    assert dialog.selected_service().id == suggested[0]  # type: ignore[union-attr]
    assert dialog.encrypt.isChecked() and dialog.language.currentData() == "en"
    qtmodeltester.check(dialog.services)
    qtmodeltester.check(dialog.proxy)
    qtmodeltester.check(dialog.made)
    dialog.type_filter.setCurrentIndex(dialog.type_filter.findData("shelter"))
    shelters = visible_service_ids(dialog)
    assert shelters and all(dialog.services.service(row).type == "shelter"
                            for row in range(dialog.services.rowCount())
                            if dialog.services.service(row).id in shelters)
    dialog.area_filter.setCurrentIndex(dialog.area_filter.findData("PORT-EAST"))
    in_area = visible_service_ids(dialog)
    assert set(in_area) <= set(shelters) and len(in_area) < len(shelters)
    name = dialog.proxy.index(0, ServiceColumn.NAME).data()
    assert isinstance(name, str) and name


@pytest.mark.skipif(not pdf_available(), reason="Qt PDF is not installed")
def test_preview_save_encrypted_and_status(qtbot: QtBot, gateway: VaultGateway,
                                           tmp_path: Path) -> None:
    reference = record(gateway, "adult labour case")
    out = tmp_path / "referral.pdf"
    prompts = FakePrompts(save_to=out)
    dialog = open_dialog(qtbot, gateway, reference, prompts)
    assert dialog.select_service(NATIONAL)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.preview_button.click()
    assert dialog.preview.page_count >= 1
    assert dialog.made.rowCount() == 0 and not out.exists()  # a preview records nothing
    dialog.resize(1200, 800)
    shot = tmp_path / "app-referral.png"
    assert dialog.grab().save(str(shot)) and shot.stat().st_size > 10_000

    clipboard = QGuiApplication.clipboard()
    clipboard.setText("untouched", QClipboard.Mode.Clipboard)
    dialog.save_button.click()
    assert prompts.suggested and prompts.suggested[0].startswith("referral-")
    assert len(prompts.passphrases) == 1 and out.exists()
    reader = PdfReader(out)
    assert reader.is_encrypted and encryption(reader)["/R"] == 6
    assert reader.decrypt(prompts.passphrases[0])
    assert reference in "".join(page.extract_text() for page in reader.pages)
    assert clipboard.text(QClipboard.Mode.Clipboard) == "untouched"
    assert dialog.made.rowCount() == 1
    assert dialog.made.index(0, ReferralColumn.PROTECTION).data() == "Encrypted"

    dialog.made_view.selectRow(0)
    dialog.status.setCurrentIndex(dialog.status.findData("accepted"))
    dialog.status_button.click()
    assert dialog.made.index(0, ReferralColumn.STATUS).data() == "Accepted"
    dialog.forget()
    assert dialog.preview.page_count == 0 and not dialog.isVisible()


def test_unencrypted_save_refuses_an_existing_file(qtbot: QtBot, gateway: VaultGateway,
                                                   tmp_path: Path) -> None:
    reference = record(gateway, "adult labour case")
    out = tmp_path / "plain.pdf"
    prompts = FakePrompts(save_to=out)
    dialog = open_dialog(qtbot, gateway, reference, prompts)
    assert dialog.select_service(NATIONAL)
    dialog.encrypt.setChecked(False)
    dialog.save_button.click()
    assert out.exists() and not PdfReader(out).is_encrypted and prompts.passphrases == []
    dialog.save_button.click()  # the same name again: refused, nothing recorded
    boxes = [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    assert boxes and "exists already" in boxes[-1].text()
    assert dialog.made.rowCount() == 1


def test_consent_refusal_is_shown(qtbot: QtBot, gateway: VaultGateway,
                                  tmp_path: Path) -> None:
    reference = record(gateway, "anonymous consent")
    dialog = open_dialog(qtbot, gateway, reference, FakePrompts(save_to=tmp_path / "x.pdf"))
    assert "Anonymous referral" in dialog.consent_note.text()
    assert dialog.select_service("harbour-light-shelter")  # takes full consent only
    dialog.save_button.click()
    boxes = [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    assert boxes and "full consent" in boxes[-1].text()
    assert dialog.made.rowCount() == 0 and not (tmp_path / "x.pdf").exists()


@pytest.mark.skipif(not pdf_available(), reason="Qt PDF is not installed")
def test_print_is_recorded_as_paper(qtbot: QtBot, gateway: VaultGateway,
                                    tmp_path: Path) -> None:
    reference = record(gateway, "adult labour case")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a test stand-in for paper
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog = open_dialog(qtbot, gateway, reference, FakePrompts(printer=printer))
    assert dialog.select_service(NATIONAL)
    dialog.print_button.click()
    assert len(PdfReader(tmp_path / "printed.pdf").pages) >= 2
    assert dialog.made.index(0, ReferralColumn.PROTECTION).data() == "Printed"


def test_passphrase_cannot_be_selected(qtbot: QtBot) -> None:
    shown = PassphraseDialog("7KQ2-M9XD-4HPA-ZC3W-R8TN-F6GB")
    qtbot.addWidget(shown)
    assert shown.passphrase.text() == "7KQ2-M9XD-4HPA-ZC3W-R8TN-F6GB"
    assert not shown.passphrase.hasSelectedText()
    assert int(shown.passphrase.textInteractionFlags().value) == 0
    assert "another channel" in shown.warning.text()


def test_without_qt_pdf_the_preview_says_so(qtbot: QtBot, gateway: VaultGateway,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ui.referral_preview.pdf_available", lambda: False)
    reference = record(gateway, "adult labour case")
    dialog = open_dialog(qtbot, gateway, reference, FakePrompts())
    assert dialog.select_service(NATIONAL)
    assert not dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    dialog.preview_button.click()
    assert dialog.preview.page_count == 0
    assert "Qt PDF module is not installed" in dialog.preview._message.text()


def test_services_readable_before_any_preview(qtbot: QtBot, gateway: VaultGateway) -> None:
    reference = record(gateway, "adult labour case")
    dialog = open_dialog(qtbot, gateway, reference, FakePrompts())
    dialog.resize(1300, 700)
    qtbot.wait(20)
    assert not dialog.preview.isVisible()  # no empty half until there is a document
    view = dialog.service_view
    metrics = view.fontMetrics()
    longest = max(metrics.horizontalAdvance(str(dialog.proxy.index(row, 0).data()))
                  for row in range(dialog.proxy.rowCount()))
    assert view.horizontalHeader().sectionSize(ServiceColumn.NAME) >= longest
    languages = {str(dialog.proxy.index(row, ServiceColumn.LANGUAGES).data())
                 for row in range(dialog.proxy.rowCount())}
    assert any("English" in text for text in languages)
    assert not any(text.split(", ")[0] in ("en", "fr", "es", "ar") for text in languages)
    assert dialog.legend.isVisible() and "★" in dialog.legend.text()
    tip = dialog.proxy.index(0, ServiceColumn.NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "Chosen during the interview" in str(tip)


@pytest.mark.skipif(not pdf_available(), reason="Qt PDF is not installed")
def test_preview_zooms_and_pages(qtbot: QtBot, gateway: VaultGateway) -> None:
    reference = record(gateway, "adult labour case")
    dialog = open_dialog(qtbot, gateway, reference, FakePrompts())
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview.page_count > 0)
    preview = dialog.preview
    assert preview.isVisible() and preview.width() >= dialog.splitter.width() * 0.45
    assert preview.controls.isVisible()
    assert preview.page_label.text() == f"Page 1 of {preview.page_count}"
    preview.zoom_in_button.click()
    bigger = preview.zoom_factor
    preview.zoom_out_button.click()
    assert preview.zoom_factor < bigger
    if preview.page_count > 1:
        preview.next_button.click()
        assert preview.page_label.text().startswith("Page 2 of")


def test_saved_as_stays_readable_after_saving(qtbot: QtBot, gateway: VaultGateway,
                                              tmp_path: Path) -> None:
    reference = record(gateway, "adult labour case")
    out = tmp_path / "referral.pdf"
    dialog = open_dialog(qtbot, gateway, reference, FakePrompts(save_to=out))
    assert dialog.select_service(NATIONAL)
    dialog.save_button.click()
    assert out.exists() and dialog.made.rowCount() == 1  # the list was read again
    assert dialog.message.text() == "Saved as referral.pdf."
