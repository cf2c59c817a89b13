"""The review list screen: every imported interview under the shared filter, and the way in.

The table shows a page at a time (see :mod:`ui.supervisor.review_model`); the count beside
it is the filter's total. Enter, a double click or "Open case" opens the case view; "Export
these…" asks the workspace for the export dialog on the same filter. The filter itself lives
in the workspace, which hands each new one to :meth:`show_filter`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldapp.errors import FieldappError
from fieldapp.services import case_filter as filters
from fieldapp.services import review_list
from fieldapp.services.case_filter import CaseFilter
from fieldapp.services.review_list import ReviewCursor, ReviewPage, ReviewRow, ReviewSort
from ui.gateway import VaultGateway
from ui.supervisor.review_model import ReviewColumn, ReviewSortProxy, ReviewTableModel
from ui.tables import read_only_table


class VaultReviewSource:
    """Pages of the review list read on the database thread."""

    def __init__(self, gateway: VaultGateway) -> None:
        self._gateway = gateway

    def fetch(self, case_filter: CaseFilter, sort: ReviewSort, descending: bool,
              after: ReviewCursor | None, on_page: Callable[[ReviewPage], None],
              on_failure: Callable[[FieldappError], None]) -> None:
        self._gateway.run(
            lambda vault: review_list.fetch_review_page(
                vault.connection, case_filter, sort=sort, descending=descending, after=after),
            on_page, on_failure)

    def count(self, case_filter: CaseFilter, on_count: Callable[[int], None]) -> None:
        self._gateway.run(lambda vault: filters.count_matching(vault.connection, case_filter),
                          on_count, lambda _error: None)


class ReviewPanel(QWidget):
    open_requested = Signal(object)  # ReviewRow
    export_requested = Signal()
    failed = Signal(object)  # FieldappError

    def __init__(self, gateway: VaultGateway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self.model = ReviewTableModel(VaultReviewSource(gateway), self)
        self.proxy = ReviewSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.model.total_changed.connect(self._on_model_total_changed)
        self.model.failed.connect(self.failed)
        self.model.rowsInserted.connect(self._on_model_rows_inserted)

        self.count_label = QLabel()
        self.count_label.setProperty("role", "status")
        self.table = read_only_table(self.proxy, {
            ReviewColumn.REFERENCE: 110, ReviewColumn.DATE: 130, ReviewColumn.FORM: 120,
            ReviewColumn.SITE: 180, ReviewColumn.OFFICER: 90, ReviewColumn.RESULT: 120,
            ReviewColumn.CASE_STATUS: 110, ReviewColumn.AGE: 70})
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(ReviewColumn.DATE,
                                                       Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.activated.connect(self._on_table_activated)
        self.open_button = QPushButton(self.tr("Open case"))
        self.open_button.setProperty("primary", True)
        self.open_button.clicked.connect(self._open_current)
        self.export_button = QPushButton(self.tr("Export these…"))
        self.export_button.clicked.connect(self.export_requested)

        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setFocusProxy(self.table)

    def show_filter(self, case_filter: CaseFilter) -> None:
        self.model.set_filter(case_filter)

    def refresh_rows(self, ids: Sequence[int]) -> None:
        """Show the current state of these interviews (after case work on them)."""
        self._gateway.run(
            lambda vault: review_list.fetch_review_rows(vault.connection, list(ids)),
            self.model.refresh_rows, self.failed.emit)

    def clear(self) -> None:
        self.model.clear()
        self.count_label.clear()

    def selected_row(self) -> ReviewRow | None:
        index = self.table.currentIndex()
        return self.proxy.row_at(index.row()) if index.isValid() else None

    def _on_model_rows_inserted(self) -> None:
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.selectRow(0)

    def _on_model_total_changed(self, total: int) -> None:
        self.count_label.setText(self.tr("%1 interview(s)").replace("%1", f"{total:,}"))

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.proxy.row_at(index.row()))

    def _open_current(self) -> None:
        self._on_table_activated(self.table.currentIndex())
