"""Conformance rows where this engine once differed from ODK's own engine (issue 18).

Every expected value here was checked against ``@getodk/xpath`` 0.11 (ODK Web Forms) over the
same instance as the main table; the comment on a block names the difference it pins down.
Rows for differences this engine keeps on purpose live in docs/form-engine.md instead.
"""

from __future__ import annotations

import math

import pytest

from fieldapp.expressions import ExpressionError, compile_expression, evaluate
from tests.core.test_expressions import INSTANCE, NOW, assert_same

NAN = math.nan
INF = math.inf

ODK_TABLE: list[tuple[str, object]] = [
    # --- regex() searches the value, it does not have to match all of it ---------------
    ("regex('abc', 'b')", True),
    ("regex('abc1', '[a-c]+')", True),
    ("regex('a1', '[0-9]')", True),
    ("regex(/data/name, 'Maria')", True),
    # --- sum(), min(), max(): a blank or non-numeric item makes the result NaN ----------
    ("max('', 3)", NAN),
    ("min(3, 'x')", NAN),
    ("max(/data/rep/v)", NAN),
    ("min(/data/items/item)", NAN),
    ("min(/data/rep/v, 1)", NAN),
    ("sum(/data/rep/v)", NAN),
    ("sum(/data/items/item)", NAN),
    ("sum(/data/empty)", NAN),
    ("max()", NAN),
    ("min()", NAN),
    # --- round(): halves go away from zero; the sign is put back after rounding ---------
    ("round(-1.5)", -2.0),
    ("round(-0.5)", -1.0),
    ("round(-2.5)", -3.0),
    ("round('-1.475', '2')", -1.48),
    ("round(-1.475, 2)", -1.48),
    ("round(-1.45, 1)", -1.5),
    ("round(-2.675, 2)", -2.68),
    ("round(-1250, -2)", -1300.0),
    ("round(1.005, 2)", 1.0),  # 1.005 * 100 is 100.49999999999999 in binary
    ("round(1.5, '')", NAN),
    # --- lexing: an operator name right after an operand needs no space ------------------
    ("1and1", True),
    ("1and0", False),
    ("1 or1", True),
    ("0or0", False),
    ("1div1", 1.0),
    ("1.5div2", 0.75),
    ("1.div2", 0.5),
    ("1mod2", 1.0),
    ("6mod4", 2.0),
    ("1 or-1", True),
    ("(1)or1", True),
    ("/data/age div2", 8.5),
    ("/data/age mod5", 2.0),
    # --- and/or stop at the first operand that decides, even before a bad call -----------
    ("false() and substring()", False),
    ("true() or substring()", True),
    ("0 and concat(substring(), 1)", False),
    ("false() and no-such-function()", False),
    ("false() and weighted-checklist(1, 2, 3)", False),
    # --- smaller differences -----------------------------------------------------------
    ("boolean-from-string('True')", False),
    ("boolean-from-string('TRUE')", False),
    ("int('7.9e-12')", 0.0),
    ("int('7.9e3')", 7900.0),
    ("number('1e3')", 1000.0),
    ("number('1E3')", 1000.0),
    ("number('-1e3')", -1000.0),
    ("number('.5e1')", 5.0),
    ("number('1.e3')", 1000.0),
    ("number('+1')", 1.0),
    ("number(' +.5 ')", 0.5),
    ("number('Infinity')", INF),
    ("number('-Infinity')", -INF),
    ("number('1e400')", INF),
    ("weighted-checklist(-1, -1, true(), -3)", True),
    ("weighted-checklist(0, -1, true(), 2)", True),
    ("weighted-checklist(2, -1, true(), 2, true(), 1)", True),
]


# number() of a date-time with an offset: whole milliseconds over a day's, to the last bit
# (the main table compares within 1e-12, too loose to see these).
EXACT_NUMBERS: list[tuple[str, float]] = [
    ("number('2024-04-30T22:15:00.123456+02:00')", 19843.84375142361),
    ("number('1969-12-31T23:59:59.9995-00:30')", 0.020833321759259258),
    ("number('1900-01-01T00:00:00.001+05:45')", -25567.23958332176),
    ("number('2024-04-30T22:15:00.999+02:00')", 19843.8437615625),
]


@pytest.mark.parametrize(
    ("expression", "expected"), EXACT_NUMBERS, ids=[row[0] for row in EXACT_NUMBERS]
)
def test_date_time_numbers_are_odks_to_the_last_bit(expression: str, expected: float) -> None:
    assert evaluate(expression, INSTANCE, now=NOW) == expected


@pytest.mark.parametrize(("expression", "expected"), ODK_TABLE, ids=[row[0] for row in ODK_TABLE])
def test_same_value_as_odk(expression: str, expected: object) -> None:
    assert_same(evaluate(expression, INSTANCE, now=NOW), expected)


UNCHANGED: list[tuple[str, object]] = [
    # Neighbours of the rows above whose values stay as they were.
    ("regex('abc', '^b')", False),
    ("regex('abc', '^[a-c]+$')", True),
    ("sum(/data/missing)", 0.0),  # no items at all: 0, as XPath 1.0 and ODK Collect say
    ("max(/data/missing)", NAN),
    ("number('1e')", NAN),
    ("number('++1')", NAN),
    ("number('1e3.5')", NAN),
    ("weighted-checklist(-1, 2, true(), -1)", True),
    ("weighted-checklist(3, -1, true(), 2)", False),
    ("1 and 0", False),
    ("/data/div div 2", 4.0),
    ("/data/zero or/data/age", True),
]


@pytest.mark.parametrize(("expression", "expected"), UNCHANGED, ids=[row[0] for row in UNCHANGED])
def test_neighbours_unchanged(expression: str, expected: object) -> None:
    assert_same(evaluate(expression, INSTANCE, now=NOW), expected)


def test_a_bad_call_that_is_reached_still_fails() -> None:
    with pytest.raises(ExpressionError, match="substring"):
        evaluate("true() and substring()", INSTANCE, now=NOW)


def test_a_forms_own_expression_with_a_bad_call_fails_to_compile() -> None:
    # Forms compile strictly, so `fieldapp form check` reports the call even when it sits
    # behind an operand that would short-circuit it.
    with pytest.raises(ExpressionError, match=r"substring\(\) takes"):
        compile_expression("false() and substring()")
