"""The export dialog: a supervisor's interviews out of the app in a standard format.

The supervisor picks what to export (per-form tables as CSV or XLSX, HTCDS records, OpenRosa
submissions for ODK Central, or the anonymised statistics), which form, the labels' language
for tables, how personal data is protected (encrypted to an age public key file, or plaintext
chosen on purpose; never pre-selected) and where the file goes. The work runs on the database
thread through :class:`~fieldapp.services.exports.ExportService`, the same service as
``fieldapp export``, with a progress bar; the dialog never touches the vault itself. The file
questions are methods of :class:`ExportPrompts` (Qt's own dialogs, leaving no recent-files
trace, see :mod:`ui.file_dialogs`), replaced in tests. :attr:`ExportDialog.exported` tells the
workspace hosting the dialog what was written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.exports.output import read_recipient
from fieldapp.services.case_filter import CaseFilter
from fieldapp.services.exports import ANONYMISED, ExportRequest, ExportResult, ExportService
from fieldapp.services.session import Vault
from ui import file_dialogs
from ui.gateway import VaultGateway
from ui.problems import plain_message
from ui.tasks import Progress

_T = QCoreApplication
TITLE_BAR = 40  # room kept for the window manager's frame before the dialog is framed
WIDEN_STEP = 160
QWIDGETSIZE_MAX = (1 << 24) - 1


@dataclass(frozen=True)
class ExportChoice:
    """One entry of the "what" list: an export kind written as one file format."""

    kind: str
    suffix: str
    title: str


def export_choices() -> tuple[ExportChoice, ...]:
    # Each text is a literal ``_T.translate`` call so that pyside6-lupdate finds it.
    return (
        ExportChoice("xlsx", ".xlsx", _T.translate(
            "ExportDialog", "Tables per form (Excel, .xlsx)")),
        ExportChoice("csv", ".zip", _T.translate(
            "ExportDialog", "Tables per form (CSV files in a .zip)")),
        ExportChoice("htcds", ".json", _T.translate(
            "ExportDialog", "HTCDS 2.0 records (.json)")),
        ExportChoice("htcds", ".zip", _T.translate(
            "ExportDialog", "HTCDS 2.0 records (CSV in a .zip)")),
        ExportChoice("openrosa", ".zip", _T.translate(
            "ExportDialog", "OpenRosa submissions for ODK Central (.zip)")),
        ExportChoice("aggregate", ".xlsx", _T.translate(
            "ExportDialog", "Anonymised statistics, small numbers withheld (.xlsx)")),
        ExportChoice("aggregate", ".csv", _T.translate(
            "ExportDialog", "Anonymised statistics, small numbers withheld (.csv)")),
    )


class ExportPrompts:
    """The file questions of the dialog (replaced in tests)."""

    def save_path(self, parent: QWidget, suggested_name: str, suffix: str) -> Path | None:
        dialog = QFileDialog(parent, _T.translate("ExportPrompts", "Save the export"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)  # never replaced
        dialog.setNameFilter(_T.translate("ExportPrompts", "Export files (*{suffix})").format(
            suffix=suffix))
        dialog.setDefaultSuffix(suffix.lstrip("."))
        dialog.selectFile(suggested_name)
        chosen = file_dialogs.ask(dialog)
        return chosen[0] if chosen else None

    def recipient_file(self, parent: QWidget) -> Path | None:
        return file_dialogs.choose_file(
            parent, _T.translate("ExportPrompts", "The age public key to encrypt to"),
            [_T.translate("ExportPrompts", "Public keys (*.pub *.txt *.age-recipient)"),
             _T.translate("ExportPrompts", "All files (*)")])


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult

    def __init__(self, gateway: VaultGateway, parent: QWidget | None = None,
                 prompts: ExportPrompts | None = None,
                 case_filter: CaseFilter | None = None) -> None:
        super().__init__(parent)
        self.gateway = gateway
        # The review list's filter when the workspace opens the dialog from it: only those
        # interviews are exported.
        self.case_filter = case_filter if case_filter and not case_filter.is_empty else None
        self.prompts = prompts or ExportPrompts()
        self.choices = export_choices()
        self.out_path: Path | None = None
        self.recipient: str | None = None
        self.progress_token: Progress | None = None
        self.setWindowTitle(self.tr("Export interviews"))
        self._build()
        self._on_choice_changed()
        self.gateway.run(self._load_job, self._on_loaded, self._on_failed)

    def _build(self) -> None:
        self.what = QComboBox()
        for choice in self.choices:
            self.what.addItem(choice.title)
        self.form = QComboBox()
        self.form.addItem(self.tr("All forms"), None)
        self.language = QComboBox()
        self.language.addItem(self.tr("Field and choice names (as ODK exports them)"), None)
        self.count_label = QLabel()
        self.count_label.setProperty("role", "hint")

        self.encrypt = QRadioButton(self.tr("Encrypt to a public key (age)"))
        self.plaintext = QRadioButton(self.tr("Plaintext: I will protect the file myself"))
        self.protection = QButtonGroup(self)
        self.protection.addButton(self.encrypt)
        self.protection.addButton(self.plaintext)
        self.protection.setExclusive(True)
        self.key_button = QPushButton(self.tr("Choose key file…"))
        self.key_label = QLabel(self.tr("No key chosen"))
        self.key_label.setProperty("role", "hint")
        self.anonymised_note = QLabel(self.tr(
            "Anonymised: counts of people only, no identifiers; every number under 11 and "
            "any number that would reveal one are withheld."))
        self.anonymised_note.setWordWrap(True)
        self.anonymised_note.setProperty("role", "hint")
        self.plaintext_warning = QLabel(self.tr(
            "The file will hold names and answers in the clear. Keep it on an encrypted "
            "drive and delete it when it is no longer needed."))
        self.plaintext_warning.setWordWrap(True)
        self.plaintext_warning.setProperty("role", "warning")

        self.out_edit = QLineEdit()
        self.out_edit.setReadOnly(True)
        self.out_edit.setPlaceholderText(self.tr("Choose where to save the file"))
        self.out_button = QPushButton(self.tr("Choose…"))
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setProperty("primary", True)
        self.close_button = QPushButton(self.tr("Close"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "status")

        form = QFormLayout()
        self._form_layout = form
        form.addRow(self.tr("What"), self.what)
        # The count beside the form it counts: a row of its own made the dialog taller than
        # the screen at the largest text size.
        form_row = QHBoxLayout()
        form_row.addWidget(self.form, 1)
        form_row.addWidget(self.count_label)
        form.addRow(self.tr("Form"), form_row)
        form.addRow(self.tr("Labels"), self.language)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_button)
        key_row.addWidget(self.key_label, 1)
        protection = QVBoxLayout()
        protection.addWidget(self.encrypt)
        protection.addLayout(key_row)
        protection.addWidget(self.plaintext)
        form.addRow(self.tr("Protection"), protection)
        self._protection_row = protection
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(self.out_button)
        form.addRow(self.tr("Save to"), out_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        # Below the form, at the dialog's full width: a form row holding a word-wrapped label
        # that is shown later gets squeezed to a few words per line by QFormLayout.
        layout.addWidget(self.plaintext_warning)
        layout.addWidget(self.anonymised_note)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.what.currentIndexChanged.connect(self._on_choice_changed)
        self.form.currentIndexChanged.connect(self._on_form_changed)
        self.protection.buttonToggled.connect(self._on_protection_toggled)
        self.key_button.clicked.connect(self._on_key_clicked)
        self.out_button.clicked.connect(self._on_out_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.close_button.clicked.connect(self.reject)

    # -- state ------------------------------------------------------------------------------
    @property
    def choice(self) -> ExportChoice:
        return self.choices[max(self.what.currentIndex(), 0)]

    def select(self, kind: str, suffix: str) -> None:
        index = next(i for i, c in enumerate(self.choices)
                     if (c.kind, c.suffix) == (kind, suffix))
        self.what.setCurrentIndex(index)

    def request(self) -> ExportRequest | None:
        """What the Export button would ask the service for (None while incomplete)."""
        choice = self.choice
        if self.out_path is None:
            return None
        personal = choice.kind not in ANONYMISED
        if personal and not (self.plaintext.isChecked() or (
                self.encrypt.isChecked() and self.recipient)):
            return None
        language = self.language.currentData() if self.language.isEnabled() else None
        return ExportRequest(
            kind=choice.kind, out=self.out_path, form_id=self.form.currentData(),
            language=language,
            recipient=self.recipient if personal and self.encrypt.isChecked() else None,
            plaintext=personal and self.plaintext.isChecked(), case_filter=self.case_filter)

    def _update(self) -> None:
        personal = self.choice.kind not in ANONYMISED
        for widget in (self.encrypt, self.plaintext, self.key_button, self.key_label):
            widget.setVisible(personal)
        self._form_layout.setRowVisible(self._protection_row, personal)
        self.key_button.setEnabled(personal and self.encrypt.isChecked())
        self.key_label.setEnabled(personal and self.encrypt.isChecked())
        self.plaintext_warning.setVisible(personal and self.plaintext.isChecked())
        self.anonymised_note.setVisible(not personal)
        self.language.setEnabled(self.choice.kind in ("csv", "xlsx"))
        busy = self.progress_token is not None
        self.export_button.setEnabled(not busy and self.request() is not None)
        self._fit()

    def _fit(self) -> None:
        """Grow to what the wrapped texts need now (a warning shown, a message with a long
        path), wider rather than taller once the height would pass the screen's."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()

        def need(width: int) -> int:
            if layout.hasHeightForWidth():
                return max(layout.totalHeightForWidth(width), self.minimumSizeHint().height())
            return self.sizeHint().height()

        width, limit = self.width(), QWIDGETSIZE_MAX
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            title = max(self.frameGeometry().height() - self.geometry().height(), TITLE_BAR)
            limit = room.height() - title
            while need(width) > limit and width < room.width() - TITLE_BAR:
                width = min(width + WIDEN_STEP, room.width() - TITLE_BAR)
        # Never shorter than the texts need; never kept taller than the screen allows.
        height = max(need(width), min(self.height(), limit))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    # -- loading ----------------------------------------------------------------------------
    def _load_job(self, vault: Vault) -> tuple[list[str], list[str], int]:
        service = ExportService(vault, self.gateway.library)
        return service.form_ids(), service.languages(None), service.count(
            case_filter=self.case_filter)

    def _on_loaded(self, loaded: tuple[list[str], list[str], int]) -> None:
        form_ids, languages, count = loaded
        for form_id in form_ids:
            self.form.addItem(form_id, form_id)
        for language in languages:
            self.language.addItem(language, language)
        self._show_count(count)
        self._update()

    def _show_count(self, count: int) -> None:
        if self.case_filter is not None:
            self.count_label.setText(self.tr(
                "%n finalised interview(s) in the current filter", "", count))
        else:
            self.count_label.setText(self.tr("%n finalised interview(s)", "", count))

    def _on_form_changed(self) -> None:
        form_id = self.form.currentData()
        chosen = self.case_filter
        self.gateway.run(
            lambda vault: ExportService(vault, self.gateway.library).count(form_id, chosen),
            self._show_count, self._on_failed)
        self._update()

    # -- choices ----------------------------------------------------------------------------
    def _on_choice_changed(self) -> None:
        if self.out_path is not None and self.out_path.suffix != self.choice.suffix:
            self.out_path = self.out_path.with_suffix(self.choice.suffix)
            self.out_edit.setText(str(self.out_path))
        self._update()

    def _on_protection_toggled(self) -> None:
        self._update()

    def _on_key_clicked(self) -> None:
        chosen = self.prompts.recipient_file(self)
        if chosen is None:
            return
        try:
            self.recipient = read_recipient(chosen)
        except FieldappError as error:
            self.recipient = None
            self.key_label.setText(self.tr("No key chosen"))
            self.message.setText(plain_message(error))
        else:
            self.key_label.setText(self.recipient[:12] + "…" + self.recipient[-6:])
            self.message.clear()
        self._update()

    def _on_out_clicked(self) -> None:
        choice = self.choice
        suggested = f"fieldapp-{choice.kind}{choice.suffix}"
        chosen = self.prompts.save_path(self, suggested, choice.suffix)
        if chosen is None:
            return
        self.out_path = chosen if chosen.suffix == choice.suffix else chosen.with_name(
            chosen.name + choice.suffix)
        self.out_edit.setText(str(self.out_path))
        self._update()

    # -- running ----------------------------------------------------------------------------
    def _on_export_clicked(self) -> None:
        request = self.request()
        if request is None:
            return
        token = Progress()
        token.changed.connect(self._on_progress)
        self.progress_token = token
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.message.setText(self.tr("Exporting…"))
        self._update()
        library = self.gateway.library

        def job(vault: Vault) -> ExportResult:
            return ExportService(vault, library).export(request, progress=token.report)

        self.gateway.run(job, self._on_exported, self._on_failed)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_exported(self, result: ExportResult) -> None:
        self.progress_token = None
        self.progress.setVisible(False)
        if result.kind in ANONYMISED:
            count = result.interviews
            text = self.tr("Anonymised statistics of %n interview(s) saved to {path}.", "",
                           count)
        elif result.encrypted:
            count = result.interviews
            text = self.tr("%n interview(s) saved, encrypted, to {path}.", "",
                           count)
        else:
            count = result.interviews
            text = self.tr("%n interview(s) saved to {path}. The file is NOT encrypted: "
                           "keep it safe.", "", count)
        self.message.setText(text.format(path=result.path))
        self.out_path = None
        self.out_edit.clear()
        self._update()
        self.exported.emit(result)

    def _on_failed(self, error: FieldappError) -> None:
        self.progress_token = None
        self.progress.setVisible(False)
        self.message.setText(plain_message(error))
        self._update()
