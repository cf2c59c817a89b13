"""The case list screen: search box, filters, the table, and the way into an interview.

Search waits for a short pause in typing, then asks the core (FTS5 inside the vault). Filters
by status, result and date change the query the model shows. Enter or a double click opens the
selected interview; Ctrl+N starts a new one. The search box holds what may be a name, so it
takes the sensitive-input hints like every interview input.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.results import LEVELS, NO_RESULT
from fieldapp.services import caselist
from fieldapp.services.case_search import SearchMatches
from fieldapp.services.caselist import CasePage, CaseQuery, CaseRow, CaseStatus, Cursor
from ui.cases.model import CaseColumn, CaseSortProxy, CaseTableModel
from ui.form_names import form_titles
from ui.gateway import VaultGateway
from ui.inputs import SensitiveLineEdit
from ui.labels import short_result_label, status_label
from ui.look import level_icon
from ui.tables import read_only_table

SEARCH_PAUSE_MS = 250
TITLES_POLL_MS = 100


class VaultPageSource:
    """Pages of the case list read on the database thread."""

    def __init__(self, gateway: VaultGateway) -> None:
        self._gateway = gateway
        # A search's count and pages share one read of its matches (used on the database
        # thread only).
        self._matches = SearchMatches()

    def fetch(
        self,
        query: CaseQuery,
        after: Cursor | None,
        on_page: Callable[[CasePage], None],
        on_failure: Callable[[FieldappError], None],
    ) -> None:
        self._gateway.run(
            lambda vault: caselist.fetch_page(vault.connection, query, after,
                                              matches=self._matches),
            on_page, on_failure,
        )

    def count(self, query: CaseQuery, on_count: Callable[[int], None]) -> None:
        self._gateway.run(
            lambda vault: caselist.count_cases(vault.connection, query, self._matches),
            on_count,
            lambda _error: None,
        )


class CaseListPanel(QWidget):
    open_requested = Signal(object)  # CaseRow
    new_requested = Signal()
    failed = Signal(object)  # FieldappError

    def __init__(self, gateway: VaultGateway) -> None:
        super().__init__()
        self._gateway = gateway
        self._scope: str | None = None
        self._titles_asked = False
        self._titles_timer = QTimer(self)
        self._titles_timer.setInterval(TITLES_POLL_MS)
        self.model = CaseTableModel(VaultPageSource(gateway), self)
        self.proxy = CaseSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.model.total_changed.connect(self._on_model_total_changed)
        self.model.failed.connect(self.failed)
        self.model.rowsInserted.connect(self._on_model_rows_inserted)

        title = QLabel(self.tr("Interviews"))
        title.setProperty("role", "title")
        self.count_label = QLabel()
        self.count_label.setProperty("role", "status")
        self.search = SensitiveLineEdit()
        self.search.setPlaceholderText(self.tr("Search reference, site, form, name…"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._apply_filters)

        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in CaseStatus:
            self.status_filter.addItem(status_label(status), status)
        self.result_filter = QComboBox()
        self.result_filter.setAccessibleName(self.tr("Result"))
        self.result_filter.addItem(self.tr("Any result"), None)
        for level in LEVELS:  # most urgent first, as the Result column sorts
            if level.code != NO_RESULT:
                self.result_filter.addItem(level_icon(level.code),
                                           short_result_label(level.code), level.code)
        self.date_filter = QComboBox()
        self.date_filter.setAccessibleName(self.tr("Date"))
        self.date_filter.addItem(self.tr("Any date"), None)
        self.date_filter.addItem(self.tr("Today"), 0)
        self.date_filter.addItem(self.tr("Last 7 days"), 7)
        self.date_filter.addItem(self.tr("Last 30 days"), 30)
        for box in (self.status_filter, self.result_filter, self.date_filter):
            box.currentIndexChanged.connect(self._apply_filters)

        self.table = read_only_table(self.proxy, self._column_widths())
        # The result right after the reference: at the largest text size the list scrolls
        # sideways, and what needs action first must stay in view.
        header = self.table.horizontalHeader()
        header.moveSection(header.visualIndex(CaseColumn.RESULT), 1)
        self._fit_to_font()
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            CaseColumn.DATE, Qt.SortOrder.DescendingOrder
        )
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.activated.connect(self._on_table_activated)

        self.new_button = QPushButton(self.tr("New interview"))
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self._open_current)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_requested.emit)
        QShortcut(QKeySequence(Qt.Key.Key_F3), self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.result_filter, 1)
        filters.addWidget(self.date_filter, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size setting changed
            self._fit_to_font()

    def _fit_to_font(self) -> None:
        """Columns and the result icons sized for the current text size."""
        header = self.table.horizontalHeader()
        for column, width in self._column_widths().items():
            header.resizeSection(column, width)
        side = self.fontMetrics().height()
        self.table.setIconSize(QSize(side, side))

    def _column_widths(self) -> dict[int, int]:
        """Widths from sample texts in the current font, so larger text gets wider columns."""
        metrics = self.fontMetrics()
        room = 2 * metrics.horizontalAdvance("M")  # the cell's padding
        samples = {
            CaseColumn.REFERENCE: "R-WWHK-DFN6", CaseColumn.DATE: "2026-12-31 23:59",
            CaseColumn.FORM: "Rapid screening (5-8 min)",
            CaseColumn.SITE: "Central bus station",
            CaseColumn.STATUS: status_label(CaseStatus.FINALISED),
            CaseColumn.RESULT: short_result_label("assess_further"),
        }
        widths: dict[int, int] = {column: metrics.horizontalAdvance(text) + room
                                   for column, text in samples.items()}
        widths[CaseColumn.RESULT] += metrics.height()  # the level's icon
        return widths

    def show_cases(self, interviewer: str | None) -> None:
        """Load the list for an account (``None``: every interview)."""
        self._scope = interviewer
        self._apply_filters()
        if not self._titles_asked:
            self._titles_asked = True
            self._read_form_titles()

    def _read_form_titles(self) -> None:
        """Titles for the Form column; until they arrive (or if the library cannot be
        read) the ids show as words.

        The built-in forms are parsed (about a second and a half, once) on a thread of their
        own, not on the database thread, so that searches typed meanwhile are not held up;
        then the full list, with imported forms, is cheap on the database thread.
        """
        library = self._gateway.library
        parsed = threading.Event()

        def parse() -> None:
            # Only plain Python objects here: the panel may be gone when this ends.
            try:
                library.builtin_forms()
            finally:
                parsed.set()

        threading.Thread(target=parse, name="form-titles", daemon=True).start()
        self._titles_timer.timeout.connect(lambda: self._on_titles_timer_timeout(parsed))
        self._titles_timer.start()

    def _on_titles_timer_timeout(self, parsed: threading.Event) -> None:
        if not parsed.is_set():
            return
        self._titles_timer.stop()
        library = self._gateway.library
        self._gateway.run(lambda _vault: form_titles(library.entries()),
                          self.model.set_form_titles, lambda _error: None)

    def clear(self) -> None:
        self.search.clear()
        self.model.clear()
        self.count_label.clear()

    def current_query(self) -> CaseQuery:
        status = self.status_filter.currentData()
        result = self.result_filter.currentData()
        days = self.date_filter.currentData()
        created_from = None
        if days is not None:
            today = datetime.now().astimezone().replace(hour=0, minute=0, second=0,
                                                        microsecond=0)
            created_from = today - timedelta(days=int(days))
        return replace(
            self.model.query,
            text=self.search.text(),
            statuses=frozenset({status}) if status is not None else frozenset(),
            results=frozenset({result}) if result is not None else frozenset(),
            created_from=created_from,
            interviewer=self._scope,
        )

    def _apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.current_query())

    def _on_model_rows_inserted(self) -> None:
        # Keyboard first: the first row is ready for Enter as soon as it arrives.
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.selectRow(0)

    def _on_model_total_changed(self, total: int) -> None:
        self.count_label.setText(self.tr("%Ln interview(s)", "", total))

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.proxy.row_at(index.row()))

    def _open_current(self) -> None:
        self._on_table_activated(self.table.currentIndex())

    def selected_row(self) -> CaseRow | None:
        index = self.table.currentIndex()
        return self.proxy.row_at(index.row()) if index.isValid() else None
