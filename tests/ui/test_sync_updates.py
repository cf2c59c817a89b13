"""Sending an update from the supervisor's Import screen: outcomes, forms, policy, refusals.

Over a real office (a supervisor vault and two enrolled laptops, tests.core): the supervisor
imports a laptop's bundle, records case work, and sends the update through the dialog the
way a supervisor does; the laptop applies the file and sees the outcome. The file questions
are replaced; everything else is the real core behind the panel's gateway.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fieldapp.services.case_outcomes import interview_outcome
from fieldapp.services.casework import CaseWork
from fieldapp.services.session import Vault
from fieldapp.vault import audit
from fieldapp.vault.case_states import CaseStatus
from tests.core.test_sync_service_support import Office, make_office, mini_form
from tests.ui.test_sync_supervisor import _gateway, export, import_files, on_vault
from ui.sync.supervisor import ImportPanel
from ui.sync.update_dialog import UpdateDialog, UpdatePrompts
from ui.tasks import ImmediateRunner

NOTE = "Marker note QZW: met the caseworker"


class FakePrompts(UpdatePrompts):
    def __init__(self, folder: Path, forms: list[Path] | None = None,
                 directory: Path | None = None) -> None:
        self.folder_to = folder
        self.forms_to = forms or []
        self.directory_to = directory

    def forms(self, parent: QWidget) -> list[Path]:
        return list(self.forms_to)

    def directory(self, parent: QWidget) -> Path | None:
        return self.directory_to

    def folder(self, parent: QWidget) -> Path | None:
        return self.folder_to


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    built = make_office(tmp_path)
    yield built
    built.close()


@pytest.fixture
def panel(office: Office, qtbot: QtBot) -> Iterator[ImportPanel]:
    gateway = _gateway(office, ImmediateRunner())
    widget = ImportPanel(gateway)
    qtbot.addWidget(widget)
    widget.settle_seconds = 0
    widget.refresh()
    yield widget
    widget.clear()
    gateway.lock()


def _open(panel: ImportPanel, prompts: FakePrompts) -> UpdateDialog:
    panel.updates.prompts = prompts
    panel.updates.send_button.click()
    dialog = panel.updates.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _case_work(office: Office, panel: ImportPanel, monkeypatch: pytest.MonkeyPatch) -> str:
    bundle = export(office, 0, office.folder("stick"), 1)
    export(office, 1, office.folder("stick-2"), 2)  # laptop 2 sends nothing to work on
    import_files(panel, monkeypatch, [bundle])
    [reference] = on_vault(panel, lambda vault: [
        str(r[0]) for r in vault.connection.execute("SELECT reference FROM interviews")])

    def work(vault: Vault) -> None:
        case = CaseWork(vault)
        case.set_status(reference, CaseStatus.FOLLOW_UP)
        case.add_note(reference, NOTE)

    on_vault(panel, work)
    return reference


def test_case_outcomes_go_back_to_the_laptop_that_made_the_interview(
        office: Office, panel: ImportPanel, monkeypatch: pytest.MonkeyPatch) -> None:
    reference = _case_work(office, panel, monkeypatch)
    back = office.folder("to-laptops")
    dialog = _open(panel, FakePrompts(back))
    assert dialog.outcomes_label.text().startswith(
        "Update 1 carries the case outcomes of 1 interview(s) from 1 laptop(s)")
    assert not dialog.write_button.isEnabled()  # no folder yet
    dialog.folder_button.click()
    assert dialog.folder() == back and dialog.write_button.isEnabled()
    dialog.write_button.click()
    assert not dialog.isVisible() and panel.updates.dialog is None
    [written] = sorted(back.glob("*.fsu"))
    assert panel.updates.message.text().startswith(f"Update 1 written to {back}.")
    assert NOTE.encode() not in written.read_bytes()  # sealed to the laptop

    [applied] = office.laptop(0).import_updates([written])
    assert (applied.update_sequence, applied.case_outcomes) == (1, 1)
    outcome = interview_outcome(office.laptops[0], reference)
    assert outcome.status is CaseStatus.FOLLOW_UP and [n.text for n in outcome.notes] == [NOTE]
    entry = on_vault(panel, lambda vault: list(audit.entries(vault.connection))[-1])
    assert entry.event == "update_exported" and entry.details["case_outcomes"] == 1

    # The next update starts in the same folder and has the next number.
    again = _open(panel, FakePrompts(office.folder("elsewhere")))
    assert again.folder() == back and "Update 2 " in again.outcomes_label.text()
    again.close_button.click()
    assert not again.isVisible()


def test_a_form_that_does_not_load_is_refused_in_the_dialog_and_nothing_is_written(
        office: Office, panel: ImportPanel, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = office.folder("forms-new") / "broken.md"
    broken.write_text("| survey |\n| | type | name |\n| | nonsense | q |\n", encoding="utf-8")
    back = office.folder("to-laptops")
    dialog = _open(panel, FakePrompts(back, forms=[broken]))
    assert dialog.outcomes_label.text().startswith("Update 1: no case outcome to send yet")
    dialog.folder_button.click()
    assert not dialog.write_button.isEnabled()  # nothing to send yet
    dialog.add_forms_button.click()
    assert dialog.form_list.count() == 1 and dialog.write_button.isEnabled()
    dialog.write_button.click()
    assert dialog.isVisible() and dialog.message.property("role") == "error"
    assert dialog.message.text().startswith("Nothing was written: a form does not load.")
    assert "Unknown question type 'nonsense'" in dialog.message.text()
    assert list(back.iterdir()) == []
    # The supervisor takes the form out and sends a retention policy instead.
    dialog.form_list.setCurrentRow(0)
    dialog.remove_form_button.click()
    assert dialog.form_list.count() == 0 and not dialog.write_button.isEnabled()
    dialog.retention.setChecked(True)
    dialog.keep_days.setValue(45)
    dialog.write_button.click()
    assert not dialog.isVisible()
    [written] = sorted(back.glob("*.fsu"))
    [applied] = office.laptop(0).import_updates([written])
    assert applied.retention is not None and applied.retention.purge_after_days == 45
    assert applied.retention.keep_stub


def test_a_new_form_version_reaches_the_laptops(
        office: Office, panel: ImportPanel) -> None:
    source = mini_form(office.folder("forms"))
    newer = office.folder("forms-new") / "sync_mini.md"
    newer.write_text(source.read_text("utf-8").replace("| sync_mini | 1 |", "| sync_mini | 2 |"),
                     encoding="utf-8")
    back = office.folder("to-laptops")
    dialog = _open(panel, FakePrompts(back, forms=[newer]))
    dialog.add_forms_button.click()
    dialog.add_forms_button.click()  # the same file twice is listed once
    assert dialog.form_list.count() == 1
    dialog.folder_button.click()
    dialog.write_button.click()
    assert not dialog.isVisible()
    [written] = sorted(back.glob("*.fsu"))
    [applied] = office.laptop(1).import_updates([written])
    assert (applied.update_sequence, applied.forms_added) == (1, 1)


def test_locking_closes_the_dialog(office: Office, panel: ImportPanel) -> None:
    dialog = _open(panel, FakePrompts(office.folder("to-laptops")))
    panel.clear()
    assert not dialog.isVisible() and panel.updates.dialog is None
