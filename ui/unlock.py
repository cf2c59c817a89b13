"""The sign-in screen: choose the account, type the password, see plainly what went wrong.

The password is stretched by Argon2id on the database thread (about a second), so the screen
shows that it is checking and never freezes. A wrong password and an unknown account give the
same message (the core decides). After repeated failures the core imposes a wait: the button
stays disabled and a countdown says when the next attempt is allowed.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.vault.errors import SlotDisabled, SlotLockedOut, VaultNotFound, WrongPassword
from ui.centred import centre_column
from ui.gateway import Account, VaultGateway
from ui.inputs import SENSITIVE_HINTS


class UnlockPanel(QWidget):
    unlocked = Signal(object)  # Account

    def __init__(self, gateway: VaultGateway, last_user: str = "") -> None:
        super().__init__()
        self._gateway = gateway
        self._retry_at = 0.0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._on_countdown_tick)

        title = QLabel(self.tr("Sign in"))
        title.setProperty("role", "title")
        self.user_box = QComboBox()
        self.user_box.setAccessibleName(self.tr("Account"))
        self.load_accounts(last_user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setInputMethodHints(SENSITIVE_HINTS | Qt.InputMethodHint.ImhHiddenText)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.returnPressed.connect(self._on_submit)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setProperty("primary", True)
        self.button.clicked.connect(self._on_submit)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setProperty("role", "error")

        form = QFormLayout()
        form.addRow(self.tr("Account"), self.user_box)
        form.addRow(self.tr("Password"), self.password)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addLayout(form)
        inner.addWidget(self.button)
        inner.addWidget(self.feedback)
        centre_column(self, box, 460)
        self.setFocusProxy(self.password)

    def load_accounts(self, preferred: str = "") -> None:
        """Fill the account list from the keystore as it is now (a first run has just added
        the first account), keeping the chosen account, else ``preferred``."""
        chosen = self.user_box.currentText() or preferred
        names = self._gateway.user_names()
        self.user_box.clear()
        self.user_box.addItems(names)
        for name in (chosen, preferred):
            if name in names:
                self.user_box.setCurrentText(name)
                break

    def reset(self, preferred: str = "") -> None:
        """Ready for the next sign-in: accounts read again, password and message cleared."""
        self.load_accounts(preferred)
        self.password.clear()
        self.feedback.clear()
        self._set_busy(False)
        self.password.setFocus()

    def _on_submit(self) -> None:
        if not self.button.isEnabled():
            return
        password = self.password.text()
        if not password:
            self.feedback.setText(self.tr("Type your password."))
            return
        self.feedback.setProperty("role", "status")
        self.feedback.setText(self.tr("Checking the password…"))
        self._repolish()
        self._set_busy(True)
        self._gateway.unlock(
            self.user_box.currentText(), password, self._on_unlocked, self._on_failed
        )

    def _on_unlocked(self, account: Account) -> None:
        self.password.clear()
        self.feedback.clear()
        self._set_busy(False)
        self.unlocked.emit(account)

    def _on_failed(self, error: FieldappError) -> None:
        self.password.clear()
        self.feedback.setProperty("role", "error")
        self._repolish()
        if isinstance(error, SlotLockedOut):
            self._retry_at = time.monotonic() + error.retry_after
            self._countdown.start()
            self._on_countdown_tick()
            return
        self._set_busy(False)
        self.feedback.setText(self._plain(error))
        self.password.setFocus()

    def _plain(self, error: FieldappError) -> str:
        if isinstance(error, WrongPassword):
            return self.tr("Wrong account or password. Check the keyboard language and Caps Lock.")
        if isinstance(error, SlotDisabled):
            return self.tr(
                "This account is disabled after too many attempts. A supervisor must reset its "
                "password."
            )
        if isinstance(error, VaultNotFound):
            return self.tr("There is no vault on this laptop yet.")
        return str(error)

    def _on_countdown_tick(self) -> None:
        left = math.ceil(self._retry_at - time.monotonic())
        if left <= 0:
            self._countdown.stop()
            self._set_busy(False)
            self.feedback.setText(self.tr("You can try again now."))
            self.password.setFocus()
            return
        self._set_busy(True)
        minutes, seconds = divmod(left, 60)
        self.feedback.setText(
            self.tr("Too many wrong attempts. You can try again in %1.").replace(
                "%1", f"{minutes}:{seconds:02d}"
            )
        )

    def _set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.password.setEnabled(not busy)
        self.user_box.setEnabled(not busy)

    def _repolish(self) -> None:
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
