"""Finalising: the confirmation it needs, and what is still missing, each a link to its question.

Finalising locks the answers (a change afterwards is a new revision), so it is never one key
press away: the officer confirms in a dialog whose default button is "Keep checking", so a
second Enter on the end page cannot finalise by itself.

When the session reports open required questions or broken rules, the list appears under the
page, in a strip of limited height that scrolls on its own (a long list never squeezes the page);
each entry names the question (in the interview's language) and the problem (in the
officer's), and Enter or a click moves to it and highlights it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldapp.interview import FieldError, InterviewSession
from ui.interview.question import officer_message

_T = QCoreApplication  # literal _T.translate calls: pyside6-lupdate finds them

MAX_LISTED = 30
# The list takes at most this share of the interview area; the page keeps the rest.
MAX_SHARE = 0.3


def ask_to_finalise(parent: QWidget) -> bool:
    """Ask before finalising; True only when the officer picks "Finalise"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_T.translate("FinaliseDialog", "Finalise the interview"))
    box.setText(_T.translate("FinaliseDialog", "Finalise this interview now?"))
    box.setInformativeText(_T.translate("FinaliseDialog",
        "The answers are then locked and the screening result is shown. A correction later "
        "becomes a new revision, with its reason recorded."))
    finalise = box.addButton(_T.translate("FinaliseDialog", "Finalise"),
                             QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(_T.translate("FinaliseDialog", "Keep checking"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    chosen = box.clickedButton() is finalise
    box.deleteLater()
    return chosen


class MissingAnswersPanel(QScrollArea):
    jump_requested = Signal(str)  # path

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("missingAnswers")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self.setWidget(body)
        self.links: list[QPushButton] = []
        self.hide()

    def fit_to(self, height: int) -> None:
        """Limit the list to its share of ``height`` (the interview area's)."""
        self.setMaximumHeight(max(80, int(height * MAX_SHARE)))

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
        title = QLabel(self.tr("The interview cannot be finalised yet. Answers to look at: %1")
                       .replace("%1", str(len(problems))))
        title.setProperty("role", "error")
        title.setWordWrap(True)
        self._layout.addWidget(title)
        for problem in problems[:MAX_LISTED]:
            view = session.question_view(problem.path)
            label = view.label if view is not None and view.label else problem.name
            link = QPushButton(f"→ {label} — {officer_message(problem.message)}")
            link.setFlat(True)
            link.setProperty("role", "link")
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            link.setToolTip(self.tr("Go to this question"))
            link.clicked.connect(lambda _checked=False, path=problem.path:
                                 self.jump_requested.emit(path))
            self._layout.addWidget(link)
            self.links.append(link)
        self.show()
        if self.links:
            self.links[0].setFocus()
