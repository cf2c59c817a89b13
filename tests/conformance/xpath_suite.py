"""@getodk/xpath's own assertions, as data, checked against fieldapp's ``evaluate_as``.

``data/getodk-xpath-suite.json`` holds every value assertion of the test files in
getodk/web-forms ``packages/xpath/test/native`` and ``.../xforms`` at the commit named in it
(``extract_xpath_suite.py`` makes it). Each row gives the document, the context node (a path
from the document), the expression, the result type asked for and what the assertion
expects. :func:`check` evaluates one row here and says whether it gives what ODK's test
expects. :data:`KNOWN_DIFFERENCES` names every row that does not, with the reason; the test
fails on any other difference, and on a known one that has started to pass.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fieldapp.expressions.errors import ExpressionError
from fieldapp.expressions.standalone import evaluate_as

DATA = Path(__file__).resolve().parent / "data" / "getodk-xpath-suite.json"


@dataclass(frozen=True)
class Row:
    key: str
    file: str
    test: str
    assertion: str
    kind: str
    expression: str
    expected: Any
    factor: float | None
    document: str
    context: str | None
    language: str | None
    xforms: bool
    root: str
    # What ODK's resolver made of each prefix the expression may use ('' for an unprefixed
    # name); None when the test resolved them through its document.
    namespaces: dict[str, str] | None


@cache
def suite() -> tuple[dict[str, Any], tuple[Row, ...]]:
    """The metadata and the rows whose assertion ODK's own suite expects to hold."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    rows: list[Row] = []
    seen: dict[str, int] = {}
    for raw in data["rows"]:
        if raw["odk_marks_failing"]:
            continue  # it.fails: ODK's suite records that ODK does not give this value
        base = f"{raw['file']} :: {raw['test']} :: {raw['expression']}"
        seen[base] = seen.get(base, 0) + 1
        key = base if seen[base] == 1 else f"{base} #{seen[base]}"
        rows.append(
            Row(
                key=key,
                file=raw["file"],
                test=raw["test"],
                assertion=raw["assertion"],
                kind=raw["kind"],
                expression=raw["expression"],
                expected=raw["expected"],
                factor=raw.get("factor"),
                document=data["documents"][raw["document"]],
                context=raw["context"],
                language=raw["language"],
                xforms=raw["xforms"],
                root=raw["root"],
                namespaces=raw["namespaces"],
            )
        )
    meta = {key: value for key, value in data.items() if key not in ("rows", "documents")}
    return meta, tuple(rows)


def clock() -> datetime:
    """The suite's fixed clock in its time zone (America/Phoenix, as its vite config sets)."""
    meta, _ = suite()
    zone = ZoneInfo(meta["time_zone"])
    return datetime.fromisoformat(meta["fixed_now"].replace("Z", "+00:00")).astimezone(zone)


def context_path(row: Row) -> str | None:
    """The row's context as a path this engine evaluates; None when it cannot be said.

    When ODK's test makes the primary ``<instance>`` the root node, absolute paths start
    there, as in a form: this engine's XForm mode, where ``/data`` is the instance's child.
    The recorder names elements and attributes by local name (``html[1]``, ``@id``), and
    counts an element among its siblings of that local name, whatever their namespace: each
    such step becomes ``*[local-name() = 'html'][1]`` so it finds the node in any namespace.
    """
    if row.context is None:
        return None
    path = row.context
    if is_xform(row):
        if not path.startswith(row.root):
            return None  # outside the primary instance
        path = path[len(row.root) :] or "/"
    if path == "/":
        return path
    return "/" + "/".join(_any_namespace(step) for step in path[1:].split("/"))


_NAMED_STEP = re.compile(r"(@?)([^\[@()]+)(\[\d+\])?")


def _any_namespace(step: str) -> str:
    named = _NAMED_STEP.fullmatch(step)
    if named is None:
        return step  # text()[k], comment()[k], processing-instruction()[k]
    at, local, position = named.groups()
    return f"{at}*[local-name() = '{local}']{position or ''}"


def is_xform(row: Row) -> bool:
    """Whether ODK's test evaluated from the primary instance rather than the document."""
    return row.root != "/"


def ours(row: Row) -> bool | float | str:
    path = context_path(row)
    if path is None:
        raise ExpressionError("the context node (a comment, a processing instruction or a "
                              "node outside the primary instance) has no path here")
    result = row.kind
    assert result in ("boolean", "number", "string")
    return evaluate_as(row.expression, row.document, path, result, now=clock(),  # type: ignore[arg-type]
                       xform=is_xform(row), language=row.language,
                       namespaces=row.namespaces)


def _js_round(number: float) -> float:
    return math.floor(number + 0.5)


def matches(row: Row, value: bool | float | str) -> bool:
    """Whether ``value`` satisfies the row's assertion, as the vitest helper checks it."""
    expected = row.expected
    if row.assertion == "assertBooleanValue":
        return value is expected
    if row.assertion in ("assertNumberValue", "assertNumberRounded"):
        assert isinstance(value, float)
        if isinstance(expected, str):  # "NaN", "Infinity", "-Infinity"
            return (math.isnan(value) and expected == "NaN") or str(value) == {
                "Infinity": "inf", "-Infinity": "-inf"}.get(expected)
        if row.assertion == "assertNumberRounded":
            assert row.factor is not None
            if not math.isfinite(value):
                return False
            return _js_round(value * row.factor) / row.factor == expected
        return value == expected
    assert isinstance(value, str)
    if row.assertion == "assertStringLength":
        return len(value.encode("utf-16-le")) // 2 == expected
    if row.assertion == "assertStringMatches":
        flags = re.IGNORECASE if "i" in expected["flags"] else 0
        return re.search(expected["pattern"], value, flags) is not None
    return bool(value == expected)


def check(row: Row) -> tuple[bool, str]:
    """(passes, what this engine gave)."""
    try:
        value = ours(row)
    except ExpressionError as error:
        return False, f"error: {error}"
    return matches(row, value), repr(value)
