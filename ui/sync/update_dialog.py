"""The update dialog: what the supervisor sends back to every laptop, signed, on a stick.

An update always carries the current case outcomes (statuses, dated notes, referral follow-up)
of every laptop's interviews, each share sealed to its own laptop; the dialog says how many
before anything is written. The supervisor may add new form versions (XLSForm workbooks,
checked as an enrollment checks them), a new referral directory, and a new retention policy
(how long a laptop keeps interviews the supervisor has received). "Write update" signs the
next update into the chosen folder through the same service as ``fieldapp update export``, on
the database thread; a refusal (a form that does not load, nothing to send) is shown in the
dialog, which stays open so nothing chosen is lost. The file questions are methods of
:class:`UpdatePrompts`, replaced in tests.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.services.session import Vault
from fieldapp.services.sync import SupervisorSync
from fieldapp.services.sync_updates import UpdatePreview
from fieldapp.sync import RetentionPolicy
from fieldapp.xlsform.errors import FormLoadError
from ui import file_dialogs
from ui.gateway import VaultGateway
from ui.problems import plain_message
from ui.sync.supervisor_tables import set_role

_T = QCoreApplication
DEFAULT_KEEP_DAYS = 30
MAX_KEEP_DAYS = 3650
TITLE_BAR = 40  # room kept for the window manager's frame


class UpdatePrompts:
    """The file questions of the dialog (replaced in tests)."""

    def forms(self, parent: QWidget) -> list[Path]:
        return file_dialogs.choose_files(
            parent, _T.translate("UpdatePrompts", "Form versions to send"),
            [_T.translate("UpdatePrompts", "XLSForm workbooks (*.xlsx *.xlsm *.xls *.csv *.md)"),
             _T.translate("UpdatePrompts", "All files (*)")])

    def directory(self, parent: QWidget) -> Path | None:
        return file_dialogs.choose_file(
            parent, _T.translate("UpdatePrompts", "The new referral directory"),
            [_T.translate("UpdatePrompts", "Referral directories (*.json)"),
             _T.translate("UpdatePrompts", "All files (*)")])

    def folder(self, parent: QWidget) -> Path | None:
        return file_dialogs.choose_folder(
            parent, _T.translate("UpdatePrompts", "Folder for the update"))


class UpdateDialog(QDialog):
    written = Signal(object, int)  # the file written (Path), its number

    def __init__(self, gateway: VaultGateway, folder: Path | None = None,
                 parent: QWidget | None = None, prompts: UpdatePrompts | None = None) -> None:
        super().__init__(parent)
        self.gateway = gateway
        self.prompts = prompts or UpdatePrompts()
        self.preview: UpdatePreview | None = None
        self.forms: list[Path] = []
        self.directory: Path | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Send an update to the laptops"))
        self._build()
        if folder is not None:
            self.folder_edit.setText(str(folder))
        self._update_state()
        self.gateway.run(lambda vault: SupervisorSync(vault).update_preview(),
                         self._on_preview, self._on_failed)

    def _build(self) -> None:
        self.outcomes_label = QLabel(self.tr("Counting the case outcomes…"))
        self.outcomes_label.setWordWrap(True)
        self.form_list = QListWidget()
        self.form_list.setAccessibleName(self.tr("Form versions to send"))
        self.form_list.setFixedHeight(self.fontMetrics().lineSpacing() * 3)
        self.add_forms_button = QPushButton(self.tr("Add forms…"))
        self.remove_form_button = QPushButton(self.tr("Remove"))
        self.directory_edit = QLineEdit()
        self.directory_edit.setReadOnly(True)
        self.directory_edit.setPlaceholderText(self.tr("Keep the laptops' directory"))
        self.directory_button = QPushButton(self.tr("Choose…"))
        self.directory_clear = QPushButton(self.tr("Keep"))
        self.retention = QCheckBox(self.tr("Change how long laptops keep received interviews"))
        self.keep_days = QSpinBox()
        self.keep_days.setRange(1, MAX_KEEP_DAYS)
        self.keep_days.setValue(DEFAULT_KEEP_DAYS)
        self.keep_days.setSuffix(self.tr(" days"))
        self.keep_days.setAccessibleName(self.tr("Days a laptop keeps a received interview"))
        self.keep_stub = QCheckBox(self.tr("Keep a stub in each laptop's log"))
        self.keep_stub.setChecked(True)
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setPlaceholderText(self.tr("A folder on a USB stick or a shared drive"))
        self.folder_button = QPushButton(self.tr("Choose…"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "status")
        self.write_button = QPushButton(self.tr("Write update"))
        self.write_button.setProperty("primary", True)
        self.write_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))

        form = QFormLayout()
        forms_buttons = QVBoxLayout()
        forms_buttons.addWidget(self.add_forms_button)
        forms_buttons.addWidget(self.remove_form_button)
        forms_buttons.addStretch(1)
        forms_row = QHBoxLayout()
        forms_row.addWidget(self.form_list, 1)
        forms_row.addLayout(forms_buttons)
        form.addRow(self.tr("Forms"), forms_row)
        directory_row = QHBoxLayout()
        directory_row.addWidget(self.directory_edit, 1)
        directory_row.addWidget(self.directory_button)
        directory_row.addWidget(self.directory_clear)
        form.addRow(self.tr("Referral directory"), directory_row)
        retention_box = QVBoxLayout()
        retention_box.addWidget(self.retention)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_days)
        keep_row.addWidget(self.keep_stub, 1)
        retention_box.addLayout(keep_row)
        form.addRow(self.tr("Retention"), retention_box)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        form.addRow(self.tr("Write to"), folder_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.write_button)
        layout = QVBoxLayout(self)
        self._layout = layout
        layout.addWidget(self.outcomes_label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.add_forms_button.clicked.connect(self._on_add_forms)
        self.remove_form_button.clicked.connect(self._on_remove_form)
        self.form_list.currentRowChanged.connect(lambda _row: self._update_state())
        self.directory_button.clicked.connect(self._on_choose_directory)
        self.directory_clear.clicked.connect(self._on_keep_directory)
        self.retention.toggled.connect(lambda _on: self._update_state())
        self.folder_button.clicked.connect(self._on_choose_folder)
        self.write_button.clicked.connect(self._on_write)
        self.close_button.clicked.connect(self.reject)

    # -- what the update carries ------------------------------------------------------------

    def folder(self) -> Path | None:
        text = self.folder_edit.text().strip()
        return Path(text) if text else None

    def retention_policy(self) -> RetentionPolicy | None:
        if not self.retention.isChecked():
            return None
        return RetentionPolicy(self.keep_days.value(), keep_stub=self.keep_stub.isChecked())

    def carries_something(self) -> bool:
        outcomes = self.preview is not None and self.preview.outcome_cases > 0
        return (outcomes or bool(self.forms) or self.directory is not None
                or self.retention.isChecked())

    def _update_state(self) -> None:
        idle = not self.busy
        for widget in (self.add_forms_button, self.directory_button, self.retention,
                       self.folder_button, self.close_button):
            widget.setEnabled(idle)
        self.remove_form_button.setEnabled(idle and self.form_list.currentRow() >= 0)
        self.directory_clear.setEnabled(idle and self.directory is not None)
        self.keep_days.setEnabled(idle and self.retention.isChecked())
        self.keep_stub.setEnabled(idle and self.retention.isChecked())
        self.write_button.setEnabled(idle and self.preview is not None
                                     and self.carries_something() and self.folder() is not None)

    def _on_preview(self, preview: UpdatePreview) -> None:
        self.preview = preview
        if preview.outcome_cases:
            text = self.tr(
                "Update %1 carries the case outcomes of %2 interview(s) from %3 laptop(s), "
                "each sealed to the laptop that made the interview. Every update carries the "
                "latest state of every case: a laptop that missed one loses nothing.")
            text = text.replace("%1", str(preview.next_sequence)).replace(
                "%2", f"{preview.outcome_cases:,}").replace("%3", f"{preview.outcome_laptops:,}")
        else:
            text = self.tr(
                "Update %1: no case outcome to send yet (no status, note or referral "
                "follow-up recorded on a laptop's interview). Add what else it should "
                "carry.").replace("%1", str(preview.next_sequence))
        self.outcomes_label.setText(text)
        self._update_state()
        self._fit()

    def _on_add_forms(self) -> None:
        for path in self.prompts.forms(self):
            if path not in self.forms:
                self.forms.append(path)
                self.form_list.addItem(path.name)
        self._update_state()

    def _on_remove_form(self) -> None:
        row = self.form_list.currentRow()
        if row >= 0:
            del self.forms[row]
            self.form_list.takeItem(row)
        self._update_state()

    def _on_choose_directory(self) -> None:
        chosen = self.prompts.directory(self)
        if chosen is not None:
            self.directory = chosen
            self.directory_edit.setText(chosen.name)
        self._update_state()

    def _on_keep_directory(self) -> None:
        self.directory = None
        self.directory_edit.clear()
        self._update_state()

    def _on_choose_folder(self) -> None:
        chosen = self.prompts.folder(self)
        if chosen is not None:
            self.folder_edit.setText(str(chosen))
        self._update_state()

    # -- writing ----------------------------------------------------------------------------

    def _on_write(self) -> None:
        folder = self.folder()
        if folder is None or not self.carries_something():
            return
        forms, directory, retention = list(self.forms), self.directory, self.retention_policy()

        def job(vault: Vault) -> tuple[Path, int]:
            return SupervisorSync(vault).export_update(
                folder, forms=forms, directory=directory, retention=retention)

        self.busy = True
        set_role(self.message, "status")
        self.message.setText(self.tr("Checking and signing the update…"))
        self._update_state()
        self.gateway.run(job, self._on_written, self._on_failed)

    def _on_written(self, result: tuple[Path, int]) -> None:
        path, number = result
        self.busy = False
        self.written.emit(path, number)
        self.accept()

    def _on_failed(self, error: FieldappError) -> None:
        self.busy = False
        set_role(self.message, "error")
        if isinstance(error, FormLoadError):
            # The supervisor is the one who fixes forms: not the officers' wording.
            self.message.setText(self.tr(
                "Nothing was written: a form does not load. Correct it (\u201cfieldapp form "
                "check\u201d names every problem) or remove it from the list. Details: %1"
            ).replace("%1", str(error)))
        else:
            self.message.setText(plain_message(error))
        self._update_state()
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Tall enough for the wrapped sentences at this width: a top-level window's minimum
        height does not follow a word-wrapped label, which would squeeze the rows below it."""
        need = self._layout.totalHeightForWidth(self.width())
        screen = self.screen()
        if screen is not None:
            need = min(need, screen.availableGeometry().height() - TITLE_BAR)
        if need > self.height():
            self.resize(self.width(), need)

    # -- closing: never while the update is being written ------------------------------------

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)
