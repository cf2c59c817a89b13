"""Imports on the database thread for the Import screen: one at a time, with progress and cancel.

:class:`BundleImport` runs one :class:`SupervisorSync` import (files, an inbox folder, or
showing interview revisions left queued) through ``VaultGateway.run`` and refuses to start a
second while one runs. The core reports progress through a plain callback on the database
thread; :class:`ProgressRelay` turns it into a Qt signal, which Qt queues to the GUI thread.
The Cancel button sets the core's :class:`CancelToken` (safe from any thread); the core stops
between bundles, so a cancelled import leaves whole bundles imported and the rest untouched.
:meth:`BundleImport.forget` (on lock) cancels and drops whatever comes back afterwards.

:class:`InboxWatcher` looks into a watched folder every few seconds with ``scan_inbox`` (on
the database thread too: a shared drive can be slow to answer, and the window must not wait
for it) and says when bundle files are ready.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from fieldapp.errors import FieldappError
from fieldapp.services.session import Vault
from fieldapp.services.sync import SupervisorSync
from fieldapp.services.sync_import import SETTLE_SECONDS, ImportReport, scan_inbox
from fieldapp.services.sync_progress import CancelToken, ImportProgress, Progress
from ui.gateway import VaultGateway

WATCH_INTERVAL_MS = 5000
ImportWork = Callable[[SupervisorSync, Progress, CancelToken], ImportReport]


class ProgressRelay(QObject):
    """The core's progress callback as a signal (emitted on the database thread)."""

    progressed = Signal(object)  # ImportProgress

    def report(self, progress: ImportProgress) -> None:
        self.progressed.emit(progress)


class BundleImport(QObject):
    """At most one import at a time, run on the database thread."""

    started = Signal()
    progressed = Signal(object)  # ImportProgress, on the GUI thread
    finished = Signal(object)  # ImportReport
    failed = Signal(object)  # FieldappError

    def __init__(self, gateway: VaultGateway, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._token: CancelToken | None = None
        self._relay: ProgressRelay | None = None
        self._generation = 0

    @property
    def running(self) -> bool:
        return self._token is not None

    @property
    def cancelling(self) -> bool:
        return self._token is not None and self._token.cancelled

    def import_files(self, paths: Sequence[Path]) -> bool:
        """Import ``paths`` in order; False (and nothing done) while another import runs."""
        chosen = list(paths)
        return self._start(lambda service, progress, cancel: service.import_files(
            chosen, progress=progress, cancel=cancel))

    def import_inbox(self, folder: Path, settle_seconds: float = SETTLE_SECONDS) -> bool:
        """Import what is ready in ``folder``, filing each file away when done."""
        return self._start(lambda service, progress, cancel: service.import_inbox(
            folder, progress=progress, cancel=cancel, settle_seconds=settle_seconds))

    def show_pending(self) -> bool:
        """Show interview revisions an interrupted import left queued."""
        return self._start(lambda service, progress, cancel: ImportReport(
            (), service.materialise(progress=progress, cancel=cancel)))

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()

    def forget(self) -> None:
        """Cancel, and ignore whatever the running import reports from now on."""
        self.cancel()
        self._generation += 1
        self._finish()

    def _start(self, work: ImportWork) -> bool:
        if self.running:
            return False
        token = CancelToken()
        relay = ProgressRelay()
        generation = self._generation
        # A method of this GUI-thread object (not a lambda), so Qt queues each emit from the
        # database thread to the GUI thread.
        relay.progressed.connect(self._on_relay_progressed)
        self._token, self._relay = token, relay

        def job(vault: Vault) -> ImportReport:
            return work(SupervisorSync(vault), relay.report, token)

        self.started.emit()
        self._gateway.run(job, lambda report: self._on_done(generation, report),
                          lambda error: self._on_failed(generation, error))
        return True

    def _on_relay_progressed(self, progress: ImportProgress) -> None:
        if self._relay is not None and self.sender() is self._relay:  # not a forgotten run
            self.progressed.emit(progress)

    def _on_done(self, generation: int, report: ImportReport) -> None:
        if generation != self._generation:
            return
        self._finish()
        self.finished.emit(report)

    def _on_failed(self, generation: int, error: FieldappError) -> None:
        if generation != self._generation:
            return
        self._finish()
        self.failed.emit(error)

    def _finish(self) -> None:
        self._token = None
        self._relay = None


class InboxWatcher(QObject):
    """Scans a folder on a timer and reports the bundle files ready to import."""

    files_ready = Signal(object)  # list[Path]
    unreadable = Signal(object)  # FieldappError

    def __init__(self, gateway: VaultGateway, busy: Callable[[], bool] = lambda: False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._busy = busy  # while an import runs, no look (it would wait behind the import)
        self._folder: Path | None = None
        self._scanning = False
        self._generation = 0
        self.settle_seconds = SETTLE_SECONDS
        self.timer = QTimer(self)
        self.timer.setInterval(WATCH_INTERVAL_MS)
        self.timer.timeout.connect(self._on_timer_timeout)

    @property
    def watching(self) -> bool:
        return self.timer.isActive()

    @property
    def folder(self) -> Path | None:
        return self._folder

    def start(self, folder: Path) -> None:
        """Watch ``folder`` (one look at once, then one each interval)."""
        self._folder = folder
        self._generation += 1
        self._scanning = False
        self.timer.start()
        self._on_timer_timeout()

    def stop(self) -> None:
        self.timer.stop()
        self._folder = None
        self._generation += 1
        self._scanning = False

    def _on_timer_timeout(self) -> None:
        folder = self._folder
        if folder is None or self._scanning or self._busy():
            return  # the last look has not come back yet (a slow drive), or an import runs
        self._scanning = True
        generation = self._generation
        settle = self.settle_seconds
        self._gateway.run(lambda _vault: scan_inbox(folder, settle_seconds=settle),
                          lambda paths: self._on_scanned(generation, paths),
                          lambda error: self._on_scan_failed(generation, error))

    def _on_scanned(self, generation: int, paths: list[Path]) -> None:
        if generation != self._generation:
            return
        self._scanning = False
        if paths:
            self.files_ready.emit(paths)

    def _on_scan_failed(self, generation: int, error: FieldappError) -> None:
        if generation != self._generation:
            return
        self._scanning = False
        self.unreadable.emit(error)
