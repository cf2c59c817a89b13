"""The modal questions of the Import screen: bundle files, a registration file, a laptop code.

The file dialogs leave no trace of the paths chosen (ui.file_dialogs); the screen remembers its
folders in memory only. The laptop code is typed with the sensitive-input hints.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from ui import file_dialogs
from ui.inputs import SENSITIVE_HINTS

_T = QCoreApplication


def choose_bundles(parent: QWidget, start: Path | None = None) -> list[Path]:
    return file_dialogs.choose_files(
        parent, _T.translate("ImportDialogs", "Bundle files to import"),
        [_T.translate("ImportDialogs", "Sync bundles (*.fsb)"),
         _T.translate("ImportDialogs", "All files (*)")], start)


def choose_registration(parent: QWidget) -> Path | None:
    return file_dialogs.choose_file(
        parent, _T.translate("ImportDialogs", "The laptop's registration file"),
        [_T.translate("ImportDialogs", "Laptop registrations (*.fsd)"),
         _T.translate("ImportDialogs", "All files (*)")])


def ask_laptop_code(parent: QWidget) -> str | None:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(_T.translate("ImportDialogs", "Accept a laptop"))
    dialog.setLabelText(_T.translate("ImportDialogs",
                                     "Type the laptop code shown on the officer's screen:"))
    dialog.setInputMethodHints(SENSITIVE_HINTS)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    code = dialog.textValue().strip()
    dialog.deleteLater()
    return code if accepted and code else None
