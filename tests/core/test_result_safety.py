"""The result lists the answers that matter for safety, and a stopped screening says why."""

from __future__ import annotations

import json
from typing import Any

import pytest

from fieldapp.interview.fill import fill_form
from fieldapp.services.interviews import read_result
from fieldapp.xlsform import FormDefinition, load_form
from tests.conftest import REPO_ROOT


@pytest.fixture(scope="module")
def rapid() -> FormDefinition:
    return load_form(REPO_ROOT / "forms" / "rapid_screening.xlsx")


def _answers(name: str) -> dict[str, Any]:
    data = json.loads((REPO_ROOT / "forms" / "rapid_screening.tests.json").read_text("utf-8"))
    return dict(next(s for s in data["scenarios"] if s["name"].startswith(name))["answers"])


def test_a_controller_nearby_is_on_the_result(rapid: FormDefinition) -> None:
    answers = _answers("adult labour case")
    answers["safety_risks"] = ["controller_nearby", "threats_person"]
    result = read_result(rapid, fill_form(rapid, answers, language="en").session)
    safety = {item.question: item.answer for item in result.safety}
    assert safety["Does the person face any of these risks?"] == (
        "Someone who controls the person is nearby or waiting, Threats against the person")
    assert safety["Is there any sign of immediate danger to the person or to you?"] == "No"


def test_a_stopped_screening_carries_its_reasons(rapid: FormDefinition) -> None:
    result = read_result(rapid, fill_form(rapid, _answers("unsafe to continue"),
                                          language="en").session)
    assert result.level == "stopped"
    safety = {item.question: item.answer for item in result.safety}
    assert safety["Why is it not safe to continue?"] == (
        "No private place, Companion could not be separated")
    assert safety["Is it safe to continue the interview?"] == "No"
