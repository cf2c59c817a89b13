"""The file table of the supervisor's Import screen, and the table set-up both tables share.

:class:`FileReportsView` lists the files of this session's imports (newest on top until a
header is clicked), can keep only the files that need a look, and sums them up under the
table. :func:`report_table` makes a read-only, sortable table that starts in the model's own
order; :func:`set_role` restyles a label as a status line or an error.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.services.sync_import import FileReport
from ui.sync.supervisor_models import FileReportModel, ReportColumn, ReportFilterProxy
from ui.tables import read_only_table


def report_table(model: QAbstractItemModel, widths: Mapping[int, int]) -> QTableView:
    """A sortable :func:`ui.tables.read_only_table`, in the model's order until sorted."""
    table = read_only_table(model, widths)
    header = table.horizontalHeader()
    header.setSortIndicatorShown(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the model's own order
    table.setSortingEnabled(True)
    return table


def set_role(label: QLabel, role: str) -> None:
    """Change a label's style role (``status``, ``error``) and restyle it."""
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)


class FileReportsView(QWidget):
    """One row per file imported this session, and the totals under them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FileReportModel(self)
        self.proxy = ReportFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        caption = QLabel(self.tr("Files imported"))
        caption.setProperty("role", "subtitle")
        self.problems_only = QCheckBox(self.tr("Only files that need a look"))
        self.problems_only.toggled.connect(self.proxy.set_problems_only)
        self.table = report_table(self.proxy, {
            ReportColumn.FILE: 210, ReportColumn.OUTCOME: 115, ReportColumn.LAPTOP: 95,
            ReportColumn.SEQUENCE: 40, ReportColumn.SEQUENCE_STATUS: 140, ReportColumn.NEW: 50,
            ReportColumn.UNCHANGED: 92, ReportColumn.CONFLICTS: 82, ReportColumn.MOVED_TO: 95,
        })
        self.table.setAccessibleName(self.tr("Files imported"))
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row_changed)
        self.detail = QLabel()  # the selected file's reason in full (the cell may be cut)
        self.detail.setWordWrap(True)
        self.detail.setProperty("role", "hint")
        self.totals = QLabel()
        self.totals.setProperty("role", "status")
        self.totals.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addStretch(1)
        top.addWidget(self.problems_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.totals)
        self._show_totals()

    def add_reports(self, reports: Sequence[FileReport]) -> None:
        self.model.add_reports(reports)
        self._show_totals()

    def set_labels(self, labels: Mapping[str, str]) -> None:
        self.model.set_labels(labels)

    def clear(self) -> None:
        self.model.clear()
        self.problems_only.setChecked(False)
        self.detail.clear()
        self._show_totals()

    def _on_table_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        reason = self.proxy.index(current.row(), ReportColumn.REASON).data() if (
            current.isValid()) else None
        if not reason:
            self.detail.clear()
            return
        file = self.proxy.index(current.row(), ReportColumn.FILE).data()
        self.detail.setText(self.tr("%1: %2").replace("%1", str(file)).replace("%2",
                                                                             str(reason)))

    def _show_totals(self) -> None:
        totals = self.model.totals()
        if not totals.files:
            self.totals.setText(self.tr("No file imported since you signed in."))
            return
        self.totals.setText(
            self.tr("%1 file(s): %2 imported, %3 already imported, %4 rejected, %5 skipped. "
                    "Records: %6 new, %7 unchanged, %8 in conflict.")
            .replace("%1", f"{totals.files:,}").replace("%2", f"{totals.imported:,}")
            .replace("%3", f"{totals.duplicate:,}").replace("%4", f"{totals.rejected:,}")
            .replace("%5", f"{totals.skipped:,}").replace("%6", f"{totals.new:,}")
            .replace("%7", f"{totals.unchanged:,}").replace("%8", f"{totals.conflicts:,}")
        )
