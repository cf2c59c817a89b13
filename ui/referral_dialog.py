"""The referral dialog: pick a service, look at the document, save or print it, follow it up.

Opened from the result screen for one finalised interview. The directory's services are listed
in a filtered table (by type and area), the services the officer chose during the interview
first and marked. The officer picks the document language (the interview's by default), the
urgency, an optional reason and whether to encrypt (on by default), and can Preview the exact
document in memory (Qt PDF from a ``QBuffer``), Save it (an encrypted file shows its passphrase
once) or Print it (recorded as a referral on paper). Every render, encryption and write runs as
a job on the database thread through the gateway, never on the GUI thread, and only through
:mod:`fieldapp.services.referrals`; the dialog itself keeps no file and puts nothing on the
clipboard. Below, the referrals already made for the interview, with their status.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.referral import Service, neutral_file_name
from fieldapp.referral.directory import ALL_AREAS
from fieldapp.referral.model import SERVICE_TYPES, URGENCIES
from fieldapp.services.referrals import (
    STATUSES,
    MadeReferral,
    ReferralContext,
    list_directory,
    list_referrals,
    make_referral,
    preview_referral,
    referral_context,
    save_referral,
    set_referral_status,
)
from fieldapp.services.session import Vault
from fieldapp.vault.audit import utc_now
from fieldapp.vault.referrals import ReferralRecord
from ui.gateway import VaultGateway
from ui.inputs import SensitiveLineEdit
from ui.labels import urgency_label
from ui.problems import show_problem
from ui.referral_models import (
    LANGUAGE_NAMES,
    ReferralColumn,
    ReferralTableModel,
    ServiceColumn,
    ServiceFilterProxy,
    ServiceTableModel,
    referral_status_label,
    service_type_label,
    suggested_note,
)
from ui.referral_preview import PdfPreview, print_pdf
from ui.referral_prompts import ReferralPrompts
from ui.tables import read_only_table

T = TypeVar("T")
PREFERRED_SIZE = (1100, 760)
SCREEN_MARGIN = 48  # pixels for the window frame and the desktop's panels
COLUMN_MAX = 170  # pixels: long types and areas are elided, the tooltip has it all
DOCUMENT_LANGUAGES = tuple(LANGUAGE_NAMES.items())
PREVIEW_SHARE = 0.55  # of the splitter's width, once there is a document to read


@dataclass(frozen=True)
class _Start:
    context: ReferralContext
    services: tuple[Service, ...]
    referrals: tuple[ReferralRecord, ...]


class ReferralDialog(QDialog):
    """Referrals of one finalised interview. Open with ``open()`` (window-modal)."""

    referral_made = Signal(object)  # the ReferralRecord, once saved or printed

    def __init__(self, gateway: VaultGateway, reference: str, parent: QWidget | None = None,
                 *, prompts: ReferralPrompts | None = None) -> None:
        super().__init__(parent)
        self.gateway = gateway
        self.reference = reference
        self.prompts = prompts or ReferralPrompts()
        self.context: ReferralContext | None = None
        self.setWindowTitle(self.tr("Referral for %1").replace("%1", reference))
        self._build()
        self._fit_to_screen()
        self._set_busy(True)
        self.gateway.run(self._start_job, self._on_started, self._on_failed)

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.consent_note = QLabel()
        self.consent_note.setWordWrap(True)
        self.services = ServiceTableModel(self)
        self.proxy = ServiceFilterProxy(self)
        self.proxy.setSourceModel(self.services)
        self.type_filter = QComboBox()
        self.type_filter.addItem(self.tr("All types"), "")
        for code in SERVICE_TYPES:
            self.type_filter.addItem(service_type_label(code), code)
        self.area_filter = QComboBox()
        self.type_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.area_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.service_view = read_only_table(self.proxy)
        self.service_view.setSortingEnabled(False)
        self.service_view.horizontalHeader().setSectionResizeMode(
            ServiceColumn.NAME, QHeaderView.ResizeMode.Stretch)
        self.service_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.legend = QLabel(suggested_note())
        self.legend.setObjectName("suggestedLegend")
        self.legend.setProperty("role", "hint")
        self.legend.hide()

        self.language = QComboBox()
        for code, name in DOCUMENT_LANGUAGES:
            self.language.addItem(name, code)
        self.urgency = QComboBox()
        for code in URGENCIES:
            self.urgency.addItem(urgency_label(code), code)
        self.reason = SensitiveLineEdit()
        self.reason.setPlaceholderText(self.tr("Why this service, in a few words (optional)"))
        self.officer = SensitiveLineEdit()
        self.encrypt = QCheckBox(self.tr("Encrypt the file (AES-256, passphrase shown once)"))
        self.encrypt.setChecked(True)
        options = QFormLayout()
        options.addRow(self.tr("Document language"), self.language)
        options.addRow(self.tr("Urgency"), self.urgency)
        options.addRow(self.tr("Reason"), self.reason)
        options.addRow(self.tr("Referring officer"), self.officer)
        options.addRow("", self.encrypt)

        self.preview_button = QPushButton(self.tr("Preview"))
        self.save_button = QPushButton(self.tr("Save…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.preview_button.clicked.connect(self._on_preview_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.preview = PdfPreview()
        if not self.preview.available:
            self.print_button.setToolTip(self.tr("Printing needs the Qt PDF module"))
        actions = QHBoxLayout()
        for button in (self.preview_button, self.save_button, self.print_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.made = ReferralTableModel(self)
        self.made_view = read_only_table(self.made)
        self.made_view.horizontalHeader().setSectionResizeMode(
            ReferralColumn.SERVICE, QHeaderView.ResizeMode.Stretch)
        self.status = QComboBox()
        for code in STATUSES:
            self.status.addItem(referral_status_label(code), code)
        self.status_button = QPushButton(self.tr("Record status"))
        self.status_button.clicked.connect(self._on_status_clicked)
        status_row = QHBoxLayout()
        status_row.addWidget(QLabel(self.tr("What the service answered:")))
        status_row.addWidget(self.status)
        status_row.addWidget(self.status_button)
        status_row.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Type")))
        filters.addWidget(self.type_filter, 1)
        filters.addWidget(QLabel(self.tr("Area")))
        filters.addWidget(self.area_filter, 1)
        left = QVBoxLayout()
        left.addWidget(_subtitle(self.tr("Receiving service")))
        left.addLayout(filters)
        left.addWidget(self.service_view, 3)
        left.addWidget(self.legend)
        left.addLayout(options)
        left.addLayout(actions)
        left.addWidget(_subtitle(self.tr("Referrals made")))
        left.addWidget(self.made_view, 1)
        left.addLayout(status_row)
        left_panel = QWidget()
        left_panel.setLayout(left)
        # At a large text size the options outgrow a laptop screen: they scroll instead of
        # pushing the dialog (and its Close button) past the screen's edge.
        left_scroll = QScrollArea()
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setWidget(left_panel)
        # The preview takes half the width only once there is a document: before that the
        # services have the whole width, so their names are not cut.
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left_scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.preview.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.consent_note)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def _fit_to_screen(self) -> None:
        """The preferred size, made smaller where the screen is smaller."""
        width, height = PREFERRED_SIZE
        screen = (self.parentWidget() or self).screen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, room.width() - SCREEN_MARGIN)
            height = min(height, room.height() - SCREEN_MARGIN)
        self.resize(width, height)

    # -- loading ------------------------------------------------------------------------------
    def _start_job(self, vault: Vault) -> _Start:
        context = referral_context(vault, self.reference, library=self.gateway.library)
        return _Start(context, list_directory(vault),
                      tuple(list_referrals(vault, self.reference)))

    def _on_started(self, start: _Start) -> None:
        self.context = start.context
        facts = start.context.facts
        self.services.set_services(start.services, start.context.suggested)
        areas = sorted({area for s in start.services for area in s.area} - {ALL_AREAS})
        self.area_filter.blockSignals(True)
        self.area_filter.clear()
        self.area_filter.addItem(self.tr("All areas"), "")
        for area in areas:
            self.area_filter.addItem(area, area)
        self.area_filter.blockSignals(False)
        _select_data(self.language, start.context.language)
        _select_data(self.urgency, facts.urgency or "soon")
        account = self.gateway.account
        self.officer.setText(account.user if account is not None else "")
        self.consent_note.setText(self._consent_text(facts.consent))
        self.legend.setVisible(bool(start.context.suggested))
        self.made.set_records(start.referrals)
        header = self.service_view.horizontalHeader()
        for column in ServiceColumn:
            if column is not ServiceColumn.NAME:  # the name takes what the others leave
                self.service_view.resizeColumnToContents(column)
                header.resizeSection(column, min(header.sectionSize(column), COLUMN_MAX))
        if self.proxy.rowCount() and start.context.suggested:
            self.service_view.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._set_busy(False)

    def _consent_text(self, consent: str) -> str:
        if consent == "child":
            return self.tr("Child referral: a child is always referred to child protection, "
                           "whatever the consent.")
        if consent == "anonymous":
            return self.tr("Anonymous referral: the person did not give full consent, so "
                           "names, contact details and other identifying answers are left out.")
        return self.tr("Full consent: each service receives only what its type of service "
                       "needs.")

    # -- the chosen service and options ------------------------------------------------------
    def selected_service(self) -> Service | None:
        rows = self.service_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.services.service(self.proxy.mapToSource(rows[0]).row())

    def select_service(self, service_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.services.service(self.proxy.mapToSource(index).row()).id == service_id:
                self.service_view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return True
        return False

    def _on_filter_changed(self) -> None:
        self.proxy.set_type(self.type_filter.currentData() or None)
        self.proxy.set_area(self.area_filter.currentData() or None)

    def _on_selection_changed(self) -> None:
        self.preview.clear()  # a preview always shows the service selected now
        self.preview.hide()
        self._set_busy(False)

    def _show_preview_pane(self) -> None:
        if self.preview.isVisible():
            return
        self.preview.show()
        total = max(self.splitter.width(), 1)
        shown = int(total * PREVIEW_SHARE)
        self.splitter.setSizes([total - shown, shown])

    def _chosen(self) -> tuple[str, str] | None:
        service = self.selected_service()
        if service is None or self.context is None:
            self.message.setText(self.tr("Choose a receiving service first."))
            return None
        return service.id, str(self.language.currentData())

    # -- preview, save, print ----------------------------------------------------------------
    def _on_preview_clicked(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        service_id, language = chosen
        reason, urgency, officer = self._texts()
        library = self.gateway.library

        def job(vault: Vault) -> bytes:
            return preview_referral(vault, self.reference, service_id, language, reason=reason,
                                    urgency=urgency, officer_name=officer, library=library)

        self._run(job, self._on_previewed)

    def _on_previewed(self, pdf: bytes) -> None:
        self._set_busy(False)
        self._show_preview_pane()
        self.preview.show_pdf(pdf)
        self.message.setText(self.tr("Preview only: nothing is saved or recorded yet."))

    def _on_save_clicked(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        path = self.prompts.save_path(self, neutral_file_name(utc_now()))
        if path is None:
            return
        self._make(chosen, encrypt=self.encrypt.isChecked(), path=path)

    def _on_print_clicked(self) -> None:
        chosen = self._chosen()
        if chosen is None or not self.preview.available:
            return
        printer = self.prompts.printer(self)
        if printer is None:
            return
        self._make(chosen, encrypt=False, path=None, printer=printer)

    def _make(self, chosen: tuple[str, str], *, encrypt: bool, path: Path | None,
              printer: QPrinter | None = None) -> None:
        service_id, language = chosen
        reason, urgency, officer = self._texts()
        library = self.gateway.library

        def job(vault: Vault) -> MadeReferral:
            if path is None:  # printed on paper: recorded without a file
                return make_referral(vault, self.reference, service_id, language, False,
                                     reason=reason, urgency=urgency, officer_name=officer,
                                     file_name="", library=library)
            return make_referral(vault, self.reference, service_id, language, encrypt,
                                 reason=reason, urgency=urgency, officer_name=officer,
                                 file_name=path.name, library=library,
                                 deliver=lambda pdf: save_referral(path, pdf))

        def done(made: MadeReferral) -> None:
            self._set_busy(False)
            if printer is not None:
                if print_pdf(made.pdf, printer):
                    self.message.setText(self.tr("Sent to the printer."))
                else:
                    self.message.setText(self.tr(
                        "The printer could not be opened. The referral is recorded; print it "
                        "again once the printer works."))
            else:
                assert path is not None
                self.message.setText(self.tr("Saved as %1.").replace("%1", path.name))
            if made.passphrase is not None:
                self.prompts.show_passphrase(self, made.passphrase)
            self.referral_made.emit(made.record)
            self._refresh()

        self._run(job, done)

    # -- referrals made ----------------------------------------------------------------------
    def _on_status_clicked(self) -> None:
        rows = self.made_view.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Choose a referral in the list first."))
            return
        referral_id = self.made.record(rows[0].row()).uuid
        status = str(self.status.currentData())
        self._run(lambda vault: set_referral_status(vault, referral_id, status),
                  lambda _record: self._refresh())

    def _refresh(self) -> None:
        # Keeps the message: "Saved as …" must stay readable while the list is read again.
        self._set_busy(True)
        self.gateway.run(lambda vault: tuple(list_referrals(vault, self.reference)),
                         self._on_refreshed, self._on_failed)

    def _on_refreshed(self, records: tuple[ReferralRecord, ...]) -> None:
        self._set_busy(False)
        self.made.set_records(records)

    # -- plumbing ----------------------------------------------------------------------------
    def _texts(self) -> tuple[str, str | None, str]:
        return (self.reason.text(), self.urgency.currentData() or None,
                self.officer.text().strip())

    def _run(self, job: Callable[[Vault], T], on_success: Callable[[T], None]) -> None:
        self._set_busy(True)
        self.message.clear()
        self.gateway.run(job, on_success, self._on_failed)

    def _on_failed(self, error: FieldappError) -> None:
        self._set_busy(False)
        show_problem(self, error)

    def _set_busy(self, busy: bool) -> None:
        ready = not busy and self.context is not None
        chosen = ready and self.selected_service() is not None
        self.preview_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)
        self.print_button.setEnabled(chosen and self.preview.available)
        self.status_button.setEnabled(ready)

    def forget(self) -> None:
        """Drop the preview and close (on lock or quick exit: nothing stays on screen)."""
        self.preview.clear()
        self.reject()

    def done(self, result: int) -> None:
        self.preview.clear()
        super().done(result)


def _subtitle(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "subtitle")
    return label


def _select_data(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
