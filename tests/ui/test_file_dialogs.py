"""The app's file dialogs leave no chosen path behind: not in Qt's settings file, not as a
desktop "recent file" (they are never the desktop's dialogs)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ui import file_dialogs
from ui.referral_prompts import ReferralPrompts


def _answer(choose: Callable[[QFileDialog], None]) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QFileDialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    choose(dialog)
    dialog.accept()
    if dialog.isVisible():  # the choice was refused: end the dialog, the test then fails
        dialog.reject()


def _in(folder: Path) -> Callable[[QFileDialog], None]:
    """Go to ``folder`` and, unless a folder is asked for, type a file name as one would."""

    def choose(dialog: QFileDialog) -> None:
        dialog.setDirectory(str(folder))
        if dialog.fileMode() == QFileDialog.FileMode.Directory:
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert isinstance(name, QLineEdit)
        saving = dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
        name.setText("referral-7KQ2.pdf" if saving else min(folder.iterdir()).name)

    return choose


@pytest.mark.parametrize("kind", ["folder", "file", "files", "save"])
def test_no_chosen_path_is_kept_in_qt_settings(kind: str, qt_config: Path, tmp_path: Path,
                                               qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    stick = tmp_path / "usb-stick-of-the-outreach-team"
    stick.mkdir()
    (stick / "0a1b2c3d4e5f60718293.fsb").write_bytes(b"x")
    QTimer.singleShot(100, lambda: _answer(_in(stick)))
    if kind == "folder":
        got: object = file_dialogs.choose_folder(parent, "Folder", start=stick)
        assert got == stick
    elif kind == "file":
        got = file_dialogs.choose_file(parent, "File", ["Bundles (*.fsb)"], start=stick)
        assert got == stick / "0a1b2c3d4e5f60718293.fsb"
    elif kind == "files":
        got = file_dialogs.choose_files(parent, "Files", ["Bundles (*.fsb)"], start=stick)
        assert got == [stick / "0a1b2c3d4e5f60718293.fsb"]
    else:
        got = ReferralPrompts().save_path(parent, "referral-7KQ2.pdf")
        assert isinstance(got, Path) and got.name == "referral-7KQ2.pdf"
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    saved = (qt_config / "QtProject.conf").read_text(encoding="utf-8")
    assert "lastVisited" in saved  # Qt wrote its dialog settings, as it always does
    assert "usb-stick-of-the-outreach-team" not in saved and str(tmp_path) not in saved


def test_a_cancelled_dialog_chooses_nothing(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        dialog.reject()

    QTimer.singleShot(100, cancel)
    assert file_dialogs.choose_files(parent, "Files", ["All files (*)"]) == []
