"""One input widget per question type, each speaking the engine's JSON answer shapes.

An editor shows a value (``set_value``) and reports what the officer gave through
``committed(value)``: a string, number, list of choice names or ``None`` for "no answer".
Choices commit at once; typed text commits when the officer pauses, leaves the field or
presses Enter, so each answer is saved as it is given without a save button and without a
write per keystroke. Numbers and dates are checked here first so the message is in the
officer's language (``invalid(message)``); the engine checks them again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTime,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QListView,
    QSpinBox,
    QVBoxLayout,
)

from fieldapp.interview.views import QuestionView
from fieldapp.xlsform import Kind
from ui.inputs import SensitiveLineEdit, SensitiveTextEdit
from ui.interview.choices import ChoiceEditor
from ui.interview.editor import Editor
from ui.labels import join_list

TYPING_PAUSE_MS = 700
MAX_CHECKBOXES = 30


class TextEditor(Editor):
    """Text, numbers, dates and times typed on the keyboard."""

    def __init__(self, view: QuestionView) -> None:
        super().__init__()
        self._kind = view.kind
        self._multiline = "multiline" in view.appearance.split()
        self._last: Any = view.value
        self._field: SensitiveLineEdit | SensitiveTextEdit
        if self._multiline:
            self._field = SensitiveTextEdit()
            self._field.setMinimumHeight(90)
            self._field.textChanged.connect(self._on_typing)
        else:
            line = SensitiveLineEdit()
            line.textEdited.connect(self._on_typing)
            line.editingFinished.connect(self.flush)
            line.setPlaceholderText(self._placeholder())
            self._field = line
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._field)
        self.setFocusProxy(self._field)
        self.set_value(view.value)

    def _placeholder(self) -> str:
        return {
            Kind.DATE: self.tr("YYYY-MM-DD"),
            Kind.TIME: self.tr("HH:MM"),
            Kind.DATETIME: self.tr("YYYY-MM-DD HH:MM"),
        }.get(self._kind, "")

    def text(self) -> str:
        if isinstance(self._field, SensitiveTextEdit):
            return self._field.toPlainText()
        return self._field.text()

    def set_value(self, value: Any) -> None:
        self._last = value
        shown = self._display(value)
        if shown == self.text():
            return
        self._field.blockSignals(True)
        if isinstance(self._field, SensitiveTextEdit):
            self._field.setPlainText(shown)
        else:
            self._field.setText(shown)
        self._field.blockSignals(False)

    def _display(self, value: Any) -> str:
        if value is None:
            return ""
        if self._kind is Kind.DATETIME and isinstance(value, str):
            return value[:16].replace("T", " ")
        if self._kind is Kind.TIME and isinstance(value, str):
            return value[:5]
        return str(value)

    def _on_typing(self) -> None:
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        parsed = self._parse(self.text().strip() if not self._multiline else self.text())
        if parsed is _INVALID:
            return
        if parsed != self._last:
            self._last = parsed
            self.committed.emit(parsed)

    def _parse(self, text: str) -> Any:
        if not text.strip():
            return None
        kind = self._kind
        if kind is Kind.INTEGER:
            try:
                return int(text)
            except ValueError:
                return self._reject(self.tr("Enter a whole number, such as 42."))
        if kind is Kind.DECIMAL:
            try:
                return float(text.replace(",", "."))
            except ValueError:
                return self._reject(self.tr("Enter a number, such as 3.5."))
        if kind is Kind.DATE:
            day = QDate.fromString(text, "yyyy-MM-dd")
            if not day.isValid():
                return self._reject(self.tr("Enter a date as YYYY-MM-DD, such as 2026-03-14."))
            return day.toString("yyyy-MM-dd")
        if kind is Kind.TIME:
            moment = QTime.fromString(text, "HH:mm")
            if not moment.isValid():
                return self._reject(self.tr("Enter a time as HH:MM, such as 14:30."))
            return moment.toString("HH:mm")
        if kind is Kind.DATETIME:
            stamp = QDateTime.fromString(text, "yyyy-MM-dd HH:mm")
            if not stamp.isValid():
                return self._reject(
                    self.tr("Enter a date and time as YYYY-MM-DD HH:MM, such as 2026-03-14 14:30.")
                )
            return stamp.toString("yyyy-MM-dd'T'HH:mm:00")
        return text

    def _reject(self, message: str) -> object:
        self.invalid.emit(message)
        return _INVALID


_INVALID = object()


class AcknowledgeEditor(Editor):
    """acknowledge and trigger: one box, "OK" when ticked."""

    def __init__(self, view: QuestionView) -> None:
        super().__init__()
        self.box = QCheckBox(self.tr("OK"))
        self.box.toggled.connect(lambda on: self.committed.emit("OK" if on else None))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.setFocusProxy(self.box)
        self.set_value(view.value)

    def set_value(self, value: Any) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(bool(value))
        self.box.blockSignals(False)


class RangeEditor(Editor):
    """range: a spin box over start..end by step; the value below start means no answer."""

    def __init__(self, view: QuestionView) -> None:
        super().__init__()
        params = view.parameters
        self._start = int(float(params.get("start", "0") or 0))
        end = int(float(params.get("end", "10") or 10))
        step = max(1, abs(int(float(params.get("step", "1") or 1))))
        self.spin = QSpinBox()
        self.spin.setRange(min(self._start, end) - step, max(self._start, end))
        self.spin.setSingleStep(step)
        self.spin.setSpecialValueText("—")
        self.spin.valueChanged.connect(self._on_spin_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        self.setFocusProxy(self.spin)
        self.set_value(view.value)

    def set_value(self, value: Any) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(int(float(value)) if value not in (None, "") else self.spin.minimum())
        self.spin.blockSignals(False)

    def _on_spin_changed(self, number: int) -> None:
        self.committed.emit(None if number == self.spin.minimum() else number)


class RankEditor(Editor):
    """rank: one list box per place, each holding the choices."""

    def __init__(self, view: QuestionView) -> None:
        super().__init__()
        self._boxes: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for place in range(len(view.choices)):
            box = QComboBox()
            box.setAccessibleName(self.tr("Place %1").replace("%1", str(place + 1)))
            box.addItem("—", None)
            for choice in view.choices:
                box.addItem(choice.label, choice.name)
            box.activated.connect(self._on_box_activated)
            layout.addWidget(box)
            self._boxes.append(box)
        if self._boxes:
            self.setFocusProxy(self._boxes[0])
        self.set_value(view.value)

    def set_value(self, value: Any) -> None:
        order = list(value) if isinstance(value, list) else []
        for place, box in enumerate(self._boxes):
            name = order[place] if place < len(order) else None
            box.setCurrentIndex(max(0, box.findData(name)) if name else 0)

    def _on_box_activated(self, _index: int) -> None:
        order = [box.currentData() for box in self._boxes if box.currentData()]
        self.committed.emit(list(dict.fromkeys(order)) or None)


class ChecklistEditor(Editor):
    """select_multiple over a long list (countries, languages): type to filter, Space to tick.

    The chosen items are listed above the filter, so the officer sees the answer without
    scrolling through 249 countries.
    """

    def __init__(self, view: QuestionView) -> None:
        super().__init__()
        self._model = QStandardItemModel(self)
        self._rows: dict[str, int] = {}
        self._ticked: list[str] = []  # in list order, as the model shows them
        for row, choice in enumerate(view.choices):
            item = QStandardItem(choice.label)
            item.setData(choice.name, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            self._model.appendRow(item)
            self._rows.setdefault(choice.name, row)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.filter = SensitiveLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to find, then Enter, and Space to tick"))
        self.filter.textChanged.connect(self._proxy.setFilterFixedString)
        self.list = QListView()
        self.list.setUniformItemSizes(True)  # sized from one row, not from all 249 countries
        self.list.setModel(self._proxy)
        self.list.setMinimumHeight(160)
        self.list.setMaximumHeight(220)
        self.filter.installEventFilter(self)
        self._model.itemChanged.connect(self._on_model_item_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chosen)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.setFocusProxy(self.filter)
        self._quiet = False
        self.set_value(view.value)

    def set_value(self, value: Any) -> None:
        picked = set(value) if isinstance(value, list) else ({value} if value else set())
        self._quiet = True
        # Only the rows whose tick changes are touched (a page turn sets every editor).
        for name in picked.symmetric_difference(self._ticked):
            row = self._rows.get(name)
            item = self._model.item(row) if row is not None else None
            if item is not None:
                item.setCheckState(Qt.CheckState.Checked if name in picked
                                   else Qt.CheckState.Unchecked)
        self._quiet = False
        self._ticked = sorted((name for name in picked if name in self._rows),
                              key=self._rows.__getitem__)
        self._show_chosen()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down, or Enter after typing, moves to the list to tick; Enter in an empty filter
        # goes on to the next page like anywhere else.
        keys = (Qt.Key.Key_Down,) if not self.filter.text() else (
            Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (watched is self.filter and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress and event.key() in keys):
            self.list.setFocus()
            if not self.list.currentIndex().isValid() and self._proxy.rowCount():
                self.list.setCurrentIndex(self._proxy.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    def _checked(self) -> list[QStandardItem]:
        return [self._model.item(self._rows[name]) for name in self._ticked]

    def _show_chosen(self) -> None:
        labels = [item.text() for item in self._checked()]
        self.chosen.setText(self.tr("Chosen: %1").replace("%1", join_list(labels))
                            if labels else self.tr("Nothing chosen yet."))

    def _on_model_item_changed(self, item: QStandardItem) -> None:
        if self._quiet:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        ticked = set(self._ticked)
        if item.checkState() == Qt.CheckState.Checked:
            ticked.add(name)
        else:
            ticked.discard(name)
        self._ticked = sorted(ticked, key=self._rows.__getitem__)
        self._show_chosen()
        names = [str(item.data(Qt.ItemDataRole.UserRole)) for item in self._checked()]
        self.committed.emit(names or None)


def editor_for(view: QuestionView) -> Editor | None:
    """The editor of a question, or ``None`` for a note (label only)."""
    kind = view.kind
    long_list = "minimal" in view.appearance.split() or len(view.choices) > MAX_CHECKBOXES
    if kind is Kind.SELECT_MULTIPLE and long_list:
        return ChecklistEditor(view)
    if kind in (Kind.SELECT_ONE, Kind.SELECT_MULTIPLE):
        return ChoiceEditor(view)
    if kind in (Kind.ACKNOWLEDGE, Kind.TRIGGER):
        return AcknowledgeEditor(view)
    if kind is Kind.RANGE:
        return RangeEditor(view)
    if kind is Kind.RANK:
        return RankEditor(view)
    if kind in (Kind.TEXT, Kind.INTEGER, Kind.DECIMAL, Kind.DATE, Kind.TIME, Kind.DATETIME):
        return TextEditor(view)
    return None


__all__ = ["ChoiceEditor", "Editor", "editor_for"]
