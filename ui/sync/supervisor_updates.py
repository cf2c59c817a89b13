"""The updates row of the Import screen: sending case outcomes, forms and policy to laptops.

"Send an update…" opens :class:`~ui.sync.update_dialog.UpdateDialog`, starting in the folder
the last update went to, else the receipts folder (the same stick goes back to the officers).
What was written is said under the row: its number and folder, never a name or a count of
anything personal beyond the number of cases. The folder is remembered in memory only, until
the vault locks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.gateway import VaultGateway
from ui.sync.update_dialog import UpdateDialog, UpdatePrompts


class UpdatesRow(QWidget):
    """"Send an update…" and what the last one was."""

    written = Signal(object, int)  # Path, update number

    def __init__(self, gateway: VaultGateway, default_folder: Callable[[], Path | None],
                 parent: QWidget | None = None, prompts: UpdatePrompts | None = None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._default_folder = default_folder
        self.prompts = prompts
        self.last_folder: Path | None = None
        self.dialog: UpdateDialog | None = None
        self.send_button = QPushButton(self.tr("Send an update…"))
        self.send_button.setToolTip(self.tr(
            "Case outcomes back to the laptops that made the interviews; new forms, a new "
            "referral directory or retention policy to every laptop"))
        self.send_button.clicked.connect(self.open_dialog)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "status")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.send_button)
        layout.addWidget(self.message, 1)

    def open_dialog(self) -> None:
        folder = self.last_folder or self._default_folder()
        dialog = UpdateDialog(self._gateway, folder, self.window(), self.prompts)
        dialog.written.connect(self._on_written)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def clear(self) -> None:
        self.last_folder = None
        self.message.clear()
        if self.dialog is not None:
            self.dialog.reject()

    def _on_written(self, path: Path, number: int) -> None:
        self.last_folder = path.parent
        self.message.setText(self.tr(
            "Update %1 written to %2. Each laptop applies it with \u201cImport updates…\u201d "
            "on its Sync screen.").replace("%1", str(number)).replace("%2", str(path.parent)))
        self.written.emit(path, number)

    def _on_dialog_finished(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
