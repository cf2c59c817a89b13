"""The case list's table model: pages of :class:`CaseRow` fetched lazily, sorted by the core.

The model never holds more rows than the officer has scrolled through: ``canFetchMore`` and
``fetchMore`` ask the core for the next keyset page on the database thread, and rows are
inserted when it arrives. Sorting, search and filters change the :class:`CaseQuery` and start
again from the first page, because a 100,000-row vault can only be sorted where all the rows
are, in SQLite. :class:`CaseSortProxy` is what the view talks to: it passes header clicks down
as a new sort order instead of sorting the loaded rows itself.

The Result column sorts by urgency (the core's order) and shows each level with its colour and
icon from :mod:`fieldapp.results`, as the result screen and the referral document do; forms
show their titles (given by the panel once the library is read) and versions as dates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
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
from fieldapp.results import NO_RESULT
from fieldapp.services.caselist import CasePage, CaseQuery, CaseRow, Cursor, SortKey
from ui.form_names import fallback_title, version_text
from ui.labels import short_result_label, status_label
from ui.look import level_colour, level_icon

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class CaseColumn(IntEnum):
    REFERENCE = 0
    DATE = 1
    FORM = 2
    SITE = 3
    STATUS = 4
    RESULT = 5
    INTERVIEWER = 6


SORT_KEYS: dict[CaseColumn, SortKey] = {
    CaseColumn.REFERENCE: SortKey.REFERENCE,
    CaseColumn.DATE: SortKey.CREATED,
    CaseColumn.FORM: SortKey.FORM,
    CaseColumn.SITE: SortKey.SITE,
    CaseColumn.STATUS: SortKey.STATUS,
    CaseColumn.RESULT: SortKey.RESULT,
    CaseColumn.INTERVIEWER: SortKey.INTERVIEWER,
}


class PageSource(Protocol):
    """Where pages come from (the vault, through the database thread)."""

    def fetch(
        self,
        query: CaseQuery,
        after: Cursor | None,
        on_page: Callable[[CasePage], None],
        on_failure: Callable[[FieldappError], None],
    ) -> None: ...

    def count(self, query: CaseQuery, on_count: Callable[[int], None]) -> None: ...


def isolate(text: str) -> str:
    """``text`` as a Unicode first-strong isolate, so its direction is its own."""
    return f"\u2068{text}\u2069" if text else text


def local_time_text(iso: str) -> str:
    """``2026-03-01 09:05`` in the laptop's time zone."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


class CaseTableModel(QAbstractTableModel):
    total_changed = Signal(int)
    failed = Signal(object)  # FieldappError

    def __init__(self, source: PageSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._rows: list[CaseRow] = []
        self._query = CaseQuery()
        self._next: Cursor | None = None
        self._has_more = False
        self._loading = False
        self._generation = 0
        self._titles: dict[str, str] = {}
        self.total = 0

    # -- what to show -------------------------------------------------------------------
    @property
    def query(self) -> CaseQuery:
        return self._query

    def set_query(self, query: CaseQuery) -> None:
        """Show ``query`` from its first page."""
        self._generation += 1
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._next = None
        self._has_more = True
        # The first page is requested below; until it arrives there is nothing to fetch, so a
        # view reacting to the reset cannot ask for the same page twice.
        self._loading = True
        self.endResetModel()
        generation = self._generation
        self._request(None)  # the rows first: the count can follow a moment later
        self._source.count(query, lambda total: self._on_count(generation, total))

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._next = None
        self._has_more = False
        self._loading = False
        self.endResetModel()
        self.total = 0

    def row_at(self, row: int) -> CaseRow:
        return self._rows[row]

    def set_form_titles(self, titles: dict[str, str]) -> None:
        """Show forms by these titles (form id -> title) from now on."""
        self._titles = dict(titles)
        if self._rows:
            self.dataChanged.emit(self.index(0, CaseColumn.FORM),
                                  self.index(len(self._rows) - 1, CaseColumn.FORM))

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CaseColumn)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            # Each cell keeps its own direction (a Latin site name inside an Arabic window
            # must not have its comma or its date parts reordered).
            return isolate(self._text(row, CaseColumn(index.column())))
        if index.column() == CaseColumn.RESULT and row.result_level != NO_RESULT:
            # Colour and icon as on the result screen; the words stay, for colour blindness.
            if role == Qt.ItemDataRole.DecorationRole:
                return level_icon(row.result_level)
            if role == Qt.ItemDataRole.ForegroundRole:
                return level_colour(row.result_level)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == CaseColumn.FORM:
            return self.tr("%1, version of %2").replace("%1", self._form_title(row)).replace(
                "%2", version_text(row.form_version))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if 0 <= section < len(CaseColumn):
            return self._headers()[CaseColumn(section)]
        return None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._loading

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request(self._next)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(CaseColumn):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = SORT_KEYS[CaseColumn(column)]
        if (key, descending) != (self._query.sort, self._query.descending):
            self.set_query(replace(self._query, sort=key, descending=descending))

    # -- internals ------------------------------------------------------------------------
    def _request(self, after: Cursor | None) -> None:
        self._loading = True
        generation = self._generation
        self._source.fetch(
            self._query,
            after,
            lambda page: self._on_page(generation, page),
            lambda error: self._on_failed(generation, error),
        )

    def _on_page(self, generation: int, page: CasePage) -> None:
        if generation != self._generation:
            return  # an answer to a query that was replaced meanwhile
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

    def _text(self, row: CaseRow, column: CaseColumn) -> str:
        if column == CaseColumn.REFERENCE:
            return row.reference
        if column == CaseColumn.DATE:
            return local_time_text(row.created_at)
        if column == CaseColumn.FORM:
            return self._form_title(row)
        if column == CaseColumn.SITE:
            return row.site
        if column == CaseColumn.STATUS:
            return status_label(row.status)
        if column == CaseColumn.RESULT:
            return short_result_label(row.result_level)
        return row.interviewer

    def _form_title(self, row: CaseRow) -> str:
        return self._titles.get(row.form_id) or fallback_title(row.form_id)

    def _headers(self) -> dict[CaseColumn, str]:
        return {
            CaseColumn.REFERENCE: self.tr("Reference"),
            CaseColumn.DATE: self.tr("Date"),
            CaseColumn.FORM: self.tr("Form"),
            CaseColumn.SITE: self.tr("Site"),
            CaseColumn.STATUS: self.tr("Status"),
            CaseColumn.RESULT: self.tr("Result"),
            CaseColumn.INTERVIEWER: self.tr("Interviewer"),
        }


class CaseSortProxy(QSortFilterProxyModel):
    """The view's model: header sorting becomes a new query order in the source model."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, CaseTableModel):
            source.sort(column, order)

    def row_at(self, proxy_row: int) -> CaseRow:
        source = self.sourceModel()
        assert isinstance(source, CaseTableModel)
        return source.row_at(self.mapToSource(self.index(proxy_row, 0)).row())
