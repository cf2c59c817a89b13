"""The review list's table model: pages of :class:`ReviewRow` under the shared case filter.

Like the officer's case list, the model holds only the rows scrolled through: ``fetchMore``
asks the core for the next keyset page on the database thread. A new filter or a header click
starts again from the first page with the new :class:`CaseFilter` or order, because 100,000
interviews can only be filtered and sorted where they all are, in SQLite.
:class:`ReviewSortProxy` passes header clicks down as a new order instead of sorting the
loaded rows. :meth:`ReviewTableModel.refresh_rows` swaps in fresh rows after a status change
or a conflict resolution without reloading the list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from fieldapp.errors import FieldappError
from fieldapp.services.case_filter import CaseFilter
from fieldapp.services.review_list import ReviewCursor, ReviewPage, ReviewRow, ReviewSort
from ui.cases.model import isolate, local_time_text
from ui.labels import short_result_label
from ui.supervisor.texts import age_label, case_status_label, conflict_label

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class ReviewColumn(IntEnum):
    REFERENCE = 0
    DATE = 1
    FORM = 2
    SITE = 3
    OFFICER = 4
    RESULT = 5
    CASE_STATUS = 6
    AGE = 7
    CONFLICT = 8


SORT_KEYS: dict[ReviewColumn, ReviewSort] = {
    ReviewColumn.REFERENCE: ReviewSort.REFERENCE,
    ReviewColumn.DATE: ReviewSort.CREATED,
    ReviewColumn.FORM: ReviewSort.FORM,
    ReviewColumn.SITE: ReviewSort.SITE,
    ReviewColumn.OFFICER: ReviewSort.OFFICER,
    ReviewColumn.RESULT: ReviewSort.RESULT,
}


class ReviewSource(Protocol):
    """Where pages come from (the vault, through the database thread)."""

    def fetch(self, case_filter: CaseFilter, sort: ReviewSort, descending: bool,
              after: ReviewCursor | None, on_page: Callable[[ReviewPage], None],
              on_failure: Callable[[FieldappError], None]) -> None: ...

    def count(self, case_filter: CaseFilter, on_count: Callable[[int], None]) -> None: ...


class ReviewTableModel(QAbstractTableModel):
    total_changed = Signal(int)
    failed = Signal(object)  # FieldappError

    def __init__(self, source: ReviewSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._rows: list[ReviewRow] = []
        self._filter = CaseFilter()
        self._sort = ReviewSort.CREATED
        self._descending = True
        self._next: ReviewCursor | None = None
        self._has_more = False
        self._loading = False
        self._generation = 0
        self._showing = False  # nothing is asked of the vault before the first filter
        self.total = 0

    # -- what to show -------------------------------------------------------------------
    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def set_filter(self, case_filter: CaseFilter) -> None:
        """Show ``case_filter`` from its first page, in the current order."""
        self._filter = case_filter
        self._showing = True
        self._reload()

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self._generation += 1
        self._showing = False
        self.beginResetModel()
        self._rows = []
        self._next = None
        self._has_more = False
        self._loading = False
        self.endResetModel()
        self.total = 0

    def row_at(self, row: int) -> ReviewRow:
        return self._rows[row]

    def refresh_rows(self, rows: Sequence[ReviewRow]) -> None:
        """Replace shown rows by fresh ones with the same ids."""
        fresh = {row.id: row for row in rows}
        for position, row in enumerate(self._rows):
            if row.id in fresh:
                self._rows[position] = fresh[row.id]
                self.dataChanged.emit(self.index(position, 0),
                                      self.index(position, len(ReviewColumn) - 1))

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ReviewColumn)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return isolate(self._text(row, ReviewColumn(index.column())))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == ReviewColumn.FORM:
            return f"{row.form_id} {row.form_version}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if 0 <= section < len(ReviewColumn):
            return self._headers()[ReviewColumn(section)]
        return None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._loading

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request(self._next)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return  # case status, age and conflict filter; they are no order (no index)
        descending = order == Qt.SortOrder.DescendingOrder
        key = SORT_KEYS[ReviewColumn(column)]
        if (key, descending) != (self._sort, self._descending):
            self._sort, self._descending = key, descending
            if self._showing:  # a view set up before sign-in only records the order
                self._reload()

    # -- internals ------------------------------------------------------------------------
    def _reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._next = None
        self._has_more = True
        self._loading = True  # the first page is on its way: a view cannot ask twice
        self.endResetModel()
        generation = self._generation
        self._request(None)
        self._source.count(self._filter, lambda total: self._on_count(generation, total))

    def _request(self, after: ReviewCursor | None) -> None:
        self._loading = True
        generation = self._generation
        self._source.fetch(self._filter, self._sort, self._descending, after,
                           lambda page: self._on_page(generation, page),
                           lambda error: self._on_failed(generation, error))

    def _on_page(self, generation: int, page: ReviewPage) -> None:
        if generation != self._generation:
            return  # an answer to a filter replaced meanwhile
        self._loading = False
        self._next = page.next_cursor
        self._has_more = page.next_cursor is not None
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()

    def _on_failed(self, generation: int, error: FieldappError) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._has_more = False
        self.failed.emit(error)

    def _on_count(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.total = total
            self.total_changed.emit(total)

    def _text(self, row: ReviewRow, column: ReviewColumn) -> str:
        texts: dict[ReviewColumn, Callable[[], str]] = {
            ReviewColumn.REFERENCE: lambda: row.reference,
            ReviewColumn.DATE: lambda: local_time_text(row.created_at),
            ReviewColumn.FORM: lambda: row.form_id.replace("_", " "),
            ReviewColumn.SITE: lambda: row.site,
            ReviewColumn.OFFICER: lambda: row.officer,
            ReviewColumn.RESULT: lambda: short_result_label(row.result_level),
            ReviewColumn.CASE_STATUS: lambda: case_status_label(row.case_status),
            ReviewColumn.AGE: lambda: age_label(row.is_child),
            ReviewColumn.CONFLICT: lambda: conflict_label(row.has_conflict),
        }
        return texts[column]()

    def _headers(self) -> dict[ReviewColumn, str]:
        return {
            ReviewColumn.REFERENCE: self.tr("Reference"),
            ReviewColumn.DATE: self.tr("Date"),
            ReviewColumn.FORM: self.tr("Form"),
            ReviewColumn.SITE: self.tr("Site"),
            ReviewColumn.OFFICER: self.tr("Officer"),
            ReviewColumn.RESULT: self.tr("Result"),
            ReviewColumn.CASE_STATUS: self.tr("Case status"),
            ReviewColumn.AGE: self.tr("Age"),
            ReviewColumn.CONFLICT: self.tr("Conflict"),
        }


class ReviewSortProxy(QSortFilterProxyModel):
    """The view's model: header sorting becomes a new order in the source model."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, ReviewTableModel):
            source.sort(column, order)

    def row_at(self, proxy_row: int) -> ReviewRow:
        source = self.sourceModel()
        assert isinstance(source, ReviewTableModel)
        return source.row_at(self.mapToSource(self.index(proxy_row, 0)).row())
