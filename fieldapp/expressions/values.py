"""The four XPath value types and the conversions between them, with ODK's additions.

A value is a boolean, a number (always a float), a string, or a node-set (a list of nodes in
document order). The conversions are XPath 1.0's with what ODK adds: a string holding a date
or dateTime becomes days since the epoch in numeric contexts (see :mod:`dates`), and an empty
answer is the empty string, so ``number('')`` is NaN and ``${age} < 18`` is false when the age
is empty. A node-set is true when it holds a node, even one with no answer (XPath 1.0), so a
form tests an answer with ``${q} != ''``. Numbers print the XPath way: ``3`` not ``3.0``,
``NaN``, ``Infinity``, no exponent.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from decimal import Decimal

from lxml import etree

from fieldapp.expressions import dates
from fieldapp.expressions.nodes import Node, NodeList, string_value

# What evaluation produces internally: node-sets may hold attribute and document nodes.
Value = bool | float | str | NodeList
# What the conversions accept: any of the above, or a list of plain elements.
AnyValue = bool | float | str | Sequence[Node]
# What the public API returns: node-sets hold elements only (see compiler.public_value).
XPathValue = bool | float | str | list[etree._Element]

# ODK reads text as JavaScript's Number() does: a sign, an exponent and Infinity are allowed
# ('7.9e-12', '+1', '-Infinity'); hexadecimal and binary forms are not taken over.
_NUMBER = re.compile(
    r"[ \t\r\n]*([+-]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|Infinity))[ \t\r\n]*"
)
NAN = math.nan


class DateValue(float):
    """A date from ``date()``, ``date-time()`` or ``today()``, as ODK keeps one: a number of
    days since the epoch in arithmetic and comparisons, and as text ``2024-05-01`` (local
    midnight) or the local dateTime with its offset. ``Invalid Date`` is NaN."""

    text: str

    def __new__(cls, days: float, text: str) -> DateValue:
        value = super().__new__(cls, days)
        value.text = text
        return value


INVALID_DATE = "Invalid Date"


def to_boolean(value: AnyValue) -> bool:
    """XPath ``boolean()``: non-zero numbers, non-empty strings and node-sets are true."""
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return value != 0.0 and not math.isnan(value)
    if isinstance(value, str):
        return value != ""
    if isinstance(value, int):  # tolerate ints from callers; never produced internally
        return value != 0
    return len(value) > 0


def to_number(value: AnyValue) -> float:
    """XPath ``number()`` plus ODK: '2020-01-02' is 18263.0, '1e3' is 1000.0, '' is NaN."""
    if isinstance(value, float):
        return value
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, int):
        return float(value)
    if not isinstance(value, str):
        if not value:
            return NAN
        value = string_value(value[0])
    return string_to_number(value)


def string_to_number(text: str) -> float:
    found = _NUMBER.fullmatch(text)
    if found:
        return float(found.group(1))
    days = dates.days_since_epoch(text) if dates.looks_like_date(text.strip()) else None
    return NAN if days is None else days


def to_string(value: AnyValue) -> str:
    """XPath ``string()``: 'true'/'false', numbers without '.0', the first node's text."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, DateValue):
        return value.text
    if isinstance(value, float | int):
        return number_to_string(float(value))
    if not value:
        return ""
    return string_value(value[0])


def number_to_string(number: float) -> str:
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    if number == int(number):
        return str(int(number))
    text = repr(number)
    if "e" in text or "E" in text:
        # XPath never uses an exponent: 1e-07 prints as 0.0000001.
        text = format(Decimal(text), "f")
    return text


def is_node_set(value: Value) -> bool:
    return isinstance(value, list)


def node_strings(values: Sequence[Value]) -> list[str]:
    """Every argument as strings, node-sets contributing one string per node (ODK flattening)."""
    out: list[str] = []
    for value in values:
        if isinstance(value, list):
            out.extend(string_value(node) for node in value)
        else:
            out.append(to_string(value))
    return out
