"""One dashboard chart on screen (QtCharts) and the picture of it that may leave the app.

:class:`ChartCard` shows a chart's title, a bar chart of its counts (the ten largest
categories on screen, the rest summed as "other"; months all shown, in order) and how many
people had information, with buttons to save the picture (PNG) and the numbers (CSV). The
card only asks: the panel does the saving, from the published (suppressed) numbers.
:func:`published_picture` draws those published numbers, never the exact ones: a withheld
bar is left out and its category marked, with a note saying why.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldapp.services.dashboard import Chart, ChartCounts
from fieldapp.services.dashboard_publish import WITHHELD_MARK, PublishedChart

SHOWN_CATEGORIES = 10
PICTURE_SIZE = (1000, 640)
_BAR_COLOUR = QColor("#2f6f9f")
_VERTICAL = frozenset({Chart.OVER_TIME, Chart.RESULTS, Chart.AGE_GROUP})
Labeller = Callable[[str], str]


def _trimmed(labels: Sequence[str], values: Sequence[float], chart: Chart,
             other: str) -> tuple[list[str], list[float]]:
    if chart == Chart.OVER_TIME or len(labels) <= SHOWN_CATEGORIES:
        return list(labels), list(values)
    head = SHOWN_CATEGORIES - 1
    return [*labels[:head], other], [*values[:head], sum(values[head:])]


class BarChart:
    """A QChart with one bar series whose categories and values can be replaced in place
    (building a new chart per update costs far more than changing its data)."""

    def __init__(self, chart: Chart, title: str) -> None:
        self.vertical = chart in _VERTICAL
        self.chart = QChart()
        self.chart.setTitle(title)
        self.chart.legend().hide()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.bars = QBarSet(title)
        self.bars.setColor(_BAR_COLOUR)
        self.series = QBarSeries() if self.vertical else QHorizontalBarSeries()
        self.series.append(self.bars)
        self.chart.addSeries(self.series)
        self.categories = QBarCategoryAxis()
        small = QFont(self.categories.labelsFont())
        small.setPointSizeF(max(small.pointSizeF() * 0.8, 7.0))
        self.categories.setLabelsFont(small)
        self.categories.setTruncateLabels(False)  # a site's name is what the reader needs
        if chart == Chart.OVER_TIME:
            self.categories.setLabelsAngle(-90)  # a year of months side by side
        self.counts = QValueAxis()
        self.counts.setLabelFormat("%d")
        self.counts.setLabelsFont(small)
        self.chart.addAxis(self.categories, Qt.AlignmentFlag.AlignBottom if self.vertical
                           else Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(self.counts, Qt.AlignmentFlag.AlignLeft if self.vertical
                           else Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.counts)
        self._labels: list[str] | None = None
        self._top = 0.0

    def show(self, labels: Sequence[str], values: Sequence[float]) -> None:
        # Rows read top-down in the order given; a horizontal chart draws its first row lowest.
        shown_labels = list(labels) if self.vertical else list(reversed(labels))
        shown_values = [float(v) for v in (values if self.vertical else reversed(values))]
        if shown_labels == self._labels:
            # Same categories (most filter changes): only the bars that moved are set, and
            # the axes are left alone unless the scale must change; relaying out an axis
            # is what redrawing a chart costs most.
            for position, value in enumerate(shown_values):
                if self.bars.at(position) != value:
                    self.bars.replace(position, value)
        else:
            self.bars.remove(0, self.bars.count())
            self.bars.append(shown_values)
            self.categories.clear()
            self.categories.append(shown_labels)
            self._labels = shown_labels
        top = max([1.0, *shown_values]) * 1.08
        if top != self._top:
            self._top = top
            self.counts.setRange(0, top)
            self.counts.applyNiceNumbers()


def build_chart(chart: Chart, title: str, labels: Sequence[str],
                values: Sequence[float]) -> QChart:
    """A bar chart (columns for time, levels and age; rows for named categories)."""
    bars = BarChart(chart, title)
    bars.show(labels, values)
    return bars.chart


def published_picture(chart: Chart, title: str, published: PublishedChart,
                      label_of: Labeller) -> QImage:
    """The chart drawn from its published numbers, with the small-cell note."""
    note = QCoreApplication.translate(
        "dashboard", "%1: fewer than 11 people, or withheld so that such a number cannot be "
        "worked out from the others.").replace("%1", WITHHELD_MARK)
    labels = [label_of(label) + ("" if value is not None else f" ({WITHHELD_MARK})")
              for label, value in zip(published.labels, published.values, strict=True)]
    values = [0.0 if value is None else float(value) for value in published.values]
    shown_labels, shown_values = _trimmed(
        labels, values, chart, QCoreApplication.translate("dashboard", "Other"))
    q_chart = build_chart(chart, f"{title}\n{note}", shown_labels, shown_values)
    view = QChartView(q_chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.resize(*PICTURE_SIZE)
    image = QImage(*PICTURE_SIZE, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    view.render(painter)
    painter.end()
    view.deleteLater()
    return image


class ChartCard(QWidget):
    """A chart with its title, its denominator and the two ways to take it out."""

    picture_requested = Signal(object)  # Chart
    numbers_requested = Signal(object)  # Chart

    def __init__(self, chart: Chart, title: str, label_of: Labeller,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.title = title
        self.label_of = label_of
        self.counts: ChartCounts | None = None
        self.bar_chart = BarChart(chart, title)
        self.view = QChartView(self.bar_chart.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(300)
        self.people_label = QLabel()
        self.people_label.setProperty("role", "status")
        self.picture_button = QPushButton(self.tr("Save picture…"))
        self.picture_button.setAccessibleName(self.tr("Save the picture of %1").replace(
            "%1", title))
        self.picture_button.clicked.connect(lambda: self.picture_requested.emit(chart))
        self.numbers_button = QPushButton(self.tr("Save numbers…"))
        self.numbers_button.setAccessibleName(self.tr("Save the numbers of %1").replace(
            "%1", title))
        self.numbers_button.clicked.connect(lambda: self.numbers_requested.emit(chart))
        row = QHBoxLayout()
        row.addWidget(self.people_label, 1)
        row.addWidget(self.picture_button)
        row.addWidget(self.numbers_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.show_counts(None)

    def show_counts(self, counts: ChartCounts | None, *, pending: bool = False) -> None:
        """Draw ``counts`` (``None``: empty); ``pending`` while answers are still read."""
        if counts != self.counts or counts is None:
            self.counts = counts
            labels = [self.label_of(label) for label in counts.labels] if counts else []
            values = [float(value) for value in counts.values] if counts else []
            labels, values = _trimmed(labels, values, self.chart, self.tr("Other"))
            self.bar_chart.show(labels, values)
        has_numbers = bool(counts and counts.counts)
        self.picture_button.setEnabled(has_numbers)
        self.numbers_button.setEnabled(has_numbers)
        people = counts.people if counts else 0
        text = self.tr("%1 people with information").replace("%1", f"{people:,}")
        if pending:
            text += " · " + self.tr("still reading answers…")
        self.people_label.setText(text)
