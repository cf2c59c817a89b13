"""First run, second step: enrolling this laptop with a supervisor's enrollment file.

Optional (a laptop can be used and enrolled later with ``fieldapp sync enroll``). The officer
picks the file the supervisor gave them, types the supervisor code shown on the supervisor's
screen (so a file from anyone else is refused), and the core applies it on the database
thread: trust, forms, referral directory, retention policy, and this laptop's own key. The
screen then shows this laptop's code to read back to the supervisor and where its registration
file was written (beside the enrollment file, to carry back on the same stick).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.services.session import Vault
from fieldapp.services.sync import LaptopSync
from fieldapp.services.sync_enrollment import EnrollmentApplied
from ui.gateway import VaultGateway
from ui.problems import plain_message


class EnrollmentPanel(QWidget):
    finished = Signal()

    def __init__(self, gateway: VaultGateway) -> None:
        super().__init__()
        self._gateway = gateway
        title = QLabel(self.tr("Enrol this laptop (optional)"))
        title.setProperty("role", "title")
        intro = QLabel(self.tr(
            "If your supervisor gave you an enrollment file, choose it here and type the "
            "supervisor code shown on their screen. You can also do this later."))
        intro.setWordWrap(True)
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("Enrollment file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._on_browse_clicked)
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Supervisor code"))
        self.code.returnPressed.connect(self._on_enrol)
        self.enrol_button = QPushButton(self.tr("Enrol"))
        self.enrol_button.setProperty("primary", True)
        self.enrol_button.clicked.connect(self._on_enrol)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.clicked.connect(self.finished)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Enrollment file"), row)
        form.addRow(self.tr("Supervisor code"), self.code)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.enrol_button)
        box = QWidget()
        box.setMaximumWidth(620)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addLayout(form)
        inner.addLayout(buttons)
        inner.addWidget(self.feedback)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setFocusProxy(self.file)

    def _on_browse_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Enrollment file"))
        if chosen:
            self.file.setText(chosen)

    def _on_enrol(self) -> None:
        path = Path(self.file.text().strip())
        code = self.code.text().strip()
        if not path.name or not code:
            self.feedback.setText(self.tr("Choose the file and type the supervisor code."))
            return
        self.enrol_button.setEnabled(False)
        self.feedback.setText(self.tr("Checking the enrollment file…"))

        def work(vault: Vault) -> EnrollmentApplied:
            return LaptopSync(vault, self._gateway.library).apply_enrollment(
                path, fingerprint=code, registration_dir=path.parent
            )

        self._gateway.run(work, self._on_enrolled, self._on_failed)

    def _on_enrolled(self, done: EnrollmentApplied) -> None:
        self.enrol_button.hide()
        self.skip_button.setText(self.tr("Continue"))
        self.skip_button.setFocus()
        where = str(done.registration) if done.registration is not None else ""
        self.feedback.setText(
            self.tr("Enrolled with %1. Read this laptop's code to your supervisor: %2. "
                    "Give them the registration file: %3")
            .replace("%1", done.organisation).replace("%2", done.device_fingerprint)
            .replace("%3", where)
        )

    def _on_failed(self, error: FieldappError) -> None:
        self.enrol_button.setEnabled(True)
        self.feedback.setText(plain_message(error))
