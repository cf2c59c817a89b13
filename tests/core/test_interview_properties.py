"""Random answer sequences on random small forms never crash and leave a consistent state.

Each example builds a small XLSForm (markdown table) with random types, relevance,
constraints, calculations and a repeat, then applies a random sequence of answers (fitting or
not), clears, next/back, jumps and repeat edits. After every step the answer rows obtained by
applying every change's writes must equal the session's own rows; at the end, a session
restored from those rows must show the same values, pages and submission: the incremental
recomputation agrees with a full one, and nothing the screen showed is missing from the rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.interview import (
    AnswerError,
    Change,
    InterviewEnvironment,
    InterviewSession,
    SessionError,
)
from fieldapp.xlsform import FormDefinition, FormSource, load_form_source

TYPES = ["text", "integer", "decimal", "select_one ab", "select_multiple ab", "date"]
ENV = InterviewEnvironment(clock=lambda: datetime(2026, 3, 14, tzinfo=UTC),
                           uuid_factory=lambda: "9d9c3c51-2f0e-4d1e-8b57-0c0ffee00001")


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    required: bool
    relevant: str
    constraint: str


def condition(field: Field) -> str:
    ref = "${" + field.name + "}"
    return {
        "text": f"{ref} != ''",
        "integer": f"{ref} > 3",
        "decimal": f"{ref} > 3",
        "select_one ab": f"{ref} = 'a'",
        "select_multiple ab": f"selected({ref}, 'b')",
        "date": f"{ref} != ''",
    }[field.type]


@st.composite
def forms(draw: st.DrawFn) -> str:
    count = draw(st.integers(2, 6))
    fields: list[Field] = []
    for index in range(count):
        kind = draw(st.sampled_from(TYPES))
        relevant = ""
        wants_relevant: bool = draw(st.booleans())
        if fields and wants_relevant:
            relevant = condition(draw(st.sampled_from(fields)))
        constraint = ". < 50" if kind in ("integer", "decimal") and draw(st.booleans()) else ""
        fields.append(Field(f"q{index}", kind, draw(st.booleans()), relevant, constraint))
    rows = [f"| | {f.type} | {f.name} | Question {f.name} | {'yes' if f.required else ''} | "
            f"{f.relevant} | {f.constraint} | | |" for f in fields]
    numeric = [f for f in fields if f.type in ("integer", "decimal")]
    if numeric:
        source = draw(st.sampled_from(numeric)).name
        rows.append(f"| | calculate | total | | | | | ${{{source}}} + 1 | |")
    if draw(st.booleans()):
        outer = draw(st.sampled_from(fields))
        counted = [f for f in fields if f.type == "integer"]
        repeat_count = ""
        wants_count: bool = draw(st.booleans())
        if counted and wants_count:
            ref = "${" + counted[0].name + "}"
            repeat_count = f"if({ref} > 3, 3, {ref})"
        rows += [
            f"| | begin repeat | rep | Stage | | {condition(outer) if draw(st.booleans()) else ''}"
            f" | | | {repeat_count} |",
            "| | text | place | Place | yes | | | | |",
            "| | integer | nights | Nights | | ${place} != '' | . >= 0 | | |",
            "| | calculate | stage | | | | | concat(${place}, '-', position(..)) | |",
            "| | end repeat | | | | | | | |",
        ]
    return "\n".join([
        "| survey |",
        "| | type | name | label | required | relevant | constraint | calculation "
        "| repeat_count |",
        *rows,
        "| choices |",
        "| | list_name | name | label |",
        "| | ab | a | A |",
        "| | ab | b | B |",
        "| settings |",
        "| | form_id | version |",
        "| | random_form | 1 |",
    ])


VALUES = st.one_of(
    st.integers(-5, 60),
    st.floats(-10, 60, allow_nan=False),
    st.text(max_size=6),
    st.sampled_from(["a", "b", "c", "a b", ["a"], ["a", "b"], ["b", "b"], "2026-01-31",
                     "2026-13-01", True, None, [], {"x": 1}]),
)


def apply(rows: dict[str, Any], change: Change) -> None:
    for path, value in change.writes:
        if value is None:
            rows.pop(path, None)
        else:
            rows[path] = value


def step(session: InterviewSession, data: st.DataObject, rows: dict[str, Any]) -> None:
    action = data.draw(st.sampled_from(
        ["answer", "answer", "answer", "clear", "next", "back", "jump", "add", "remove"]))
    fields = sorted({path for page in session.pages() for path in page.fields})
    try:
        if action in ("answer", "clear") and fields:
            path = data.draw(st.sampled_from([*fields, "/data/nowhere"]))
            value = None if action == "clear" else data.draw(VALUES)
            apply(rows, session.answer(path, value))
        elif action == "next":
            session.next()
        elif action == "back":
            session.back()
        elif action == "jump" and fields:
            session.jump(data.draw(st.sampled_from(fields)))
        elif action == "add":
            apply(rows, session.add_repeat("/data/rep"))
        elif action == "remove":
            apply(rows, session.remove_repeat("/data/rep", data.draw(st.integers(1, 3))))
    except (AnswerError, SessionError):
        pass


def check_run(text: str, data: st.DataObject, steps: int) -> None:
    form: FormDefinition = load_form_source(FormSource("random.md", text.encode()))
    session = InterviewSession.start(form, environment=ENV)
    rows: dict[str, Any] = {}
    apply(rows, session.started)
    for _ in range(steps):
        step(session, data, rows)
        assert rows == session.answers()
        keys = {page.key for page in session.pages()}
        assert session.current_page is None or session.current_page in keys
    restored = InterviewSession.restore(form, rows.items(), environment=ENV)
    assert restored.values() == session.values()
    assert [p.key for p in restored.visible_pages()] == [p.key for p in session.visible_pages()]
    assert restored.to_submission_xml() == session.to_submission_xml()
    assert {e.path for e in restored.validate_all()} == {e.path for e in session.validate_all()}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(forms(), st.data())
def test_random_sequences_stay_consistent(text: str, data: st.DataObject) -> None:
    check_run(text, data, steps=25)


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(forms(), st.data())
def test_random_sequences_stay_consistent_long(text: str, data: st.DataObject) -> None:
    check_run(text, data, steps=80)
