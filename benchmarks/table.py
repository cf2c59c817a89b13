"""One benchmark result row and the table printer shared by every ``bench_*`` module."""

from __future__ import annotations

import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class BenchRow:
    """One measured figure with the target it is held to."""

    name: str
    value: float
    unit: str
    target: str = ""
    passed: bool | None = None
    note: str = ""


def percentile(samples: list[float], fraction: float) -> float:
    """The ``fraction`` quantile (0..1) of ``samples`` by nearest rank."""
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def render(rows: list[BenchRow]) -> str:
    headers = ("benchmark", "value", "unit", "target", "ok", "note")
    cells = [
        (
            row.name,
            f"{row.value:.3g}" if abs(row.value) < 1000 else f"{row.value:,.0f}",
            row.unit,
            row.target,
            "" if row.passed is None else ("yes" if row.passed else "NO"),
            row.note,
        )
        for row in rows
    ]
    widths = [max(len(h), *(len(c[i]) for c in cells)) if cells else len(h)
              for i, h in enumerate(headers)]
    lines = [
        "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(c.ljust(w) for c, w in zip(cell, widths, strict=True)) for cell in cells]
    return "\n".join(lines)
