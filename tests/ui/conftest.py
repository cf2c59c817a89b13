"""UI test set-up: a real vault behind a gateway that runs jobs at once, the main window,
the shipped forms parsed once per session, and fictional rows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from pytestqt.qtbot import QtBot

from fieldapp.paths import VaultPaths
from fieldapp.services.interviews import VaultFormStore
from fieldapp.services.session import create_vault
from fieldapp.vault import interviews, revisions
from fieldapp.vault.database import Connection
from fieldapp.xlsform import FormLibrary
from tests.conftest import ADMIN, ADMIN_PASSWORD, REPO_ROOT
from ui.app import application
from ui.gateway import VaultGateway
from ui.i18n import Translations
from ui.look import apply_look, load_fonts
from ui.main_window import MainWindow
from ui.plurals import EnglishPlurals
from ui.settings import SettingsStore
from ui.tasks import ImmediateRunner

START = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@pytest.fixture(autouse=True, scope="session")
def english_plurals() -> Iterator[None]:
    """English counts as the app shows them ("1 interview", "3 interviews")."""
    app = application()
    plurals = EnglishPlurals(app)
    app.installTranslator(plurals)
    yield
    app.removeTranslator(plurals)


@pytest.fixture
def vault_dir(tmp_path: Path) -> VaultPaths:
    paths = VaultPaths(tmp_path / "vault")
    create_vault(paths, user=ADMIN, password=ADMIN_PASSWORD, role="supervisor").lock()
    return paths


@pytest.fixture
def gateway(vault_dir: VaultPaths) -> Iterator[VaultGateway]:
    gate = VaultGateway(vault_dir, ImmediateRunner())
    yield gate
    gate.lock()


def unlocked(gateway: VaultGateway) -> VaultGateway:
    gateway.unlock(ADMIN, ADMIN_PASSWORD, lambda _account: None, _raise)
    return gateway


def _raise(error: Exception) -> None:
    raise error


def add_interviews(connection: Connection, count: int, *, interviewer: str = ADMIN) -> None:
    """``count`` fictional interviews, every fifth finalised with a result."""
    levels = ("refer_now", "assess_further", "no_indicators", "stopped")
    for n in range(count):
        moment = START + timedelta(minutes=n)
        record = interviews.create_interview(
            connection, form_id="rapid_screening", form_version="1", language="en",
            interviewer=interviewer, site=f"Checkpoint {n % 4}", clock=lambda m=moment: m,
        )
        if n % 5 == 0:
            revisions.finalise(
                connection, record.id, content={}, result_level=levels[n % 4], author=ADMIN,
                clock=lambda m=moment: m,
            )


class _CurrentGateway:
    """Lets one form library (parsed once per test session) serve each test's vault."""

    gateway: VaultGateway | None = None

    def connection(self) -> Connection:
        assert self.gateway is not None
        return self.gateway._connection()


_CURRENT = _CurrentGateway()


@pytest.fixture(scope="session")
def form_library() -> FormLibrary:
    library = FormLibrary(VaultFormStore(_CURRENT.connection), builtin_dir=REPO_ROOT / "forms")
    library.builtin_forms()
    return library


@pytest.fixture
def app_gateway(vault_dir: VaultPaths, form_library: FormLibrary) -> Iterator[VaultGateway]:
    gate = VaultGateway(vault_dir, ImmediateRunner(), library=form_library)
    _CURRENT.gateway = gate
    yield gate
    gate.lock()
    _CURRENT.gateway = None


def new_window(gateway: VaultGateway, settings: Path, qtbot: QtBot) -> MainWindow:
    """A main window over ``gateway``, shown, in English at normal text size."""
    _CURRENT.gateway = gateway
    app = application()
    load_fonts()
    translations = Translations(app)
    translations.apply("en")
    apply_look(app, 100)
    main = MainWindow(gateway, SettingsStore(settings), translations)
    qtbot.addWidget(main)
    main.resize(1100, 760)
    main.show()
    return main


@pytest.fixture
def window(
    app_gateway: VaultGateway, tmp_path: Path, qtbot: QtBot
) -> Iterator[MainWindow]:
    main = new_window(app_gateway, tmp_path / "settings.ini", qtbot)
    yield main
    main.shut_down()
    main.translations.apply("en")


def sign_in(qtbot: QtBot, main: MainWindow, password: str = ADMIN_PASSWORD) -> None:
    """Type the password and press Enter, as at the checkpoint."""
    assert main.stack.currentWidget() is main.unlock
    qtbot.keyClicks(main.unlock.password, password)
    qtbot.keyClick(main.unlock.password, Qt.Key.Key_Return)


def scenario(form: str, name_start: str) -> dict[str, object]:
    data = json.loads((REPO_ROOT / "forms" / f"{form}.tests.json").read_text(encoding="utf-8"))
    return next(s for s in data["scenarios"] if s["name"].startswith(name_start))


@pytest.fixture
def qt_config(tmp_path: Path) -> Iterator[Path]:
    """Qt's user settings redirected to a folder of the test's own."""
    config = tmp_path / "qt-config"
    config.mkdir()
    default = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.GenericConfigLocation)
    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    for kind in formats:
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(config))
    try:
        yield config
    finally:
        for kind in formats:
            QSettings.setPath(kind, QSettings.Scope.UserScope, default)
