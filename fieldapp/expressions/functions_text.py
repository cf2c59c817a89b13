"""String functions: concat, join, substr, substring, substring-before/-after, string-length,
contains, starts-with, ends-with, translate, normalize-space, lower-case, upper-case, regex,
string.

ODK extends XPath here: ``concat`` and ``join`` take node-sets and use every node, ``substr``
is 0-based with an exclusive end (negative indexes count from the end), and ``regex`` searches
the value as ODK Web Forms does (``regex('a1', '[0-9]')`` is true: anchor the pattern
with ``^...$`` to test the whole value). A regular expression that does not compile is the
form's fault and raises :class:`ExpressionError`.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from fieldapp.expressions.environment import Context
from fieldapp.expressions.errors import ExpressionError, quote
from fieldapp.expressions.library import (
    CallSite,
    Evaluator,
    Function,
    defaulting_to_context,
    eager,
)
from fieldapp.expressions.values import Value, node_strings, to_number, to_string

_XML_SPACE = re.compile(r"[ \t\r\n]+")
MAX_PATTERN_LENGTH = 2_000


def _concat(*values: Value) -> Value:
    return "".join(node_strings(values))


def _join(separator: Value, *values: Value) -> Value:
    return to_string(separator).join(node_strings(values))


def _index(value: Value) -> int:
    number = to_number(value)
    if math.isnan(number):
        return 0
    if math.isinf(number):
        return 2**31 if number > 0 else -(2**31)
    return int(number)


def _substr(text: Value, start: Value, end: Value | None = None) -> Value:
    string = to_string(text)
    stop = len(string) if end is None else _index(end)
    # Python slicing is ODK's rule: negative indexes count from the end, both are clamped.
    return string[_index(start) : stop]


def _substring(text: Value, start: Value, length: Value | None = None) -> Value:
    """XPath 1.0 ``substring``: 1-based, rounded positions, NaN selects nothing."""
    string = to_string(text)
    first = _xpath_round(to_number(start))
    last = math.inf if length is None else first + _xpath_round(to_number(length))
    if math.isnan(first) or math.isnan(last):
        return ""
    return "".join(char for index, char in enumerate(string, 1) if first <= index < last)


def _xpath_round(number: float) -> float:
    if math.isnan(number) or math.isinf(number):
        return number
    return float(math.floor(number + 0.5))


def _substring_before(text: Value, part: Value) -> Value:
    string, marker = to_string(text), to_string(part)
    found = string.find(marker)
    return string[:found] if found >= 0 else ""


def _substring_after(text: Value, part: Value) -> Value:
    string, marker = to_string(text), to_string(part)
    found = string.find(marker)
    return string[found + len(marker) :] if found >= 0 else ""


def _translate(text: Value, source: Value, target: Value) -> Value:
    string, old, new = to_string(text), to_string(source), to_string(target)
    table: dict[int, int | None] = {}
    for index, char in enumerate(old):
        # The first occurrence of a character in the source list wins (XPath 1.0).
        table.setdefault(ord(char), ord(new[index]) if index < len(new) else None)
    return string.translate(table)


def _normalize_space(value: Value) -> Value:
    return _XML_SPACE.sub(" ", to_string(value)).strip(" ")


def _regex(site: CallSite) -> Evaluator:
    text_arg, pattern_arg = site.args

    def run(ctx: Context) -> Value:
        pattern = _compiled(to_string(pattern_arg(ctx)), site.source)
        return pattern.search(to_string(text_arg(ctx))) is not None

    return run


@lru_cache(maxsize=256)
def _compiled(pattern: str, source: str) -> re.Pattern[str]:
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise ExpressionError(f"regex(): pattern too long in expression {quote(source)}")
    try:
        return re.compile(pattern)
    except re.error as error:
        raise ExpressionError(
            f"regex(): invalid pattern ({error.msg}) in expression {quote(source)}"
        ) from None


FUNCTIONS: dict[str, Function] = {
    "concat": Function(0, None, eager(_concat)),
    "join": Function(1, None, eager(_join)),
    "substr": Function(2, 3, eager(_substr)),
    "substring": Function(2, 3, eager(_substring)),
    "substring-before": Function(2, 2, eager(_substring_before)),
    "substring-after": Function(2, 2, eager(_substring_after)),
    "string-length": Function(0, 1, defaulting_to_context(lambda v: float(len(to_string(v))))),
    "contains": Function(2, 2, eager(lambda a, b: to_string(b) in to_string(a))),
    "starts-with": Function(2, 2, eager(lambda a, b: to_string(a).startswith(to_string(b)))),
    "ends-with": Function(2, 2, eager(lambda a, b: to_string(a).endswith(to_string(b)))),
    "translate": Function(3, 3, eager(_translate)),
    "normalize-space": Function(0, 1, defaulting_to_context(_normalize_space)),
    "lower-case": Function(1, 1, eager(lambda v: to_string(v).lower())),
    "upper-case": Function(1, 1, eager(lambda v: to_string(v).upper())),
    "regex": Function(2, 2, _regex),
    "string": Function(0, 1, defaulting_to_context(to_string)),
}
