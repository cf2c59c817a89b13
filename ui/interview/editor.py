"""The base of every answer editor: how it shows a value and reports the officer's answer.

An editor shows a value (``set_value``) and reports what the officer gave through
``committed(value)``, in the engine's JSON answer shapes; ``invalid(message)`` carries a check
it made itself, in the officer's language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class Editor(QWidget):
    committed = Signal(object)
    invalid = Signal(str)

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def flush(self) -> None:
        """Commit what is typed but not yet committed (before leaving the page or locking)."""

    def focus_target(self) -> QWidget:
        return self
