"""One page of the interview as widgets: group titles, then a question widget per visible
question, or, for a repeat page, what the officer can do with the repeat.

Rebuilt only when the page or the set of visible questions changes; otherwise each question
widget is updated in place, so typing is never interrupted by a recomputation.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldapp.interview import EntryView, PageView, QuestionView
from ui.interview.question import QuestionWidget


class PageWidget(QWidget):
    answered = Signal(str, object)
    repeat_add_requested = Signal(str)
    repeat_remove_requested = Signal(str, int)

    def __init__(self, view: PageView) -> None:
        super().__init__()
        self.setObjectName("page")
        self.key = view.key
        self.questions: dict[str, QuestionWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        for title in view.titles:
            if title:
                heading = QLabel(title)
                heading.setProperty("role", "title")
                heading.setWordWrap(True)
                layout.addWidget(heading)
        for question in view.questions:
            widget = QuestionWidget(question)
            widget.answered.connect(self.answered)
            layout.addWidget(widget)
            self.questions[question.path] = widget
        self.add_button: QPushButton | None = None
        self.remove_entry_button: QPushButton | None = None
        if view.repeat is not None:
            self._add_repeat_controls(view, layout)
        elif view.entry is not None:
            self._add_entry_removal(view.entry, layout)
        layout.addStretch(1)

    def _add_repeat_controls(self, view: PageView, layout: QVBoxLayout) -> None:
        repeat = view.repeat
        assert repeat is not None
        count = QLabel(
            self.tr("%1: %2 entered so far.").replace("%1", repeat.label).replace(
                "%2", str(repeat.count))
        )
        count.setWordWrap(True)
        layout.addWidget(count)
        explain = QLabel(self.tr("Add another entry, or press Next to go on."))
        explain.setProperty("role", "hint")
        layout.addWidget(explain)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add an entry"))
        self.add_button.setEnabled(repeat.can_add)
        self.add_button.clicked.connect(lambda: self.repeat_add_requested.emit(repeat.path))
        row.addWidget(self.add_button)
        if repeat.can_remove and repeat.count:
            remove = QPushButton(self.tr("Remove the last entry"))
            remove.clicked.connect(
                lambda: self.repeat_remove_requested.emit(repeat.path, repeat.count)
            )
            row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)

    def _add_entry_removal(self, entry: EntryView, layout: QVBoxLayout) -> None:
        """Remove the entry this page belongs to (an officer with nothing to enter in it)."""
        row = QHBoxLayout()
        self.remove_entry_button = QPushButton(self.tr("Remove this entry"))
        self.remove_entry_button.clicked.connect(
            lambda: self.repeat_remove_requested.emit(entry.path, entry.index))
        row.addWidget(self.remove_entry_button)
        row.addStretch(1)
        layout.addLayout(row)

    def paths(self) -> list[str]:
        return list(self.questions)

    def update_questions(self, views: tuple[QuestionView, ...]) -> None:
        for view in views:
            widget = self.questions.get(view.path)
            if widget is not None:
                widget.update_view(view)

    def show_errors(self, errors: dict[str, str | None]) -> None:
        for path, message in errors.items():
            widget = self.questions.get(path)
            if widget is not None:
                widget.show_error(message)

    def flush(self) -> None:
        for widget in self.questions.values():
            widget.flush()

    def focus_first(self, path: str | None = None) -> None:
        """Focus ``path``'s input, else the first answerable question, else the add button."""
        target = self.questions.get(path) if path else None
        if target is None:
            target = next((w for w in self.questions.values() if w.answerable), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.add_button is not None:
            self.add_button.setFocus()
