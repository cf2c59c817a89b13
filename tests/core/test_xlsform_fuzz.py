"""Hostile and damaged form files: whatever the bytes, loading ends in a form or FormLoadError."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.xlsform import FormLoadError, FormSource, load_form_source

FORMS = Path(__file__).parent / "forms_md"
SUFFIXES = [".xlsx", ".md", ".csv", ".xls"]
CELLS = st.one_of(
    st.sampled_from([
        "text", "integer", "select_one yn", "select_multiple yn", "begin group", "end group",
        "begin repeat", "end repeat", "calculate", "note", "image", "geopoint", "${a}",
        "${a} > 1", ". < 5", "count(/data)", "if(", "concat('x', ${b})", "yes", "no", "|",
        "__import__('os')", "<!ENTITY x>", "&x;", "\u202e", "((((((((((", "a" * 300,
    ]),
    st.text(max_size=12),
)


def workbook_bytes() -> bytes:
    book = openpyxl.Workbook()
    survey = book.active
    assert survey is not None
    survey.title = "survey"
    survey.append(["type", "name", "label", "relevant"])
    survey.append(["integer", "a", "A", ""])
    survey.append(["select_one yn", "b", "B", "${a} > 1"])
    choices = book.create_sheet("choices")
    choices.append(["list_name", "name", "label"])
    choices.append(["yn", "yes", "Yes"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


WORKBOOK = workbook_bytes()


def load_cleanly(source: FormSource) -> None:
    try:
        load_form_source(source)
    except FormLoadError as error:
        assert str(error).startswith(source.filename)
        assert "\n" not in str(error)


@st.composite
def markdown_forms(draw: st.DrawFn) -> str:
    rows = draw(st.lists(st.lists(CELLS, min_size=4, max_size=4), min_size=1, max_size=6))
    lines = ["| survey |", "| | type | name | label | relevant |"]
    lines += ["| | " + " | ".join(cell.replace("|", "\\|").replace("\n", " ") for cell in row)
              + " |" for row in rows]
    lines += ["| choices |", "| | list_name | name | label |", "| | yn | yes | Yes |"]
    return "\n".join(lines)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000), st.sampled_from(SUFFIXES))
def test_random_bytes(data: bytes, suffix: str) -> None:
    load_cleanly(FormSource(filename=f"random{suffix}", data=data))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(WORKBOOK) - 1), st.integers(0, 255)),
                min_size=1, max_size=8))
def test_damaged_workbook(flips: list[tuple[int, int]]) -> None:
    data = bytearray(WORKBOOK)
    for position, value in flips:
        data[position] = value
    load_cleanly(FormSource(filename="damaged.xlsx", data=bytes(data)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdown_forms())
def test_random_markdown_forms(text: str) -> None:
    load_cleanly(FormSource(filename="random.md", data=text.encode("utf-8", "surrogatepass")))


@pytest.mark.slow
@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdown_forms(), st.binary(max_size=4000), st.sampled_from(SUFFIXES))
def test_hostile_files_long(text: str, data: bytes, suffix: str) -> None:
    load_cleanly(FormSource(filename="random.md", data=text.encode("utf-8", "surrogatepass")))
    load_cleanly(FormSource(filename=f"random{suffix}", data=data))
