"""The dashboard screen: eight charts of the screenings under the review list's filter.

The numbers come from :class:`~fieldapp.services.dashboard.FactsIndex`, which lives on the
database thread (every call on it is a job there, so it is never touched by two threads).
Opening the workspace reads the interviews rows ahead (:meth:`DashboardPanel.prepare`);
showing the dashboard refreshes the index (new imports, new revisions: nothing to read when
nothing changed) and draws every chart at once from the interviews rows; the answers behind
types of exploitation and means of control are then read a chunk per job, the charts redrawn
after each, so the list and the case view stay responsive meanwhile. A filter change
recounts in memory.

Saving a chart's picture or numbers publishes it: the small-cell rule is applied first
(:func:`~fieldapp.services.dashboard_publish.publishable`), the picture is drawn from the
published numbers, and the export is recorded in the audit log. Locking drops the index.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.services.case_filter import CaseFilter
from fieldapp.services.dashboard import (
    ADULT,
    CHILD,
    Chart,
    DashboardNumbers,
    FactsIndex,
)
from fieldapp.services.dashboard_publish import (
    PublishedChart,
    chart_csv,
    publishable,
    record_export,
)
from fieldapp.services.session import Vault
from ui.file_dialogs import ask
from ui.gateway import VaultGateway
from ui.labels import short_result_label
from ui.supervisor.dashboard_charts import ChartCard, published_picture


class ExportWriteFailed(FieldappError):
    def __init__(self) -> None:
        super().__init__("the file could not be written there: choose another folder")


def split_words(name: str) -> str:
    """``ForcedLabour`` -> ``Forced labour`` (HTCDS value names as a reader says them)."""
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", name)
    if not words:
        return name
    return " ".join([words[0], *(w if w.isupper() else w.lower() for w in words[1:])])


class DashboardPanel(QWidget):
    failed = Signal(object)  # FieldappError
    numbers_shown = Signal(object)  # DashboardNumbers

    def __init__(self, gateway: VaultGateway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._index = FactsIndex()  # used only inside jobs on the database thread
        # The last numbers counted and what they were counted from (database thread only).
        self._counted: tuple[int, CaseFilter, DashboardNumbers] | None = None
        self._filter = CaseFilter()
        self._generation = 0
        self._active = False
        self.numbers: DashboardNumbers | None = None
        self.status_label = QLabel()
        self.status_label.setProperty("role", "status")
        self.cards: dict[Chart, ChartCard] = {}
        grid = QGridLayout()
        for position, (chart, title, label_of) in enumerate(self._charts()):
            card = ChartCard(chart, title, label_of)
            card.picture_requested.connect(self._on_card_picture_requested)
            card.numbers_requested.connect(self._on_card_numbers_requested)
            self.cards[chart] = card
            grid.addWidget(card, position // 2, position % 2)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_label)
        layout.addWidget(scroll, 1)

    # -- public ---------------------------------------------------------------------------
    def prepare(self) -> None:
        """Read the interviews rows ahead, so the dashboard opens at once when asked for.

        Queued behind what the screen asked for first (the list's page); the answers are only
        read while the dashboard is shown.
        """
        index = self._index
        self._gateway.run(lambda vault: index.refresh(vault.connection), None, self._on_failed)

    def activate(self) -> None:
        """Refresh the index and draw; then read the answers not read yet."""
        self._active = True
        self._generation += 1
        generation = self._generation
        case_filter = self._filter
        index = self._index

        def work(vault: Vault) -> DashboardNumbers:
            index.refresh(vault.connection)
            return self._count(vault, index, case_filter)

        self._gateway.run(work, lambda numbers: self._on_numbers(generation, numbers),
                          self._on_failed)

    def _count(self, vault: Vault, index: FactsIndex,
               case_filter: CaseFilter) -> DashboardNumbers:
        """The numbers under ``case_filter``; reopening with nothing changed counts nothing.

        Case statuses and conflict resolutions change without a new revision, so a filter on
        them is always counted afresh.
        """
        counted = self._counted
        lasting = not case_filter.case_statuses and case_filter.has_conflict is None
        if lasting and counted is not None and counted[:2] == (index.version, case_filter):
            return counted[2]
        numbers = index.numbers_for(vault.connection, case_filter)
        self._counted = (index.version, case_filter, numbers)
        return numbers

    def show_filter(self, case_filter: CaseFilter) -> None:
        self._filter = case_filter
        if not self._active:
            return
        generation = self._generation
        index = self._index
        self._gateway.run(
            lambda vault: self._count(vault, index, case_filter),
            lambda numbers: self._on_numbers(generation, numbers, read_more=False),
            self._on_failed)

    def deactivate(self) -> None:
        """Stop reading answers (the dashboard is hidden); what was read is kept."""
        self._active = False
        self._generation += 1

    def clear(self) -> None:
        """Forget every number (on lock)."""
        self.deactivate()
        index = self._index
        def forget(_vault: Vault) -> None:
            index.clear()
            self._counted = None

        self._gateway.run(forget, None, lambda _error: None)
        self._index = FactsIndex()
        self.numbers = None
        for card in self.cards.values():
            card.show_counts(None)
        self.status_label.clear()

    # -- reading and drawing --------------------------------------------------------------
    def _on_numbers(self, generation: int, numbers: DashboardNumbers, *,
                    read_more: bool = True) -> None:
        if generation != self._generation:
            return
        self.numbers = numbers
        for chart, card in self.cards.items():
            pending = chart in (Chart.EXPLOITATION, Chart.CONTROL) and not numbers.complete
            card.show_counts(numbers.charts.get(chart), pending=pending)
        self._show_status(numbers)
        self.numbers_shown.emit(numbers)
        if read_more and not numbers.complete:
            self._read_next(generation)

    def _read_next(self, generation: int) -> None:
        index = self._index
        case_filter = self._filter

        def work(vault: Vault) -> DashboardNumbers:
            index.read_answers(vault.connection)
            return self._count(vault, index, case_filter)

        self._gateway.run(work, lambda numbers: self._on_numbers(generation, numbers),
                          self._on_failed)

    def _show_status(self, numbers: DashboardNumbers) -> None:
        text = self.tr("%1 finalised interview(s) under this filter.").replace(
            "%1", f"{numbers.total:,}")
        if not numbers.complete:
            text += " " + self.tr("Reading answers for types of exploitation and means of "
                                  "control: %1 of %2.").replace(
                "%1", f"{numbers.answers_read:,}").replace("%2", f"{numbers.total:,}")
        self.status_label.setText(text)

    def _on_failed(self, error: FieldappError) -> None:
        self.failed.emit(error)

    # -- saving ---------------------------------------------------------------------------
    def _published(self, chart: Chart) -> PublishedChart | None:
        counts = self.cards[chart].counts
        return publishable(counts) if counts is not None and counts.counts else None

    def _on_card_picture_requested(self, chart: Chart) -> None:
        published = self._published(chart)
        card = self.cards[chart]
        if published is None:
            return
        path = self._ask_path(self.tr("Save the chart as a picture"), "PNG (*.png)", "png",
                              chart)
        if path is None:
            return
        image = published_picture(chart, card.title, published, card.label_of)
        if not image.save(str(path)):  # the format follows the .png suffix
            self.failed.emit(ExportWriteFailed())
            return
        self._audit(published, "png")

    def _on_card_numbers_requested(self, chart: Chart) -> None:
        published = self._published(chart)
        card = self.cards[chart]
        if published is None:
            return
        path = self._ask_path(self.tr("Save the chart's numbers"), "CSV (*.csv)", "csv",
                              chart)
        if path is None:
            return
        text = chart_csv(published, card.label_of,
                         headers=[self.tr("Code"), card.title, self.tr("People")],
                         total_label=self.tr("People with information") if published.multiple
                         else self.tr("Total"))
        try:
            path.write_text(text, encoding="utf-8")
        except OSError:
            self.failed.emit(ExportWriteFailed())
            return
        self._audit(published, "csv")

    def _audit(self, published: PublishedChart, kind: str) -> None:
        self._gateway.run(
            lambda vault: record_export(vault.connection, vault.user, published, kind),
            None, self._on_failed)

    def _ask_path(self, title: str, name_filter: str, suffix: str,
                  chart: Chart) -> Path | None:
        dialog = QFileDialog(self, title)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([name_filter])
        dialog.setDefaultSuffix(suffix)
        dialog.selectFile(f"dashboard-{chart.value.replace('_', '-')}.{suffix}")
        chosen = ask(dialog)
        return chosen[0] if chosen else None

    # -- the charts -----------------------------------------------------------------------
    def _charts(self) -> list[tuple[Chart, str, Callable[[str], str]]]:
        def same(value: str) -> str:
            return value or self.tr("(none)")

        def age(value: str) -> str:
            return {CHILD: self.tr("Children"), ADULT: self.tr("Adults")}.get(value, value)

        return [
            (Chart.OVER_TIME, self.tr("Screenings by month"), same),
            (Chart.RESULTS, self.tr("Results by level"), short_result_label),
            (Chart.EXPLOITATION, self.tr("Types of exploitation"), split_words),
            (Chart.CONTROL, self.tr("Means of control"), split_words),
            (Chart.AGE_GROUP, self.tr("Children and adults"), age),
            (Chart.NATIONALITY, self.tr("Nationality"), same),
            (Chart.SITE, self.tr("By site"), same),
            (Chart.OFFICER, self.tr("By officer"), same),
        ]
