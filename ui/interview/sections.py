"""The section list beside the interview: the form's top-level groups, to jump between."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

AnyIndex = QModelIndex | QPersistentModelIndex
REF_ROLE = Qt.ItemDataRole.UserRole + 1


class SectionModel(QAbstractListModel):
    """(ref, label) pairs of the form's sections, in form order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sections: list[tuple[str, str]] = []
        self._current = -1

    def set_sections(self, sections: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._sections = list(sections)
        self._current = -1
        self.endResetModel()

    def set_current(self, page_key: str | None) -> int:
        """Mark the section holding ``page_key``; returns its row (-1: none)."""
        row = -1
        if page_key:
            for index, (ref, _label) in enumerate(self._sections):
                if page_key == ref or page_key.startswith(ref + "/") or page_key.startswith(
                        ref + "["):
                    row = index
        if row != self._current:
            old, self._current = self._current, row
            for changed in (old, row):
                if changed >= 0:
                    self.dataChanged.emit(self.index(changed), self.index(changed))
        return row

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sections)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._sections):
            return None
        ref, label = self._sections[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == REF_ROLE:
            return ref
        if role == Qt.ItemDataRole.FontRole and index.row() == self._current:
            font = QFont()
            font.setBold(True)
            return font
        return None
