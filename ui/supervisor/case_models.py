"""Table models of the case view: the interview read back, revisions side by side, the case's
notes and status history, its referrals with their follow-up, and a conflict's versions.

Each wraps a tuple of frozen core rows and says, per column (an ``IntEnum``), what text to
show. Rows are replaced whole when the case is read again; nothing is edited in place.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from fieldapp.services.case_review import FieldChange
from fieldapp.services.case_transcript import TranscriptLine
from fieldapp.services.casework import ReferralFollowUp
from fieldapp.services.conflicts import ConflictVersion
from fieldapp.vault.casework import CaseNote, StatusChange, WaitingReferral
from ui.cases.model import isolate, local_time_text
from ui.supervisor.texts import case_status_label, follow_up_label

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Row = TypeVar("Row")
_NO_VALUE = "—"


def value_text(value: Any) -> str:
    """A stored value as the side-by-side view shows it."""
    if value is None or value == "" or value == []:
        return _NO_VALUE
    if isinstance(value, list):
        return " ".join(str(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


class FrozenRowsModel(QAbstractTableModel, Generic[Row]):
    """Rows of one frozen type; subclasses say the columns, headers and texts."""

    columns: type[IntEnum]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return isolate(self.text(row, self.columns(index.column())))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if 0 <= section < len(self.columns):
            return self.headers()[section]
        return None

    def text(self, row: Row, column: Any) -> str:
        raise NotImplementedError

    def headers(self) -> list[str]:
        raise NotImplementedError


class TranscriptColumn(IntEnum):
    SECTION = 0
    QUESTION = 1
    ANSWER = 2


class TranscriptModel(FrozenRowsModel[TranscriptLine]):
    columns = TranscriptColumn

    def text(self, row: TranscriptLine, column: TranscriptColumn) -> str:
        return {TranscriptColumn.SECTION: row.section, TranscriptColumn.QUESTION: row.label,
                TranscriptColumn.ANSWER: row.answer}[column]

    def headers(self) -> list[str]:
        return [self.tr("Section"), self.tr("Question"), self.tr("Answer")]


class DiffColumn(IntEnum):
    FIELD = 0
    BEFORE = 1
    AFTER = 2


class DiffModel(FrozenRowsModel[FieldChange]):
    """Fields that differ between two revisions (or two versions), named in the language
    chosen; the headers say which revision, by whom and when."""

    columns = DiffColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.labels: dict[str, str] = {}
        self.before_title = ""
        self.after_title = ""

    def set_titles(self, before: str, after: str) -> None:
        self.before_title, self.after_title = before, after
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(DiffColumn) - 1)

    def text(self, row: FieldChange, column: DiffColumn) -> str:
        if column == DiffColumn.FIELD:
            return self.labels.get(row.field, row.field)
        return value_text(row.before if column == DiffColumn.BEFORE else row.after)

    def headers(self) -> list[str]:
        return [self.tr("Field"), self.before_title or self.tr("Before"),
                self.after_title or self.tr("After")]


class NoteColumn(IntEnum):
    DATE = 0
    BY = 1
    TEXT = 2


class NotesModel(FrozenRowsModel[CaseNote]):
    columns = NoteColumn

    def text(self, row: CaseNote, column: NoteColumn) -> str:
        return {NoteColumn.DATE: row.noted_on, NoteColumn.BY: row.recorded_by,
                NoteColumn.TEXT: row.text}[column]

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("By"), self.tr("Note")]


class HistoryColumn(IntEnum):
    DATE = 0
    FROM = 1
    TO = 2
    BY = 3
    RECORDED = 4


class HistoryModel(FrozenRowsModel[StatusChange]):
    columns = HistoryColumn

    def text(self, row: StatusChange, column: HistoryColumn) -> str:
        return {HistoryColumn.DATE: row.changed_on,
                HistoryColumn.FROM: case_status_label(row.from_status),
                HistoryColumn.TO: case_status_label(row.to_status),
                HistoryColumn.BY: row.recorded_by,
                HistoryColumn.RECORDED: local_time_text(row.recorded_at)}[column]

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("From"), self.tr("To"), self.tr("By"),
                self.tr("Recorded")]


class ReferralColumn(IntEnum):
    SERVICE = 0
    MADE = 1
    STEP = 2
    SINCE = 3
    LAST_REASON = 4


class ReferralsModel(FrozenRowsModel[ReferralFollowUp]):
    columns = ReferralColumn

    def text(self, row: ReferralFollowUp, column: ReferralColumn) -> str:
        reason = next((event.reason for event in reversed(row.events) if event.reason), "")
        return {ReferralColumn.SERVICE: row.referral.service_name,
                ReferralColumn.MADE: local_time_text(row.referral.created_at),
                ReferralColumn.STEP: follow_up_label(row.step),
                ReferralColumn.SINCE: row.step_on,
                ReferralColumn.LAST_REASON: reason}[column]

    def headers(self) -> list[str]:
        return [self.tr("Service"), self.tr("Referred"), self.tr("Follow-up"),
                self.tr("Since"), self.tr("Reason")]


class VersionColumn(IntEnum):
    NUMBER = 0
    SHOWN = 1
    AUTHOR = 2
    FINALISED = 3
    REASON = 4
    DIFFERENCES = 5


class VersionsModel(FrozenRowsModel[ConflictVersion]):
    columns = VersionColumn

    def text(self, row: ConflictVersion, column: VersionColumn) -> str:
        return {VersionColumn.NUMBER: str(row.number),
                VersionColumn.SHOWN: self.tr("shown") if row.shown else "",
                VersionColumn.AUTHOR: row.author,
                VersionColumn.FINALISED: local_time_text(row.finalised_at),
                VersionColumn.REASON: row.reason,
                VersionColumn.DIFFERENCES: str(len(row.changes))}[column]

    def headers(self) -> list[str]:
        return [self.tr("Version"), self.tr("Shown"), self.tr("By"), self.tr("Finalised"),
                self.tr("Reason given"), self.tr("Fields differing")]


class WaitingColumn(IntEnum):
    REFERENCE = 0
    SERVICE = 1
    STEP = 2
    SINCE = 3
    DAYS = 4


class WaitingModel(FrozenRowsModel[WaitingReferral]):
    columns = WaitingColumn

    def text(self, row: WaitingReferral, column: WaitingColumn) -> str:
        return {WaitingColumn.REFERENCE: row.reference,
                WaitingColumn.SERVICE: row.service_name,
                WaitingColumn.STEP: follow_up_label(row.step),
                WaitingColumn.SINCE: row.waiting_since,
                WaitingColumn.DAYS: str(row.days_waiting)}[column]

    def headers(self) -> list[str]:
        return [self.tr("Reference"), self.tr("Service"), self.tr("Waiting at"),
                self.tr("Since"), self.tr("Days")]
