"""Text inputs that keep interview text where it belongs: never on the clipboard.

Every input takes Qt's sensitive-data hints (no prediction, no learning by an on-screen
keyboard). The interview's own text inputs also refuse copy, cut and drag, and have no context
menu: the app never puts interview text on the clipboard, where any other program could read it.
Paste stays allowed (officers may paste a reference number). On X11, selecting text also
fills the "primary selection"; the inputs give that up as soon as they own it.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

SENSITIVE_HINTS = (
    Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
)
_BLOCKED = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut)


def _blocks(event: QKeyEvent) -> bool:
    return any(event.matches(key) for key in _BLOCKED)


def drop_owned_selection() -> None:
    """Give up the X11 primary selection if this app holds it (it would hold our text)."""
    clipboard = QGuiApplication.clipboard()
    if clipboard.supportsSelection() and clipboard.ownsSelection():
        clipboard.clear(QClipboard.Mode.Selection)


class SensitiveLineEdit(QLineEdit):
    """A one-line input with sensitive hints and no way to copy its text out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setInputMethodHints(SENSITIVE_HINTS)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setDragEnabled(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _blocks(event):
            event.accept()
            return
        super().keyPressEvent(event)
        drop_owned_selection()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        drop_owned_selection()


class SensitiveTextEdit(QPlainTextEdit):
    """A multi-line input with sensitive hints and no way to copy its text out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setInputMethodHints(SENSITIVE_HINTS)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _blocks(event):
            event.accept()
            return
        super().keyPressEvent(event)
        drop_owned_selection()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        drop_owned_selection()

    def createMimeDataFromSelection(self) -> QMimeData:
        # Dragging a selection out would carry the text; hand out nothing instead.
        return QMimeData()
