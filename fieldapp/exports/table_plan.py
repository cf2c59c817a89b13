"""How a form's interviews become table rows: one column per field of any version (see
:mod:`fieldapp.exports.layout`), the reference first and the record's facts (uuid, form
version, interviewer, dates, revision) last, as ``_``-prefixed columns. A ``select_multiple``
keeps its own column (the choices, space-separated) followed by one ``field/choice`` column per
choice of the list holding 1 or 0, blank when the question was not answered, as Kobo does. A
repeat (a journey's stops) gets its own table, one row per repeat instance, linked by
``_parent_reference`` and numbered by ``_index``, as both tools do.

Headers and values are the XML names by default (what analysis scripts expect); given a form
language they are the labels in that language instead (questions, choices, and
``question/choice`` for split columns). :mod:`fieldapp.exports.tabular` writes the rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from fieldapp.exports.layout import FieldSpec, FormLayout, RepeatSpec
from fieldapp.exports.source import ExportInterview
from fieldapp.exports.xlsx_writer import Cell
from fieldapp.xlsform import Kind

RECORD_COLUMNS = ("_uuid", "_form_version", "_interviewer", "_created_at", "_finalised_at",
                  "_revision")
SELECT_VALUE_KINDS = frozenset({Kind.SELECT_ONE, Kind.SELECT_MULTIPLE, Kind.RANK})


@dataclass(frozen=True)
class Plan:
    """How to turn one field's value into its cells."""

    name: str
    multiple: bool
    labels: Mapping[str, str] | None  # choice name -> label, when labels were asked for
    choices: tuple[str, ...]  # split columns (select_multiple only)
    separator: str

    @property
    def simple(self) -> bool:
        return not self.multiple and self.labels is None


@dataclass(frozen=True)
class Segment:
    """A run of plain fields copied as they are, or one field needing work."""

    names: tuple[str, ...] = ()
    plan: Plan | None = None
    index: Mapping[str, int] | None = None  # choice -> position among the split columns


def _plans(fields: Sequence[FieldSpec], language: str | None) -> list[Plan]:
    plans = []
    for spec in fields:
        labels = ({c.name: spec.choice_label(c.name, language) for c in spec.choices}
                  if language is not None and spec.kind in SELECT_VALUE_KINDS else None)
        multiple = spec.kind in (Kind.SELECT_MULTIPLE, Kind.RANK)
        plans.append(Plan(
            name=spec.name, multiple=multiple, labels=labels,
            choices=tuple(c.name for c in spec.choices) if spec.kind is Kind.SELECT_MULTIPLE
            else (),
            separator="; " if labels is not None else " ",
        ))
    return plans


def _segments(plans: Sequence[Plan]) -> list[Segment]:
    """Runs of plain fields (one C-level ``map`` per run) and the fields between them."""
    segments: list[Segment] = []
    run: list[str] = []
    for plan in plans:
        if plan.simple:
            run.append(plan.name)
            continue
        if run:
            segments.append(Segment(names=tuple(run)))
            run = []
        segments.append(Segment(plan=plan, index={c: i for i, c in enumerate(plan.choices)}))
    if run:
        segments.append(Segment(names=tuple(run)))
    return segments


def _headers(fields: Sequence[FieldSpec], language: str | None) -> list[str]:
    headers = []
    for spec in fields:
        title = spec.label_in(language) if language is not None else spec.name
        headers.append(title)
        if spec.kind is Kind.SELECT_MULTIPLE:
            for choice in spec.choices:
                shown = (spec.choice_label(choice.name, language) if language is not None
                         else choice.name)
                headers.append(f"{title}/{shown}")
    return headers


def _cells(segments: Sequence[Segment], values: Mapping[str, Any]) -> list[Cell]:
    out: list[Cell] = []
    get = values.get
    for segment in segments:
        plan = segment.plan
        if plan is None:
            out.extend(map(get, segment.names))
            continue
        value = get(plan.name)
        if not plan.multiple:
            labels = plan.labels
            out.append(labels.get(value, value) if labels is not None and isinstance(
                value, str) else value)
            continue
        chosen = value.split() if isinstance(value, str) else value
        if not isinstance(chosen, list):
            out.append(None)
            out.extend([None] * len(plan.choices))
            continue
        names = [str(name) for name in chosen]
        labels = plan.labels
        shown = [labels.get(n, n) for n in names] if labels is not None else names
        out.append(plan.separator.join(shown))
        if plan.choices:
            split: list[Cell] = [0] * len(plan.choices)
            assert segment.index is not None
            for name in names:
                position = segment.index.get(name)
                if position is not None:
                    split[position] = 1
            out.extend(split)
    return out


class FormTable:
    """The main table and the repeat tables of one form, ready to turn interviews into rows."""

    def __init__(self, layout: FormLayout, language: str | None) -> None:
        self.layout = layout
        self.language = layout.resolve_language(language) if language else None
        self.segments = _segments(_plans(layout.fields, self.language))
        self._repeat_plans = [(r, _segments(_plans(r.fields, self.language)))
                              for r in layout.repeats]

    def header(self) -> list[Cell]:
        return ["_reference", *_headers(self.layout.fields, self.language), *RECORD_COLUMNS]

    def repeat_header(self, repeat: RepeatSpec) -> list[Cell]:
        return ["_parent_reference", "_index", *_headers(repeat.fields, self.language)]

    def row(self, interview: ExportInterview) -> list[Cell]:
        return [
            interview.reference, *_cells(self.segments, interview.values),
            interview.uuid, interview.form_version, interview.interviewer,
            interview.created_at, interview.finalised_at, interview.revision,
        ]

    def repeat_rows(self, interview: ExportInterview) -> list[tuple[int, list[Cell]]]:
        """(repeat number in ``layout.repeats``, row) for every repeat instance."""
        rows = []
        for number, (repeat, plans) in enumerate(self._repeat_plans):
            instances = interview.values.get(repeat.name)
            if not isinstance(instances, list):
                continue
            for index, item in enumerate(instances, start=1):
                if isinstance(item, dict):
                    rows.append((number, [interview.reference, index, *_cells(plans, item)]))
        return rows


