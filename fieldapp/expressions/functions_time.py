"""Date and time functions: today, now, date, date-time, decimal-date-time, decimal-time,
format-date, format-date-time.

``today()`` is the date of the environment clock in its own time zone, ``now()`` the clock
time with its offset. ``date()`` and ``date-time()`` (the same function in ODK) turn days
since the epoch or date strings into date values, so ``date(today() + 7)`` is a week from
today; text that is not a date gives ``Invalid Date`` as in ODK, an empty answer stays
empty. Nothing raises: a half-filled form must keep working. See
:mod:`fieldapp.expressions.dates` for the numeric rules.
"""

from __future__ import annotations

import math
import re

from fieldapp.expressions import dates
from fieldapp.expressions.library import CallSite, Evaluator, Function, eager
from fieldapp.expressions.values import (
    INVALID_DATE,
    NAN,
    DateValue,
    Value,
    to_number,
    to_string,
)


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


_DATE_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}")
_UNPADDED = re.compile(r"(\d{4})-([1-9]|\d{2})-([1-9]|\d{2})(T.*)?")


def _date(value: Value) -> Value:
    """ODK's ``date()`` and ``date-time()``: a date value (see :class:`DateValue`).

    A number is days since the epoch; text is a date or dateTime, with one-digit months and
    days allowed (``1970-1-2``). Empty text (an unanswered question) and booleans give '';
    anything else that is not a date gives ``Invalid Date``."""
    if isinstance(value, bool):
        return ""
    if isinstance(value, float):
        days = value
    else:
        text = to_string(value)
        if text == "":
            return ""
        if not _DATE_PREFIX.match(text):
            unpadded = _UNPADDED.fullmatch(text)
            if unpadded is None:
                return DateValue(NAN, INVALID_DATE)
            year, month, day, rest = unpadded.groups()
            text = f"{year}-{month.zfill(2)}-{day.zfill(2)}{rest or ''}"
        found = dates.days_since_epoch(text)
        days = NAN if found is None else found
    shown = dates.local_text(days)
    return DateValue(NAN, INVALID_DATE) if shown is None else DateValue(days, shown)


def _decimal_date_time(value: Value) -> Value:
    given = _as_date_input(value)
    if given is None:
        return NAN
    if isinstance(given, float):
        return round(given * 86_400_000) / 86_400_000
    days = dates.days_since_epoch(given)
    return NAN if days is None else days


_TIME = re.compile(r"\d{2}:\d{2}(?::[0-5]\d)?(?:\.\d+)?(Z|[-+]\d{2}:\d{2})?")


def _decimal_time(value: Value) -> Value:
    """The fraction of the day of a time (``10:30:00``) at the local wall clock, as in ODK:
    a time with an offset is first moved into the local zone."""
    text = to_string(value).strip()
    found = _TIME.fullmatch(text)
    if found is None:
        return NAN
    zone = found.group(1)
    if zone and zone != "Z" and (int(zone[1:3]) > 23 or int(zone[4:6]) > 59):
        return NAN
    days = dates.days_since_epoch("1970-01-01T" + text)
    if days is None:
        return NAN
    local = dates.local_wall(days * 86_400_000)
    if local is None:
        return NAN
    wall = local[0]
    millis = (wall.hour * 3600 + wall.minute * 60 + wall.second) * 1000 + wall.microsecond // 1000
    return millis / 86_400_000


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
    "date-time": Function(1, 1, eager(_date)),
    "decimal-date-time": Function(1, 1, eager(_decimal_date_time)),
    "decimal-time": Function(1, 1, eager(_decimal_time)),
    "format-date": Function(2, 2, eager(_format)),
    "format-date-time": Function(2, 2, eager(_format)),
}
