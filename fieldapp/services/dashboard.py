"""The supervisor dashboard's numbers: what the screenings say, counted under one filter.

Charts: screenings over time (by month), results by level, types of exploitation, means of
control, children and adults, nationality, by site and by officer. Each counts finalised
interviews; for a variable a person can have several values of (types of exploitation, means
of control, citizenship) a person counts once under each value, and every chart says how many
people had some information on it (the denominator CTDC uses for percentages).

What a chart needs lives in two places. The ``interviews`` row (month, level, site, officer,
``is_child``, citizenship) is read for every interview in one short query. Types of
exploitation and means of control are only in the answers of the interview's latest revision,
kilobytes of JSON each: reading those for 100,000 interviews takes seconds (the pages must be
decrypted), so :class:`FactsIndex` reads them in chunks, each a job of its own on the database
thread, and keeps what a chart needs, nothing else, in memory: no name, no date of birth, no
free text. Until every chunk is in, those two charts count the people read so far and say so
(:attr:`DashboardNumbers.answers_read`). A refresh reads only the interviews that are new or
have a new revision. The index belongs to one unlocked session and is dropped on lock.

The filter is the review list's :class:`~fieldapp.services.case_filter.CaseFilter`
(:func:`filtered_ids` turns it into the interview ids it keeps); counting is then one pass
over those ids in memory, which keeps a filter change well under the 300 ms a supervisor
would notice at 100,000 interviews.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import chain
from typing import Any

from fieldapp.services.case_filter import CaseFilter, case_where
from fieldapp.vault.database import Connection

CHUNK = 5_000
UNKNOWN = ""


class Chart(StrEnum):
    OVER_TIME = "over_time"
    RESULTS = "results"
    EXPLOITATION = "exploitation"
    CONTROL = "control"
    AGE_GROUP = "age_group"
    NATIONALITY = "nationality"
    SITE = "site"
    OFFICER = "officer"


# Charts whose numbers come from the answers, not from the interviews row.
ANSWER_CHARTS = frozenset({Chart.EXPLOITATION, Chart.CONTROL})
CHILD = "child"
ADULT = "adult"
# Categories are shown in this order when the chart has one; others by count.
RESULT_ORDER = ("refer_now", "assess_further", "no_indicators", "stopped")
AGE_ORDER = (CHILD, ADULT)


@dataclass(frozen=True)
class DashboardFields:
    """The form fields the answer charts read (those the shipped forms tag for HTCDS).

    They carry the ``htcds:field`` tags ``vic_TypeOfExploitation`` and
    ``vic_MethodsOfControl``, and their choice names are HTCDS value names.
    """

    exploitation: str = "exploitation_types"
    control: str = "methods_of_control"


@dataclass(frozen=True)
class ChartCounts:
    """One chart: categories and counts, in display order, and its denominator."""

    chart: Chart
    counts: tuple[tuple[str, int], ...]
    people: int  # interviews with some information on this variable
    multiple: bool = False  # one person may count under several categories

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(label for label, _count in self.counts)

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(count for _label, count in self.counts)


@dataclass(frozen=True)
class DashboardNumbers:
    total: int  # finalised interviews under the filter
    charts: Mapping[Chart, ChartCounts]
    answers_read: int  # of ``total``, how many had their answers read (the rest are pending)

    @property
    def complete(self) -> bool:
        return self.answers_read >= self.total


Key = tuple[str, str]


@dataclass
class _Entry:
    revision: int
    columns: tuple[Key, ...]
    answers: tuple[Key, ...] | None = None  # None until read
    answers_revision: int = -1
    keys: tuple[Key, ...] = field(default_factory=tuple)

    def join(self) -> None:
        self.keys = self.columns + (self.answers or ())


def filtered_ids(connection: Connection, case_filter: CaseFilter) -> list[int] | None:
    """The ids ``case_filter`` keeps, or ``None`` when it keeps everything (no query)."""
    if case_filter.is_empty:
        return None
    where = case_where(connection, case_filter)
    return [int(row[0]) for row in connection.execute(
        f"SELECT id FROM interviews{where.clause()}", where.params)]  # noqa: S608


_PEOPLE = "\x00people"  # marker key: one per interview that has information on a chart
_READ = ("\x00read", "")


class FactsIndex:
    """What the dashboard counts, per finalised interview, held for one unlocked session."""

    def __init__(self, fields: DashboardFields | None = None) -> None:
        self.fields = fields or DashboardFields()
        self._entries: dict[int, _Entry] = {}
        self._pending: list[int] = []
        self._keys: dict[Key, Key] = {}  # one shared tuple per distinct key: less memory

    # -- reading --------------------------------------------------------------------------
    def refresh(self, connection: Connection) -> int:
        """Read every interviews row; queue the answers not read yet. How many are queued."""
        entries: dict[int, _Entry] = {}
        for row_id, revision, created_at, level, site, officer, child, citizenship in (
                connection.execute(
                    "SELECT id, revision, created_at, result_level, site, interviewer,"
                    " is_child, citizenship FROM interviews"
                    " WHERE status = 'finalised' AND purged_at IS NULL")):
            old = self._entries.get(row_id)
            columns = self._column_keys(str(created_at)[:7], str(level), str(site),
                                        str(officer), child, str(citizenship))
            entry = _Entry(int(revision), columns)
            if old is not None and old.answers_revision == entry.revision:
                entry.answers, entry.answers_revision = old.answers, old.answers_revision
            entry.join()
            entries[int(row_id)] = entry
        self._entries = entries
        self._pending = sorted(row_id for row_id, entry in entries.items()
                               if entry.answers is None)
        return len(self._pending)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def read_answers(self, connection: Connection, limit: int = CHUNK) -> int:
        """Read the answers of up to ``limit`` queued interviews; how many remain queued."""
        chunk, self._pending = self._pending[:limit], self._pending[limit:]
        if not chunk:
            return 0
        fields = self.fields
        marks = ", ".join("?" for _ in chunk)
        sql = (
            "SELECT i.id, r.revision, json_extract(r.content, ?),"  # noqa: S608
            " json_extract(r.content, ?) FROM interviews i JOIN interview_revisions r"
            " ON r.interview_id = i.id AND r.revision = i.revision"
            f" WHERE i.id IN ({marks})"
        )
        paths = [f"$.values.{name}" for name in (fields.exploitation, fields.control)]
        for row_id, revision, exploitation, control in connection.execute(
                sql, [*paths, *chunk]):
            entry = self._entries.get(int(row_id))
            if entry is None or entry.revision != int(revision):
                continue
            entry.answers = self._answer_keys(exploitation, control)
            entry.answers_revision = entry.revision
            entry.join()
        for row_id in chunk:  # a revision without content still counts as read
            entry = self._entries.get(row_id)
            if entry is not None and entry.answers is None:
                entry.answers = (_READ,)
                entry.answers_revision = entry.revision
                entry.join()
        return len(self._pending)

    def read_all(self, connection: Connection) -> None:
        """Refresh and read every queued chunk at once (the CLI, tests, benchmarks)."""
        self.refresh(connection)
        while self.read_answers(connection):
            pass

    def clear(self) -> None:
        self._entries = {}
        self._pending = []
        self._keys = {}

    # -- counting -------------------------------------------------------------------------
    def numbers(self, ids: Iterable[int] | None = None) -> DashboardNumbers:
        """Every chart over ``ids`` (``None``: every finalised interview)."""
        entries = self._entries
        if ids is None:
            chosen = list(entries.values())
        else:
            chosen = [entry for entry in map(entries.get, ids) if entry is not None]
        tally = Counter(chain.from_iterable(entry.keys for entry in chosen))
        charts: dict[Chart, dict[str, int]] = {chart: {} for chart in Chart}
        people: dict[Chart, int] = dict.fromkeys(Chart, 0)
        for (kind, value), count in tally.items():
            if kind == _PEOPLE:
                people[Chart(value)] = count
            elif kind in charts:
                charts[Chart(kind)][value] = count
        return DashboardNumbers(
            total=len(chosen),
            charts={chart: _ordered(chart, counts, people[chart])
                    for chart, counts in charts.items()},
            answers_read=tally[_READ],
        )

    # -- internals ------------------------------------------------------------------------
    def _key(self, kind: str, value: str) -> Key:
        key = (sys.intern(str(kind)), sys.intern(str(value)))
        return self._keys.setdefault(key, key)

    def _column_keys(self, month: str, level: str, site: str, officer: str, child: Any,
                     citizenship: str) -> tuple[Key, ...]:
        keys = [self._key(Chart.OVER_TIME, month), self._key(Chart.RESULTS, level),
                self._key(Chart.SITE, site), self._key(Chart.OFFICER, officer),
                self._key(_PEOPLE, Chart.OVER_TIME), self._key(_PEOPLE, Chart.RESULTS),
                self._key(_PEOPLE, Chart.SITE), self._key(_PEOPLE, Chart.OFFICER)]
        if child in (0, 1):
            keys += [self._key(Chart.AGE_GROUP, CHILD if child else ADULT),
                     self._key(_PEOPLE, Chart.AGE_GROUP)]
        countries = sorted(set(citizenship.split()))
        if countries:
            keys += [self._key(Chart.NATIONALITY, code) for code in countries]
            keys.append(self._key(_PEOPLE, Chart.NATIONALITY))
        return tuple(keys)

    def _answer_keys(self, exploitation: Any, control: Any) -> tuple[Key, ...]:
        keys: list[Key] = [_READ]
        for chart, raw in ((Chart.EXPLOITATION, exploitation), (Chart.CONTROL, control)):
            values = _choices(raw)
            if values:
                keys += [self._key(chart, value) for value in values]
                keys.append(self._key(_PEOPLE, chart))
        return tuple(keys)


def _choices(raw: Any) -> list[str]:
    """The distinct choice names of a select_multiple as stored (JSON list or spaced text)."""
    if raw is None or raw == "":
        return []
    values: Any = raw
    if isinstance(raw, str) and raw.startswith("["):
        try:
            values = json.loads(raw)
        except ValueError:
            return []
    if isinstance(values, str):
        values = values.split()
    if not isinstance(values, list):
        return []
    return sorted({str(value) for value in values if isinstance(value, str) and value})


def _ordered(chart: Chart, counts: dict[str, int], people: int) -> ChartCounts:
    if chart == Chart.OVER_TIME:
        order = sorted(counts)
    elif chart == Chart.RESULTS:
        order = [level for level in RESULT_ORDER if level in counts]
        order += sorted(set(counts) - set(order))
    elif chart == Chart.AGE_GROUP:
        order = [group for group in AGE_ORDER if group in counts]
    else:
        order = sorted(counts, key=lambda label: (-counts[label], label))
    return ChartCounts(chart, tuple((label, counts[label]) for label in order), people,
                       multiple=chart in (Chart.EXPLOITATION, Chart.CONTROL,
                                          Chart.NATIONALITY))
