"""area(), distance() and geofence() give ODK's values (issue 18).

Every expected value was checked against ``@getodk/xpath`` 0.11 (ODK Web Forms) over the same
instance; ODK's own suite (tests/conformance) covers its shapes, these pin the readings of
geopoint strings that the suite leaves out.
"""

from __future__ import annotations

import math

import pytest

from fieldapp.expressions import ExpressionError, compile_expression, evaluate

INSTANCE = """
<data>
  <p>1 2</p><p>1 3 5</p><p>2 3</p>
  <s>0 0;0 1;1 1;0 0</s>
</data>
"""

GEO_TABLE: list[tuple[str, object]] = [
    # several strings (a repeat's geopoints) are one point each, a single one a whole trace
    ("area(/data/p)", 6193740819.58),
    ("distance(/data/p)", 222620.74),
    ("distance('0 0', '0 1')", 111318.85),
    # an open shape is closed, in either direction; trailing separators are ignored
    ("area('0 0;0 1;1 1')", 6195628067.9),
    ("area('1 1;0 1;0 0')", 6195628067.9),
    ("area('0 0;0 1;1 1;;')", 6195628067.9),
    ("distance('0 0; 0 1;;')", 111318.85),
    # unreadable degrees are NaN, not an error
    ("distance('0 0;a b')", math.nan),
    # geofence: inside, outside, and a shape that is not closed
    ("geofence('0.2 0.5', /data/s)", True),
    ("geofence('0.9 0.5', /data/s)", False),
    ("geofence('0.2 0.5', '0 0;0 1;1 1')", False),
]


@pytest.mark.parametrize(("expression", "expected"), GEO_TABLE, ids=[row[0] for row in GEO_TABLE])
def test_same_value_as_odk(expression: str, expected: object) -> None:
    result = evaluate(expression, INSTANCE)
    if isinstance(expected, float) and math.isnan(expected):
        assert isinstance(result, float) and math.isnan(result)
    else:
        assert result == expected


@pytest.mark.parametrize(
    "expression",
    ["distance('1 2')", "distance('0 0;0 1 ; ', '1 1')", "distance('0 0;91 0')",
     "distance('0 0 0 0 0;0 1')", "distance(/data/none)"],
)
def test_distance_of_no_trace_is_an_error_as_in_odk(expression: str) -> None:
    with pytest.raises(ExpressionError, match="distance"):
        evaluate(expression, INSTANCE)


def test_a_form_may_call_the_geo_functions() -> None:
    for expression in ("area(${shape})", "distance(${trace})", "geofence(${here}, ${shape})"):
        compile_expression(expression)
