"""What leaves the dashboard: no count under 11, none recoverable from the total, audited."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldapp.services.dashboard import Chart, ChartCounts
from fieldapp.services.dashboard_publish import (
    EXPORT_EVENT,
    WITHHELD_MARK,
    chart_csv,
    publishable,
    record_export,
)
from fieldapp.services.session import Vault
from fieldapp.vault import audit


def _chart(counts: list[int], *, multiple: bool = False, people: int | None = None
           ) -> ChartCounts:
    return ChartCounts(Chart.SITE, tuple((f"c{n}", count) for n, count in enumerate(counts)),
                       people if people is not None else sum(counts), multiple)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=12))
def test_no_small_cell_and_none_recoverable_from_the_total(counts: list[int]) -> None:
    published = publishable(_chart(counts))
    shown = [value for value in published.values if value is not None]
    assert all(value >= 11 for value in shown)
    assert published.total is None or published.total >= 11
    hidden = [n for n, value in enumerate(published.values) if value is None]
    if published.total is not None:
        # Subtraction from the total gives the sum of the hidden cells, never one of them.
        assert len(hidden) != 1
        if hidden:
            assert sum(counts[n] for n in hidden) == published.total - sum(shown)


def test_a_multiple_choice_chart_publishes_its_people() -> None:
    published = publishable(_chart([30, 25, 4], multiple=True, people=40))
    assert published.total == 40
    assert published.values[2] is None and published.values.count(None) >= 2
    assert publishable(_chart([3], multiple=True, people=3)).total is None


def test_csv_marks_withheld_cells() -> None:
    published = publishable(_chart([50, 40, 5, 30]))
    text = chart_csv(published, str.upper, headers=["code", "label", "count"],
                     total_label="Total")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["code", "label", "count"]
    assert rows[1] == ["c0", "C0", "50"]
    assert rows[3] == ["c2", "C2", WITHHELD_MARK]
    assert "5" not in [row[2] for row in rows[1:]]
    assert rows[-1][1] == "Total"


def test_an_export_is_audited_without_numbers(vault: Vault) -> None:
    published = publishable(_chart([50, 40, 5, 30]))
    record_export(vault.connection, "admin", published, "csv")
    entry = list(audit.entries(vault.connection))[-1]
    assert entry.event == EXPORT_EVENT and entry.actor == "admin"
    assert "50" not in entry.details and "c0" not in entry.details
