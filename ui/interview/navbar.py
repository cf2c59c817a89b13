"""The buttons under the interview page and the keys that go with them.

Back, Next and "Finalise…" sit in the officer's reading direction (the app language): in a
right-to-left app the layout mirrors, so Next is on the left, and the Alt+arrow pointing the
same way as Next moves forward. Keys and buttons therefore always agree, whatever language
the page itself is in. Past the last page there is no Next: "Finalise…" becomes the main
button and takes the focus, so Enter there asks to finalise (see :mod:`.finalise`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

_T = QCoreApplication  # literal _T.translate calls: pyside6-lupdate finds them

# Strings moved out of the interview panel keep its translation context.


class NavigationBar(QWidget):
    back_requested = Signal()
    next_requested = Signal()
    finalise_requested = Signal()
    close_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.back_button = QPushButton(_T.translate("InterviewPanel", "Back"))
        self.back_button.clicked.connect(self.back_requested)
        self.next_button = QPushButton(_T.translate("InterviewPanel", "Next"))
        self.next_button.setProperty("primary", True)
        self.next_button.clicked.connect(self.next_requested)
        self.finalise_button = QPushButton(_T.translate("InterviewPanel", "Finalise…"))
        self.finalise_button.clicked.connect(self.finalise_requested)
        self.close_button = QPushButton(_T.translate("InterviewPanel", "Case list"))
        self.close_button.clicked.connect(self.close_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.close_button)
        layout.addStretch(1)
        layout.addWidget(self.finalise_button)
        layout.addWidget(self.back_button)
        layout.addWidget(self.next_button)
        self.forward_key = QShortcut(QKeySequence("Alt+Right"), self, self.next_requested.emit)
        self.backward_key = QShortcut(QKeySequence("Alt+Left"), self, self.back_requested.emit)
        self._follow_direction()

    def _follow_direction(self) -> None:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.forward_key.setKey(QKeySequence("Alt+Left" if rtl else "Alt+Right"))
        self.backward_key.setKey(QKeySequence("Alt+Right" if rtl else "Alt+Left"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._follow_direction()
        super().changeEvent(event)

    def set_end(self, at_end: bool) -> None:
        """Past the last page "Finalise…" is the button Enter presses; Next has nowhere to go."""
        self.next_button.setVisible(not at_end)
        self.finalise_button.setProperty("primary", at_end)
        self.next_button.setProperty("primary", not at_end)
        for button in (self.next_button, self.finalise_button):
            button.style().unpolish(button)
            button.style().polish(button)
        if at_end:
            self.finalise_button.setFocus()
        elif self.finalise_button.hasFocus():
            # Back from the end page: Enter means Next again, not "Finalise…".
            self.next_button.setFocus()

    def set_busy(self, busy: bool) -> None:
        for button in (self.next_button, self.back_button, self.finalise_button):
            button.setEnabled(not busy)
