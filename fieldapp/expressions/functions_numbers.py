"""Number functions: number, int, round, floor, ceiling, abs, pow, sqrt, the XPath 3 maths
functions (exp, exp10, log, log10, pi, sin, cos, tan, asin, acos, atan, atan2), min, max, sum.

The ODK rules: ``int`` truncates toward zero (``int(-1.5)`` is -1); ``round(x, digits)`` takes
an optional number of decimal places, negative to round to tens, hundreds...; halves go away
from zero as in ODK (``round(-2.5)`` is -3, ``round(2.5)`` is 3), computed in binary floating
point as ODK does. In ``sum``, ``min`` and ``max`` a blank or non-numeric item makes the
result NaN, as in ODK (``max('', 3)`` is NaN); ``sum`` of no items at all is 0.
Domain errors give NaN, overflow Infinity: no function here raises on a value.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from fieldapp.expressions.environment import Context
from fieldapp.expressions.library import CallSite, Evaluator, Function, defaulting_to_context, eager
from fieldapp.expressions.nodes import string_value
from fieldapp.expressions.values import NAN, Value, string_to_number, to_number


def _int(value: Value) -> Value:
    number = to_number(value)
    if math.isnan(number) or math.isinf(number):
        return number
    return float(math.trunc(number))


def _round(value: Value, places: Value | None = None) -> Value:
    """ODK's round: the magnitude is scaled by 10**places (any number, even a fraction),
    rounded half up in binary floating point, scaled back and given its sign again, so halves
    go away from zero and ``round(1.005, 2)`` is 1 (1.005 * 100 is 100.49999999999999)."""
    number = to_number(value)
    if math.isnan(number):
        return number
    digits = 0.0 if places is None else to_number(places)
    if math.isnan(digits):
        return NAN
    sign = -1.0 if number < 0 else 1.0
    try:
        multiplier = math.pow(10.0, digits)
    except OverflowError:
        multiplier = math.inf
    shifted = abs(number) * multiplier
    if math.isnan(shifted):  # Infinity * 0 or 0 * Infinity
        return NAN
    if math.isinf(shifted):
        rounded = shifted
    else:
        whole = math.floor(shifted)
        rounded = float(whole + 1 if shifted - whole >= 0.5 else whole)
    try:
        return rounded / multiplier * sign
    except ZeroDivisionError:
        return math.copysign(math.inf, sign) if rounded else NAN


def _unary(operation: Callable[[float], float]) -> Callable[[Value], Value]:
    def run(value: Value) -> Value:
        number = to_number(value)
        try:
            return operation(number)
        except ValueError:
            return NAN
        except OverflowError:
            return math.inf

    return run


def _floor(number: float) -> float:
    return number if math.isnan(number) or math.isinf(number) else float(math.floor(number))


def _ceiling(number: float) -> float:
    return number if math.isnan(number) or math.isinf(number) else float(math.ceil(number))


def _pow(base_value: Value, exponent_value: Value) -> Value:
    base, exponent = to_number(base_value), to_number(exponent_value)
    try:
        return math.pow(base, exponent)
    except OverflowError:
        negative_result = base < 0 and exponent == int(exponent) and int(exponent) % 2 == 1
        return -math.inf if negative_result else math.inf
    except ValueError:
        if base == 0.0 and exponent < 0:
            return math.inf
        return NAN


def _atan2(y: Value, x: Value) -> Value:
    return math.atan2(to_number(y), to_number(x))


def _numbers(values: tuple[Value, ...]) -> list[float]:
    """Every item as a number, node-sets giving one per node; stops at the first NaN (a
    blank or non-numeric item), which then decides the result, as in ODK."""
    numbers: list[float] = []
    for value in values:
        items = (
            (string_to_number(string_value(node)) for node in value)
            if isinstance(value, list)
            else (to_number(value),)
        )
        for number in items:
            if math.isnan(number):
                return [NAN]
            numbers.append(number)
    return numbers


def _min(*values: Value) -> Value:
    numbers = _numbers(values)
    return min(numbers) if numbers else NAN


def _max(*values: Value) -> Value:
    numbers = _numbers(values)
    return max(numbers) if numbers else NAN


def _sum(site: CallSite) -> Evaluator:
    (arg,) = site.args

    def run(ctx: Context) -> Value:
        value = arg(ctx)
        if not isinstance(value, list):
            raise site.error("the argument must be a node-set (a path)")
        # No items sum to 0 (XPath 1.0, ODK Collect); ODK Web Forms gives NaN there.
        total = 0.0
        for number in _numbers((value,)):
            total += number  # in order, as ODK adds, so the float result is the same
        return total

    return run


def _exp10(number: float) -> float:
    return math.pow(10.0, number)


def _log(number: float) -> float:
    if number == 0.0:
        return -math.inf
    return math.log(number)


def _log10(number: float) -> float:
    if number == 0.0:
        return -math.inf
    return math.log10(number)


FUNCTIONS: dict[str, Function] = {
    "number": Function(0, 1, defaulting_to_context(to_number)),
    "int": Function(1, 1, eager(_int)),
    "round": Function(1, 2, eager(_round)),
    "floor": Function(1, 1, eager(_unary(_floor))),
    "ceiling": Function(1, 1, eager(_unary(_ceiling))),
    "abs": Function(1, 1, eager(_unary(abs))),
    "pow": Function(2, 2, eager(_pow)),
    "sqrt": Function(1, 1, eager(_unary(math.sqrt))),
    "exp": Function(1, 1, eager(_unary(math.exp))),
    "exp10": Function(1, 1, eager(_unary(_exp10))),
    "log": Function(1, 1, eager(_unary(_log))),
    "log10": Function(1, 1, eager(_unary(_log10))),
    "pi": Function(0, 0, eager(lambda: math.pi)),
    "sin": Function(1, 1, eager(_unary(math.sin))),
    "cos": Function(1, 1, eager(_unary(math.cos))),
    "tan": Function(1, 1, eager(_unary(math.tan))),
    "asin": Function(1, 1, eager(_unary(math.asin))),
    "acos": Function(1, 1, eager(_unary(math.acos))),
    "atan": Function(1, 1, eager(_unary(math.atan))),
    "atan2": Function(2, 2, eager(_atan2)),
    "min": Function(0, None, eager(_min)),
    "max": Function(0, None, eager(_max)),
    "sum": Function(1, 1, _sum),
}
