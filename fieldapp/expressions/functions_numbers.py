"""Number functions: number, int, round, floor, ceiling, abs, pow, sqrt, the XPath 3 maths
functions (exp, exp10, log, log10, pi, sin, cos, tan, asin, acos, atan, atan2), min, max, sum.

The ODK rules: ``int`` truncates toward zero (``int(-1.5)`` is -1); ``round(x, digits)`` takes
an optional number of decimal places, negative to round to tens, hundreds...; halves go toward
positive infinity as in XPath (``round(-2.5)`` is -2, ``round(2.5)`` is 3), decided on the
decimal digits as written (``round(2.675, 2)`` is 2.68). ``sum``, ``min`` and ``max`` skip
empty and non-numeric values, as ODK Collect does, and give NaN when nothing numeric is left.
Domain errors give NaN, overflow Infinity: no function here raises on a value.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation

from fieldapp.expressions.environment import Context
from fieldapp.expressions.library import CallSite, Evaluator, Function, defaulting_to_context, eager
from fieldapp.expressions.nodes import string_value
from fieldapp.expressions.values import NAN, Value, string_to_number, to_number

_MAX_PLACES = 30


def _int(value: Value) -> Value:
    number = to_number(value)
    if math.isnan(number) or math.isinf(number):
        return number
    return float(math.trunc(number))


def _round(value: Value, places: Value | None = None) -> Value:
    number = to_number(value)
    digits_float = 0.0 if places is None else to_number(places)
    if math.isnan(number) or math.isinf(number):
        return number
    digits = 0 if math.isnan(digits_float) or math.isinf(digits_float) else int(digits_float)
    if abs(digits) > _MAX_PLACES:
        return NAN
    if digits < 0:
        scale = 10.0 ** (-digits)
        return math.floor(number / scale + 0.5) * scale
    # Half toward +infinity: half-up for positives, half-down for negatives.
    mode = ROUND_HALF_DOWN if number < 0 else ROUND_HALF_UP
    try:
        rounded = Decimal(repr(number)).quantize(Decimal(1).scaleb(-digits), rounding=mode)
    except InvalidOperation:  # more digits than the context holds: nothing to round
        return number
    return float(rounded) + 0.0  # + 0.0 turns -0.0 into 0.0


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
    numbers: list[float] = []
    for value in values:
        if isinstance(value, list):
            numbers.extend(string_to_number(string_value(node)) for node in value)
        else:
            numbers.append(to_number(value))
    return [number for number in numbers if not math.isnan(number)]


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
        return math.fsum(_numbers((value,)))

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
    "min": Function(1, None, eager(_min)),
    "max": Function(1, None, eager(_max)),
    "sum": Function(1, 1, _sum),
}
