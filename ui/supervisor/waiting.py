"""Referrals waiting for an answer: those whose service has not moved them on for N days.

The list is the core's (:meth:`fieldapp.services.casework.CaseWork.waiting_referrals`): every
referral still at "sent" or "received" for longer than the number of days chosen (14 by
default), oldest first. Opening a row opens its case.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from fieldapp.services.casework import CaseWork
from fieldapp.vault.casework import WaitingReferral
from ui.gateway import VaultGateway
from ui.supervisor.case_models import WaitingColumn, WaitingModel
from ui.tables import read_only_table

DEFAULT_DAYS = 14


class WaitingPanel(QWidget):
    open_requested = Signal(str)  # interview reference
    failed = Signal(object)  # FieldappError

    def __init__(self, gateway: VaultGateway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self.model = WaitingModel(self)
        self.days = QSpinBox()
        self.days.setRange(0, 365)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setAccessibleName(self.tr("Days without an answer"))
        self.days.valueChanged.connect(self.refresh)
        self.count_label = QLabel()
        self.count_label.setProperty("role", "status")
        self.table = read_only_table(self.model, {
            WaitingColumn.REFERENCE: 130, WaitingColumn.SERVICE: 300, WaitingColumn.STEP: 130,
            WaitingColumn.SINCE: 110})
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.activated.connect(self._on_table_activated)
        self.open_button = QPushButton(self.tr("Open case"))
        self.open_button.clicked.connect(
            lambda: self._on_table_activated(self.table.currentIndex()))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Referrals without an answer for more than")))
        top.addWidget(self.days)
        top.addWidget(QLabel(self.tr("days")))
        top.addStretch(1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def refresh(self) -> None:
        days = self.days.value()
        self._gateway.run(lambda vault: CaseWork(vault).waiting_referrals(days),
                          self._on_listed, self.failed.emit)

    def clear(self) -> None:
        self.model.set_rows([])
        self.count_label.clear()

    def _on_listed(self, waiting: list[WaitingReferral]) -> None:
        self.model.set_rows(waiting)
        self.count_label.setText(self.tr("%1 referral(s) waiting").replace(
            "%1", str(len(waiting))))
        if waiting:
            self.table.selectRow(0)

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.row_at(index.row()).reference)
