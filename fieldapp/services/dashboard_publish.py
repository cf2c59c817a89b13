"""A dashboard chart made fit to leave the app: small cells withheld, the export audited.

Whatever leaves the app (a chart's numbers as CSV, its picture as PNG) goes through
:func:`publishable`: every count under 11 people is withheld, and enough others that no
withheld count can be worked out from the rest and the total (CTDC's rule, k = 11). The rule
itself is the exports' (:func:`fieldapp.exports.suppression.suppress_series`), called from one
place here, :func:`suppress_counts`. A chart where one person can count under several
categories publishes the number of people with information instead of the sum of its bars;
the bars are protected as if their sum were published all the same, which only withholds
more. Each export is recorded in the audit log: which chart, which format, how many
categories and how many withheld, never a count or a label.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from fieldapp.exports.suppression import CTDC_THRESHOLD, suppress_series
from fieldapp.services.dashboard import ChartCounts
from fieldapp.vault import audit
from fieldapp.vault.database import Connection

WITHHELD_MARK = "<11"
EXPORT_EVENT = "dashboard.chart_exported"


@dataclass(frozen=True)
class PublishedChart:
    """A chart's numbers as they may be published: ``None`` marks a withheld count."""

    chart: str
    labels: tuple[str, ...]
    values: tuple[int | None, ...]
    total: int | None  # people with information (multiple) or the sum of the bars
    multiple: bool
    threshold: int = CTDC_THRESHOLD

    @property
    def withheld(self) -> int:
        return sum(1 for value in self.values if value is None)


def suppress_counts(labels: Sequence[str], counts: Sequence[int]
                    ) -> tuple[tuple[int | None, ...], int | None]:
    """The one call into the suppression rule: the series and its sum, as publishable."""
    if not counts:
        return (), None
    return suppress_series(list(labels), list(counts), CTDC_THRESHOLD)


def publishable(chart: ChartCounts) -> PublishedChart:
    values, total = suppress_counts(chart.labels, chart.values)
    if chart.multiple:
        total = chart.people if chart.people >= CTDC_THRESHOLD else None
    return PublishedChart(str(chart.chart), chart.labels, values, total, chart.multiple)


def chart_csv(published: PublishedChart, label_of: Callable[[str], str], *,
              headers: Sequence[str], total_label: str) -> str:
    """CSV text: category code, its label, the count (``<11`` when withheld), a total row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(headers)
    for label, value in zip(published.labels, published.values, strict=True):
        writer.writerow([label, label_of(label), WITHHELD_MARK if value is None else value])
    writer.writerow(["", total_label,
                     WITHHELD_MARK if published.total is None else published.total])
    return out.getvalue()


def record_export(connection: Connection, actor: str, published: PublishedChart,
                  kind: str) -> None:
    """Audit one chart export (``kind``: ``csv`` or ``png``): what and how many, no content."""
    audit.append(connection, EXPORT_EVENT, actor, {
        "chart": published.chart, "format": kind, "categories": len(published.labels),
        "withheld": published.withheld,
    })
