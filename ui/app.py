"""The desktop app's entry point: ``fieldapp`` with no sub-command, and ``fieldapp --demo``.

:func:`run` builds the application (fonts, the officer's settings and language, the database
thread), shows the main window and, on exit, saves nothing it was not told to: answers were
saved as they were given, the vault is locked and the database thread finishes its queue
before the process ends. ``--demo`` shows a progress window at once while it makes a throwaway vault
in a temporary folder filled with fictional interviews (the same code as ``fieldapp demo``, on
a thread of its own: :mod:`ui.demo_start`), then prints its account and password, shows the
main window, and deletes the folder when the window closes.
"""

from __future__ import annotations

import argparse
import shutil
import signal
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from fieldapp.commands.context import CommandContext
from fieldapp.demo import DEMO_USER, DemoSummary, demo_password
from fieldapp.errors import FieldappError
from fieldapp.paths import VaultPaths
from ui.binding_check import binding_defect
from ui.demo_start import DemoBuilder, DemoProgressWindow
from ui.gateway import VaultGateway
from ui.i18n import Translations
from ui.look import apply_look, load_fonts
from ui.main_window import MainWindow
from ui.settings import SettingsStore
from ui.tasks import DatabaseThread

SETTINGS_FILE = "app-settings.ini"
SIGNAL_CHECK_MS = 250
DEMO_BUILD_WAIT_S = 60.0
FIT_MARGIN = 80  # pixels of title bar and panels around the window


def application() -> QApplication:
    """The one QApplication of the process (created on first use)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("fieldapp")
    app.setApplicationDisplayName("fieldapp")
    return app


def build_window(data_dir: Path, *, last_user: str | None = None) -> MainWindow:
    """The main window over the vault in ``data_dir`` (shown by the caller)."""
    app = application()
    load_fonts()
    store = SettingsStore(data_dir / SETTINGS_FILE)
    settings = store.load()
    translations = Translations(app)
    translations.apply(settings.language)
    apply_look(app, settings.text_scale)
    gateway = VaultGateway(VaultPaths(data_dir), DatabaseThread())
    return MainWindow(gateway, store, translations, last_user=last_user)


@dataclass
class RunningApp:
    """The main window (in demo mode, once the demo vault is built) and the demo's folder."""

    window: MainWindow | None
    demo_dir: Path | None = None
    builder: DemoBuilder | None = None
    progress: DemoProgressWindow | None = None

    def close(self) -> None:
        """Lock, finish the database thread's queue, delete a demo vault."""
        try:
            if self.window is not None:
                self.window.shut_down()
        finally:
            if self.builder is not None:
                self.builder.wait(DEMO_BUILD_WAIT_S)
            if self.demo_dir is not None:
                shutil.rmtree(self.demo_dir, ignore_errors=True)


def start(args: argparse.Namespace, ctx: CommandContext) -> RunningApp:
    """Check the Qt binding and show the main window; in demo mode show a progress window at
    once and the main window when the demo vault is ready."""
    defect = binding_defect()
    if defect is not None:
        raise FieldappError(defect)
    if getattr(args, "demo", False):
        return _start_demo(ctx)
    window = build_window(ctx.data_dir, last_user=getattr(args, "user", None))
    show_fitted(window)
    return RunningApp(window)


def _start_demo(ctx: CommandContext) -> RunningApp:
    demo_dir = Path(tempfile.mkdtemp(prefix="fieldapp-demo-"))
    data_dir = demo_dir / "vault"
    password = demo_password()
    app = application()
    load_fonts()
    apply_look(app, SettingsStore(data_dir / SETTINGS_FILE).load().text_scale)
    ctx.say("Creating a demo vault with fictional interviews…")
    ctx.stdout.flush()
    progress = DemoProgressWindow()
    builder = DemoBuilder(VaultPaths(data_dir), password)
    running = RunningApp(None, demo_dir, builder, progress)
    builder.progressed.connect(progress.set_progress)

    def built(outcome: object) -> None:
        if not isinstance(outcome, DemoSummary):
            ctx.stderr.write(f"fieldapp: {outcome}\n")
            app.exit(1)
            return
        ctx.say(f"Demo account: {DEMO_USER}")
        ctx.say(f"Demo password: {password}")
        ctx.say("The demo vault is deleted when the window closes.")
        ctx.stdout.flush()
        running.window = build_window(data_dir, last_user=DEMO_USER)
        show_fitted(running.window)  # before the progress window goes: the app stays open
        progress.hide()

    builder.finished.connect(built)
    progress.show()
    builder.start()
    return running


def show_fitted(window: MainWindow) -> None:
    """Show the window whole: maximised when the screen (a 1366x768 laptop) is not much larger
    than the window, so that no button ends up below the screen's edge."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        if (room.width() < window.width() + FIT_MARGIN
                or room.height() < window.height() + FIT_MARGIN):
            window.showMaximized()
            return
    window.show()


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    """``fieldapp`` without a sub-command: the desktop app until its window closes."""
    running = start(args, ctx)
    app = application()
    # Ctrl+C or a termination request closes the app the normal way (lock, delete a demo
    # vault). Python handles signals only between bytecodes, so a timer wakes it regularly.
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda _signum, _frame: app.quit())
    waker = QTimer()
    waker.timeout.connect(lambda: None)
    waker.start(SIGNAL_CHECK_MS)
    try:
        return int(app.exec())
    finally:
        waker.stop()
        running.close()
