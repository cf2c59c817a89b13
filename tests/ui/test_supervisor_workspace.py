"""The supervisor's workspace over a real supervisor vault: review list, case view, case work,
waiting referrals and the dashboard, driven as a supervisor would."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fieldapp.paths import VaultPaths
from fieldapp.services.case_filter import AgeGroup, CaseFilter
from fieldapp.services.casework import CaseWork
from fieldapp.services.dashboard import Chart
from fieldapp.vault import audit
from fieldapp.vault.case_states import CaseStatus, FollowUp
from tests.ui.conftest import sign_in, unlocked
from tests.ui.supervisor_support import (
    REFERRED_REFERENCE,
    REVISED_REFERENCE,
    DemoRevision,
    demo_revisions,
    supervisor_vault,
)
from ui.export_dialog import ExportDialog
from ui.gateway import VaultGateway
from ui.main_window import MainWindow
from ui.supervisor import case_view as case_view_module
from ui.supervisor import dashboard as dashboard_module
from ui.supervisor.case_models import DiffColumn, TranscriptColumn
from ui.supervisor.review_model import ReviewColumn
from ui.supervisor.workspace import SupervisorWorkspace


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> list[DemoRevision]:
    return demo_revisions(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def vault_dir(tmp_path: Path, demo: list[DemoRevision]) -> VaultPaths:
    paths = VaultPaths(tmp_path / "vault")
    supervisor_vault(paths, demo, bulk=400)
    return paths


@pytest.fixture
def workspace(app_gateway: VaultGateway, qtbot: QtBot) -> Iterator[SupervisorWorkspace]:
    unlocked(app_gateway)
    widget = SupervisorWorkspace(app_gateway)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    widget.refresh()
    yield widget
    widget.clear()


def _on_vault(gateway: VaultGateway, work: Any) -> Any:
    found: list[Any] = []
    gateway.run(work, found.append)
    return found[0]


def _finalised(gateway: VaultGateway, where: str = "1") -> int:
    return int(_on_vault(gateway, lambda v: v.connection.execute(
        f"SELECT count(*) FROM interviews WHERE status = 'finalised' AND {where}"
    ).fetchone()[0]))


def _accept(monkeypatch: pytest.MonkeyPatch, dialog: type[QDialog], chosen: Any) -> None:
    monkeypatch.setattr(dialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(dialog, "chosen", lambda _self: chosen)


def _open(workspace: SupervisorWorkspace, reference: str) -> None:
    workspace.filters.search.setText(reference)
    workspace.filters._emit()
    assert workspace.review.model.rowCount() == 1
    workspace.review.table.selectRow(0)
    workspace.review.open_button.click()
    assert workspace.stack.currentWidget() is workspace.case_view
    assert workspace.case_view.title.text() == reference


def test_every_model_passes_qt_checks(workspace: SupervisorWorkspace,
                                      qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(workspace.review.model)
    qtmodeltester.check(workspace.review.proxy)
    _open(workspace, REVISED_REFERENCE)
    view = workspace.case_view
    for model in (view.transcript, view.diff, view.notes, view.history, view.referrals):
        qtmodeltester.check(model)
    workspace.tabs.setCurrentWidget(workspace.waiting)
    qtmodeltester.check(workspace.waiting.model)


def test_the_list_shows_every_interview_and_follows_the_filter(
        workspace: SupervisorWorkspace, app_gateway: VaultGateway) -> None:
    review = workspace.review
    total = _finalised(app_gateway)
    assert review.model.total == total
    assert review.model.rowCount() == min(total, 200) < total
    review.model.fetchMore()  # what scrolling to the end does
    assert review.model.rowCount() == min(total, 400)
    ids = [review.model.row_at(row).id for row in range(review.model.rowCount())]
    assert len(set(ids)) == len(ids)
    workspace.filters.officer.setCurrentIndex(workspace.filters.officer.findData("officer01"))
    workspace.filters.age.setCurrentIndex(workspace.filters.age.findData(AgeGroup.ADULT))
    expected = _finalised(app_gateway, "interviewer = 'officer01' AND is_child = 0")
    assert review.model.total == expected == review.model.rowCount()
    assert workspace.case_filter == CaseFilter(officers=frozenset({"officer01"}),
                                               age_groups=frozenset({AgeGroup.ADULT}))
    texts = {review.model.index(row, ReviewColumn.OFFICER).data()
             for row in range(review.model.rowCount())}
    assert texts == {"\u2068officer01\u2069"}
    review.table.horizontalHeader().setSortIndicator(ReviewColumn.REFERENCE,
                                                     Qt.SortOrder.AscendingOrder)
    references = [review.model.row_at(row).reference for row in range(review.model.rowCount())]
    assert references == sorted(references)
    workspace.filters.reset()
    assert review.model.total == total


def test_the_case_reads_back_in_each_language_with_its_revisions(
        workspace: SupervisorWorkspace) -> None:
    _open(workspace, REVISED_REFERENCE)
    view = workspace.case_view
    assert view.transcript.rowCount() > 10
    questions = [view.transcript.index(row, TranscriptColumn.QUESTION).data()
                 for row in range(view.transcript.rowCount())]
    view.language.setCurrentIndex(view.language.findData("Français (fr)"))
    view.language.activated.emit(view.language.currentIndex())
    french = [view.transcript.index(row, TranscriptColumn.QUESTION).data()
              for row in range(view.transcript.rowCount())]
    assert len(french) == len(questions) and french != questions
    assert view.revisions_before.count() == 2
    fields = {view.diff.row_at(row).field: view.diff.row_at(row)
              for row in range(view.diff.rowCount())}
    assert fields["site"].after == "Changed site"
    assert "officer01" in view.revision_note.text()
    assert "site name corrected" in view.revision_note.text()
    assert view.diff.index(0, DiffColumn.FIELD).data()  # labelled, not empty


def test_status_and_note_are_recorded_audited_and_shown_in_the_list(
        workspace: SupervisorWorkspace, app_gateway: VaultGateway,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _open(workspace, REVISED_REFERENCE)
    view = workspace.case_view
    today = view.bundle.today if view.bundle else date.today()
    _accept(monkeypatch, case_view_module.StatusDialog, (CaseStatus.FOLLOW_UP, today))
    view.status_button.click()
    assert view.status.text().startswith("Follow-up")
    assert view.history.rowCount() == 1
    _accept(monkeypatch, case_view_module.NoteDialog, (today, "Called the shelter."))
    view.note_button.click()
    assert view.notes.rowCount() == 1
    events = [entry.event for entry in _on_vault(
        app_gateway, lambda v: list(audit.entries(v.connection)))]
    assert "case_status_changed" in events and "case_note_added" in events
    row = workspace.review.model.row_at(0)
    assert row.reference == REVISED_REFERENCE and row.case_status == CaseStatus.FOLLOW_UP
    view.back_button.click()
    assert workspace.stack.currentWidget() is not view


def test_follow_up_needs_a_reason_when_declined(
        workspace: SupervisorWorkspace, monkeypatch: pytest.MonkeyPatch,
        qtbot: QtBot) -> None:
    _open(workspace, REFERRED_REFERENCE)
    view = workspace.case_view
    assert view.referrals.rowCount() == 1
    today = view.bundle.today if view.bundle else date.today()
    _accept(monkeypatch, case_view_module.FollowUpDialog, (FollowUp.DECLINED, today, ""))
    with qtbot.waitSignal(view.failed) as refused:
        view.follow_up_button.click()
    assert "reason" in str(refused.args[0]).lower()
    _accept(monkeypatch, case_view_module.FollowUpDialog,
            (FollowUp.DECLINED, today, "no place free"))
    view.follow_up_button.click()
    assert view.referrals.row_at(0).step == FollowUp.DECLINED


def test_waiting_referrals_open_their_case(workspace: SupervisorWorkspace) -> None:
    workspace.tabs.setCurrentWidget(workspace.waiting)
    waiting = workspace.waiting
    assert [waiting.model.row_at(r).reference for r in range(waiting.model.rowCount())] == [
        REFERRED_REFERENCE]
    assert not workspace.filters.isEnabled()
    waiting.open_button.click()
    assert workspace.case_view.title.text() == REFERRED_REFERENCE


def test_the_dashboard_counts_under_the_shared_filter_and_publishes_safely(
        workspace: SupervisorWorkspace, app_gateway: VaultGateway, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    workspace.tabs.setCurrentWidget(workspace.dashboard)
    dashboard = workspace.dashboard
    numbers = dashboard.numbers
    assert numbers is not None and numbers.complete
    assert numbers.total == _finalised(app_gateway)
    assert sum(numbers.charts[Chart.RESULTS].values) == numbers.total
    workspace.filters.officer.setCurrentIndex(workspace.filters.officer.findData("officer02"))
    assert dashboard.numbers is not None
    assert dashboard.numbers.total == _finalised(app_gateway, "interviewer = 'officer02'")
    workspace.filters.reset()

    target = tmp_path / "site.csv"
    monkeypatch.setattr(dashboard_module.DashboardPanel, "_ask_path",
                        lambda _self, *_args: target)
    dashboard.cards[Chart.SITE].numbers_button.click()
    rows = list(csv.reader(target.read_text(encoding="utf-8").splitlines()))
    counts = [row[2] for row in rows[1:]]
    assert all(count == "<11" or int(count) >= 11 for count in counts)
    assert counts.count("<11") != 1  # one withheld cell alone could be worked out

    target = tmp_path / "site.png"
    dashboard.cards[Chart.SITE].picture_button.click()
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    exports = [entry for entry in _on_vault(app_gateway, lambda v: list(
        audit.entries(v.connection))) if entry.event == "dashboard.chart_exported"]
    assert len(exports) == 2


def test_lock_forgets_what_the_workspace_showed(workspace: SupervisorWorkspace) -> None:
    workspace.tabs.setCurrentWidget(workspace.dashboard)
    _open(workspace, REVISED_REFERENCE)
    workspace.clear()
    assert workspace.review.model.rowCount() == 0
    assert workspace.case_view.transcript.rowCount() == 0
    assert workspace.dashboard.numbers is None
    assert workspace.filters.search.text() == ""


def test_the_main_window_offers_review_on_a_supervisor_vault(window: MainWindow,
                                                             qtbot: QtBot) -> None:
    sign_in(qtbot, window)
    assert window.review_action.isVisible() and window.review_action.isEnabled()
    window.review_action.trigger()
    assert window.stack.currentWidget() is window.workspace
    assert window.workspace.review.model.rowCount() > 0
    window.lock()
    assert window.workspace.review.model.rowCount() == 0
    assert not window.review_action.isEnabled()


def test_nothing_is_asked_of_a_locked_vault(app_gateway: VaultGateway, qtbot: QtBot) -> None:
    failures: list[object] = []
    widget = SupervisorWorkspace(app_gateway)  # built before sign-in, as the main window does
    qtbot.addWidget(widget)
    widget.failed.connect(failures.append)
    widget.review.table.horizontalHeader().setSortIndicator(ReviewColumn.SITE,
                                                            Qt.SortOrder.AscendingOrder)
    assert failures == []


def test_reopening_the_dashboard_counts_case_work_done_meanwhile(
        workspace: SupervisorWorkspace, app_gateway: VaultGateway) -> None:
    workspace.tabs.setCurrentWidget(workspace.dashboard)
    filters = workspace.filters
    filters.status.setCurrentIndex(filters.status.findData(CaseStatus.FOLLOW_UP))
    assert workspace.dashboard.numbers is not None and workspace.dashboard.numbers.total == 0
    app_gateway.run(lambda vault: CaseWork(vault).set_status(REVISED_REFERENCE,
                                                             CaseStatus.FOLLOW_UP))
    workspace.tabs.setCurrentWidget(workspace.review)
    workspace.tabs.setCurrentWidget(workspace.dashboard)
    assert workspace.dashboard.numbers is not None and workspace.dashboard.numbers.total == 1


def test_export_opens_on_the_list_filter(workspace: SupervisorWorkspace,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[object] = []

    def record(dialog: ExportDialog) -> int:
        opened.append(dialog.case_filter)
        return 0

    monkeypatch.setattr(ExportDialog, "exec", record)
    filters = workspace.filters
    filters.officer.setCurrentIndex(filters.officer.findData("officer02"))
    workspace.review.export_button.click()
    assert opened == [CaseFilter(officers=frozenset({"officer02"}))]
