"""The file table of the supervisor's Import screen: one row per file imported this session.

:class:`FileReportModel` wraps the frozen :class:`FileReport` of every file imported since the
screen was opened (until the vault locks), the newest import on top; the core's codes
(``imported``, ``gap``...) are shown as words in the app language, and a rejected file says so
in its text, not only in its colour. :class:`ReportFilterProxy` sorts through
:data:`SORT_ROLE` (numbers as numbers) and can keep only the files that need a look (rejected,
skipped, a gap or a reused number, conflicts). The laptops' table is in
``supervisor_device_model``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from fieldapp.services.sync_import import DUPLICATE, IMPORTED, REJECTED, SKIPPED, FileReport
from ui.labels import join_list
from ui.sync_reasons import reason_text

AnyIndex = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
MISSING_SHOWN = 8  # numbers listed before "… (n numbers)"
PROBLEM_SEQUENCES = ("gap", "replay")
PROBLEM_COLOUR = QColor("#b00020")
_SKIPPED_COLOUR = QColor("#505a64")
RIGHT_ALIGNED = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_T = QCoreApplication


class ReportColumn(IntEnum):
    FILE = 0
    OUTCOME = 1
    LAPTOP = 2
    SEQUENCE = 3
    SEQUENCE_STATUS = 4
    NEW = 5
    UNCHANGED = 6
    CONFLICTS = 7
    MOVED_TO = 8
    REASON = 9


_NUMBERS = (ReportColumn.SEQUENCE, ReportColumn.NEW, ReportColumn.UNCHANGED,
            ReportColumn.CONFLICTS)


@dataclass(frozen=True)
class ReportTotals:
    files: int = 0
    imported: int = 0
    duplicate: int = 0
    rejected: int = 0
    skipped: int = 0
    new: int = 0
    unchanged: int = 0
    conflicts: int = 0


def missing_text(numbers: Sequence[int]) -> str:
    """``4, 5, 9``; a long list is cut after a few numbers and says how many there are."""
    text = join_list([str(number) for number in numbers[:MISSING_SHOWN]])
    if len(numbers) <= MISSING_SHOWN:
        return text
    return _T.translate("ImportWords", "%1 … (%2 numbers)").replace("%1", text).replace(
        "%2", str(len(numbers)))


def moved_text(report: FileReport) -> str:
    """Where an inbox file went: ``processed/``, or the whole new path if it was renamed."""
    if report.moved_to is None:
        return ""
    folder, _slash, name = report.moved_to.partition("/")
    return f"{folder}/" if name == report.file else report.moved_to


def needs_a_look(report: FileReport) -> bool:
    """Rejected or skipped, a gap or a reused number, or records in conflict."""
    return (report.status in (REJECTED, SKIPPED) or report.conflicts > 0
            or report.sequence_status in PROBLEM_SEQUENCES)


class FileReportModel(QAbstractTableModel):
    """One row per file of this session's imports, the newest import first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reports: list[FileReport] = []
        self._labels: dict[str, str] = {}

    def add_reports(self, reports: Sequence[FileReport]) -> None:
        """Put one import's files on top, in the order they were imported."""
        if not reports:
            return
        self.beginInsertRows(QModelIndex(), 0, len(reports) - 1)
        self._reports[0:0] = reports
        self.endInsertRows()

    def set_labels(self, labels: Mapping[str, str]) -> None:
        """Device id -> the laptop's label, for the Laptop column."""
        self._labels = dict(labels)
        if self._reports:
            column = ReportColumn.LAPTOP
            self.dataChanged.emit(self.index(0, column),
                                  self.index(len(self._reports) - 1, column))

    def clear(self) -> None:
        self.beginResetModel()
        self._reports = []
        self._labels = {}
        self.endResetModel()

    def report(self, row: int) -> FileReport:
        return self._reports[row]

    def totals(self) -> ReportTotals:
        reports = self._reports
        return ReportTotals(
            files=len(reports),
            imported=sum(1 for r in reports if r.status == IMPORTED),
            duplicate=sum(1 for r in reports if r.status == DUPLICATE),
            rejected=sum(1 for r in reports if r.status == REJECTED),
            skipped=sum(1 for r in reports if r.status == SKIPPED),
            new=sum(r.new for r in reports),
            unchanged=sum(r.unchanged for r in reports),
            conflicts=sum(r.conflicts for r in reports),
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._reports)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ReportColumn)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._reports):
            return None
        report = self._reports[index.row()]
        column = ReportColumn(index.column())
        if role == ITEM_ROLE:
            return report
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(report, column)
        if role == SORT_ROLE:
            return self._sort_key(report, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is ReportColumn.MOVED_TO:
                return report.moved_to
            # The core's own words (English, precise) for support; the cell has the sentence.
            return report.message or self._reason(report) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(RIGHT_ALIGNED)
        if role == Qt.ItemDataRole.ForegroundRole and report.status in (REJECTED, SKIPPED):
            return QBrush(PROBLEM_COLOUR if report.status == REJECTED else _SKIPPED_COLOUR)
        if (role == Qt.ItemDataRole.FontRole and report.status == REJECTED
                and column is ReportColumn.OUTCOME):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, report: FileReport, column: ReportColumn) -> str:
        if column is ReportColumn.FILE:
            return report.file
        if column is ReportColumn.OUTCOME:
            return self.outcome_text(report.status)
        if column is ReportColumn.LAPTOP:
            if report.device_id is None:
                return ""
            return self._labels.get(report.device_id, report.device_id)
        if column is ReportColumn.SEQUENCE:
            return "" if report.sequence is None else str(report.sequence)
        if column is ReportColumn.SEQUENCE_STATUS:
            return self.sequence_text(report)
        counted = report.status in (IMPORTED, DUPLICATE)
        if column is ReportColumn.NEW:
            return str(report.new) if counted else ""
        if column is ReportColumn.UNCHANGED:
            return str(report.unchanged) if counted else ""
        if column is ReportColumn.CONFLICTS:
            return str(report.conflicts) if counted else ""
        if column is ReportColumn.REASON:
            return self._reason(report)
        return moved_text(report)

    def _sort_key(self, report: FileReport, column: ReportColumn) -> int | str:
        if column is ReportColumn.SEQUENCE:
            return -1 if report.sequence is None else report.sequence
        if column is ReportColumn.NEW:
            return report.new
        if column is ReportColumn.UNCHANGED:
            return report.unchanged
        if column is ReportColumn.CONFLICTS:
            return report.conflicts
        return self._text(report, column).casefold()

    def outcome_text(self, status: str) -> str:
        return {
            IMPORTED: self.tr("Imported"),
            DUPLICATE: self.tr("Already imported"),
            REJECTED: self.tr("✖ Rejected"),
            SKIPPED: self.tr("Skipped"),
        }.get(status, status)

    def sequence_text(self, report: FileReport) -> str:
        status = report.sequence_status
        if status == "in_order":
            return self.tr("In order")
        if status == "gap":
            return self.tr("Gap: missing %1").replace(
                "%1", missing_text(report.missing_sequences))
        if status == "late":
            return self.tr("Late: fills an earlier gap")
        if status == "replay":
            return self.tr("Number used before: look into it")
        if report.status == DUPLICATE:
            return self.tr("Received before")
        return status or ""

    def _reason(self, report: FileReport) -> str:
        if report.status == SKIPPED and report.reason == "cancelled":
            return self.tr("Not imported: the import was cancelled before this file. It is "
                           "untouched.")
        if report.status == DUPLICATE:
            return self.tr("This bundle was imported before: nothing changed. Its receipt is "
                           "offered again.")
        return reason_text(report.reason) or report.message or report.reason or ""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(ReportColumn):
            return None
        return {
            ReportColumn.FILE: self.tr("File"),
            ReportColumn.OUTCOME: self.tr("Outcome"),
            ReportColumn.LAPTOP: self.tr("Laptop"),
            ReportColumn.SEQUENCE: self.tr("No."),
            ReportColumn.SEQUENCE_STATUS: self.tr("Sequence"),
            ReportColumn.NEW: self.tr("New"),
            ReportColumn.UNCHANGED: self.tr("Unchanged"),
            ReportColumn.CONFLICTS: self.tr("Conflicts"),
            ReportColumn.REASON: self.tr("Reason"),
            ReportColumn.MOVED_TO: self.tr("Moved to"),
        }[ReportColumn(section)]


class ReportFilterProxy(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE`; unsorted it keeps the model's order (newest on top)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems_only = False
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def problems_only(self) -> bool:
        return self._problems_only

    def set_problems_only(self, value: bool) -> None:
        self.beginFilterChange()
        self._problems_only = value
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not self._problems_only or not isinstance(model, FileReportModel):
            return True
        return needs_a_look(model.report(source_row))

    def report_at(self, row: int) -> FileReport:
        value = self.index(row, 0).data(ITEM_ROLE)
        assert isinstance(value, FileReport)
        return value
