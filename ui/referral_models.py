"""Table models of the referral dialog: the directory's services and the referrals made.

:class:`ServiceTableModel` wraps the directory's frozen :class:`Service` rows and marks the
services the officer chose during the interview; :class:`ServiceFilterProxy` filters them by
type and area (a service for every area always passes the area filter) and sorts the suggested
services first, then by name. :class:`ReferralTableModel` lists an interview's
:class:`ReferralRecord` rows, newest first. Columns are ``IntEnum``; the core's codes (service
types, statuses) are shown as words in the app language.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from fieldapp.referral import Service
from fieldapp.referral.directory import ALL_AREAS
from fieldapp.vault.referrals import ReferralRecord

AnyIndex = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
SUGGESTED_ROLE = Qt.ItemDataRole.UserRole + 2
_T = QCoreApplication


def service_type_label(code: str) -> str:
    return {
        "shelter": _T.translate("Referral", "Shelter"),
        "medical": _T.translate("Referral", "Medical care"),
        "legal_aid": _T.translate("Referral", "Legal aid"),
        "child_protection": _T.translate("Referral", "Child protection"),
        "national_referral": _T.translate("Referral", "National referral authority"),
        "hotline": _T.translate("Referral", "Hotline"),
        "labour_inspection": _T.translate("Referral", "Labour inspection"),
        "consular": _T.translate("Referral", "Consular services"),
    }.get(code, code)


def referral_status_label(status: str) -> str:
    return {
        "sent": _T.translate("Referral", "Sent"),
        "accepted": _T.translate("Referral", "Accepted"),
        "declined": _T.translate("Referral", "Declined"),
        "completed": _T.translate("Referral", "Completed"),
    }.get(status, status)


def consent_required_label(code: str) -> str:
    return {
        "full": _T.translate("Referral", "Full only"),
        "anonymous_ok": _T.translate("Referral", "Anonymous OK"),
        "none": _T.translate("Referral", "Not needed"),
    }.get(code, code)


# Document and service languages by their own names: an officer reads "Français", not "fr".
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
SUGGESTED_MARK = "★"


def language_name(code: str) -> str:
    """The language's name in that language (the code itself when it is not known)."""
    if code in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[code]
    name = QLocale(code).nativeLanguageName()
    return name if name and QLocale(code).language() != QLocale.Language.C else code


def suggested_note() -> str:
    """What the star before a service's name means (translated when asked)."""
    return QCoreApplication.translate("ServiceTableModel",
                                      "★ Chosen during the interview")


class ServiceColumn(IntEnum):
    NAME = 0
    TYPE = 1
    AREA = 2
    LANGUAGES = 3
    CONSENT = 4


class ServiceTableModel(QAbstractTableModel):
    """The directory's services; those chosen in the interview are marked as suggested."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services: tuple[Service, ...] = ()
        self._suggested: tuple[str, ...] = ()

    def set_services(self, services: Sequence[Service], suggested: Sequence[str]) -> None:
        self.beginResetModel()
        self._services = tuple(services)
        self._suggested = tuple(suggested)
        self.endResetModel()

    def service(self, row: int) -> Service:
        return self._services[row]

    def rank(self, row: int) -> int:
        """Lower sorts first: the officer's own choices, in the order given, then the rest."""
        service_id = self._services[row].id
        if service_id in self._suggested:
            return self._suggested.index(service_id)
        return len(self._suggested)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._services)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ServiceColumn)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._services):
            return None
        service = self._services[index.row()]
        suggested = service.id in self._suggested
        if role == ITEM_ROLE:
            return service
        if role == SUGGESTED_ROLE:
            return suggested
        column = ServiceColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(service, column, suggested)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines: tuple[str, ...] = (service.name, service_type_label(service.type),
                                      " ".join(service.area), service.hours, service.phone,
                                      service.email, service.address, service.notes)
            if suggested:
                lines = (suggested_note(), *lines)
            return "\n".join(line for line in lines if line) or None
        if role == Qt.ItemDataRole.FontRole and suggested:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, service: Service, column: ServiceColumn, suggested: bool) -> str:
        if column is ServiceColumn.NAME:
            return f"{SUGGESTED_MARK} {service.name}" if suggested else service.name
        if column is ServiceColumn.TYPE:
            return service_type_label(service.type)
        if column is ServiceColumn.AREA:
            if ALL_AREAS in service.area:
                return self.tr("Everywhere")
            return " ".join(service.area)
        if column is ServiceColumn.LANGUAGES:
            return ", ".join(language_name(code) for code in service.languages)
        return consent_required_label(service.consent_required)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(ServiceColumn):
            return None
        return {
            ServiceColumn.NAME: self.tr("Service"),
            ServiceColumn.TYPE: self.tr("Type"),
            ServiceColumn.AREA: self.tr("Area"),
            ServiceColumn.LANGUAGES: self.tr("Languages"),
            ServiceColumn.CONSENT: self.tr("Consent"),
        }[ServiceColumn(section)]


class ServiceFilterProxy(QSortFilterProxyModel):
    """Services of one type, serving one area (or every area); suggested services first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._type: str | None = None
        self._area: str | None = None
        self.setDynamicSortFilter(True)
        self.sort(ServiceColumn.NAME, Qt.SortOrder.AscendingOrder)

    def set_type(self, service_type: str | None) -> None:
        self.beginFilterChange()
        self._type = service_type or None
        self.endFilterChange()

    def set_area(self, area: str | None) -> None:
        self.beginFilterChange()
        self._area = area or None
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ServiceTableModel):
            return True
        service = model.service(source_row)
        if self._type is not None and service.type != self._type:
            return False
        return self._area is None or self._area in service.area or ALL_AREAS in service.area

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ServiceTableModel):
            return super().lessThan(left, right)
        left_key = (model.rank(left.row()), model.service(left.row()).name.casefold())
        right_key = (model.rank(right.row()), model.service(right.row()).name.casefold())
        return left_key < right_key


class ReferralColumn(IntEnum):
    DATE = 0
    SERVICE = 1
    LANGUAGE = 2
    PROTECTION = 3
    STATUS = 4


class ReferralTableModel(QAbstractTableModel):
    """The referrals made for one interview, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: tuple[ReferralRecord, ...] = ()

    def set_records(self, records: Sequence[ReferralRecord]) -> None:
        self.beginResetModel()
        self._records = tuple(reversed(records))
        self.endResetModel()

    def record(self, row: int) -> ReferralRecord:
        return self._records[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ReferralColumn)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role == ITEM_ROLE:
            return record
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = ReferralColumn(index.column())
        if column is ReferralColumn.DATE:
            return _local_time(record.created_at)
        if column is ReferralColumn.SERVICE:
            return record.service_name
        if column is ReferralColumn.LANGUAGE:
            return record.language
        if column is ReferralColumn.PROTECTION:
            if not record.file_name:
                return self.tr("Printed")
            return self.tr("Encrypted") if record.encrypted else self.tr("Not encrypted")
        return referral_status_label(record.status)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(ReferralColumn):
            return None
        return {
            ReferralColumn.DATE: self.tr("Made"),
            ReferralColumn.SERVICE: self.tr("Service"),
            ReferralColumn.LANGUAGE: self.tr("Language"),
            ReferralColumn.PROTECTION: self.tr("File"),
            ReferralColumn.STATUS: self.tr("Status"),
        }[ReferralColumn(section)]


def _local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso
