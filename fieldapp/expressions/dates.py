"""Dates in the expression language: parsing, days since the epoch, and ``format-date`` patterns.

ODK keeps dates as strings in the instance: ``2024-05-01`` (date) and
``2024-05-01T10:15:00.000+02:00`` (dateTime). In numeric contexts, as in ODK, a date is its
*local* midnight and a dateTime without an offset its local wall-clock time, in fractional
days since 1970-01-01T00:00:00Z: at UTC-7 ``2024-05-01`` is 19844.291666...; a dateTime with
an offset is that instant. ``today() - ${dob}`` still counts whole days (both are local
midnights) and ``${dob} < today()`` compares. "Local" is the zone of the evaluation's clock
(:func:`local_zone`), set for each evaluation from its environment. Formatting shows a
dateTime at the wall-clock time it was written with, which is the local time of the officer
who recorded it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime, timedelta, tzinfo

_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_DATE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_DATE_TIME = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?"
    r"(Z|[+-]\d\d(?::?\d\d)?)?"
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# date.max as days since the epoch: anything further cannot be shown as a date.
_MAX_DAYS = date.max.toordinal() - _EPOCH_ORDINAL
_MIN_DAYS = date.min.toordinal() - _EPOCH_ORDINAL


# The zone "local" means while an expression is evaluated; None: the laptop's own zone.
_ZONE: ContextVar[tzinfo | None] = ContextVar("fieldapp_local_zone", default=None)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@contextmanager
def local_zone_of(zone: tzinfo | None) -> Iterator[None]:
    """Within the block, dates are read and shown in ``zone``."""
    token = _ZONE.set(zone)
    try:
        yield
    finally:
        _ZONE.reset(token)


def local_offset(wall: datetime) -> float:
    """The offset, in seconds, of the local zone at the naive local time ``wall``."""
    zone = _ZONE.get()
    aware = wall.replace(tzinfo=zone) if zone is not None else wall.astimezone()
    offset = aware.utcoffset()
    return 0.0 if offset is None else offset.total_seconds()


def local_wall(millis: float) -> tuple[datetime, float] | None:
    """The local wall-clock time and offset of an instant in epoch milliseconds."""
    try:
        moment = _EPOCH + timedelta(milliseconds=round(millis))
        local = moment.astimezone(_ZONE.get())
    except (OverflowError, ValueError):
        return None
    offset = local.utcoffset()
    return local.replace(tzinfo=None), 0.0 if offset is None else offset.total_seconds()


def looks_like_date(text: str) -> bool:
    """A cheap first check before the regular expressions: ``NNNN-`` at the start."""
    return len(text) >= 10 and text[4] == "-" and text[:4].isdigit()


def parse(text: str) -> tuple[datetime, float | None] | None:
    """A date or dateTime string as (wall-clock time, offset in seconds), or None.

    The offset is None when the text has no zone; a plain date has midnight as its time.
    """
    text = text.strip()
    if not looks_like_date(text):
        return None
    found = _DATE.fullmatch(text)
    try:
        if found:
            year, month, day = (int(part) for part in found.groups())
            return datetime(year, month, day), None
        found = _DATE_TIME.fullmatch(text)
        if not found:
            return None
        year, month, day, hour, minute = (int(part) for part in found.groups()[:5])
        second = int(found.group(6) or 0)
        fraction = found.group(7) or ""
        micro = int((fraction + "000000")[:6]) if fraction else 0
        wall = datetime(year, month, day, hour, minute, second, micro)
    except ValueError:
        return None
    return wall, _offset_seconds(found.group(8))


def _offset_seconds(zone: str | None) -> float | None:
    if not zone:
        return None
    if zone == "Z":
        return 0.0
    sign = -1.0 if zone[0] == "-" else 1.0
    digits = zone[1:].replace(":", "")
    hours = int(digits[:2])
    minutes = int(digits[2:4] or 0)
    return sign * (hours * 3600 + minutes * 60)


def days_since_epoch(text: str) -> float | None:
    """Days since 1970-01-01T00:00Z of a date (its local midnight) or dateTime string (its
    instant; local wall-clock time when it has no offset)."""
    parsed = parse(text)
    if parsed is None:
        return None
    return wall_days(*parsed)


def wall_days(wall: datetime, offset: float | None) -> float:
    """Days since the epoch of a wall-clock time at ``offset`` (None: the local zone)."""
    if offset is None:
        offset = local_offset(wall)
    days = wall.date().toordinal() - _EPOCH_ORDINAL
    seconds = days * 86_400 + wall.hour * 3600 + wall.minute * 60 + wall.second
    # As ODK: whole milliseconds since the epoch (finer digits dropped) divided by a day's,
    # so the float is the same to the last bit.
    millis = (seconds - round(offset)) * 1000 + wall.microsecond // 1000
    return millis / 86_400_000


def to_datetime(value: float | str) -> tuple[datetime, float | None] | None:
    """A number of days or a date/dateTime string as (wall-clock time, offset). A number is
    shown at the local wall-clock time of that instant."""
    if isinstance(value, str):
        return parse(value)
    if math.isnan(value) or not _MIN_DAYS <= value <= _MAX_DAYS:
        return None
    return local_wall(value * 86_400_000)


def local_text(days: float) -> str | None:
    """ODK's text of a date value: ``2024-05-01`` at local midnight, else the local
    dateTime with its offset (``1970-01-01T17:00:00.000-07:00``)."""
    if math.isnan(days) or not _MIN_DAYS <= days <= _MAX_DAYS:
        return None
    found = local_wall(days * 86_400_000)
    if found is None:
        return None
    wall, offset = found
    if wall.time() == datetime.min.time():
        return format_date(wall.date())
    return format_date_time(wall, offset)


def format_date(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def format_date_time(wall: datetime, offset_seconds: float | None) -> str:
    """ISO 8601 with milliseconds, and the offset when one is known."""
    text = (
        f"{format_date(wall.date())}T{wall.hour:02d}:{wall.minute:02d}:{wall.second:02d}"
        f".{wall.microsecond // 1000:03d}"
    )
    if offset_seconds is None:
        return text
    sign = "-" if offset_seconds < 0 else "+"
    minutes = int(abs(offset_seconds)) // 60
    return f"{text}{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def format_now(moment: datetime) -> str:
    """``now()``: the aware clock time with its own offset."""
    offset = moment.utcoffset()
    seconds = 0.0 if offset is None else offset.total_seconds()
    return format_date_time(moment.replace(tzinfo=None), seconds)


def date_from_days(days: float) -> str:
    """The calendar date ``floor(days)`` days after 1970-01-01, or '' when out of range."""
    if math.isnan(days) or not _MIN_DAYS <= days <= _MAX_DAYS:
        return ""
    return format_date(date.fromordinal(_EPOCH_ORDINAL + math.floor(days)))


def strftime(wall: datetime, pattern: str) -> str:
    """ODK ``format-date`` patterns: %Y %y %m %n %b %d %e %H %h %M %S %3 %a, %% for %."""
    out: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char != "%" or index + 1 >= len(pattern):
            out.append(char)
            index += 1
            continue
        code = pattern[index + 1]
        index += 2
        out.append(_field(wall, code))
    return "".join(out)


_FIELDS: dict[str, Callable[[datetime], str]] = {
    "Y": lambda wall: f"{wall.year:04d}",
    "y": lambda wall: f"{wall.year % 100:02d}",
    "m": lambda wall: f"{wall.month:02d}",
    "n": lambda wall: str(wall.month),
    "b": lambda wall: _MONTHS[wall.month - 1],
    "d": lambda wall: f"{wall.day:02d}",
    "e": lambda wall: str(wall.day),
    "H": lambda wall: f"{wall.hour:02d}",
    "h": lambda wall: str(wall.hour),
    "M": lambda wall: f"{wall.minute:02d}",
    "S": lambda wall: f"{wall.second:02d}",
    "3": lambda wall: f"{wall.microsecond // 1000:03d}",
    "a": lambda wall: _DAYS[wall.weekday()],
    "%": lambda wall: "%",
}


def _field(wall: datetime, code: str) -> str:
    make = _FIELDS.get(code)
    # An unknown code is shown as written, so a typo in a form is visible rather than fatal.
    return make(wall) if make is not None else "%" + code
