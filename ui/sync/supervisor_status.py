"""The top of the supervisor's Import screen: the supervisor code and what the vault holds.

The code is what the supervisor reads to an officer enrolling a laptop (the officer types it,
so a file from anyone else is refused); it is shown large and in groups, like every code the
app asks to compare. Beside it the figures of :class:`SupervisorStatus`: laptops accepted,
bundles received, records in conflict, receipts waiting to be handed out, and interview
revisions waiting to be shown in the case list (with a button to show them now, after an
import was cancelled or interrupted).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from fieldapp.services.sync import SupervisorStatus
from ui.codes import CodeLabel


class ImportStatusView(QWidget):
    """Supervisor code and the import figures; blank until :meth:`show_status`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code_caption = QLabel(self.tr("Supervisor code (read it to officers enrolling a "
                                           "laptop):"))
        self.code_caption.setWordWrap(True)
        self.code = CodeLabel()  # at the text size, like every code read aloud
        self.devices = QLabel()
        self.bundles = QLabel()
        self.conflicts = QLabel()
        self.receipts = QLabel()
        self.pending = QLabel()
        self.show_pending_button = QPushButton(self.tr("Show them now"))
        self.show_pending_button.hide()
        captions = (
            (self.devices, self.tr("Laptops accepted")),
            (self.bundles, self.tr("Bundles received")),
            (self.conflicts, self.tr("Records in conflict")),
            (self.receipts, self.tr("Receipts to hand out")),
            (self.pending, self.tr("Interview revisions waiting to be shown")),
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(0)
        for column, (value, caption) in enumerate(captions):
            value.setProperty("role", "subtitle")
            value.setAccessibleName(caption)
            label = QLabel(caption)
            label.setProperty("role", "status")
            label.setWordWrap(True)  # two lines rather than wider than the screen at 175 %
            grid.addWidget(value, 0, column)
            grid.addWidget(label, 1, column, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.show_pending_button, 0, len(captions), 2, 1,
                       Qt.AlignmentFlag.AlignVCenter)
        # The figures share the width: a caption wraps only when its share is too narrow (the
        # largest text size), not at the width a wrapped label would pick for itself.
        for column in range(len(captions)):
            grid.setColumnStretch(column, 1)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.code_caption, 0, 0)
        layout.addWidget(self.code, 1, 0)  # on its own line, as every code read aloud
        layout.addLayout(grid, 2, 0)

    def show_status(self, status: SupervisorStatus, *, busy: bool) -> None:
        self.code.show_code(status.supervisor_fingerprint)
        for label, number in ((self.devices, status.devices), (self.bundles, status.bundles),
                              (self.conflicts, status.conflicts),
                              (self.receipts, status.receipts_waiting),
                              (self.pending, status.interviews_pending)):
            label.setText(f"{number:,}")
        self.show_pending_button.setVisible(status.interviews_pending > 0)
        self.show_pending_button.setEnabled(not busy)

    def set_busy(self, busy: bool) -> None:
        self.show_pending_button.setEnabled(not busy)

    def clear(self) -> None:
        self.code.show_code("")
        for label in (self.devices, self.bundles, self.conflicts, self.receipts,
                      self.pending):
            label.clear()
        self.show_pending_button.hide()
