"""Every shipped form scenario gives the same values here as in ODK Web Forms' engine.

Runs ``@getodk/xforms-engine`` in Node (see differential.py and node/). Without Node or the
installed harness the test is skipped with the reason; with ``CI=true`` it fails instead, so
CI cannot pass without running it. ODK's engine takes several seconds per scenario on a
shared machine: the default run checks the first scenarios of each form, and the ``slow``
mark (``pytest -m slow tests/conformance``) checks them all.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pytest

from tests.conformance.differential import (
    CONFORMANCE_FORMS,
    Run,
    compare,
    flatten,
    odk_fill,
    shipped_runs,
    why_unavailable,
)

# Scenarios per form in the default (bounded) run.
BOUNDED = 1


def _require_odk() -> None:
    missing = why_unavailable()
    if missing is None:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"the ODK differential test cannot run in CI: {missing}")
    pytest.skip(f"ODK's engine is not available here: {missing}")


@cache
def _runs() -> tuple[tuple[Path, tuple[Run, ...]], ...]:
    return tuple((workbook, tuple(runs)) for workbook, runs in shipped_runs())


def _differences(limit: int | None, forms: tuple[tuple[Path, tuple[Run, ...]], ...] | None = None
                 ) -> list[str]:
    _require_odk()
    problems: list[str] = []
    checked = 0
    for workbook, runs in _runs() if forms is None else forms:
        chosen = list(runs if limit is None else runs[:limit])
        for run, odk in zip(chosen, odk_fill(workbook, chosen), strict=True):
            checked += 1
            where = f"{workbook.name} / {run.scenario.name}"
            problems += [f"{where}: ODK refused {kind} {path}: {why}"
                         for kind, path, why in odk["refused"]]
            problems += [f"{where}: {line}" for line in compare(run.ours, flatten(odk["xml"]))]
    assert checked, "no shipped scenarios found"
    return problems


def test_the_behaviours_brought_in_line_match_odk_web_forms() -> None:
    """tests/conformance/forms/odk_items.md: repeats the form starts with, dates at local
    midnight (UTC+2), a whole decimal stored as 3.0, select_multiple in choice order."""
    forms = tuple((path, tuple(runs)) for path, runs in shipped_runs(CONFORMANCE_FORMS, "*.md"))
    assert forms, "the conformance form is missing"
    problems = _differences(None, forms)
    assert not problems, "\n".join(problems[:60])


def test_shipped_forms_have_scenarios() -> None:
    runs = _runs()
    assert {workbook.name for workbook, _ in runs} >= {
        "rapid_screening.xlsx", "full_screening.xlsx"}
    assert all(len(scenarios) >= BOUNDED for _, scenarios in runs)


def test_first_scenarios_match_odk_web_forms() -> None:
    problems = _differences(BOUNDED)
    assert not problems, "\n".join(problems[:60])


@pytest.mark.slow
@pytest.mark.timeout(3600)  # every scenario of every form, several seconds each
def test_every_scenario_matches_odk_web_forms() -> None:
    problems = _differences(None)
    assert not problems, "\n".join(problems[:60])
