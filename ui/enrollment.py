"""Enrolling this laptop with a supervisor's enrollment file: the first-run step and its form.

Optional at first run (a laptop can be used and enrolled later, on the Sync screen or with
``fieldapp enrollment apply``). The officer picks the file the supervisor gave them, types the
supervisor code shown on the supervisor's screen (so a file from anyone else is refused), and
the core applies it on the database thread: trust, forms, referral directory, retention policy,
and this laptop's own key. The screen then shows this laptop's code to read back to the
supervisor and where its registration file was written (beside the enrollment file, to carry
back on the same stick). :class:`EnrollmentForm` is that file-code-Enrol part, shared by the
first-run :class:`EnrollmentPanel` and the laptop's Sync screen (``ui.sync.laptop``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
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
from fieldapp.services.sync_errors import FingerprintMismatch
from ui import file_dialogs
from ui.centred import centre_column
from ui.codes import CodeLabel
from ui.gateway import VaultGateway
from ui.problems import plain_message

# The form's strings keep the context of the screen they were first written for, so the
# translations made for the first-run screen serve the Sync screen too.
_T = QCoreApplication


class EnrollmentForm(QWidget):
    """Enrollment file, supervisor code and Enrol; the outcome below. Emits ``enrolled``."""

    enrolled = Signal(object)  # EnrollmentApplied

    def __init__(self, gateway: VaultGateway) -> None:
        super().__init__()
        self._gateway = gateway
        self._epoch = 0
        self.file = QLineEdit()
        self.file.setAccessibleName(_T.translate("EnrollmentPanel", "Enrollment file"))
        self.browse_button = QPushButton(_T.translate("EnrollmentPanel", "Choose…"))
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.code = QLineEdit()
        self.code.setAccessibleName(_T.translate("EnrollmentPanel", "Supervisor code"))
        self.code.returnPressed.connect(self.submit)
        self.enrol_button = QPushButton(_T.translate("EnrollmentPanel", "Enrol"))
        self.enrol_button.setProperty("primary", True)
        self.enrol_button.clicked.connect(self.submit)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.laptop_code = CodeLabel()
        self.registration_note = QLabel()
        self.registration_note.setWordWrap(True)
        self.registration_note.hide()
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(_T.translate("EnrollmentPanel", "Enrollment file"), row)
        form.addRow(_T.translate("EnrollmentPanel", "Supervisor code"), self.code)
        # Screens may put their own buttons in this row (before the stretch: on the left).
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.enrol_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(self.buttons)
        layout.addWidget(self.feedback)
        layout.addWidget(self.laptop_code, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.registration_note)
        self.setFocusProxy(self.file)

    def choose_file(self) -> Path | None:
        """Ask for the enrollment file (replaced in tests)."""
        return file_dialogs.choose_file(
            self, _T.translate("EnrollmentPanel", "Enrollment file"),
            [_T.translate("EnrollmentPanel", "Enrollment files (*.fse)")])

    def reset(self) -> None:
        """Empty fields and feedback; a job still running is forgotten when it ends."""
        self._epoch += 1
        self.file.clear()
        self.code.clear()
        self.feedback.clear()
        self.laptop_code.show_code("")
        self.registration_note.hide()
        self.enrol_button.setEnabled(True)

    @staticmethod
    def enrolled_text(done: EnrollmentApplied) -> str:
        where = str(done.registration) if done.registration is not None else ""
        return (
            _T.translate("EnrollmentPanel",
                         "Enrolled with %1. Read this laptop's code to your supervisor: %2. "
                         "Give them the registration file: %3")
            .replace("%1", done.organisation).replace("%2", done.device_fingerprint)
            .replace("%3", where)
        )

    def show_enrolled(self, done: EnrollmentApplied) -> None:
        """The outcome, with this laptop's code on its own line in large monospace type."""
        self.feedback.setText(
            _T.translate("EnrollmentPanel",
                         "Enrolled with %1. Read this laptop's code to your supervisor:")
            .replace("%1", done.organisation))
        self.laptop_code.show_code(done.device_fingerprint)
        if done.registration is not None:
            self.registration_note.setText(
                _T.translate("EnrollmentPanel", "Give them the registration file: %1")
                .replace("%1", str(done.registration)))
            self.registration_note.show()

    @staticmethod
    def refusal_text(error: FieldappError) -> str:
        """Why the file was refused, as a whole sentence the officer can act on."""
        if isinstance(error, FingerprintMismatch):
            return _T.translate(
                "EnrollmentPanel",
                "This supervisor code does not match the enrollment file. Compare it with the "
                "code on your supervisor's screen and type it again. If they still differ, "
                "the file may have been swapped on the way: ask for a new one.")
        return as_sentence(plain_message(error))

    def _on_browse_clicked(self) -> None:
        chosen = self.choose_file()
        if chosen is not None:
            self.file.setText(str(chosen))

    def submit(self) -> None:
        path = Path(self.file.text().strip())
        code = self.code.text().strip()
        if not path.name or not code:
            self.feedback.setText(
                _T.translate("EnrollmentPanel", "Choose the file and type the supervisor code."))
            return
        self.enrol_button.setEnabled(False)
        self.feedback.setText(_T.translate("EnrollmentPanel", "Checking the enrollment file…"))
        library = self._gateway.library
        epoch = self._epoch

        def work(vault: Vault) -> EnrollmentApplied:
            return LaptopSync(vault, library).apply_enrollment(
                path, fingerprint=code, registration_dir=path.parent
            )

        def done(applied: EnrollmentApplied) -> None:
            if epoch == self._epoch:
                self.show_enrolled(applied)
                self.enrolled.emit(applied)

        def failed(error: FieldappError) -> None:
            if epoch == self._epoch:
                self.enrol_button.setEnabled(True)
                self.feedback.setText(self.refusal_text(error))

        self._gateway.run(work, done, failed)


def as_sentence(text: str) -> str:
    """``text`` with a capital first letter and a full stop (core messages are lower-case
    clauses made for the command line)."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


class EnrollmentPanel(QWidget):
    """First run, second step: enrol now with the supervisor's file, or skip."""

    finished = Signal()

    def __init__(self, gateway: VaultGateway) -> None:
        super().__init__()
        title = QLabel(self.tr("Enrol this laptop (optional)"))
        title.setProperty("role", "title")
        intro = QLabel(self.tr(
            "If your supervisor gave you an enrollment file, choose it here and type the "
            "supervisor code shown on their screen. You can also do this later."))
        intro.setWordWrap(True)
        self.form = EnrollmentForm(gateway)
        self.file = self.form.file
        self.code = self.form.code
        self.enrol_button = self.form.enrol_button
        self.feedback = self.form.feedback
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.clicked.connect(self.finished)
        self.form.buttons.insertWidget(0, self.skip_button)
        self.form.enrolled.connect(self._on_form_enrolled)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addWidget(self.form)
        centre_column(self, box, 620)
        self.setFocusProxy(self.file)

    def _on_form_enrolled(self, _done: EnrollmentApplied) -> None:
        self.enrol_button.hide()
        self.skip_button.setText(self.tr("Continue"))
        self.skip_button.setFocus()
