"""The narrow, centred column of the sign-in, set-up and enrolment screens.

A box held in the middle by a layout *alignment* is measured at the full window width when its
height is worked out, so a wrapped paragraph in it gets the height it would need on one long
line, and the fields below are squeezed to a few pixels. Stretches on both sides instead give
the column its real width first, and its height follows from that width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ui.look import BASE_POINT_SIZE


class _WidthByTextSize(QObject):
    """Keeps the column's widest at ``max_width`` pixels per 100 % text size: at 175 % the
    same words and codes need 1.75 times the room."""

    def __init__(self, column: QWidget, max_width: int) -> None:
        super().__init__(column)
        self._max_width = max_width
        self._apply(column)

    def _apply(self, column: QWidget) -> None:
        scale = column.font().pointSizeF() / BASE_POINT_SIZE
        column.setMaximumWidth(round(self._max_width * max(scale, 1.0)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange and isinstance(watched, QWidget):
            self._apply(watched)
        return False


def centre_column(panel: QWidget, column: QWidget, max_width: int) -> None:
    """Lay ``column`` out in the middle of ``panel``, at most ``max_width`` pixels wide, a
    little above the vertical centre; when the window is too short for it (large text on a
    768-pixel screen), the column scrolls instead of being squeezed."""
    column.installEventFilter(_WidthByTextSize(column, max_width))
    policy = column.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    column.setSizePolicy(policy)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(column, 100)
    row.addStretch(1)
    inner = QWidget()
    inner_layout = QVBoxLayout(inner)
    inner_layout.addStretch(1)
    inner_layout.addLayout(row)
    inner_layout.addStretch(2)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(inner)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
