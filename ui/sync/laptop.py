"""The field laptop's Sync screen: what waits for the supervisor, and the jobs that move it.

On top, the laptop's sync state (:meth:`LaptopSync.status`) as a grid; below, the jobs: save a
sync file (a bundle) to a folder (a USB stick), import the supervisor's receipts and updates,
remove the interviews the supervisor confirmed, write the registration file again; an unenrolled
laptop gets the enrollment form instead (:class:`ui.enrollment.EnrollmentForm`). Every job runs
on the database thread through the gateway; while one runs the buttons are disabled and a busy
bar moves, and afterwards the outcome is shown in plain words and the state read again. The
core's typed refusals (not enrolled, missing folder, damaged or forged file) are shown on the
screen; only a failure arriving while the screen is hidden goes out through ``failed``.

Receipts are given to the core one file at a time: each stands on its own, so a damaged one is
named with its reason and does not hold back the others. Updates go together, because the core
applies them in number order and refuses any number not above the last one applied. Dialogs go
through the ``_choose_*`` and ``_confirm`` methods, which tests replace. The widgets and how
each state shows are in ``ui.sync.laptop_view``, the words in ``ui.sync.laptop_status``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox

from fieldapp.errors import FieldappError
from fieldapp.services.session import Vault
from fieldapp.services.sync import LaptopStatus, LaptopSync
from fieldapp.services.sync_enrollment import EnrollmentApplied
from fieldapp.services.sync_export import ExportResult
from fieldapp.services.sync_receipts import ReceiptApplied
from fieldapp.services.sync_updates import UpdateApplied
from fieldapp.sync.errors import SyncError
from ui import file_dialogs
from ui.enrollment import EnrollmentForm
from ui.gateway import VaultGateway
from ui.problems import plain_message
from ui.sync.laptop_status import (
    export_text,
    force_question,
    problem_text,
    purge_question,
    purged_text,
    receipt_lines,
    refused_text,
    update_lines,
    updates_refused_text,
)
from ui.sync.laptop_view import LaptopSyncView

T = TypeVar("T")


@dataclass(frozen=True)
class ReceiptsImported:
    applied: tuple[ReceiptApplied, ...]
    refused: tuple[tuple[str, FieldappError], ...]  # (file name, why)
    purged: int


def import_receipts_each(sync: LaptopSync, paths: Sequence[Path]) -> ReceiptsImported:
    """Each receipt through the core on its own: a refused file leaves the others applied."""
    applied: list[ReceiptApplied] = []
    refused: list[tuple[str, FieldappError]] = []
    purged = 0
    for path in paths:
        try:
            results, removed = sync.import_receipts([path])
        except SyncError as error:
            refused.append((path.name, error))
            continue
        applied.extend(results)
        purged += removed
    return ReceiptsImported(tuple(applied), tuple(refused), purged)


class LaptopSyncPanel(LaptopSyncView):
    """The laptop's Sync screen: its state, and the sync jobs on the database thread."""

    failed = Signal(object)  # FieldappError the panel could not show inline

    def __init__(self, gateway: VaultGateway) -> None:
        super().__init__(EnrollmentForm(gateway))
        self._gateway = gateway
        self._epoch = 0  # callbacks of jobs submitted before the last clear() are dropped
        self.enrol_form.enrolled.connect(self._on_enrol_form_enrolled)
        for button, slot in ((self.export_button, self._on_export_clicked),
                             (self.receipts_button, self._on_receipts_clicked),
                             (self.updates_button, self._on_updates_clicked),
                             (self.purge_button, self._on_purge_clicked),
                             (self.registration_button, self._on_registration_clicked)):
            button.clicked.connect(slot)
        self.clear()

    # -- public -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the sync state on the database thread and show it."""
        epoch = self._epoch
        library = self._gateway.library

        def shown(status: LaptopStatus) -> None:
            if epoch == self._epoch:
                self._show_status(status)

        def failed(error: FieldappError) -> None:
            if epoch == self._epoch:
                self._show_status_problem(error)
                self._tell_if_hidden(error)

        self._gateway.run(lambda vault: LaptopSync(vault, library).status(), shown, failed)

    def clear(self) -> None:
        """Forget everything shown (on lock); jobs still running are ignored when they end."""
        self._epoch += 1
        self.blank()

    # -- dialogs (replaced in tests) ------------------------------------------------------------
    def _choose_folder(self, title: str) -> Path | None:
        return file_dialogs.choose_folder(self, title)

    def _choose_files(self, title: str, name_filter: str) -> list[Path]:
        return file_dialogs.choose_files(self, title, [name_filter])

    def _confirm(self, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is go

    def _tell_if_hidden(self, error: FieldappError) -> None:
        if not self.isVisible():
            self.failed.emit(error)

    # -- jobs -----------------------------------------------------------------------------------
    def _start(self, work: Callable[[LaptopSync], T], on_done: Callable[[T], None], *,
               describe: Callable[[FieldappError], str] = problem_text) -> None:
        epoch = self._epoch
        library = self._gateway.library
        self._set_busy(self.tr("Working…"))
        self._say([])

        def done(value: T) -> None:
            if epoch == self._epoch:
                self._set_busy(None)
                self.refresh()
                on_done(value)

        def failed(error: FieldappError) -> None:
            if epoch == self._epoch:
                self._set_busy(None)
                self._say([], [describe(error)])
                self._tell_if_hidden(error)
                self.refresh()

        def job(vault: Vault) -> T:
            return work(LaptopSync(vault, library))

        self._gateway.run(job, done, failed)

    def _on_export_clicked(self) -> None:
        folder = self._choose_folder(self.tr("Folder for the sync file (a USB stick)"))
        if folder is not None:
            self._export(folder, force=False)

    def _export(self, folder: Path, *, force: bool) -> None:
        self._start(lambda sync: sync.export(folder, force=force),
                    lambda result: self._on_exported(folder, result))

    def _on_exported(self, folder: Path, result: ExportResult) -> None:
        self._say([export_text(result)])
        if result.path is None and result.records and self._confirm(
                self.tr("Nothing new to send"), force_question(result),
                self.tr("Save a sync file anyway")):
            self._export(folder, force=True)

    def _on_receipts_clicked(self) -> None:
        paths = self._choose_files(self.tr("Receipts from the supervisor"),
                                   self.tr("Receipts (*.fsr)"))
        if paths:
            self._start(lambda sync: import_receipts_each(sync, paths),
                        self._on_receipts_imported)

    def _on_receipts_imported(self, done: ReceiptsImported) -> None:
        self._say(receipt_lines(done.applied, done.purged),
                  [refused_text(name, plain_message(error)) for name, error in done.refused])

    def _on_updates_clicked(self) -> None:
        paths = self._choose_files(self.tr("Updates from the supervisor"),
                                   self.tr("Updates (*.fsu)"))
        if not paths:
            return
        names = [path.name for path in paths]

        def describe(error: FieldappError) -> str:
            if isinstance(error, SyncError):
                return updates_refused_text(names, plain_message(error))
            return problem_text(error)

        self._start(lambda sync: sync.import_updates(paths), self._on_updates_imported,
                    describe=describe)

    def _on_updates_imported(self, applied: list[UpdateApplied]) -> None:
        self._say(update_lines(applied))

    def _on_purge_clicked(self) -> None:
        policy = self.status.retention if self.status is not None else None
        if self._confirm(self.tr("Remove synced interviews"), purge_question(policy),
                         self.tr("Remove them")):
            self._start(lambda sync: sync.purge(), lambda count: self._say([purged_text(count)]))

    def _on_registration_clicked(self) -> None:
        folder = self._choose_folder(self.tr("Folder for the registration file"))
        if folder is not None:
            self._start(lambda sync: sync.write_registration(folder),
                        self._on_registration_written)

    def _on_registration_written(self, written: tuple[Path, str]) -> None:
        path, code = written
        self._say([
            self.tr("Registration file written: %1").replace("%1", str(path)),
            self.tr("Read this laptop's code to your supervisor: %1").replace("%1", code),
        ])

    def _on_enrol_form_enrolled(self, done: EnrollmentApplied) -> None:
        self.enrol_form.reset()
        self._say([EnrollmentForm.enrolled_text(done)])
        self.refresh()

