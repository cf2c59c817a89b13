"""One question on a page: label with its required marker, hint, officer guidance, the
editor for its type, and the inline message when the answer breaks a rule.

The widget is built once per page and then updated in place from each new
:class:`QuestionView` (value, error, read-only), so an answer elsewhere on the page never
takes the focus or the cursor away from what the officer is typing.

A question the form marks for the officer alone is in the officer's language (the engine
gives it so), laid out in the app's direction, and tagged "For the officer – not read aloud".
A note's text is body text, not a bold title: the forms' long notes (the result, the stop
instructions) stay readable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from fieldapp.interview.views import CONSTRAINT_MESSAGE, REQUIRED_MESSAGE, QuestionView
from fieldapp.xlsform import Kind
from ui.interview.editors import Editor, editor_for


def officer_message(message: str | None) -> str:
    """The engine's default messages in the officer's language; a form's own as written."""
    if not message:
        return ""
    if message == REQUIRED_MESSAGE:
        return QCoreApplication.translate("QuestionWidget", "This question needs an answer.")
    if message == CONSTRAINT_MESSAGE:
        return QCoreApplication.translate(
            "QuestionWidget", "This answer is not accepted: check it with the person."
        )
    return message


class QuestionWidget(QWidget):
    answered = Signal(str, object)  # path, JSON value or None

    def __init__(self, view: QuestionView) -> None:
        super().__init__()
        self.setObjectName("question")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # for the highlight
        self.path = view.path
        self.view = view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 10)
        self._layout = layout
        self.audience: QLabel | None = None
        if view.for_officer:
            self.setLayoutDirection(QApplication.layoutDirection())
            self.audience = QLabel(self.tr("For the officer – not read aloud"))
            self.audience.setProperty("role", "audience")
            layout.addWidget(self.audience)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setProperty("role", "note" if view.kind is Kind.NOTE else "question")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(self.label)
        # Hint and guidance labels are made only for questions that have them: a page turn
        # builds every widget of the page, and most questions have neither.
        self.hint: QLabel | None = None
        self.guidance: QLabel | None = None
        self.editor: Editor | None = editor_for(view)
        if self.editor is not None:
            self.editor.committed.connect(self._on_editor_committed)
            self.editor.invalid.connect(self._on_editor_invalid)
            layout.addWidget(self.editor)
            self.label.setBuddy(self.editor.focus_target())
            self.setFocusProxy(self.editor)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        layout.addWidget(self.error)
        self.update_view(view)

    @property
    def answerable(self) -> bool:
        return self.editor is not None

    def update_view(self, view: QuestionView) -> None:
        self.view = view
        marker = " *" if view.required else ""
        self.label.setText(view.label + marker)
        self.label.setAccessibleName(
            view.label + (" " + self.tr("(required)") if view.required else "")
        )
        first = 1 + (self.audience is not None)
        self.hint = self._note(self.hint, "hint", first, view.hint)
        guidance = self.tr("Officer guidance: %1").replace("%1", view.guidance)
        self.guidance = self._note(self.guidance, "guidance", first + (self.hint is not None),
                                   guidance if view.guidance else "")
        self.show_error(view.error)
        if self.editor is not None:
            self.editor.set_value(view.value)
            self.editor.setEnabled(not view.read_only)

    def _note(self, label: QLabel | None, role: str, position: int, text: str) -> QLabel | None:
        """The hint or guidance label showing ``text``, made when first needed."""
        if label is None:
            if not text:
                return None
            label = QLabel()
            label.setWordWrap(True)
            label.setProperty("role", role)
            self._layout.insertWidget(position, label)
        label.setText(text)
        label.setVisible(bool(text))
        return label

    def show_error(self, message: str | None) -> None:
        text = officer_message(message)
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def flush(self) -> None:
        if self.editor is not None:
            self.editor.flush()

    def _on_editor_committed(self, value: Any) -> None:
        self.answered.emit(self.path, value)

    def _on_editor_invalid(self, message: str) -> None:
        self.show_error(message)
