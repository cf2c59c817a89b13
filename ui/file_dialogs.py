"""File and folder choices that leave no trace of what was chosen.

Every file dialog in the app is Qt's own, not the desktop's: the desktop's dialog records
chosen files in the "recent files" list, which would point anyone at the laptop to exported
referrals, bundles and the sticks they went on. Qt's dialog, in turn, writes its history and
last folder into the shared ``QtProject.conf`` when it is destroyed; each dialog here is
pointed back at the home folder with an empty history before it goes, so no chosen path is
kept on the disk. Screens remember folders in memory only, for as long as the vault is open.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget


def ask(dialog: QFileDialog, start: Path | None = None) -> list[Path]:
    """Run ``dialog`` (made by the caller) without a trace; the paths chosen, or []."""
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if start is not None and start.is_dir():
        dialog.setDirectory(str(start))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = [Path(name) for name in dialog.selectedFiles()] if accepted else []
    dialog.setHistory([])
    dialog.setDirectory(QDir.homePath())  # what Qt saves when the dialog goes
    dialog.deleteLater()
    return chosen


def choose_files(parent: QWidget, title: str, filters: Sequence[str],
                 start: Path | None = None) -> list[Path]:
    """Existing files, several at once."""
    dialog = QFileDialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setNameFilters(list(filters))
    return ask(dialog, start)


def choose_file(parent: QWidget, title: str, filters: Sequence[str],
                start: Path | None = None) -> Path | None:
    """One existing file."""
    dialog = QFileDialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters(list(filters))
    chosen = ask(dialog, start)
    return chosen[0] if chosen else None


def choose_folder(parent: QWidget, title: str, start: Path | None = None) -> Path | None:
    """An existing folder."""
    dialog = QFileDialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = ask(dialog, start)
    return chosen[0] if chosen else None
