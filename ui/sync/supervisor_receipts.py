"""The receipts row of the Import screen: where receipts go, and writing them.

A receipt tells a laptop exactly which records the supervisor holds, so the laptop can mark
them received and apply its retention policy. Once a receipts folder is chosen (a stick the
officers take back, a shared folder), the screen writes the receipts after every import that
received a bundle; "Write receipts…" writes the ones not handed out yet at any time (asking
for the folder the first time). The folder is remembered in memory only, until the vault
locks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from fieldapp.errors import FieldappError
from fieldapp.services.sync import SupervisorSync
from ui.gateway import VaultGateway, VaultLocked
from ui.inputs import SensitiveLineEdit
from ui.problems import plain_message
from ui.sync.supervisor_tables import set_role
from ui.sync.supervisor_texts import ImportTexts


class ReceiptsRow(QWidget):
    """The receipts folder, "Choose…", "Write receipts…" and what was written."""

    written = Signal(object)  # list[Path]
    failed = Signal(object)  # FieldappError not shown here (the vault locked)

    def __init__(self, gateway: VaultGateway, choose_folder: Callable[[str], Path | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._choose_folder = choose_folder
        self._generation = 0
        self._texts = ImportTexts(self)
        self.folder_line = SensitiveLineEdit()
        self.folder_line.setAccessibleName(self.tr("Receipts folder"))
        self.folder_line.setPlaceholderText(
            self.tr("Once chosen, receipts are written here after each import"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.write_button = QPushButton(self.tr("Write receipts…"))
        self.write_button.clicked.connect(self._on_write_clicked)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "status")
        self.message.hide()  # shown with its first sentence: no empty line on the screen
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.folder_line, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.write_button)

    def folder(self) -> Path | None:
        text = self.folder_line.text().strip()
        return Path(text).expanduser() if text else None

    def write(self, folder: Path) -> None:
        """Write the receipts not handed out yet into ``folder`` (on the database thread)."""
        generation = self._generation
        set_role(self.message, "status")
        self._say(self.tr("Writing receipts…"))
        self._gateway.run(lambda vault: SupervisorSync(vault).export_receipts(folder),
                          lambda paths: self._on_written(generation, folder, paths),
                          lambda error: self._on_write_failed(generation, error))

    def clear(self) -> None:
        self._generation += 1
        self.folder_line.clear()
        self.message.clear()
        self.message.hide()

    def _on_choose_clicked(self) -> None:
        folder = self._choose_folder(self.tr("Receipts folder"))
        if folder is not None:
            self.folder_line.setText(str(folder))

    def _on_write_clicked(self) -> None:
        if self.folder() is None:
            self._on_choose_clicked()
        folder = self.folder()
        if folder is not None:
            self.write(folder)

    def _on_written(self, generation: int, folder: Path, paths: list[Path]) -> None:
        if generation != self._generation:
            return
        self._say(self._texts.receipts_written(paths, folder))
        self.written.emit(paths)

    def _on_write_failed(self, generation: int, error: FieldappError) -> None:
        if generation != self._generation:
            return
        if isinstance(error, VaultLocked):
            self.failed.emit(error)
            return
        set_role(self.message, "error")
        self._say(plain_message(error))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
