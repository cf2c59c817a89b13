"""The case-list model: lazy pages, sort through the proxy, Qt's model checks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fieldapp.interview import SectionState, SectionStatus
from fieldapp.services.caselist import PAGE_SIZE, CaseQuery, CaseStatus, SortKey
from tests.ui.conftest import add_interviews, unlocked
from ui.cases.model import CaseColumn, CaseSortProxy, CaseTableModel, isolate
from ui.cases.panel import CaseListPanel, VaultPageSource
from ui.gateway import VaultGateway
from ui.interview.sections import SectionModel


def test_model_pages_lazily_and_passes_qt_checks(
    gateway: VaultGateway, qtmodeltester: ModelTester
) -> None:
    unlocked(gateway).run(lambda vault: add_interviews(vault.connection, PAGE_SIZE + 30))
    model = CaseTableModel(VaultPageSource(gateway))
    proxy = CaseSortProxy()
    proxy.setSourceModel(model)
    model.set_query(CaseQuery())
    assert model.rowCount() == PAGE_SIZE
    assert model.total == PAGE_SIZE + 30
    assert model.canFetchMore()
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE + 30 and not model.canFetchMore()
    newest = model.row_at(0)
    assert model.data(model.index(0, CaseColumn.REFERENCE)) == isolate(newest.reference)
    proxy.sort(CaseColumn.DATE, Qt.SortOrder.AscendingOrder)
    assert model.query.sort is SortKey.CREATED and not model.query.descending
    assert proxy.row_at(0).created_at < newest.created_at
    proxy.sort(CaseColumn.SITE, Qt.SortOrder.DescendingOrder)
    assert proxy.data(proxy.index(0, CaseColumn.SITE)) == isolate("Checkpoint 3")
    model.clear()
    assert model.rowCount() == 0


def test_panel_filters_and_opens(gateway: VaultGateway, qtbot: QtBot) -> None:
    unlocked(gateway).run(lambda vault: add_interviews(vault.connection, 12))
    panel = CaseListPanel(gateway)
    qtbot.addWidget(panel)
    opened: list[object] = []
    panel.open_requested.connect(opened.append)
    panel.show_cases(None)
    assert panel.proxy.rowCount() == 12
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(CaseStatus.DRAFT))
    assert panel.proxy.rowCount() == 9
    panel.search.setText("checkpoint 1")
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 2, timeout=2000)
    assert "2" in panel.count_label.text()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert len(opened) == 1


def test_interviewer_scope(gateway: VaultGateway, qtbot: QtBot) -> None:
    unlocked(gateway).run(lambda vault: add_interviews(vault.connection, 3, interviewer="jonas"))
    gateway.run(lambda vault: add_interviews(vault.connection, 2, interviewer="amira"))
    panel = CaseListPanel(gateway)
    qtbot.addWidget(panel)
    panel.show_cases("amira")
    assert panel.proxy.rowCount() == 2


def test_section_model_passes_qt_checks(qtmodeltester: ModelTester) -> None:
    sections = SectionModel()
    sections.set_sections([SectionStatus("/data/safety", "Safety", SectionState.DONE),
                           SectionStatus("/data/journey", "Journey", SectionState.CURRENT),
                           SectionStatus("/data/work", "Work", SectionState.NOT_APPLICABLE)])
    assert sections.current_row() == 1
    qtmodeltester.check(sections)
