"""Reading a revision's values for exports: the short path and its fallback agree."""

from __future__ import annotations

import json

import pytest

from fieldapp.exports.source import revision_values, tail_values, values_tail

ANSWERS = {"/data/a": "x", "/data/values": 3}


@pytest.mark.parametrize("separators", [(", ", ": "), (",", ":")])
@pytest.mark.parametrize("values", [
    {"a": "x", "n": 1, "tricky": 'say "values": {} here', "list": ["a", "b"]},
    {"a": "x", "values": {"nested": 1}},  # a field named values, last in its object
    {"values": 3, "a": "x"},
    {},
])
def test_values_decode_like_the_whole_document(values: dict[str, object],
                                               separators: tuple[str, str]) -> None:
    content = json.dumps({"interview": {"answers": ANSWERS}, "values": values},
                         separators=separators)
    decoded, answers = revision_values(content)
    assert decoded == values
    assert answers in ({}, ANSWERS)
    # What a reading helper sends: the end of the text, decoded alone unless the whole is
    # needed.
    from_tail = tail_values(values_tail(content))
    assert (from_tail is None) == (answers == ANSWERS)
    assert from_tail is None or from_tail == values


def test_other_layouts_fall_back_to_the_whole_document() -> None:
    content = json.dumps({"values": {"a": 1}, "interview": {"answers": ANSWERS}})
    assert revision_values(content) == ({"a": 1}, ANSWERS)
    assert revision_values(json.dumps({"interview": {}})) == ({}, {})
    assert tail_values(values_tail(content)) is None
