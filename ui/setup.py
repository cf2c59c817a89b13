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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from ui.gateway import Account, VaultGateway
from ui.inputs import SENSITIVE_HINTS

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
        form = QFormLayout()
        form.addRow(self.tr("Account name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.again)
        box = QWidget()
        box.setMaximumWidth(520)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addLayout(form)
        inner.addWidget(self.button)
        inner.addWidget(self.feedback)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setFocusProxy(self.user)

    def _on_submit(self) -> None:
        user = self.user.text().strip()
        password = self.password.text()
        if not user:
            self.feedback.setText(self.tr("Choose an account name."))
            return
        if len(password) < MIN_PASSWORD_CHARS:
            self.feedback.setText(
                self.tr("Choose a password of at least %1 characters.").replace(
                    "%1", str(MIN_PASSWORD_CHARS)
                )
            )
            return
        if password != self.again.text():
            self.feedback.setText(self.tr("The two passwords differ."))
            return
        self.feedback.setText(self.tr("Creating the vault…"))
        self.button.setEnabled(False)
        self._gateway.create(user, password, self._on_created, self._on_failed)

    def _on_created(self, account: Account) -> None:
        self.password.clear()
        self.again.clear()
        self.created.emit(account)

    def _on_failed(self, error: FieldappError) -> None:
        self.button.setEnabled(True)
        self.feedback.setText(str(error))
