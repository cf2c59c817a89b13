"""HTCDS 2.0 records: interviews keyed by the standard's field names and value names.

A form says which of its fields are HTCDS fields with its ``bind::htcds:field`` tags
(docs/forms.md); the choice names of a tagged select are already HTCDS value names, so the
export only renames fields and types values: multi-select picklists become arrays of value
names, checkboxes (``con_Consent``) booleans, numbers numbers, dates ISO strings; an empty
answer is left out. Historic events (``hte_*``, the journey) are a repeat in the form and an
array of objects in the record. A record also names itself (``record_id`` = the interview's
uuid, ``reference``, form and version, dates), its case status (HTCDS ``cas_Status``, from
the supervisor's case work) and carries the form's local extensions, the
fields the app finds by ``fa:role`` (result level, per-dimension results, consent, safety
check...), under ``local``; fields that identify a person without an HTCDS name stay out.

JSON: one document ``{"format": "fieldapp-htcds", "standard": "HTCDS", "standard_version":
"2.0", ..., "records": [...]}`` written record by record, valid against
docs/htcds-export.schema.json. CSV: a zip of ``records.csv`` (one row per record, multi-select
values space-separated, local fields as ``local.<name>``) and ``events.csv`` (one row per
historic event, linked by ``record_id``).
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Any

from fieldapp.exports.layout import FieldSpec, FormLayout
from fieldapp.exports.source import ExportInterview
from fieldapp.xlsform import Kind

FORMAT = "fieldapp-htcds"
STANDARD_VERSION = "2.0"
CREDIT = "Human Trafficking Case Data Standard (HTCDS) by IOM, CC BY 4.0"
RECORD_FIELDS = ("record_id", "reference", "form_id", "form_version", "interviewed_at",
                 "finalised_at", "cas_Status")
EVENTS_KEY = "historic_events"
# Role-tagged fields that are long texts in the interview language, not data.
_NOT_LOCAL = frozenset({"result_action", "result_summary", "person_name"})
_NUMBER_KINDS = frozenset({Kind.INTEGER, Kind.DECIMAL, Kind.RANGE})
_CHECKBOX = {"TRUE": True, "FALSE": False, "true": True, "false": False, "1": True, "0": False}


@dataclass(frozen=True)
class HtcdsMapping:
    """Which fields of one form become which HTCDS fields."""

    fields: tuple[tuple[str, FieldSpec], ...]
    events: tuple[tuple[str, FieldSpec], ...]
    event_repeat: str | None
    local: tuple[FieldSpec, ...]

    @classmethod
    def of(cls, layout: FormLayout) -> HtcdsMapping:
        fields = tuple((s.htcds_field, s) for s in layout.fields if s.htcds_field)
        repeat = next((r for r in layout.repeats
                       if any(s.htcds_field for s in r.fields)), None)
        events = tuple((s.htcds_field, s) for s in repeat.fields
                       if s.htcds_field) if repeat else ()
        local = tuple(s for s in layout.fields if s.role and not s.htcds_field
                      and not s.identifying and s.role not in _NOT_LOCAL)
        return cls(fields, events, repeat.name if repeat else None, local)


def htcds_value(spec: FieldSpec, value: Any, field_name: str) -> Any:
    """The value as HTCDS writes it, or None when there is nothing to write."""
    if value is None or value == "" or value == []:
        return None
    if spec.kind is Kind.SELECT_MULTIPLE:
        names = value.split() if isinstance(value, str) else value
        return [str(name) for name in names] if isinstance(names, list) else None
    if field_name == "con_Consent" or spec.kind is Kind.ACKNOWLEDGE:
        return _CHECKBOX.get(str(value))
    if spec.kind in _NUMBER_KINDS:
        try:
            number = float(value)
        except (TypeError, ValueError):
            return None
        return int(number) if number.is_integer() else number
    return value if isinstance(value, str | int | float | bool) else str(value)


def record(interview: ExportInterview, mapping: HtcdsMapping) -> dict[str, Any]:
    values = interview.values
    out: dict[str, Any] = {
        "record_id": interview.uuid,
        "reference": interview.reference,
        "form_id": interview.form_id,
        "form_version": interview.form_version,
        "interviewed_at": interview.created_at,
        "finalised_at": interview.finalised_at,
    }
    if interview.case_status:
        out["cas_Status"] = interview.case_status
    for name, spec in mapping.fields:
        value = htcds_value(spec, values.get(spec.name), name)
        if value is not None:
            out[name] = value
    if mapping.event_repeat is not None:
        events = []
        for item in values.get(mapping.event_repeat) or []:
            if not isinstance(item, dict):
                continue
            event = {}
            for name, spec in mapping.events:
                value = htcds_value(spec, item.get(spec.name), name)
                if value is not None:
                    event[name] = value
            if event:
                events.append(event)
        if events:
            out[EVENTS_KEY] = events
    local = {}
    for spec in mapping.local:
        value = values.get(spec.name)
        if value not in (None, "", []):
            local[spec.name] = value
    if local:
        out["local"] = local
    return out


def write_json(target: IO[bytes], batches: Iterable[tuple[HtcdsMapping,
               Iterable[ExportInterview]]], exported_at: str) -> int:
    """The JSON document, written record by record; returns the number of records."""
    head = {"format": FORMAT, "standard": "HTCDS", "standard_version": STANDARD_VERSION,
            "credit": CREDIT, "exported_at": exported_at}
    target.write(json.dumps(head, ensure_ascii=False)[:-1].encode("utf-8"))
    target.write(b', "records": [')
    count = 0
    for mapping, interviews in batches:
        for interview in interviews:
            text = json.dumps(record(interview, mapping), ensure_ascii=False)
            target.write((",\n" if count else "\n").encode() + text.encode("utf-8"))
            count += 1
    target.write(b"\n]}\n")
    return count


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return value


def write_csv_zip(target: IO[bytes], batches: Sequence[tuple[HtcdsMapping,
                  Iterable[ExportInterview]]]) -> int:
    """records.csv and events.csv in a zip; returns the number of records."""
    fields = list(dict.fromkeys(name for mapping, _ in batches for name, _ in mapping.fields))
    local = list(dict.fromkeys(s.name for mapping, _ in batches for s in mapping.local))
    event_fields = list(dict.fromkeys(n for mapping, _ in batches for n, _ in mapping.events))
    events: list[list[Any]] = []
    count = 0
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        with zf.open("records.csv", "w", force_zip64=True) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
            writer = csv.writer(text)
            writer.writerow([*RECORD_FIELDS, *fields, *(f"local.{n}" for n in local)])
            for mapping, interviews in batches:
                for interview in interviews:
                    data = record(interview, mapping)
                    extra: Mapping[str, Any] = data.get("local", {})
                    writer.writerow([
                        *(data.get(n, "") for n in RECORD_FIELDS),
                        *(_csv_cell(data.get(n)) for n in fields),
                        *(_csv_cell(extra.get(n)) for n in local),
                    ])
                    for index, event in enumerate(data.get(EVENTS_KEY, []), start=1):
                        events.append([data["record_id"], index,
                                       *(_csv_cell(event.get(n)) for n in event_fields)])
                    count += 1
            text.flush()
            text.detach()
        with zf.open("events.csv", "w", force_zip64=True) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
            writer = csv.writer(text)
            writer.writerow(["record_id", "event_index", *event_fields])
            writer.writerows(events)
            text.flush()
            text.detach()
    return count
