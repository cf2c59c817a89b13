"""The section list beside the interview: the form's top-level groups with their state.

Each row shows the section's title and a mark the core decides (see
:mod:`fieldapp.interview.outline`): done, current, answers missing, ahead, or not applicable.
A section that earlier answers leave out is shown greyed and cannot be picked (it is not
enabled), and its tooltip says why; clicking it does nothing at all.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from fieldapp.interview import SectionState, SectionStatus

_T = QCoreApplication  # literal _T.translate calls: pyside6-lupdate finds them

AnyIndex = QModelIndex | QPersistentModelIndex
REF_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2

# Marks that read the same in every language and survive a screen reader's plain text.
MARKS = {
    SectionState.DONE: "✓",
    SectionState.CURRENT: "▶",
    SectionState.MISSING: "!",
    SectionState.NOT_APPLICABLE: "–",
    SectionState.AHEAD: "○",
}


def state_text(status: SectionStatus) -> str:
    """The state in words, for the tooltip and the accessible name."""
    if status.state is SectionState.MISSING:
        missing = status.problems
        return _T.translate("SectionModel", "%n answer(s) still missing", "", missing)
    return {
        SectionState.DONE: _T.translate("SectionModel", "Done"),
        SectionState.CURRENT: _T.translate("SectionModel", "You are here"),
        SectionState.NOT_APPLICABLE: _T.translate(
            "SectionModel", "Not part of this interview with the answers given so far"),
        SectionState.AHEAD: _T.translate("SectionModel", "Not started"),
    }.get(status.state, "")


class SectionModel(QAbstractListModel):
    """The sections of the interview, in form order, with their states."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sections: list[SectionStatus] = []

    def set_sections(self, sections: list[SectionStatus]) -> None:
        """Show ``sections``; rows whose state changed are repainted, others left alone."""
        if [s.ref for s in sections] != [s.ref for s in self._sections]:
            self.beginResetModel()
            self._sections = list(sections)
            self.endResetModel()
            return
        if sections == self._sections:
            return
        # A changed mark or weight can change a wrapped row's height: the view measures the
        # rows again on a layout change (it does not on dataChanged).
        self.layoutAboutToBeChanged.emit()
        self._sections = list(sections)
        self.layoutChanged.emit()

    def current_row(self) -> int:
        return next((row for row, s in enumerate(self._sections)
                     if s.state is SectionState.CURRENT), -1)

    def status(self, row: int) -> SectionStatus | None:
        return self._sections[row] if 0 <= row < len(self._sections) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sections)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        status = self.status(index.row()) if index.isValid() else None
        if status is None:
            return Qt.ItemFlag.NoItemFlags
        if not status.can_open:
            return Qt.ItemFlag.ItemNeverHasChildren
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        status = self.status(index.row()) if index.isValid() else None
        if status is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{MARKS[status.state]}  {status.label}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{status.label}: {state_text(status)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return state_text(status)
        if role == REF_ROLE:
            return status.ref
        if role == STATE_ROLE:
            return status.state.value
        if role == Qt.ItemDataRole.FontRole and status.state in (
                SectionState.CURRENT, SectionState.MISSING):
            font = QFont()
            font.setBold(True)
            return font
        return None
