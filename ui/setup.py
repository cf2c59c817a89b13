"""First run: create the vault on this laptop and its first account.

The first account is an admin (it manages the other accounts and the keys). The password is
asked twice; the core enforces its rules and the Argon2id calibration runs on the database
thread, so the screen says it is working. Enrolment with a supervisor's file comes later from
the sync tools; nothing here depends on it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from ui.centred import centre_column
from ui.enrollment import as_sentence
from ui.gateway import Account, VaultGateway
from ui.inputs import SENSITIVE_HINTS
from ui.problems import plain_message

MIN_PASSWORD_CHARS = 8


class SetupPanel(QWidget):
    created = Signal(object)  # Account

    def __init__(self, gateway: VaultGateway) -> None:
        super().__init__()
        self._gateway = gateway
        title = QLabel(self.tr("Set up this laptop"))
        title.setProperty("role", "title")
        intro = QLabel(
            self.tr(
                "Interviews are kept in an encrypted vault on this laptop. Choose the name and "
                "password of the first account; it can add the other officers' accounts later."
            )
        )
        intro.setWordWrap(True)
        self.user = QLineEdit()
        self.user.setInputMethodHints(SENSITIVE_HINTS)
        self.password = QLineEdit()
        self.again = QLineEdit()
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setInputMethodHints(SENSITIVE_HINTS | Qt.InputMethodHint.ImhHiddenText)
        self.again.returnPressed.connect(self._on_submit)
        self.button = QPushButton(self.tr("Create vault"))
        self.button.setProperty("primary", True)
        self.button.clicked.connect(self._on_submit)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setProperty("role", "error")
        # Creating the vault measures this laptop for the key stretching: seconds of work.
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy, with no end known in advance
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Creating the vault"))
        self.progress.hide()
        form = QFormLayout()
        form.addRow(self.tr("Account name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.again)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addLayout(form)
        inner.addWidget(self.button)
        inner.addWidget(self.progress)
        inner.addWidget(self.feedback)
        centre_column(self, box, 520)
        self.setFocusProxy(self.user)

    def _on_submit(self) -> None:
        user = self.user.text().strip()
        password = self.password.text()
        if not user:
            self._say(self.tr("Choose an account name."), "error")
            return
        if len(password) < MIN_PASSWORD_CHARS:
            self._say(self.tr("Choose a password of at least %1 characters.").replace(
                "%1", str(MIN_PASSWORD_CHARS)), "error")
            return
        if password != self.again.text():
            self._say(self.tr("The two passwords differ."), "error")
            return
        self._say(self.tr("Creating the vault… This takes a few seconds: the password is "
                          "made slow to guess for this laptop."), "status")
        self._set_busy(True)
        self._gateway.create(user, password, self._on_created, self._on_failed)

    def _say(self, text: str, role: str) -> None:
        self.feedback.setProperty("role", role)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.setText(text)

    def _set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.progress.setVisible(busy)
        for field in (self.user, self.password, self.again):
            field.setReadOnly(busy)

    def _on_created(self, account: Account) -> None:
        self._set_busy(False)
        self.feedback.clear()
        self.password.clear()
        self.again.clear()
        self.created.emit(account)

    def _on_failed(self, error: FieldappError) -> None:
        self._set_busy(False)
        self._say(as_sentence(plain_message(error)), "error")
