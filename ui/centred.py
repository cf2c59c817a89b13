"""The narrow, centred column of the sign-in, set-up and enrolment screens.

A box held in the middle by a layout *alignment* is measured at the full window width when its
height is worked out, so a wrapped paragraph in it gets the height it would need on one long
line, and the fields below are squeezed to a few pixels. Stretches on both sides instead give
the column its real width first, and its height follows from that width.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget


def centre_column(panel: QWidget, column: QWidget, max_width: int) -> None:
    """Lay ``column`` out in the middle of ``panel``, at most ``max_width`` pixels wide, a
    little above the vertical centre."""
    column.setMaximumWidth(max_width)
    policy = column.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    column.setSizePolicy(policy)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(column, 100)
    row.addStretch(1)
    layout = QVBoxLayout(panel)
    layout.addStretch(1)
    layout.addLayout(row)
    layout.addStretch(2)
