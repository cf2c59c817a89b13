"""The desktop app's entry point: ``fieldapp`` with no sub-command, and ``fieldapp --demo``.

:func:`run` builds the application (fonts, the officer's settings and language, the database
thread), shows the main window and, on exit, saves nothing it was not told to: answers were
saved as they were given, the vault is locked and the database thread finishes its queue
before the process ends. ``--demo`` makes a throwaway vault in a temporary folder filled with
fictional interviews (the same code as ``fieldapp demo``), prints its account and password,
and deletes the folder when the window closes.
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
from fieldapp.demo import DEMO_USER, create_demo_vault, demo_password
from fieldapp.errors import FieldappError
from fieldapp.paths import VaultPaths
from ui.binding_check import binding_defect
from ui.gateway import VaultGateway
from ui.i18n import Translations
from ui.look import apply_look, load_fonts
from ui.main_window import MainWindow
from ui.settings import SettingsStore
from ui.tasks import DatabaseThread

SETTINGS_FILE = "app-settings.ini"
SIGNAL_CHECK_MS = 250
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
    """The shown main window and, in demo mode, the temporary folder to delete afterwards."""

    window: MainWindow
    demo_dir: Path | None = None

    def close(self) -> None:
        """Lock, finish the database thread's queue, delete a demo vault."""
        try:
            self.window.shut_down()
        finally:
            if self.demo_dir is not None:
                shutil.rmtree(self.demo_dir, ignore_errors=True)


def start(args: argparse.Namespace, ctx: CommandContext) -> RunningApp:
    """Check the Qt binding, make the demo vault if asked, and show the main window."""
    defect = binding_defect()
    if defect is not None:
        raise FieldappError(defect)
    data_dir = ctx.data_dir
    last_user = getattr(args, "user", None)
    demo_dir: Path | None = None
    if getattr(args, "demo", False):
        demo_dir = Path(tempfile.mkdtemp(prefix="fieldapp-demo-"))
        data_dir = demo_dir / "vault"
        password = demo_password()
        ctx.say("Creating a demo vault with fictional interviews…")
        try:
            create_demo_vault(VaultPaths(data_dir), user=DEMO_USER, password=password)
        except BaseException:
            shutil.rmtree(demo_dir, ignore_errors=True)
            raise
        ctx.say(f"Demo account: {DEMO_USER}")
        ctx.say(f"Demo password: {password}")
        ctx.say("The demo vault is deleted when the window closes.")
        ctx.stdout.flush()
        last_user = DEMO_USER
    window = build_window(data_dir, last_user=last_user)
    show_fitted(window)
    return RunningApp(window, demo_dir)


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
