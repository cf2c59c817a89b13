"""The laptops' table of the supervisor's Import screen: every laptop accepted, with what came.

:class:`DeviceModel` wraps the frozen :class:`DeviceSummary` rows of the core (label, code,
bundles received, last sequence number, numbers missing, last import); :func:`device_proxy`
sorts them through :data:`~ui.sync.supervisor_models.SORT_ROLE`, numbers as numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush

from fieldapp.services.sync_enrollment import DeviceSummary
from ui.cases.model import local_time_text
from ui.sync.supervisor_models import (
    ITEM_ROLE,
    PROBLEM_COLOUR,
    RIGHT_ALIGNED,
    SORT_ROLE,
    AnyIndex,
    missing_text,
)


class DeviceColumn(IntEnum):
    LABEL = 0
    CODE = 1
    BUNDLES = 2
    LAST_SEQUENCE = 3
    MISSING = 4
    LAST_IMPORT = 5


class DeviceModel(QAbstractTableModel):
    """The laptops this supervisor accepted, with what arrived from each."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._devices: tuple[DeviceSummary, ...] = ()

    def set_devices(self, devices: Sequence[DeviceSummary]) -> None:
        self.beginResetModel()
        self._devices = tuple(devices)
        self.endResetModel()

    def clear(self) -> None:
        self.set_devices(())

    def device(self, row: int) -> DeviceSummary:
        return self._devices[row]

    def labels(self) -> dict[str, str]:
        return {device.device_id: device.label for device in self._devices}

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._devices)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DeviceColumn)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._devices):
            return None
        device = self._devices[index.row()]
        column = DeviceColumn(index.column())
        if role == ITEM_ROLE:
            return device
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(device, column)
        if role == SORT_ROLE:
            if column is DeviceColumn.BUNDLES:
                return device.bundles
            if column is DeviceColumn.LAST_SEQUENCE:
                return device.last_sequence
            if column is DeviceColumn.MISSING:
                return len(device.missing_sequences)
            if column is DeviceColumn.LAST_IMPORT:
                return device.last_imported_at or ""
            return self._text(device, column).casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Device %1, accepted %2").replace("%1", device.device_id).replace(
                "%2", local_time_text(device.accepted_at))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                DeviceColumn.BUNDLES, DeviceColumn.LAST_SEQUENCE):
            return int(RIGHT_ALIGNED)
        if (role == Qt.ItemDataRole.ForegroundRole and column is DeviceColumn.MISSING
                and device.missing_sequences):
            return QBrush(PROBLEM_COLOUR)
        return None

    def _text(self, device: DeviceSummary, column: DeviceColumn) -> str:
        if column is DeviceColumn.LABEL:
            return device.label
        if column is DeviceColumn.CODE:
            return device.fingerprint
        if column is DeviceColumn.BUNDLES:
            return str(device.bundles)
        if column is DeviceColumn.LAST_SEQUENCE:
            return str(device.last_sequence) if device.bundles else ""
        if column is DeviceColumn.MISSING:
            if not device.missing_sequences:
                return self.tr("None")
            return missing_text(device.missing_sequences)
        if device.last_imported_at is None:
            return self.tr("Never")
        return local_time_text(device.last_imported_at)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(DeviceColumn):
            return None
        return {
            DeviceColumn.LABEL: self.tr("Laptop"),
            DeviceColumn.CODE: self.tr("Laptop code"),
            DeviceColumn.BUNDLES: self.tr("Bundles"),
            DeviceColumn.LAST_SEQUENCE: self.tr("Last no."),
            DeviceColumn.MISSING: self.tr("Missing numbers"),
            DeviceColumn.LAST_IMPORT: self.tr("Last import"),
        }[DeviceColumn(section)]


def device_proxy(parent: QObject | None = None) -> QSortFilterProxyModel:
    """The sort proxy of the laptops table (by label until a header is clicked)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSortRole(SORT_ROLE)
    proxy.setDynamicSortFilter(True)
    return proxy
