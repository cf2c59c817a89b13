"""The supervisor dashboard's numbers: what the screenings say, counted under one filter.

Charts: screenings over time (by month), results by level, types of exploitation, means of
control, children and adults, nationality, by site and by officer. Each counts finalised
interviews; for a variable a person can have several values of (types of exploitation, means
of control, citizenship) a person counts once under each value, and every chart says how many
people had some information on it (the denominator CTDC uses for percentages).

Everything a chart needs is read in one query: the ``interviews`` row (month, level, site,
officer, ``is_child``, citizenship) and its row of ``interview_choice_facts`` (types of
exploitation and means of control as the import stored them, see
:mod:`fieldapp.vault.case_facts`). :class:`FactsIndex` keeps what a chart needs, nothing else,
in memory: no name, no date of birth, no free text. An interview whose facts row is missing or
was written for another revision (a revision finalised or chosen here since) has its answers
read from its revision's JSON, kilobytes each, in chunks, each a job of its own on the
database thread; until every chunk is in, those two charts count the people read so far and
say so (:attr:`DashboardNumbers.answers_read`). A refresh reads only the interviews that are
new or have a new revision. The index belongs to one unlocked session and is dropped on lock.

The filter is the review list's :class:`~fieldapp.services.case_filter.CaseFilter`. On the
columns the index holds (site, officer, form, dates, result, age group) it is applied in
memory (:mod:`fieldapp.services.dashboard_filter`); otherwise :func:`filtered_ids` asks the
database for the ids it keeps. Counting is then one pass over those interviews in memory, and
the numbers of the whole vault are kept until something changes, which keeps a filter change
well under the 300 ms a supervisor would notice at 100,000 interviews.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import chain
from operator import itemgetter
from typing import Any

from fieldapp.services.case_filter import CaseFilter, case_where
from fieldapp.services.dashboard_filter import ADULT as ADULT
from fieldapp.services.dashboard_filter import CHILD as CHILD
from fieldapp.services.dashboard_filter import FilterColumns, in_memory, positions
from fieldapp.vault.case_facts import CONTROL_FIELD, EXPLOITATION_FIELD
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
# Categories are shown in this order when the chart has one; others by count.
RESULT_ORDER = ("refer_now", "assess_further", "no_indicators", "stopped")
AGE_ORDER = (CHILD, ADULT)


@dataclass(frozen=True)
class DashboardFields:
    """The form fields the answer charts read (those the shipped forms tag for HTCDS).

    They carry the ``htcds:field`` tags ``vic_TypeOfExploitation`` and
    ``vic_MethodsOfControl``, and their choice names are HTCDS value names.
    """

    exploitation: str = EXPLOITATION_FIELD
    control: str = CONTROL_FIELD


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


def filtered_ids(connection: Connection, case_filter: CaseFilter) -> list[int] | None:
    """The ids ``case_filter`` keeps, or ``None`` when it keeps everything (no query)."""
    if case_filter.is_empty:
        return None
    where = case_where(connection, case_filter)
    return [row[0] for row in connection.execute(
        f"SELECT id FROM interviews{where.clause()}", where.params)]  # noqa: S608


_ROWS_SQL = (
    "SELECT i.id, i.revision, i.created_at, i.result_level, i.site,"
    " i.interviewer, i.is_child, i.citizenship, i.form_id, f.exploitation, f.control,"
    " f.revision IS i.revision AND f.updated_at IS i.updated_at"
    " FROM interviews i LEFT JOIN interview_choice_facts f ON f.interview_id = i.id"
    " WHERE i.status = 'finalised' AND i.purged_at IS NULL ORDER BY i.id"
)
# Cheap to ask (one pass, no rows back): when none of these moved, nothing the dashboard
# counts has changed, so reopening it need not read every row again.
_FINGERPRINT_SQL = (
    "SELECT count(*), max(id), max(updated_at), total(revision), total(is_child),"
    " total(length(citizenship)) FROM interviews WHERE status = 'finalised'"
)
Choices = tuple[str, ...] | None  # a select_multiple's choices; None until read


def _people(values: Iterable[Choices]) -> tuple[Counter[str], int]:
    chosen = list(filter(None, values))  # every step in C: this runs per filter change
    return Counter(chain.from_iterable(chosen)), len(chosen)


class FactsIndex:
    """What the dashboard counts, one column per fact, for one unlocked session.

    Columns are lists in id order, so counting a filtered set is a gather
    (:func:`operator.itemgetter`) and a :class:`~collections.Counter` per chart, both done
    in C: a pass over 100,000 interviews costs tens of milliseconds.
    """

    def __init__(self, fields: DashboardFields | None = None) -> None:
        self.fields = fields or DashboardFields()
        self.version = 0  # moves whenever what the counts are made of changes
        self._fingerprint: tuple[Any, ...] | None = None
        self._ids: list[int] = []
        self._position: dict[int, int] = {}
        self._revision: list[int] = []
        self._created: list[str] = []
        self._form: list[str] = []
        self._month: list[str] = []
        self._all: tuple[int, DashboardNumbers] | None = None  # (version, numbers)
        self._level: list[str] = []
        self._site: list[str] = []
        self._officer: list[str] = []
        self._age: list[str | None] = []
        self._nationality: list[Choices] = []
        self._exploitation: list[Choices] = []
        self._control: list[Choices] = []
        self._read: list[bool] = []
        self._pending: list[int] = []

    # -- reading --------------------------------------------------------------------------
    def refresh(self, connection: Connection) -> int:
        """Read every interviews row; queue the answers not read yet. How many are queued.

        Nothing is read when the vault's finalised interviews are as they were last time.
        """
        fingerprint = tuple(connection.execute(_FINGERPRINT_SQL).fetchone())
        if fingerprint == self._fingerprint:
            return len(self._pending)
        rows = connection.execute(_ROWS_SQL).fetchall()
        old_revision = dict(zip(self._ids, self._revision, strict=True))
        old_position = self._position
        columns = list(zip(*rows, strict=True)) if rows else [()] * 12
        (ids, revisions, created, levels, sites, officers, children, citizenships, forms,
         stored_exploitation, stored_control, fresh) = columns
        self._ids = list(ids)
        self._position = {row_id: n for n, row_id in enumerate(self._ids)}
        self._revision = list(revisions)
        self._created = [str(when or "") for when in created]
        self._month = [sys.intern(when[:7]) for when in self._created]
        self._form = _shared(forms)
        # One object per distinct value: counting then compares by identity, which makes a
        # Counter over these columns several times faster.
        self._level = _shared(levels)
        self._site = _shared(sites)
        self._officer = _shared(officers)
        ages: dict[Any, str | None] = {1: CHILD, 0: ADULT}
        self._age = list(map(ages.get, children))
        # A few distinct citizenship texts among many rows: each is parsed once.
        parsed = {text: tuple(sorted(set(text.split()))) or None for text in set(citizenships)}
        self._nationality = list(map(parsed.__getitem__, citizenships))
        if self.fields == DashboardFields():
            # Stored facts, where written for the revision shown; a few distinct texts.
            known = {text: _choices(text)
                     for text in {*stored_exploitation, *stored_control}}
            read = [bool(stamp) for stamp in fresh]
            exploitation: list[Choices] = [
                known[text] if ok else None
                for text, ok in zip(stored_exploitation, read, strict=True)]
            control: list[Choices] = [
                known[text] if ok else None for text, ok in zip(stored_control, read, strict=True)]
        else:  # other fields than the stored ones: every interview's answers are read
            exploitation = [None] * len(self._ids)
            control = [None] * len(self._ids)
            read = [False] * len(self._ids)
        if old_position:  # keep the answers read for rows whose revision has not changed
            for n, (row_id, revision) in enumerate(zip(self._ids, self._revision,
                                                       strict=True)):
                if read[n]:
                    continue
                before = old_position.get(row_id)
                if before is not None and old_revision.get(row_id) == revision and (
                        self._read_before(before)):
                    exploitation[n] = self._exploitation[before]
                    control[n] = self._control[before]
                    read[n] = True
        self._exploitation, self._control, self._read = exploitation, control, read
        self._pending = [row_id for row_id, done in zip(self._ids, read, strict=True)
                         if not done]
        self._fingerprint = fingerprint
        self.version += 1
        return len(self._pending)

    def _read_before(self, position: int) -> bool:
        return position < len(self._read) and self._read[position]

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
            "SELECT i.id, r.revision,"  # noqa: S608
            " json_extract(fa_open(r.content, 'revision'), ?),"
            " json_extract(fa_open(r.content, 'revision'), ?)"
            " FROM interviews i JOIN interview_revisions r"
            " ON r.interview_id = i.id AND r.revision = i.revision"
            f" WHERE i.id IN ({marks}) AND fa_can_open(r.content)"
        )
        paths = [f"$.values.{name}" for name in (fields.exploitation, fields.control)]
        for row_id, revision, exploitation, control in connection.execute(
                sql, [*paths, *chunk]):
            n = self._position.get(row_id)
            if n is None or self._revision[n] != revision:
                continue
            self._exploitation[n] = _choices(exploitation)
            self._control[n] = _choices(control)
        for row_id in chunk:  # a revision without content counts as read all the same
            n = self._position.get(row_id)
            if n is not None:
                self._read[n] = True
        self.version += 1
        return len(self._pending)

    def read_all(self, connection: Connection) -> None:
        """Refresh and read every queued chunk at once (the CLI, tests, benchmarks)."""
        self.refresh(connection)
        while self.read_answers(connection):
            pass

    def clear(self) -> None:
        self.__init__(self.fields)  # type: ignore[misc]

    # -- counting -------------------------------------------------------------------------
    def numbers_for(self, connection: Connection, case_filter: CaseFilter) -> DashboardNumbers:
        """Every chart under ``case_filter``: in memory where the filter allows, else through
        the ids the database gives (:mod:`fieldapp.services.dashboard_filter`)."""
        if in_memory(case_filter):
            return self._numbers_at(positions(self._filter_columns(), case_filter))
        return self.numbers(filtered_ids(connection, case_filter))

    def _filter_columns(self) -> FilterColumns:
        return FilterColumns(site=self._site, officer=self._officer, form=self._form,
                             created=self._created, level=self._level, age=self._age)

    def numbers(self, ids: Iterable[int] | None = None) -> DashboardNumbers:
        """Every chart over ``ids`` (``None``: every finalised interview)."""
        if ids is None:
            return self._numbers_at(None)
        return self._numbers_at([n for n in map(self._position.get, ids) if n is not None])

    def _numbers_at(self, chosen: list[int] | None) -> DashboardNumbers:
        """Every chart over the interviews at ``chosen`` positions (``None``: all of them)."""
        if chosen is not None and len(chosen) == len(self._ids):
            chosen = None  # every finalised interview: no gather needed
        if chosen is None:
            if self._all is not None and self._all[0] == self.version:
                return self._all[1]  # nothing changed since they were counted

            def pick(column: list[Any]) -> Sequence[Any]:
                return column
        else:
            if not chosen:
                return DashboardNumbers(0, {chart: ChartCounts(
                    chart, (), 0, chart in _MULTIPLE) for chart in Chart}, 0)
            getter = itemgetter(*chosen)

            def pick(column: list[Any]) -> Sequence[Any]:
                picked = getter(column)
                return (picked,) if len(chosen) == 1 else picked

        total = len(pick(self._ids))
        charts: dict[Chart, ChartCounts] = {}
        for chart, column in ((Chart.OVER_TIME, self._month), (Chart.RESULTS, self._level),
                              (Chart.SITE, self._site), (Chart.OFFICER, self._officer)):
            charts[chart] = _ordered(chart, Counter(pick(column)), total)
        ages = Counter(pick(self._age))
        known = ages.pop(None, 0)
        charts[Chart.AGE_GROUP] = _ordered(
            Chart.AGE_GROUP, {str(age): count for age, count in ages.items()}, total - known)
        for chart, choices in ((Chart.NATIONALITY, self._nationality),
                               (Chart.EXPLOITATION, self._exploitation),
                               (Chart.CONTROL, self._control)):
            counts, people = _people(pick(choices))
            charts[chart] = _ordered(chart, counts, people)
        numbers = DashboardNumbers(total, charts, sum(pick(self._read)))
        if chosen is None:
            self._all = (self.version, numbers)
        return numbers


_MULTIPLE = frozenset({Chart.EXPLOITATION, Chart.CONTROL, Chart.NATIONALITY})


def _shared(column: Sequence[Any]) -> list[Any]:
    """``column`` with equal values made one object (``sys.intern`` for any value)."""
    canonical: dict[Any, Any] = {}
    return [canonical.setdefault(value, value) for value in column]


def _choices(raw: Any) -> Choices:
    """The distinct choice names of a select_multiple as stored (JSON list or spaced text)."""
    if raw is None or raw == "":
        return None
    values: Any = raw
    if isinstance(raw, str) and raw.startswith("["):
        try:
            values = json.loads(raw)
        except ValueError:
            return None
    if isinstance(values, str):
        values = values.split()
    if not isinstance(values, list):
        return None
    found = tuple(sorted({value for value in values if isinstance(value, str) and value}))
    return found or None


def _ordered(chart: Chart, counts: Mapping[str, int], people: int) -> ChartCounts:
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
                       multiple=chart in _MULTIPLE)
