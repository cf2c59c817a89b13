"""Per-form tables of interviews, as ODK Central and KoboToolbox export them: CSV and XLSX.

One row per interview and one column per field of any version of the form (see
:mod:`fieldapp.exports.layout`), with the reference first and the record's facts (uuid, form
version, interviewer, dates, revision) last, as ``_``-prefixed columns. A ``select_multiple``
keeps its own column (the choices, space-separated) followed by one ``field/choice`` column per
choice of the list holding 1 or 0, blank when the question was not answered, as Kobo does. A
repeat (a journey's stops) gets its own table, one row per repeat instance, linked by
``_parent_reference`` and numbered by ``_index``, as both tools do.

Headers and values are the XML names by default (what analysis scripts expect); given a form
language they are the labels in that language instead (questions, choices, and
``question/choice`` for split columns). CSV is a zip of one UTF-8 file per table (with a byte
order mark so spreadsheet programs read Arabic and accents right), as ODK Central's download
is; XLSX is one workbook with a sheet per table.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Any

from fieldapp.exports.layout import FieldSpec, FormLayout, RepeatSpec
from fieldapp.exports.source import ExportInterview
from fieldapp.exports.xlsx_writer import Cell, XlsxWriter
from fieldapp.xlsform import Kind

RECORD_COLUMNS = ("_uuid", "_form_version", "_interviewer", "_created_at", "_finalised_at",
                  "_revision")
SELECT_VALUE_KINDS = frozenset({Kind.SELECT_ONE, Kind.SELECT_MULTIPLE, Kind.RANK})


@dataclass(frozen=True)
class _Plan:
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
class _Segment:
    """A run of plain fields copied as they are, or one field needing work."""

    names: tuple[str, ...] = ()
    plan: _Plan | None = None
    index: Mapping[str, int] | None = None  # choice -> position among the split columns


def _plans(fields: Sequence[FieldSpec], language: str | None) -> list[_Plan]:
    plans = []
    for spec in fields:
        labels = ({c.name: spec.choice_label(c.name, language) for c in spec.choices}
                  if language is not None and spec.kind in SELECT_VALUE_KINDS else None)
        multiple = spec.kind in (Kind.SELECT_MULTIPLE, Kind.RANK)
        plans.append(_Plan(
            name=spec.name, multiple=multiple, labels=labels,
            choices=tuple(c.name for c in spec.choices) if spec.kind is Kind.SELECT_MULTIPLE
            else (),
            separator="; " if labels is not None else " ",
        ))
    return plans


def _segments(plans: Sequence[_Plan]) -> list[_Segment]:
    """Runs of plain fields (one C-level ``map`` per run) and the fields between them."""
    segments: list[_Segment] = []
    run: list[str] = []
    for plan in plans:
        if plan.simple:
            run.append(plan.name)
            continue
        if run:
            segments.append(_Segment(names=tuple(run)))
            run = []
        segments.append(_Segment(plan=plan, index={c: i for i, c in enumerate(plan.choices)}))
    if run:
        segments.append(_Segment(names=tuple(run)))
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


def _cells(segments: Sequence[_Segment], values: Mapping[str, Any]) -> list[Cell]:
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
        self._plans = _segments(_plans(layout.fields, self.language))
        self._repeat_plans = [(r, _segments(_plans(r.fields, self.language)))
                              for r in layout.repeats]

    def header(self) -> list[Cell]:
        return ["_reference", *_headers(self.layout.fields, self.language), *RECORD_COLUMNS]

    def repeat_header(self, repeat: RepeatSpec) -> list[Cell]:
        return ["_parent_reference", "_index", *_headers(repeat.fields, self.language)]

    def row(self, interview: ExportInterview) -> list[Cell]:
        return [
            interview.reference, *_cells(self._plans, interview.values),
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


Interviews = Callable[[str], Iterable[ExportInterview]]


def write_csv_zip(target: IO[bytes], tables: Sequence[FormTable], interviews: Interviews) -> int:
    """Every form's tables as CSV files in one zip; returns the number of interviews."""
    count = 0
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for table in tables:
            repeats: list[list[list[Cell]]] = [[] for _ in table.layout.repeats]
            form_id = table.layout.form_id
            with zf.open(f"{form_id}.csv", "w", force_zip64=True) as raw:
                text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
                writer = csv.writer(text)
                writer.writerow(table.header())
                for interview in interviews(form_id):
                    writer.writerow(table.row(interview))
                    for number, row in table.repeat_rows(interview):
                        repeats[number].append(row)
                    count += 1
                text.flush()
                text.detach()
            for repeat, rows in zip(table.layout.repeats, repeats, strict=True):
                with zf.open(f"{form_id}-{repeat.name}.csv", "w", force_zip64=True) as raw:
                    text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
                    writer = csv.writer(text)
                    writer.writerow(table.repeat_header(repeat))
                    writer.writerows(rows)
                    text.flush()
                    text.detach()
    return count


def write_xlsx(target: IO[bytes], tables: Sequence[FormTable], interviews: Interviews) -> int:
    """Every form's tables as sheets of one workbook; returns the number of interviews."""
    count = 0
    book = XlsxWriter(target)
    for table in tables:
        repeats: list[list[list[Cell]]] = [[] for _ in table.layout.repeats]
        form_id = table.layout.form_id
        with book.sheet(form_id) as sheet:
            sheet.header(table.header())
            for interview in interviews(form_id):
                sheet.row(table.row(interview))
                for number, row in table.repeat_rows(interview):
                    repeats[number].append(row)
                count += 1
        for repeat, rows in zip(table.layout.repeats, repeats, strict=True):
            with book.sheet(f"{form_id}-{repeat.name}") as sheet:
                sheet.header(table.repeat_header(repeat))
                for row in rows:
                    sheet.row(row)
    book.close()
    return count
