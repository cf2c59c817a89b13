"""The supervisor's workspace: review list, dashboard and waiting referrals, one filter.

One :class:`FilterPanel` edits one :class:`~fieldapp.services.case_filter.CaseFilter`; the
review list and the dashboard both show it, so what the charts count is what the list lists.
Tabs hold the review list (with the export dialog on its filter), the dashboard and the
referrals waiting for an answer; opening a case (from the list or a waiting referral) shows
the case view in their place, and "Back to the list" returns to where the supervisor was.
After case work the list shows the case's new state without reloading and, under a filter
the case may have stopped matching, reads the filter again on the way back. The dashboard
only reads answers while its tab is shown. On lock every screen forgets what it showed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from fieldapp.services import review_list
from fieldapp.services.case_filter import CaseFilter
from fieldapp.services.review_list import FilterChoices, ReviewRow
from ui.export_dialog import ExportDialog
from ui.gateway import VaultGateway
from ui.supervisor.case_view import CaseView
from ui.supervisor.dashboard import DashboardPanel
from ui.supervisor.filter_panel import FilterPanel
from ui.supervisor.review_panel import ReviewPanel
from ui.supervisor.waiting import WaitingPanel


class SupervisorWorkspace(QWidget):
    failed = Signal(object)  # FieldappError

    def __init__(self, gateway: VaultGateway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        title = QLabel(self.tr("Review"))
        title.setProperty("role", "title")
        self.filters = FilterPanel()
        self.review = ReviewPanel(gateway)
        self.dashboard = DashboardPanel(gateway)
        self.waiting = WaitingPanel(gateway)
        self.case_view = CaseView(gateway)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.review, self.tr("Interviews"))
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.addTab(self.waiting, self.tr("Waiting referrals"))
        lists = QWidget()
        column = QVBoxLayout(lists)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(title)
        column.addWidget(self.filters)
        column.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(lists)
        self.stack.addWidget(self.case_view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._lists = lists
        # A case changed under a filter: it may no longer match (a status filter, an open
        # conflict resolved, a site that the kept version changed), so the list is read again
        # when it is shown.
        self._list_stale = False

        self.filters.filter_changed.connect(self._on_filters_filter_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.review.open_requested.connect(self._on_review_open_requested)
        self.review.export_requested.connect(self._on_review_export_requested)
        self.waiting.open_requested.connect(self.open_case)
        self.case_view.back_requested.connect(self.show_lists)
        self.case_view.case_changed.connect(self._on_case_view_case_changed)
        for panel in (self.review, self.dashboard, self.waiting, self.case_view):
            panel.failed.connect(self.failed)

    @property
    def case_filter(self) -> CaseFilter:
        return self.filters.case_filter

    def refresh(self) -> None:
        """Show the workspace with the vault's current interviews.

        The list's first page is asked for first; the filter's choices and the dashboard's
        rows follow behind it on the database thread.
        """
        self.review.show_filter(self.case_filter)
        self._gateway.run(lambda vault: review_list.filter_choices(vault.connection),
                          self._on_choices, self.failed.emit)
        self.dashboard.prepare()
        self.show_lists()

    def show_lists(self) -> None:
        if self._list_stale:
            self._list_stale = False
            self.review.show_filter(self.case_filter)
        self.stack.setCurrentWidget(self._lists)
        self._on_tabs_current_changed(self.tabs.currentIndex())

    def open_case(self, reference: str) -> None:
        self.dashboard.deactivate()
        self.case_view.open_case(reference)
        self.stack.setCurrentWidget(self.case_view)

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self.filters.clear()
        self.review.clear()
        self.dashboard.clear()
        self.waiting.clear()
        self.case_view.clear()
        self.stack.setCurrentWidget(self._lists)

    def _on_choices(self, choices: FilterChoices) -> None:
        self.filters.set_choices(choices)

    def _on_filters_filter_changed(self, case_filter: CaseFilter) -> None:
        self.review.show_filter(case_filter)
        self.dashboard.show_filter(case_filter)

    def _on_tabs_current_changed(self, index: int) -> None:
        on_dashboard = self.tabs.widget(index) is self.dashboard
        if on_dashboard and self.stack.currentWidget() is self._lists:
            self.dashboard.show_filter(self.case_filter)
            self.dashboard.activate()
        else:
            self.dashboard.deactivate()
        if self.tabs.widget(index) is self.waiting:
            self.waiting.refresh()
        self.filters.setEnabled(self.tabs.widget(index) is not self.waiting)

    def _on_review_open_requested(self, row: ReviewRow) -> None:
        self.open_case(row.reference)

    def _on_review_export_requested(self) -> None:
        ExportDialog(self._gateway, self, case_filter=self.case_filter).exec()

    def _on_case_view_case_changed(self, interview_id: int) -> None:
        self.review.refresh_rows([interview_id])
        self._list_stale = not self.case_filter.is_empty
