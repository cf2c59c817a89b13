"""The filter panel shared by the review list and the dashboard: it edits one CaseFilter.

Sites, officers and forms are those present in the vault (the core lists them); result level,
case status, age group and conflict are fixed lists; the date range is the day the interview
started, either end optional. Every change builds a new frozen
:class:`~fieldapp.services.case_filter.CaseFilter` and emits :attr:`FilterPanel.filter_changed`
once; typing in the search box waits for a pause first. The search box may hold a name, so it
takes the sensitive-input hints like every interview input.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from fieldapp.services.case_filter import AgeGroup, CaseFilter
from fieldapp.services.review_list import FilterChoices
from fieldapp.vault.case_states import CaseStatus
from ui.inputs import SensitiveLineEdit
from ui.labels import RESULT_LEVELS, short_result_label
from ui.supervisor.texts import case_status_label

SEARCH_PAUSE_MS = 250
MIN_CHARACTERS = 8
_NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "any"


class FilterPanel(QWidget):
    filter_changed = Signal(object)  # CaseFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filter = CaseFilter()
        self._quiet = False
        self.search = SensitiveLineEdit()
        self.search.setPlaceholderText(self.tr("Search reference, site, name…"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._emit)

        self.site = self._combo(self.tr("Site"), self.tr("Any site"))
        self.officer = self._combo(self.tr("Officer"), self.tr("Any officer"))
        self.form = self._combo(self.tr("Form"), self.tr("Any form"))
        self.result = self._combo(self.tr("Result"), self.tr("Any result"))
        for level in RESULT_LEVELS:
            self.result.addItem(short_result_label(level), level)
        self.status = self._combo(self.tr("Case status"), self.tr("Any case status"))
        for status in CaseStatus:
            self.status.addItem(case_status_label(status), status)
        self.age = self._combo(self.tr("Age"), self.tr("Children and adults"))
        self.age.addItem(self.tr("Children"), AgeGroup.CHILD)
        self.age.addItem(self.tr("Adults"), AgeGroup.ADULT)
        self.age.addItem(self.tr("Age unknown"), AgeGroup.UNKNOWN)
        self.conflict = self._combo(self.tr("Conflict"), self.tr("With or without conflict"))
        self.conflict.addItem(self.tr("With an open conflict"), True)
        self.conflict.addItem(self.tr("Without conflict"), False)
        self.date_from = self._date(self.tr("From"))
        self.date_to = self._date(self.tr("To"))
        self.reset_button = QPushButton(self.tr("Clear filters"))
        self.reset_button.clicked.connect(self.reset)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search, 0, 0, 1, 2)
        grid.addWidget(self.site, 0, 2)
        grid.addWidget(self.officer, 0, 3)
        grid.addWidget(self.form, 0, 4)
        grid.addWidget(self.reset_button, 0, 5)
        grid.addWidget(self.result, 1, 0)
        grid.addWidget(self.status, 1, 1)
        grid.addWidget(self.age, 1, 2)
        grid.addWidget(self.conflict, 1, 3)
        dates = QWidget()
        row = QGridLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("From")), 0, 0)
        row.addWidget(self.date_from, 0, 1)
        row.addWidget(QLabel(self.tr("to")), 0, 2)
        row.addWidget(self.date_to, 0, 3)
        grid.addWidget(dates, 1, 4, 1, 2)

    # -- public ---------------------------------------------------------------------------
    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def set_choices(self, choices: FilterChoices) -> None:
        """Offer the sites, officers and forms present, keeping what was chosen."""
        self._quiet = True
        try:
            for box, values in ((self.site, choices.sites), (self.officer, choices.officers),
                                (self.form, choices.forms)):
                chosen = box.currentData()
                while box.count() > 1:
                    box.removeItem(1)
                for value in values:
                    box.addItem(value.replace("_", " ") if box is self.form else value, value)
                box.setCurrentIndex(max(box.findData(chosen), 0) if chosen else 0)
        finally:
            self._quiet = False

    def reset(self) -> None:
        self._quiet = True
        try:
            self.search.clear()
            for box in (self.site, self.officer, self.form, self.result, self.status,
                        self.age, self.conflict):
                box.setCurrentIndex(0)
            self.date_from.setDate(_NO_DATE)
            self.date_to.setDate(_NO_DATE)
        finally:
            self._quiet = False
        self._emit()

    def clear(self) -> None:
        """Forget what was typed and offered (on lock)."""
        self._quiet = True
        try:
            self.search.clear()
            self.set_choices(FilterChoices((), (), ()))
        finally:
            self._quiet = False
        self._filter = CaseFilter()

    def current(self) -> CaseFilter:
        """The filter the widgets show (dates swapped if given the wrong way round)."""

        def one(box: QComboBox) -> frozenset[object]:
            value = box.currentData()
            return frozenset() if value is None else frozenset({value})

        start, end = self._day(self.date_from), self._day(self.date_to)
        if start is not None and end is not None and end < start:
            start, end = end, start
        conflict = self.conflict.currentData()
        return CaseFilter(
            sites=frozenset(str(v) for v in one(self.site)),
            officers=frozenset(str(v) for v in one(self.officer)),
            forms=frozenset(str(v) for v in one(self.form)),
            created_from=start, created_to=end,
            result_levels=frozenset(str(v) for v in one(self.result)),
            case_statuses=frozenset(CaseStatus(str(v)) for v in one(self.status)),
            age_groups=frozenset(AgeGroup(str(v)) for v in one(self.age)),
            has_conflict=None if conflict is None else bool(conflict),
            text=self.search.text().strip(),
        )

    # -- internals ------------------------------------------------------------------------
    def _combo(self, name: str, any_text: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        # Sized to a few characters, not to the longest site or officer name: at the largest
        # text size the panel must still fit the screen (the list shows the whole name).
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(MIN_CHARACTERS)
        box.addItem(any_text, None)
        box.currentIndexChanged.connect(self._emit)
        return box

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(_NO_DATE)
        edit.dateChanged.connect(self._emit)
        return edit

    @staticmethod
    def _day(edit: QDateEdit) -> date | None:
        chosen = edit.date()
        if chosen == _NO_DATE:
            return None
        return date(chosen.year(), chosen.month(), chosen.day())

    def _emit(self) -> None:
        if self._quiet:
            return
        self._timer.stop()
        wanted = self.current()
        if wanted != self._filter:
            self._filter = wanted
            self.filter_changed.emit(wanted)
