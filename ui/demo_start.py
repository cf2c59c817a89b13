"""``fieldapp --demo`` shows a window at once: the demo vault is built behind a progress bar.

Building the demo vault (the key, then a dozen fictional interviews run through the form
engine) takes seconds; doing it before any window appeared left the officer looking at a
terminal. :class:`DemoBuilder` runs :func:`fieldapp.demo.create_demo_vault` on a plain thread
of its own (it opens its own connection and closes it before it ends) and reports progress
and the outcome through queued signals; :class:`DemoProgressWindow` shows them. The builder
holds no widget, so nothing of the GUI is released on its thread.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from fieldapp.demo import DEMO_USER, create_demo_vault
from fieldapp.paths import VaultPaths
from ui.tasks import as_expected_failure


class DemoBuilder(QObject):
    """Builds the demo vault off the GUI thread; ``finished`` carries the summary or the
    :class:`~fieldapp.errors.FieldappError` to show."""

    progressed = Signal(int, int)
    finished = Signal(object)

    def __init__(self, paths: VaultPaths, password: str) -> None:
        super().__init__()
        self._paths = paths
        self._password = password
        self._thread = threading.Thread(target=self._work, name="fieldapp-demo", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait(self, timeout: float) -> None:
        """Let a build in progress end (its folder is deleted afterwards)."""
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _work(self) -> None:
        try:
            outcome: object = create_demo_vault(self._paths, user=DEMO_USER,
                                                password=self._password,
                                                progress=self.progressed.emit)
        except BaseException as error:
            outcome = as_expected_failure(error)
        self.finished.emit(outcome)


class DemoProgressWindow(QWidget):
    """A small window saying what is being prepared, with a progress bar."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Preparing the demo"))
        title = QLabel(self.tr("Preparing a demo vault with fictional interviews…"))
        title.setProperty("role", "subtitle")
        note = QLabel(self.tr("Nothing real is in it; it is deleted when the window closes."))
        note.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first interview is recorded
        self.bar.setAccessibleName(self.tr("Progress"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addWidget(self.bar)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.resize(520, 150)

    def set_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
