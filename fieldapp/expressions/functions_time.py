"""Date and time functions: today, now, date, date-time, decimal-date-time, decimal-time,
format-date, format-date-time.

``today()`` is the date of the environment clock in its own time zone, ``now()`` the clock
time with its offset. ``date()`` and ``date-time()`` turn days since the epoch or date strings
into date strings, so ``date(today() + 7)`` is a week from today. Values that are not dates
give '' (an empty answer stays empty), never an exception: a half-filled form must keep
working. See :mod:`fieldapp.expressions.dates` for the numeric rules.
"""

from __future__ import annotations

import math

from fieldapp.expressions import dates
from fieldapp.expressions.library import CallSite, Evaluator, Function, eager
from fieldapp.expressions.values import NAN, Value, to_number, to_string


def _today(site: CallSite) -> Evaluator:
    return lambda ctx: dates.format_date(ctx.env.now().date())


def _now(site: CallSite) -> Evaluator:
    return lambda ctx: dates.format_now(ctx.env.now())


def _as_date_input(value: Value) -> float | str | None:
    """A number of days, a date string, or None for empty/NaN."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        return None if math.isnan(value) else value
    text = to_string(value).strip()
    if text == "":
        return None
    if dates.looks_like_date(text):
        return text
    number = to_number(text)
    return None if math.isnan(number) else number


def _date(value: Value) -> Value:
    given = _as_date_input(value)
    if given is None:
        return ""
    if isinstance(given, float):
        return dates.date_from_days(given)
    parsed = dates.parse(given)
    return "" if parsed is None else dates.format_date(parsed[0].date())


def _date_time(value: Value) -> Value:
    given = _as_date_input(value)
    if given is None:
        return ""
    parsed = dates.to_datetime(given)
    if parsed is None:
        return ""
    wall, offset = parsed
    return dates.format_date_time(wall, offset)


def _decimal_date_time(value: Value) -> Value:
    given = _as_date_input(value)
    if given is None:
        return NAN
    if isinstance(given, float):
        return given
    days = dates.days_since_epoch(given)
    return NAN if days is None else days


def _decimal_time(value: Value) -> Value:
    """The fraction of the day of a time (``10:30:00``) or dateTime, at its wall clock."""
    text = to_string(value).strip()
    if "T" not in text and len(text) >= 5 and text[2:3] == ":":
        text = "1970-01-01T" + text
    parsed = dates.parse(text) if "T" in text else None
    if parsed is None:
        return NAN
    wall = parsed[0]
    seconds = wall.hour * 3600 + wall.minute * 60 + wall.second + wall.microsecond / 1e6
    return seconds / 86400.0


def _format(value: Value, pattern: Value) -> Value:
    given = _as_date_input(value)
    if given is None:
        return ""
    parsed = dates.to_datetime(given)
    if parsed is None:
        return ""
    return dates.strftime(parsed[0], to_string(pattern))


FUNCTIONS: dict[str, Function] = {
    "today": Function(0, 0, _today, volatile=True),
    "now": Function(0, 0, _now, volatile=True),
    "date": Function(1, 1, eager(_date)),
    "date-time": Function(1, 1, eager(_date_time)),
    "decimal-date-time": Function(1, 1, eager(_decimal_date_time)),
    "decimal-time": Function(1, 1, eager(_decimal_time)),
    "format-date": Function(2, 2, eager(_format)),
    "format-date-time": Function(2, 2, eager(_format)),
}
