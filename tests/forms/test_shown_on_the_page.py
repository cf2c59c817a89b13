"""What the officer sees on the page, beyond the computed values the scenarios check.

The non-punishment reminder must be on the officer's assessment page whenever forced criminal
activity is indicated, from any source (an answer, an observation when the person hesitated,
or the exploitation type), and a safety stop with a possible child must say to call child
protection first rather than "only this page is kept".
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from fieldapp.interview.fill import fill_form
from fieldapp.xlsform import FormDefinition, load_form

REPO = Path(__file__).resolve().parents[2]
FORMS = ("rapid_screening", "full_screening")


@cache
def _form(name: str) -> FormDefinition:
    return load_form(REPO / "forms" / f"{name}.xlsx")


def _scenario(name: str, start: str) -> dict[str, Any]:
    data = json.loads((REPO / "forms" / f"{name}.tests.json").read_text("utf-8"))
    scenario: dict[str, Any] = next(
        s for s in data["scenarios"] if s["name"].startswith(start))
    return scenario


def _shown(name: str, answers: dict[str, Any], page: str) -> set[str]:
    session = fill_form(_form(name), answers, language="English (en)").session
    session.jump(page)
    return {q.name for q in session.page_view().questions if q.relevant}


@pytest.mark.parametrize("name", FORMS)
@pytest.mark.parametrize("source", ["answer", "observation", "exploitation type", "none"])
def test_non_punishment_reminder_from_any_source(name: str, source: str) -> None:
    answers = dict(_scenario(name, "#17.1 forced criminality from the exploitation type")
                   ["answers"])
    answers["exploitation_types"] = []
    if source == "answer":
        answers["control_crime"] = "yes"
    elif source == "observation":
        answers["control_crime"] = "no_answer"
        answers["indicators_observed"] = ["control_crime"]
    elif source == "exploitation type":
        answers["exploitation_types"] = ["ForcedCriminality"]
    shown = _shown(name, answers, "/data/officer_check")
    assert ("non_punishment_note" in shown) is (source != "none")


@pytest.mark.parametrize("name", FORMS)
@pytest.mark.parametrize(("apparent_age", "child"),
                         [("child", True), ("unsure", True), ("adult", False)])
def test_a_stop_with_a_possible_child_names_child_protection(
        name: str, apparent_age: str, child: bool) -> None:
    answers = dict(_scenario(name, "unsafe to continue")["answers"])
    answers["stop_apparent_age"] = apparent_age
    shown = _shown(name, answers, "/data/safety")
    assert ("stop_child_note" in shown) is child
    assert ("stop_note" in shown) is not child
