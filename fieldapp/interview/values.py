"""Answer values: from JSON (what the UI, the answers file and the vault rows hold) to the
instance text ODK stores, and back.

JSON shapes: text and select_one as strings, integer as int, decimal as a number,
select_multiple and rank as lists of choice names, date ``YYYY-MM-DD``, time ``HH:MM:SS.sss``
(with an offset when given), dateTime ISO 8601 with milliseconds, acknowledge/trigger ``"OK"``.
The instance text follows the ODK XForms rules (space-separated choice lists, ISO dates), so
expressions and submissions see what ODK Collect would. A value that does not fit raises
:class:`AnswerError`, whose message says what was expected and never repeats the value.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from fieldapp.interview.errors import AnswerError
from fieldapp.xlsform import Kind, Question

JsonValue = str | int | float | bool | list[Any] | dict[str, Any] | None

_INTEGER = re.compile(r"^[+-]?\d{1,18}$")
_DECIMAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_MAX_TEXT = 100_000
# What XML 1.0 cannot hold (control characters, lone surrogates, non-characters).
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
ACKNOWLEDGED = "OK"


def to_instance_text(
    question: Question, value: JsonValue, choices: Collection[str] | None = None
) -> str:
    """The instance text for ``value``; "" clears. ``choices`` limits select answers."""
    if value is None or value == "" or value == []:
        return ""
    kind = question.kind
    name = question.name
    if kind in (Kind.INTEGER, Kind.DECIMAL):
        return _number_text(name, value, integer=kind is Kind.INTEGER)
    if kind is Kind.RANGE:
        return _range_text(question, value)
    if kind is Kind.DATE:
        return _date_text(name, value)
    if kind is Kind.TIME:
        return _time_text(name, value)
    if kind is Kind.DATETIME:
        return _datetime_text(name, value)
    if kind is Kind.SELECT_ONE:
        picked = _choice_names(name, value, single=True)
        _check_choices(name, picked, choices)
        return picked[0]
    if kind in (Kind.SELECT_MULTIPLE, Kind.RANK):
        picked = _choice_names(name, value, single=False)
        _check_choices(name, picked, choices)
        return " ".join(picked)
    if kind in (Kind.ACKNOWLEDGE, Kind.TRIGGER):
        if value is True or (isinstance(value, str) and value.strip().upper() == "OK"):
            return ACKNOWLEDGED
        if value is False:
            return ""
        raise AnswerError(name, 'expected "OK" (acknowledged) or nothing')
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise AnswerError(name, "expected text")
    text = str(value)
    if len(text) > _MAX_TEXT:
        raise AnswerError(name, f"the text is longer than {_MAX_TEXT} characters")
    if NOT_XML.search(text):
        raise AnswerError(name, "the text holds control characters that cannot be stored")
    return text


def to_json_value(question: Question, text: str) -> JsonValue:
    """The JSON shape of an instance text (the text itself when it does not parse)."""
    if text == "":
        return None
    kind = question.kind
    if kind in (Kind.SELECT_MULTIPLE, Kind.RANK):
        return text.split()
    number_kind = kind in (Kind.INTEGER, Kind.DECIMAL, Kind.RANGE)
    if number_kind:
        if _INTEGER.match(text.strip()) and (kind is not Kind.DECIMAL):
            return int(text)
        if _DECIMAL.match(text.strip()):
            number = float(text)
            return number if math.isfinite(number) else text
    return text


def in_choice_order(text: str, names: Sequence[str]) -> str:
    """A select_multiple answer with its choices in list order (unknown names last)."""
    picked = text.split()
    rank = {name: index for index, name in enumerate(names)}
    return " ".join(sorted(picked, key=lambda name: rank.get(name, len(rank))))


def _number_text(name: str, value: JsonValue, *, integer: bool) -> str:
    number = _as_number(name, value, "a whole number" if integer else "a number")
    if integer:
        if not float(number).is_integer():
            raise AnswerError(name, "expected a whole number")
        if abs(number) >= 2**53:
            raise AnswerError(name, "the number is too large")
        return str(int(number))
    return decimal_text(float(number))


def decimal_text(number: float) -> str:
    """A decimal answer or calculation as ODK stores it: ``3.0`` for 3, ``2.5``, no exponent.

    ODK Collect and Web Forms both keep the ``.0`` of a whole number, so ``concat()`` over
    the answer gives the same text here as there."""
    text = format_decimal(number)
    return text if "." in text else text + ".0"


def format_decimal(number: float) -> str:
    """A number as people read it: ``2`` for 2.0, ``0.5``, never an exponent."""
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))  # also turns -0.0 into "0"
    text = repr(number)
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    return text


def _as_number(name: str, value: JsonValue, expected: str) -> float | int:
    if isinstance(value, bool):
        raise AnswerError(name, f"expected {expected}")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise AnswerError(name, f"expected {expected}")
        return value
    if isinstance(value, str):
        text = value.strip()
        if _INTEGER.match(text):
            return int(text)
        if _DECIMAL.match(text):
            number = float(text)
            if math.isfinite(number):
                return number
    raise AnswerError(name, f"expected {expected}")


def _range_text(question: Question, value: JsonValue) -> str:
    name = question.name
    number = float(_as_number(name, value, "a number in the range"))
    try:
        start = float(question.parameters.get("start", "0") or 0)
        end = float(question.parameters.get("end", "10") or 10)
        step = float(question.parameters.get("step", "1") or 1)
    except ValueError as error:
        raise AnswerError(name, "the form's range parameters are not numbers") from error
    low, high = min(start, end), max(start, end)
    if not low - 1e-9 <= number <= high + 1e-9:
        raise AnswerError(name, f"expected a number from {format_decimal(low)} to "
                                f"{format_decimal(high)}")
    if step:
        steps = (number - start) / step
        if abs(steps - round(steps)) > 1e-6:
            raise AnswerError(name, f"expected a step of {format_decimal(abs(step))}")
    if question.data_type in ("int", "integer"):
        return str(round(number))
    return format_decimal(number)


def _date_text(name: str, value: JsonValue) -> str:
    if isinstance(value, str) and len(value.strip()) == 10:
        try:
            return date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise AnswerError(name, "expected a date as YYYY-MM-DD")


def _time_text(name: str, value: JsonValue) -> str:
    if isinstance(value, str):
        text = value.strip().replace("Z", "+00:00")
        try:
            parsed = time.fromisoformat(text)
        except ValueError:
            parsed = None
        if parsed is not None:
            return parsed.isoformat(timespec="milliseconds")
    raise AnswerError(name, "expected a time as HH:MM or HH:MM:SS")


def _datetime_text(name: str, value: JsonValue) -> str:
    if isinstance(value, str) and "T" in value:
        text = value.strip().replace("Z", "+00:00")
        try:
            return datetime.fromisoformat(text).isoformat(timespec="milliseconds")
        except ValueError:
            pass
    raise AnswerError(name, "expected a date and time as YYYY-MM-DDTHH:MM:SS")


def _choice_names(name: str, value: JsonValue, *, single: bool) -> list[str]:
    if isinstance(value, bool):
        raise AnswerError(name, "expected a choice name")
    if isinstance(value, int | float):
        value = format_decimal(float(value))
    if isinstance(value, str):
        names = value.split()
    elif isinstance(value, list) and not single:
        names = []
        for item in value:
            if isinstance(item, bool) or not isinstance(item, str | int | float):
                raise AnswerError(name, "expected a list of choice names")
            text = format_decimal(float(item)) if isinstance(item, int | float) else item
            if not text.strip() or len(text.split()) != 1:
                raise AnswerError(name, "choice names cannot be empty or hold spaces")
            names.append(text.strip())
    else:
        raise AnswerError(
            name, "expected one choice name" if single else "expected a list of choice names"
        )
    if single and len(names) != 1:
        raise AnswerError(name, "expected one choice name")
    unique = list(dict.fromkeys(names))
    if len(unique) != len(names):
        raise AnswerError(name, "a choice is given twice")
    return unique


def _check_choices(name: str, picked: list[str], choices: Collection[str] | None) -> None:
    if choices is None:
        return
    if any(choice not in choices for choice in picked):
        raise AnswerError(name, "the answer is not among this question's choices")
