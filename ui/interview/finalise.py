"""Finalising: what is still missing, each item a link back to its question.

When the session reports open required questions or broken rules, this list appears under
the page; each entry names the question (in the interview's language) and the problem (in the
officer's), and Enter or a click jumps to it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from fieldapp.interview import FieldError, InterviewSession
from ui.interview.question import officer_message

MAX_LISTED = 30


class MissingAnswersPanel(QWidget):
    jump_requested = Signal(str)  # path

    def __init__(self) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self.links: list[QPushButton] = []
        self.hide()

    def clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.links = []
        self.hide()

    def show_problems(self, session: InterviewSession, problems: tuple[FieldError, ...]) -> None:
        self.clear()
        title = QLabel(
            self.tr("The interview cannot be finalised yet. %1 answer(s) to look at:").replace(
                "%1", str(len(problems)))
        )
        title.setProperty("role", "error")
        title.setWordWrap(True)
        self._layout.addWidget(title)
        for problem in problems[:MAX_LISTED]:
            view = session.question_view(problem.path)
            label = view.label if view is not None and view.label else problem.name
            link = QPushButton(f"→ {label} — {officer_message(problem.message)}")
            link.setFlat(True)
            link.setStyleSheet("text-align: left; color: #0b57d0; text-decoration: underline;")
            link.clicked.connect(lambda _checked=False, path=problem.path:
                                 self.jump_requested.emit(path))
            self._layout.addWidget(link)
            self.links.append(link)
        self.show()
        if self.links:
            self.links[0].setFocus()
