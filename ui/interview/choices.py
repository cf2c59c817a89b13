"""Choice questions as large targets: every option a whole row (or, for a short yes/no kind of
list, a tile side by side) that a click anywhere on it picks.

select_one is a group of radio rows, or a list box for long lists; select_multiple a column of
box rows. Officers answer on a moving train or at a busy counter: the tiny default hit area
(the circle and its text) is too small, so each row takes the whole width and a click on its
empty part counts too. Short lists of short answers ("Yes", "No", "Not sure") sit side by side,
as people expect a yes/no question to look.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from fieldapp.interview.views import QuestionView
from fieldapp.xlsform import Kind
from ui.interview.editor import Editor

MAX_RADIO_CHOICES = 12
MAX_SIDE_BY_SIDE = 4
SHORT_LABEL = 16


def side_by_side(view: QuestionView) -> bool:
    """Whether the options fit on one line as tiles (a yes/no/not sure kind of list)."""
    return (view.kind is Kind.SELECT_ONE and 2 <= len(view.choices) <= MAX_SIDE_BY_SIDE
            and all(len(choice.label) <= SHORT_LABEL for choice in view.choices))


class ChoiceRow(QFrame):
    """One option as a bordered row: its button and its text, which wraps (a radio button's
    own text does not, and a long option pushed the page wider than the window). A click
    anywhere on the row picks the option."""

    def __init__(self, button: QAbstractButton, text: str) -> None:
        super().__init__()
        self.setObjectName("choice")
        self.button = button
        button.setAccessibleName(text)
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        button.toggled.connect(self.show_checked)

    def show_checked(self) -> None:
        checked = self.button.isChecked()
        if self.property("checked") != checked:
            self.setProperty("checked", checked)
            self.style().unpolish(self)
            self.style().polish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # so that the release comes here too

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.rect().contains(event.position().toPoint()) and self.button.isEnabled():
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
            self.button.click()


class ChoiceEditor(Editor):
    """select_one as radio buttons (or a list box for long lists); select_multiple as boxes."""

    def __init__(self, view: QuestionView) -> None:
        super().__init__()
        self._multiple = view.kind is Kind.SELECT_MULTIPLE
        self._names = [choice.name for choice in view.choices]
        self._combo: QComboBox | None = None
        self._rows: dict[str, int] = {}
        self._buttons: list[QAbstractButton] = []
        self._rows_shown: list[ChoiceRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        compact = "minimal" in view.appearance.split() or len(view.choices) > MAX_RADIO_CHOICES
        if compact and not self._multiple:
            combo = QComboBox()
            # One call for the whole list (a country list is some 250 names); row 0 is "none".
            combo.addItems(["—", *(choice.label for choice in view.choices)])
            self._rows = {name: row for row, name in enumerate(self._names, start=1)}
            combo.activated.connect(self._on_combo_activated)
            layout.addWidget(combo)
            self._combo = combo
            self.setFocusProxy(combo)
        else:
            # Radio buttons share a group: Tab enters and leaves it, the arrows move within.
            # Boxes stay out of any group so that each one is its own Tab stop.
            self._group = QButtonGroup(self)
            self._group.setExclusive(True)
            rows: QBoxLayout = QHBoxLayout() if side_by_side(view) else QVBoxLayout()
            rows.setSpacing(8)
            layout.addLayout(rows)
            for choice in view.choices:
                button: QAbstractButton = QCheckBox() if self._multiple else QRadioButton()
                button.setProperty("choice", choice.name)
                if self._multiple:
                    button.clicked.connect(self._on_group_clicked)
                else:
                    self._group.addButton(button)
                shown = ChoiceRow(button, choice.label)
                rows.addWidget(shown)
                self._rows_shown.append(shown)
                self._buttons.append(button)
            self._group.buttonClicked.connect(self._on_group_clicked)
            if self._buttons:
                self.setFocusProxy(self._buttons[0])
        if not self._multiple and self._combo is None and not view.required:
            self.clear_button = QPushButton(self.tr("Clear answer"))
            self.clear_button.setFlat(True)
            self.clear_button.clicked.connect(lambda: self.committed.emit(None))
            row = QHBoxLayout()
            row.addWidget(self.clear_button)
            row.addStretch(1)
            layout.addLayout(row)
        self.set_value(view.value)

    def set_value(self, value: Any) -> None:
        picked = set(value) if isinstance(value, list) else ({value} if value else set())
        if self._combo is not None:
            self._combo.setCurrentIndex(self.index_of(value) if value else 0)
            return
        if not self._multiple:
            self._group.setExclusive(False)  # so an answer cleared elsewhere unchecks
        for button in self._buttons:
            button.blockSignals(True)
            button.setChecked(button.property("choice") in picked)
            button.blockSignals(False)
        if not self._multiple:
            self._group.setExclusive(True)
        for shown in self._rows_shown:
            shown.show_checked()
        current = next((b for b in self._buttons if b.isChecked()), None)
        if current is not None:
            self.setFocusProxy(current)

    def index_of(self, name: Any) -> int:
        """The list-box row of choice ``name`` (0, the empty row, when it is not offered)."""
        return self._rows.get(name, 0) if isinstance(name, str) else 0

    def _on_combo_activated(self, index: int) -> None:
        self.committed.emit(self._names[index - 1] if 0 < index <= len(self._names) else None)

    def _on_group_clicked(self, _button: object = None) -> None:
        picked = [str(b.property("choice")) for b in self._buttons if b.isChecked()]
        if self._multiple:
            self.committed.emit(picked or None)
        else:
            self.committed.emit(picked[0] if picked else None)
