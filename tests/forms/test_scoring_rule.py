"""The scoring written in the forms agrees with the ILO rule, for any set of indicators.

A small reference implementation of the rule in DOMAIN.md (dimension thresholds, the adult and
child decisions, the levels this project chose; see docs/forms.md) reads each indicator's
dimension and grade from the workbook's own ``ilo_indicator`` list, so it follows a grade edited
there. Hypothesis picks random answers and officer observations; the form, run through the
engine, must give the same dimensions and level.
"""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[2]
FORMS = {name: REPO / "forms" / f"{name}.xlsx" for name in ("rapid_screening", "full_screening")}
DIMENSIONS = ("d1", "d2", "d3", "d4", "d5", "d6")
FORCED_CRIME = "control_crime"  # coercion at destination (d5, as in the ILO list)
EXPLOITED_CRIME = "exploit_crime"  # the same activity as exploitation (d4)
CONSENT_POINTS = ["purpose", "data_use", "research", "access", "retention", "withdraw",
                  "no_obligation"]


def _engine() -> tuple[Any, Any]:
    # No skip on ImportError: a broken engine or a missing dependency must fail these tests.
    xlsform = importlib.import_module("fieldapp.xlsform")
    fill = importlib.import_module("fieldapp.interview.fill")
    return xlsform.load_form, fill.fill_form


@cache
def _indicators(name: str) -> dict[str, tuple[str, str]]:
    """indicator -> (dimension, grade), from the workbook's choices sheet."""
    workbook = openpyxl.load_workbook(FORMS[name], read_only=True)
    try:
        rows = list(workbook["choices"].iter_rows(values_only=True))
    finally:
        workbook.close()
    header = list(rows[0])
    at = {column: header.index(column) for column in ("list_name", "name", "dimension", "grade")}
    return {
        str(row[at["name"]]): (str(row[at["dimension"]]), str(row[at["grade"]]))
        for row in rows[1:]
        if row[at["list_name"]] == "ilo_indicator"
    }


@cache
def _questions(name: str) -> tuple[str, ...]:
    """The indicator questions the form asks (named after their indicator)."""
    workbook = openpyxl.load_workbook(FORMS[name], read_only=True)
    try:
        rows = list(workbook["survey"].iter_rows(values_only=True))
    finally:
        workbook.close()
    header = list(rows[0])
    type_at, name_at = header.index("type"), header.index("name")
    indicators = _indicators(name)
    return tuple(
        str(row[name_at]) for row in rows[1:]
        if row[type_at] == "select_one yes_no_unsure" and row[name_at] in indicators
    )


@cache
def _form(name: str) -> Any:
    load_form, _fill = _engine()
    return load_form(FORMS[name])


def dimension_positive(strong: int, medium: int, weak: int) -> bool:
    return (strong >= 2 or (strong >= 1 and medium + weak >= 1) or medium >= 3
            or (medium >= 2 and weak >= 1))


def with_forced_criminality(present: set[str]) -> set[str]:
    """Forced criminal activity, answered or observed, is also exploitation (EU 2011/36 art.
    2(3)): the form adds its exploitation indicator, which completes d4 on its own."""
    if present & {FORCED_CRIME, EXPLOITED_CRIME}:
        return present | {EXPLOITED_CRIME}
    return present


def reference(name: str, present: set[str], child: bool) -> tuple[dict[str, bool], str]:
    grades = _indicators(name)
    present = with_forced_criminality(present)
    positive = {}
    for dimension in DIMENSIONS:
        counts = {grade: sum(1 for i in present if grades[i] == (dimension, grade))
                  for grade in "SMW"}
        positive[dimension] = dimension_positive(counts["S"], counts["M"], counts["W"])
    positive["d4"] = positive["d4"] or EXPLOITED_CRIME in present
    recruitment = positive["d1"] or positive["d2"] or positive["d3"]
    if child:
        level = "refer_now" if recruitment and positive["d4"] else "assess_further"
    elif recruitment and positive["d4"] and (positive["d5"] or positive["d6"]):
        level = "refer_now"
    else:
        level = "assess_further" if present else "no_indicators"
    return positive, level


def _answers(name: str, yes: set[str], observed: list[str], child: bool) -> dict[str, Any]:
    answers: dict[str, Any] = {
        "site": "Test site", "site_area": "CAPITAL", "channel": "office", "private_space": "yes",
        "companion": "none", "immediate_danger": "no", "interview_language": "en",
        "interpreter": "not_needed", "safe_to_continue": "yes",
        "identifying_org": "Police",
        "age_years": 15 if child else 35, "consent_points": CONSENT_POINTS, "consent": "anonymous",
        "indicators_observed": observed, "needs": ["none"], "safety_risks": ["none"],
    }
    if not child:
        answers["age_doubt"] = "no"
    for question in _questions(name):
        answers[question] = "yes" if question in yes else "no"
    return answers


def _check(name: str, data: st.DataObject) -> None:
    _load, fill_form = _engine()
    questions = list(_questions(name))
    indicators = sorted(_indicators(name))
    yes = set(data.draw(st.lists(st.sampled_from(questions), max_size=12), label="answered yes"))
    observed = data.draw(st.lists(st.sampled_from(indicators), max_size=6, unique=True),
                         label="observed")
    child = data.draw(st.booleans(), label="child")
    result = fill_form(_form(name), _answers(name, yes, observed, child),
                       language="English (en)")
    values = result.values
    positive, level = reference(name, yes | set(observed), child)
    got = {d: values.get(f"{d}_positive") == "1" for d in DIMENSIONS}
    assert got == positive
    assert values.get("result_level") == level
    assert values.get("dimensions_positive", "") in (
        " ".join(d for d in DIMENSIONS if positive[d]), None)
    assert sorted(str(values.get("indicators_present") or "").split()) == sorted(
        with_forced_criminality(yes | set(observed)))


def test_reference_rule_examples() -> None:
    # the thresholds themselves, so a wrong reference cannot agree with a wrong form
    assert dimension_positive(2, 0, 0)
    assert dimension_positive(1, 1, 0)
    assert dimension_positive(1, 0, 1)
    assert dimension_positive(0, 3, 0)
    assert dimension_positive(0, 2, 1)
    assert not dimension_positive(1, 0, 0)
    assert not dimension_positive(0, 2, 0)
    assert not dimension_positive(0, 1, 2)
    assert not dimension_positive(0, 0, 3)
    assert with_forced_criminality({"work_hours"}) == {"work_hours"}
    assert with_forced_criminality({FORCED_CRIME}) == {FORCED_CRIME, EXPLOITED_CRIME}


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_rapid_form_scores_like_the_rule(data: st.DataObject) -> None:
    _check("rapid_screening", data)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FORMS))
def test_forms_score_like_the_rule_long(name: str) -> None:
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        _check(name, data)

    run()
