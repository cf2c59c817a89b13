"""@getodk/xpath's own test assertions, run against this engine (see xpath_suite.py).

Every assertion of ODK's suite must give ODK's value here, or be one of the differences
listed below with its reason (docs/form-engine.md, "Conformance"). The test fails on an
unlisted difference, on a listed reason that no longer matches anything, and if the number
passing drops below the figure the docs give.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

import pytest

from tests.conformance.xpath_suite import Row, check, suite

# The figure docs/form-engine.md reports; raise it when a fix makes more rows pass.
PASSING_AT_LEAST = 2504

# Reason -> which failing rows it explains. Order matters only for the report.
KNOWN_DIFFERENCES: list[tuple[str, Callable[[Row], bool]]] = [
    (
        "string(number(date)) is the number's own text here; ODK Web Forms prints whole "
        "days (the number itself is the same)",
        lambda row: row.file == "xforms/number.test.ts" and row.kind == "string",
    ),
    (
        "checklist() and weighted-checklist() read an answer 0 or false as not ticked, as "
        "ODK Collect reads typed answers; ODK Web Forms counts any non-empty value",
        lambda row: re.match(r"(weighted-)?checklist\(\d, \d, (\*|self::\*) ?(,\d)?\)",
                             row.expression) is not None,
    ),
    (
        "selected(x, ''): an empty choice is never selected here; in ODK Web Forms an empty "
        "answer 'contains' the empty choice",
        lambda row: row.expression == 'selected(self::node(), "")',
    ),
]


def _reason(row: Row) -> str | None:
    for reason, applies in KNOWN_DIFFERENCES:
        if applies(row):
            return reason
    return None


@pytest.fixture(scope="module")
def results() -> list[tuple[Row, bool, str]]:
    _, rows = suite()
    return [(row, *check(row)) for row in rows]


def test_the_suite_is_the_pinned_one() -> None:
    meta, rows = suite()
    assert meta["source"] == "https://github.com/getodk/web-forms"
    assert re.fullmatch(r"[0-9a-f]{40}", meta["commit"])
    assert len(rows) > 2000


def test_every_difference_from_odk_is_known(results: list[tuple[Row, bool, str]]) -> None:
    unexplained = [
        f"{row.key}\n    expected {row.expected!r}, got {got}"
        for row, passed, got in results
        if not passed and _reason(row) is None
    ]
    assert not unexplained, f"{len(unexplained)} new differences from ODK:\n" + "\n".join(
        unexplained[:40]
    )


def test_every_known_difference_still_happens(results: list[tuple[Row, bool, str]]) -> None:
    used = Counter(_reason(row) for row, passed, _ in results if not passed)
    stale = [reason for reason, _ in KNOWN_DIFFERENCES if not used[reason]]
    assert not stale, f"listed differences that no longer occur: {stale}"


def test_pass_rate_holds(results: list[tuple[Row, bool, str]]) -> None:
    passing = sum(1 for _, passed, _ in results if passed)
    assert passing >= PASSING_AT_LEAST, f"{passing} of {len(results)} pass"
