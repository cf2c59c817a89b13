"""The laptops part of the Import screen: the laptops accepted, and accepting one more.

A laptop is accepted from its registration file (``.fsd``, brought back on the stick) and the
laptop code the officer reads from the laptop's screen; the core refuses a code that does not
match, in plain words, and nothing is stored then. Bundles from a laptop not accepted are
rejected (``unknown_device``), so this is where a new laptop starts. The questions (which
file, which code) are asked by the screen and handed in as callables, so tests replace them
in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldapp.errors import FieldappError
from fieldapp.services.sync import SupervisorSync
from fieldapp.services.sync_enrollment import DeviceSummary
from fieldapp.sync import Registration
from ui.gateway import VaultGateway, VaultLocked
from ui.problems import plain_message
from ui.sync.supervisor_device_model import DeviceColumn, DeviceModel, device_proxy
from ui.sync.supervisor_tables import report_table, set_role


class LaptopsView(QWidget):
    """The accepted laptops, the button to accept one more, and what came of it."""

    accepted = Signal(object)  # Registration
    failed = Signal(object)  # FieldappError not shown here (the vault locked)

    def __init__(self, gateway: VaultGateway, choose_registration: Callable[[], Path | None],
                 ask_code: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._choose_registration = choose_registration
        self._ask_code = ask_code
        self._generation = 0
        self.model = DeviceModel(self)
        self.proxy = device_proxy(self)
        self.proxy.setSourceModel(self.model)
        caption = QLabel(self.tr("Laptops"))
        caption.setProperty("role", "subtitle")
        self.accept_button = QPushButton(self.tr("Accept a laptop…"))
        self.accept_button.clicked.connect(self._on_accept_clicked)
        self.table = report_table(self.proxy, {
            DeviceColumn.LABEL: 160, DeviceColumn.CODE: 200, DeviceColumn.BUNDLES: 80,
            DeviceColumn.LAST_SEQUENCE: 80, DeviceColumn.MISSING: 220,
        })
        self.table.setAccessibleName(self.tr("Laptops"))
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setProperty("role", "status")
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.feedback, 1)
        top.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def show_devices(self, devices: Sequence[DeviceSummary]) -> None:
        self.model.set_devices(devices)

    def show_feedback(self, text: str, *, error: bool = False) -> None:
        set_role(self.feedback, "error" if error else "status")
        self.feedback.setText(text)

    def clear(self) -> None:
        self._generation += 1
        self.model.clear()
        self.feedback.clear()
        self.accept_button.setEnabled(True)

    def _on_accept_clicked(self) -> None:
        path = self._choose_registration()
        if path is None:
            return
        code = self._ask_code()
        if code is None:
            return
        generation = self._generation
        self.accept_button.setEnabled(False)
        self.show_feedback(self.tr("Checking the laptop's code…"))
        self._gateway.run(lambda vault: SupervisorSync(vault).register_device(path, code),
                          lambda registration: self._on_registered(generation, registration),
                          lambda error: self._on_register_failed(generation, error))

    def _on_registered(self, generation: int, registration: Registration) -> None:
        if generation != self._generation:
            return
        self.accept_button.setEnabled(True)
        self.show_feedback(self.tr("%1 accepted: its bundles can be imported now.")
                           .replace("%1", registration.label))
        self.accepted.emit(registration)

    def _on_register_failed(self, generation: int, error: FieldappError) -> None:
        if generation != self._generation:
            return
        self.accept_button.setEnabled(True)
        if isinstance(error, VaultLocked):
            self.failed.emit(error)
        else:
            self.show_feedback(plain_message(error), error=True)
