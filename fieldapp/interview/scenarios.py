"""Test scenarios shipped beside a form (``NAME.tests.json``) and the runner behind
``fieldapp form test``.

The file holds ``{"form": "NAME.xlsx", "scenarios": [{"name", "lang", "answers", "expect"}]}``
with ``answers`` in the ``form fill`` shape and ``expect`` giving ``complete``, ``values``
(only the fields listed are compared; numbers numerically, so "1", 1 and 1.0 are equal; lists
as lists; an absent or empty value equals null and "") and optionally ``errors`` (names of
fields that must have an error). An optional ``now`` (ISO date-time, at the file or scenario
level) fixes the clock, for forms that compute ages or dates from ``today()``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from fieldapp.errors import FieldappError
from fieldapp.interview.environment import InterviewEnvironment, local_now
from fieldapp.interview.fill import fill_form
from fieldapp.xlsform import FormDefinition

TESTS_SUFFIX = ".tests.json"
MAX_TESTS_BYTES = 8 * 1024 * 1024


class ScenarioFileError(FieldappError):
    """The scenario file is missing, not JSON, or not in the documented shape."""


@dataclass(frozen=True)
class Scenario:
    name: str
    language: str | None
    answers: Mapping[str, Any]
    complete: bool | None
    values: Mapping[str, Any]
    errors: tuple[str, ...] | None
    now: datetime | None = None


@dataclass(frozen=True)
class ScenarioResult:
    name: str
    problems: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return not self.problems

    def line(self) -> str:
        return f"ok   {self.name}" if self.passed else f"FAIL {self.name}: " + "; ".join(
            self.problems)


def locate(path: Path) -> tuple[Path, Path]:
    """(form file, scenario file) for either of the two given."""
    if path.name.endswith(TESTS_SUFFIX):
        data = _read(path)
        form_name = data.get("form")
        if not isinstance(form_name, str) or Path(form_name).name != form_name:
            raise ScenarioFileError(f"{path}: 'form' must name the form file beside it")
        return path.with_name(form_name), path
    tests = path.with_name(path.name.rsplit(".", 1)[0] + TESTS_SUFFIX)
    if not tests.is_file():
        raise ScenarioFileError(
            f"{path}: no test scenarios beside the form (expected {tests.name})")
    return path, tests


def load_scenarios(path: Path) -> list[Scenario]:
    data = _read(path)
    items = data.get("scenarios")
    if not isinstance(items, list) or not items:
        raise ScenarioFileError(f"{path}: 'scenarios' must be a non-empty list")
    file_now = _when(data.get("now"), path)
    scenarios = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, Mapping):
            raise ScenarioFileError(f"{path}: scenario {number} is not an object")
        expect = item.get("expect", {})
        answers = item.get("answers", {})
        if not isinstance(expect, Mapping) or not isinstance(answers, Mapping):
            raise ScenarioFileError(
                f"{path}: scenario {number} needs 'answers' and 'expect' objects")
        values = expect.get("values", {})
        errors = expect.get("errors")
        complete = expect.get("complete")
        if (not isinstance(values, Mapping)
                or (errors is not None and not isinstance(errors, list))
                or (complete is not None and not isinstance(complete, bool))):
            raise ScenarioFileError(f"{path}: scenario {number} has a malformed 'expect'")
        lang = item.get("lang")
        scenarios.append(Scenario(
            name=str(item.get("name") or f"scenario {number}"),
            language=lang if isinstance(lang, str) else None,
            answers=answers,
            complete=complete,
            values=values,
            errors=tuple(str(name) for name in errors) if errors is not None else None,
            now=_when(item.get("now"), path) or file_now,
        ))
    return scenarios


def run_scenario(form: FormDefinition, scenario: Scenario) -> ScenarioResult:
    language = None
    if scenario.language is not None:
        language = form.resolve_language(scenario.language)
        if language is None and form.languages:
            return ScenarioResult(scenario.name, (f"the form has no language "
                                                  f"'{scenario.language}'",))
    now = scenario.now
    environment = InterviewEnvironment(
        clock=(lambda: now) if now is not None else local_now,
        device_id="scenario", username="scenario",
        zone=now.tzinfo if now is not None else None,
    )
    result = fill_form(form, scenario.answers, language=language, environment=environment)
    problems: list[str] = []
    if scenario.complete is not None and result.complete != scenario.complete:
        detail = "; ".join(f"{e.name}: {e.message}" for e in result.errors[:3])
        problems.append(f"complete expected {json.dumps(scenario.complete)}, got "
                        f"{json.dumps(result.complete)}" + (f" ({detail})" if detail else ""))
    for name, expected in scenario.values.items():
        actual = result.values.get(name)
        if not same_value(expected, actual):
            problems.append(f"field {name} expected {_show(expected)}, got {_show(actual)}")
    if scenario.errors is not None:
        names = {error.name for error in result.errors}
        plain = {_plain(error.name) for error in result.errors}
        for name in scenario.errors:
            if name not in names and _plain(name) not in plain:
                problems.append(f"field {name} expected an error, got none")
    return ScenarioResult(scenario.name, tuple(problems))


def run_scenarios(form: FormDefinition, scenarios: Sequence[Scenario]) -> list[ScenarioResult]:
    return [run_scenario(form, scenario) for scenario in scenarios]


def same_value(expected: Any, actual: Any) -> bool:
    """Scenario equality: numbers numerically, lists item by item, null equals ""."""
    if expected in (None, "") or actual in (None, ""):
        return expected in (None, "", []) and actual in (None, "", [])
    if isinstance(expected, list) or isinstance(actual, list):
        if not isinstance(expected, list) or not isinstance(actual, list):
            return False
        return len(expected) == len(actual) and all(
            same_value(e, a) for e, a in zip(expected, actual, strict=True))
    if isinstance(expected, dict) or isinstance(actual, dict):
        if not isinstance(expected, dict) or not isinstance(actual, dict):
            return False
        return all(same_value(v, actual.get(k)) for k, v in expected.items())
    if isinstance(expected, bool) or isinstance(actual, bool):
        return str(expected).lower() == str(actual).lower()
    left, right = _number(expected), _number(actual)
    if left is not None and right is not None:
        return math.isclose(left, right, rel_tol=1e-9, abs_tol=1e-9)
    return str(expected) == str(actual)


def _number(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


def _plain(name: str) -> str:
    last = name.rsplit("/", 1)[-1]
    return last.split("[", 1)[0]


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "..."


def _read(path: Path) -> Mapping[str, Any]:
    try:
        if path.stat().st_size > MAX_TESTS_BYTES:
            raise ScenarioFileError(f"{path}: the scenario file is too large")
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise ScenarioFileError(f"{path}: no such file") from error
    except (OSError, UnicodeDecodeError) as error:
        raise ScenarioFileError(f"{path}: the scenario file cannot be read") from error
    except json.JSONDecodeError as error:
        raise ScenarioFileError(
            f"{path}: not valid JSON (line {error.lineno}, column {error.colno})") from error
    if not isinstance(data, Mapping):
        raise ScenarioFileError(f"{path}: the scenario file must hold a JSON object")
    return data


def _when(value: Any, path: Path) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError as error:
        raise ScenarioFileError(f"{path}: 'now' must be an ISO date-time") from error
    return moment if moment.tzinfo is not None else moment.astimezone()
