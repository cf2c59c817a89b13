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


def test_result_cells_show_the_level_colour_and_icon(gateway: VaultGateway) -> None:
    from PySide6.QtGui import QColor, QIcon

    from fieldapp.results import level

    unlocked(gateway).run(lambda vault: add_interviews(vault.connection, 20))
    model = CaseTableModel(VaultPageSource(gateway))
    model.set_query(CaseQuery(sort=SortKey.RESULT, descending=False))
    first = model.index(0, CaseColumn.RESULT)
    assert model.row_at(0).result_level == "refer_now"
    icon = model.data(first, Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    colour = model.data(first, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QColor) and colour.name() == level("refer_now").text
    # Other columns keep the ordinary ink.
    assert model.data(model.index(0, CaseColumn.SITE), Qt.ItemDataRole.DecorationRole) is None


def test_forms_show_their_titles_and_versions_as_dates(gateway: VaultGateway) -> None:
    unlocked(gateway).run(lambda vault: add_interviews(vault.connection, 2))
    model = CaseTableModel(VaultPageSource(gateway))
    model.set_query(CaseQuery())
    form = model.index(0, CaseColumn.FORM)
    assert model.data(form) == isolate("Rapid screening")  # not "rapid screening"
    model.set_form_titles({"rapid_screening": "Rapid screening (5-8 minutes)"})
    assert model.data(form) == isolate("Rapid screening (5-8 minutes)")


def test_the_count_says_interview_or_interviews(gateway: VaultGateway, qtbot: QtBot) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import Translations

    Translations(QCoreApplication.instance()).apply("en")  # type: ignore[arg-type]
    unlocked(gateway).run(lambda vault: add_interviews(vault.connection, 3))
    panel = CaseListPanel(gateway)
    qtbot.addWidget(panel)
    panel.show_cases(None)
    assert panel.count_label.text() == "3 interviews"
    panel.search.setText("checkpoint 1")
    qtbot.waitUntil(lambda: panel.count_label.text() == "1 interview", timeout=2000)


def test_the_panel_shows_form_titles_once_the_forms_are_read(
        gateway: VaultGateway, qtbot: QtBot) -> None:
    unlocked(gateway).run(lambda vault: add_interviews(vault.connection, 2))
    panel = CaseListPanel(gateway)
    qtbot.addWidget(panel)
    panel.show_cases(None)
    form = panel.model.index(0, CaseColumn.FORM)
    qtbot.waitUntil(lambda: "minutes" in str(panel.model.data(form)), timeout=10_000)
    assert panel.model.data(form) == isolate("Rapid screening (5-8 minutes)")


def test_columns_and_icons_grow_with_the_text_size(gateway: VaultGateway, qtbot: QtBot) -> None:
    from PySide6.QtGui import QFont

    panel = CaseListPanel(unlocked(gateway))
    qtbot.addWidget(panel)
    header = panel.table.horizontalHeader()
    before = [header.sectionSize(column) for column in CaseColumn]
    icon = panel.table.iconSize().height()
    larger = QFont(panel.font())
    larger.setPointSizeF(panel.font().pointSizeF() * 1.75)
    panel.setFont(larger)
    after = [header.sectionSize(column) for column in CaseColumn]
    assert all(new > old for new, old in zip(after[:-1], before[:-1], strict=True))
    assert panel.table.iconSize().height() > icon
    # The reference column fits a reference whole at either size.
    assert header.sectionSize(CaseColumn.REFERENCE) > panel.fontMetrics().horizontalAdvance(
        "R-WWHK-DFN6")


def test_the_result_is_shown_next_to_the_reference(gateway: VaultGateway, qtbot: QtBot) -> None:
    panel = CaseListPanel(unlocked(gateway))
    qtbot.addWidget(panel)
    header = panel.table.horizontalHeader()
    assert header.logicalIndex(0) == CaseColumn.REFERENCE
    assert header.logicalIndex(1) == CaseColumn.RESULT
