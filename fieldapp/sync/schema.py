"""Canonical JSON for signed sync content, and strict typed reading of untrusted JSON.

Everything the sync files sign is canonical JSON (sorted keys, no spaces, UTF-8, no NaN), so
the same content always gives the same bytes and the same hash. Readers never index into
parsed JSON directly: :class:`Fields` checks the exact key set, types, ranges and encodings of
one object and raises the caller's typed error with the field name, so a hostile file meets a
clean rejection instead of a ``KeyError`` or ``TypeError``. Nothing here logs or echoes values.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from fieldapp.sync.errors import MALFORMED, FileKind, MalformedFile

_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z")
_HEX = re.compile(r"[0-9a-f]*")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def canonical_json(value: object) -> bytes:
    """The one byte form of a JSON value that is signed and hashed.

    Raises ``ValueError`` or ``TypeError`` for values that have no JSON form (NaN, sets,
    lone surrogates); callers turn that into their own typed error.
    """
    try:
        text = json.dumps(
            value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        )
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate in a string
        raise ValueError("text that is not valid Unicode") from exc
    except RecursionError as exc:
        raise ValueError("nested too deeply") from exc


def format_timestamp(moment: datetime) -> str:
    """UTC, microseconds, ``Z``: sortable and the same on every platform."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not allowed")


def _parse_float(text: str) -> float:
    number = float(text)
    if number in (float("inf"), float("-inf")):  # "1e999" parses to infinity
        raise ValueError("number out of range")
    return number


# One decoder for every call: building one per call costs more than parsing a small record.
_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_parse_float)


def loads(data: bytes | str) -> Any:
    """JSON from strict UTF-8, without NaN or infinities; ``ValueError`` on any bad input."""
    try:
        # Strict decoding: json.loads(bytes) would let UTF-8-encoded surrogates through.
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        return _DECODER.decode(text)
    except (RecursionError, UnicodeDecodeError) as exc:  # deep nesting, bad UTF-8
        raise ValueError("not valid JSON") from exc


class Fields:
    """Typed access to one untrusted JSON object; every failure raises the caller's error."""

    def __init__(self, value: object, kind: FileKind, where: str) -> None:
        self._kind = kind
        self._where = where
        if not isinstance(value, dict):
            raise self.error(f"{where} is not a JSON object")
        self._data: dict[str, Any] = value

    def error(self, detail: str) -> MalformedFile:
        return malformed(self._kind, detail)

    def expect_keys(self, required: set[str], optional: frozenset[str] = frozenset()) -> None:
        keys = set(self._data)
        missing = required - keys
        unknown = keys - required - optional
        if missing:
            raise self.error(f"{self._where} lacks {', '.join(sorted(missing))}")
        if unknown:
            raise self.error(f"{self._where} has unknown fields")

    def has(self, name: str) -> bool:
        """True when the field is present (an optional part of a newer format)."""
        return name in self._data

    def is_null(self, name: str) -> bool:
        """True when the field is JSON ``null`` (an optional part left out on purpose)."""
        return name in self._data and self._data[name] is None

    def text(self, name: str, *, max_chars: int = 200,
             pattern: re.Pattern[str] | None = None) -> str:
        value = self._data.get(name)
        if not isinstance(value, str) or not value or len(value) > max_chars:
            raise self.error(f"{self._where}.{name} is not a valid text")
        if pattern is not None and not pattern.fullmatch(value):
            raise self.error(f"{self._where}.{name} has a wrong format")
        return value

    def integer(self, name: str, *, minimum: int = 0, maximum: int = 2**63 - 1) -> int:
        value = self._data.get(name)
        # bool is an int in Python; true/false must not pass for a count or a sequence.
        if type(value) is not int or not minimum <= value <= maximum:
            raise self.error(f"{self._where}.{name} is not a whole number in range")
        return value

    def boolean(self, name: str) -> bool:
        value = self._data.get(name)
        if not isinstance(value, bool):
            raise self.error(f"{self._where}.{name} is not true or false")
        return value

    def hex_bytes(self, name: str, size: int) -> bytes:
        value = self._data.get(name)
        if not isinstance(value, str) or len(value) != 2 * size or not _HEX.fullmatch(value):
            raise self.error(f"{self._where}.{name} is not {size} bytes of lowercase hex")
        return bytes.fromhex(value)

    def base64_bytes(self, name: str, *, max_bytes: int) -> bytes:
        value = self._data.get(name)
        if not isinstance(value, str) or len(value) > (max_bytes + 2) // 3 * 4:
            raise self.error(f"{self._where}.{name} is not valid base64 or too large")
        try:
            decoded = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise self.error(f"{self._where}.{name} is not valid base64") from exc
        # One encoding per value: stray padding bits would let two files sign alike.
        if base64.b64encode(decoded).decode("ascii") != value:
            raise self.error(f"{self._where}.{name} is not canonical base64")
        return decoded

    def uuid_text(self, name: str) -> str:
        value = self._data.get(name)
        if not isinstance(value, str) or not is_canonical_uuid(value):
            raise self.error(f"{self._where}.{name} is not a lowercase UUID")
        return value

    def timestamp(self, name: str) -> datetime:
        value = self._data.get(name)
        if not isinstance(value, str) or not _TIMESTAMP.fullmatch(value):
            raise self.error(f"{self._where}.{name} is not a UTC timestamp")
        try:
            return datetime.fromisoformat(value)
        except ValueError as exc:  # e.g. month 13
            raise self.error(f"{self._where}.{name} is not a real date") from exc

    def items(self, name: str, *, max_items: int) -> list[Any]:
        value = self._data.get(name)
        if not isinstance(value, list) or len(value) > max_items:
            raise self.error(f"{self._where}.{name} is not a list of at most {max_items}")
        return value

    def nested(self, name: str) -> Fields:
        return Fields(self._data.get(name), self._kind, f"{self._where}.{name}")

    def each(self, name: str, *, max_items: int, read: Callable[[Fields], Any]) -> list[Any]:
        return [
            read(Fields(item, self._kind, f"{self._where}.{name}[{index}]"))
            for index, item in enumerate(self.items(name, max_items=max_items))
        ]


def malformed(kind: FileKind, detail: str) -> MalformedFile:
    """The "malformed" error of ``kind`` files, e.g. :class:`MalformedReceipt`."""
    return MALFORMED[kind](kind, f"the {kind.value} is malformed: {detail}")


def is_canonical_uuid(value: str) -> bool:
    """True for the lowercase, hyphenated 36-character form ``str(uuid.UUID(...))`` gives."""
    return bool(_UUID.fullmatch(value))
