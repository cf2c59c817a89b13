"""Comparison and arithmetic operators with XPath 1.0 node-set rules and ODK dates.

Comparing a node-set is existential: ``/data/item = 'a'`` is true when any item is 'a'.
``=`` and ``!=`` compare as booleans if either side is a boolean, else as numbers if either
side is a number, else as strings; ``<``, ``<=``, ``>``, ``>=`` always compare numbers, and a
date string is a number of days there (see :mod:`fieldapp.expressions.values`), which is how
``${dob} < today()`` works. As in ODK (unlike XPath 1.0), ``true() < *`` compares the
boolean as a number with each node's number, not with the node-set as a boolean. NaN
compares false with everything, so an empty answer never satisfies ``${age} < 18``.
Arithmetic follows IEEE doubles: ``1 div 0`` is Infinity and ``0 div 0`` NaN, never an
exception.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from fieldapp.expressions.nodes import NodeList, string_value
from fieldapp.expressions.values import NAN, Value, string_to_number, to_boolean, to_number

Comparison = Callable[[object, object], bool]


def _equal(a: object, b: object) -> bool:
    return a == b


def _not_equal(a: object, b: object) -> bool:
    return a != b


def _less(a: object, b: object) -> bool:
    return a < b  # type: ignore[operator, no-any-return]


def _less_equal(a: object, b: object) -> bool:
    return a <= b  # type: ignore[operator, no-any-return]


def _greater(a: object, b: object) -> bool:
    return a > b  # type: ignore[operator, no-any-return]


def _greater_equal(a: object, b: object) -> bool:
    return a >= b  # type: ignore[operator, no-any-return]


_TESTS: dict[str, Comparison] = {
    "=": _equal,
    "!=": _not_equal,
    "<": _less,
    "<=": _less_equal,
    ">": _greater,
    ">=": _greater_equal,
}
COMPARISONS = frozenset(_TESTS)


def compare(operator: str, left: Value, right: Value) -> bool:
    if operator == "=" and type(right) is str and type(left) is list:
        # The commonest comparison in forms: an answer against a literal or another answer.
        return any(string_value(node) == right for node in left)
    test = _TESTS[operator]
    equality = operator in ("=", "!=")
    if isinstance(left, list) or isinstance(right, list):
        return _compare_node_set(test, equality, left, right)
    if not equality:
        return test(to_number(left), to_number(right))
    if isinstance(left, bool) or isinstance(right, bool):
        return test(to_boolean(left), to_boolean(right))
    if isinstance(left, float) or isinstance(right, float):
        return test(to_number(left), to_number(right))
    return test(left, right)


def _compare_node_set(test: Comparison, equality: bool, left: Value, right: Value) -> bool:
    if isinstance(left, list) and isinstance(right, list):
        if equality:
            right_strings = [string_value(node) for node in right]
            return any(test(string_value(a), b) for a in left for b in right_strings)
        right_numbers = [string_to_number(string_value(node)) for node in right]
        return any(test(string_to_number(string_value(a)), b) for a in left for b in right_numbers)
    if isinstance(left, list):
        return _node_set_against(test, equality, left, right, node_first=True)
    assert isinstance(right, list)
    return _node_set_against(test, equality, right, left, node_first=False)


def _node_set_against(
    test: Comparison, equality: bool, nodes: NodeList, other: Value, *, node_first: bool
) -> bool:
    def check(a: object, b: object) -> bool:
        return test(a, b) if node_first else test(b, a)

    if isinstance(other, bool) and equality:
        return check(bool(nodes), other)
    if isinstance(other, float) or not equality:
        number = to_number(other)
        return any(check(string_to_number(string_value(node)), number) for node in nodes)
    return any(check(string_value(node), other) for node in nodes)


def arithmetic(operator: str, left: Value, right: Value) -> float:
    x = to_number(left)
    y = to_number(right)
    if operator == "+":
        return x + y
    if operator == "-":
        return x - y
    if operator == "*":
        return x * y
    if operator == "div":
        return divide(x, y)
    return modulo(x, y)


def divide(x: float, y: float) -> float:
    if y == 0.0:
        if x == 0.0 or math.isnan(x):
            return NAN
        return math.copysign(math.inf, x) * math.copysign(1.0, y)
    return x / y


def modulo(x: float, y: float) -> float:
    """XPath ``mod``: the remainder of truncating division, with the sign of the dividend."""
    if y == 0.0 or math.isinf(x) or math.isnan(x) or math.isnan(y):
        return NAN
    return math.fmod(x, y)
