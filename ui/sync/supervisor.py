"""The supervisor's Import screen: bundles in from many laptops, receipts out, laptops accepted.

Bundles come from USB sticks or a shared drive: "Import files…" takes any chosen ``.fsb``
files; the inbox imports what is ready in one folder (at once, or on a timer while "Watch this
folder" is ticked), filing each file into ``processed/`` or ``rejected/``. One import runs at
a time, on the database thread (:mod:`ui.sync.supervisor_import`), with a progress bar and a
Cancel button that stops between bundles; the window never waits for it. Each file gets a row
in the file table; the supervisor code and the vault's figures sit on top, the accepted
laptops below. Receipts are written to the receipts folder after each import once one is
chosen; "Send an update…" signs case outcomes, forms and policy for the laptops
(:mod:`ui.sync.supervisor_updates`). Folders are remembered in memory only, until the vault
locks. Errors from the core are shown on the screen in plain words; none of them loses what
was already imported. The file, folder and code questions are small methods of this class
(the dialogs themselves are in :mod:`ui.sync.supervisor_dialogs`), replaced in tests.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.services.session import Vault
from fieldapp.services.sync import SupervisorStatus, SupervisorSync
from fieldapp.services.sync_enrollment import DeviceSummary
from fieldapp.services.sync_import import DUPLICATE, IMPORTED, ImportReport
from fieldapp.services.sync_progress import APPLYING, SHOWING, ImportProgress
from ui import file_dialogs
from ui.gateway import VaultGateway, VaultLocked
from ui.inputs import SensitiveLineEdit
from ui.problems import plain_message
from ui.sync import supervisor_dialogs
from ui.sync.supervisor_import import BundleImport, InboxWatcher
from ui.sync.supervisor_laptops import LaptopsView
from ui.sync.supervisor_receipts import ReceiptsRow
from ui.sync.supervisor_status import ImportStatusView
from ui.sync.supervisor_tables import FileReportsView, set_role
from ui.sync.supervisor_texts import ImportTexts
from ui.sync.supervisor_updates import UpdatesRow


class ImportPanel(QWidget):
    failed = Signal(object)  # FieldappError the panel could not show inline
    imported = Signal()  # an import applied something: the case list should refresh

    def __init__(self, gateway: VaultGateway) -> None:
        super().__init__()
        self._gateway = gateway
        self._generation = 0  # bumped on clear(): what a locked vault sends back is dropped
        self._texts = ImportTexts(self)
        self.bundle_import = BundleImport(gateway, self)
        self.watcher = InboxWatcher(gateway, lambda: self.bundle_import.running, self)
        self.watch_timer = self.watcher.timer

        title = QLabel(self.tr("Import"))
        title.setProperty("role", "title")
        self.status = ImportStatusView()
        self.import_files_button = QPushButton(self.tr("Import files…"))
        self.import_files_button.setProperty("primary", True)
        self.inbox = SensitiveLineEdit()
        self.inbox.setAccessibleName(self.tr("Inbox folder"))
        self.inbox.setPlaceholderText(self.tr("A folder on a USB stick or a shared drive"))
        self.choose_inbox_button = QPushButton(self.tr("Choose…"))
        self.import_inbox_button = QPushButton(self.tr("Import now"))
        self.watch = QCheckBox(self.tr("Watch this folder"))
        self.receipts = ReceiptsRow(gateway, lambda title: self._choose_folder(title))
        self.updates = UpdatesRow(gateway, self.receipts.folder)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "status")
        self.reports = FileReportsView()
        self.laptops = LaptopsView(gateway, lambda: self._choose_registration(),
                                   lambda: self._ask_laptop_code())

        controls = QGridLayout()
        controls.addWidget(self.import_files_button, 0, 0)
        hint = QLabel(self.tr("Bundle files (.fsb) from a stick, or every bundle ready in an "
                              "inbox folder:"))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        controls.addWidget(hint, 0, 1, 1, 4)
        controls.addWidget(QLabel(self.tr("Inbox folder")), 1, 0)
        controls.addWidget(self.inbox, 1, 1)
        controls.addWidget(self.choose_inbox_button, 1, 2)
        controls.addWidget(self.import_inbox_button, 1, 3)
        controls.addWidget(self.watch, 1, 4)
        controls.addWidget(QLabel(self.tr("Receipts folder")), 2, 0)
        controls.addWidget(self.receipts, 2, 1, 1, 3)
        controls.addWidget(self.receipts.message, 3, 1, 1, 4)
        controls.addWidget(QLabel(self.tr("To the laptops")), 4, 0)
        controls.addWidget(self.updates, 4, 1, 1, 4)
        controls.setColumnStretch(1, 1)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.reports)
        splitter.addWidget(self.laptops)
        splitter.setSizes([330, 190])
        # The screen scrolls when the window is too short for it (the largest text size on a
        # 768-pixel screen) instead of growing the window past the screen.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(title)
        layout.addWidget(self.status)
        layout.addLayout(controls)
        layout.addLayout(running)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.import_files_button.clicked.connect(self._on_import_files_clicked)
        self.choose_inbox_button.clicked.connect(self._pick_inbox)
        self.import_inbox_button.clicked.connect(self._on_import_inbox_clicked)
        self.inbox.editingFinished.connect(self._on_inbox_edited)
        self.watch.toggled.connect(self._on_watch_toggled)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.status.show_pending_button.clicked.connect(self.bundle_import.show_pending)
        self.bundle_import.started.connect(self._on_import_started)
        self.bundle_import.progressed.connect(self._on_import_progressed)
        self.bundle_import.finished.connect(self._on_import_finished)
        self.bundle_import.failed.connect(self._on_import_failed)
        self.watcher.files_ready.connect(self._on_watcher_files_ready)
        self.watcher.unreadable.connect(self._show_problem)  # still watching: a stick returns
        self.receipts.written.connect(self.refresh)
        self.receipts.failed.connect(self.failed)
        self.laptops.accepted.connect(self.refresh)
        self.laptops.failed.connect(self.failed)
        self._set_busy(False)
        self.setFocusProxy(self.import_files_button)

    @property
    def settle_seconds(self) -> float:
        """Seconds a bundle in the inbox must stay unchanged before it is imported."""
        return self.watcher.settle_seconds

    @settle_seconds.setter
    def settle_seconds(self, value: float) -> None:
        self.watcher.settle_seconds = value

    # -- the interface the main window uses ------------------------------------------------
    def refresh(self) -> None:
        """(Re)load the figures and the laptops on the database thread."""
        generation = self._generation

        def work(vault: Vault) -> tuple[SupervisorStatus, list[DeviceSummary]]:
            service = SupervisorSync(vault)
            return service.status(), service.devices()

        self._gateway.run(work, lambda loaded: self._on_loaded(generation, *loaded),
                          lambda error: self._on_refresh_failed(generation, error))

    def clear(self) -> None:
        """On lock: stop watching, cancel a running import, forget everything shown."""
        self._generation += 1
        self.watcher.stop()
        self.bundle_import.forget()
        self.watch.blockSignals(True)
        self.watch.setChecked(False)
        self.watch.blockSignals(False)
        self.inbox.clear()
        self.message.clear()
        for part in (self.status, self.receipts, self.updates, self.reports, self.laptops):
            part.clear()
        self._set_busy(False)

    # -- questions (replaced in tests) -----------------------------------------------------
    def _choose_files(self) -> list[Path]:
        return supervisor_dialogs.choose_bundles(self, self._inbox_folder())

    def _choose_folder(self, title: str) -> Path | None:
        return file_dialogs.choose_folder(self, title, self._inbox_folder())

    def _choose_registration(self) -> Path | None:
        return supervisor_dialogs.choose_registration(self)

    def _ask_laptop_code(self) -> str | None:
        return supervisor_dialogs.ask_laptop_code(self)

    # -- importing -------------------------------------------------------------------------
    def _on_import_files_clicked(self) -> None:
        if self.bundle_import.running:
            return
        paths = self._choose_files()
        if paths:
            self.bundle_import.import_files(paths)

    def _on_import_inbox_clicked(self) -> None:
        folder = self._inbox_folder() or self._pick_inbox()
        if folder is not None:
            self.bundle_import.import_inbox(folder, self.settle_seconds)

    def _on_watcher_files_ready(self, _paths: list[Path]) -> None:
        folder = self.watcher.folder
        if folder is not None:  # while an import runs this does nothing: the next look
            self.bundle_import.import_inbox(folder, self.settle_seconds)

    def _on_import_started(self) -> None:
        self._set_busy(True)
        self.progress.setRange(0, 0)  # reading the first file: no number yet
        self.progress.setFormat(self.tr("Reading the files…"))
        set_role(self.message, "status")
        self.message.setText(self.tr("Importing… The window stays usable; Cancel stops after "
                                     "the bundle being imported."))

    def _on_cancel_clicked(self) -> None:
        self.bundle_import.cancel()
        self.cancel_button.setEnabled(False)
        self.progress.setFormat(self.tr("Stopping after this bundle…"))

    def _on_import_progressed(self, progress: ImportProgress) -> None:
        if self.bundle_import.cancelling:
            return  # keep saying that it stops
        if progress.stage == APPLYING:
            text = self.tr("File %1 of %2").replace("%1", str(progress.done + 1)).replace(
                "%2", str(progress.total))
        elif progress.stage == SHOWING:
            text = self.tr("Showing the interviews in the case list…")
        else:
            text = self.tr("Finishing…")
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(progress.done)
        self.progress.setFormat(text.replace("%", "%%"))  # a literal text, not a pattern

    def _on_import_finished(self, report: ImportReport) -> None:
        self._set_busy(False)
        self.reports.set_labels(self.laptops.model.labels())
        self.reports.add_reports(report.files)
        set_role(self.message, "banner" if report.rejected else "status")
        self.message.setText(self._texts.import_summary(report))
        if report.interviews_shown or any(f.status == IMPORTED for f in report.files):
            self.imported.emit()
        self.refresh()
        folder = self.receipts.folder()
        if folder is not None and any(f.status in (IMPORTED, DUPLICATE) for f in report.files):
            self.receipts.write(folder)

    def _on_import_failed(self, error: FieldappError) -> None:
        self._set_busy(False)
        self._show_problem(error)
        self.refresh()  # whole bundles may have gone in before the failure

    def _set_busy(self, busy: bool) -> None:
        for button in (self.import_files_button, self.import_inbox_button):
            button.setEnabled(not busy)
        self.status.set_busy(busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)

    # -- the inbox -------------------------------------------------------------------------
    def _inbox_folder(self) -> Path | None:
        text = self.inbox.text().strip()
        return Path(text).expanduser() if text else None

    def _pick_inbox(self) -> Path | None:
        folder = self._choose_folder(self.tr("Inbox folder"))
        if folder is not None:
            self.inbox.setText(str(folder))
            self._on_inbox_edited()
        return folder

    def _on_inbox_edited(self) -> None:
        folder = self._inbox_folder()
        if self.watch.isChecked() and folder != self.watcher.folder:
            if folder is None:
                self.watch.setChecked(False)
            else:
                self.watcher.start(folder)

    def _on_watch_toggled(self, checked: bool) -> None:
        if not checked:
            self.watcher.stop()
            return
        folder = self._inbox_folder() or self._pick_inbox()
        if folder is None:
            self.watch.setChecked(False)
        elif self.watcher.folder != folder:  # choosing it may have started the watch already
            self.watcher.start(folder)

    # -- figures and problems --------------------------------------------------------------
    def _on_loaded(self, generation: int, status: SupervisorStatus,
                   devices: list[DeviceSummary]) -> None:
        if generation != self._generation:
            return
        self.status.show_status(status, busy=self.bundle_import.running)
        self.laptops.show_devices(devices)
        self.reports.set_labels(self.laptops.model.labels())

    def _on_refresh_failed(self, generation: int, error: FieldappError) -> None:
        if generation == self._generation:
            self._show_problem(error)

    def _show_problem(self, error: FieldappError) -> None:
        if isinstance(error, VaultLocked):
            self.failed.emit(error)
            return
        set_role(self.message, "error")
        self.message.setText(plain_message(error))
