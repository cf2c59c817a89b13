"""Codes read aloud or copied by hand (laptop and supervisor codes): large, monospace, spaced.

The codes use Crockford's base32 (digits and capitals without I, L, O and U; see
:mod:`fieldapp.sync.keys`), and are shown in a monospace face at about twice the text size
with extra letter spacing, so that J is never read as I, nor 0 as O, across a desk or a phone
line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel, QWidget

CODE_SCALE = 1.8
CODE_SPACING_PERCENT = 112


def code_font(base: QFont | None = None) -> QFont:
    """The monospace face for codes, ``CODE_SCALE`` times the application's text size."""
    size = (base or QApplication.font()).pointSizeF()
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    font.setPointSizeF(max(size, 8.0) * CODE_SCALE)
    font.setWeight(QFont.Weight.DemiBold)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, CODE_SPACING_PERCENT)
    return font


class CodeLabel(QLabel):
    """A code on its own line, selectable, in :func:`code_font`; empty and hidden at first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readAloudCode")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFont(code_font())
        self.hide()

    def show_code(self, code: str) -> None:
        self.setFont(code_font())  # the text size may have changed since it was built
        self.setText(code)
        self.setAccessibleName(" ".join(code.replace("-", "")))  # read symbol by symbol
        self.setVisible(bool(code))
