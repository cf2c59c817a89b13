"""An anonymised CTDC-style aggregate: counts of people in published bands, small cells withheld.

Following the IOM Counter Trafficking Data Collaborative (DOMAIN.md): no identifier leaves
(no reference, uuid, name, birth date, site, officer, free text or exact date), people are
counted in CTDC's bands only, and every table goes through :mod:`fieldapp.exports.suppression`
(k = 11, complementary suppression, totals included). The tables:

- ``age_by_gender``: age band (0-8, 9-17, 18-20, 21-23, 24-26, 27-29, 30-38, 39-47, 48+,
  Unknown) by gender (Woman, Man, Trans/NonConforming, Unknown);
- ``exploitation_by_gender``, ``control_by_age_group``, ``citizenship_by_gender``: HTCDS type
  of exploitation, means of control and citizenship (ISO 3166 alpha-3) by gender or by age
  group (Child, Adult, Unknown). These are multi-select: one person can count in several rows,
  so their totals count mentions, not people;
- ``result_by_age_group``: screening result level by age group;
- ``quarter_by_age_group``: screenings per calendar quarter by age group.

Fields are found through the forms' tags (``htcds:field`` prs_Gender, prs_Citizenship,
prs_Birthdate, vic_TypeOfExploitation, vic_MethodsOfControl; ``fa:role`` is_child and
result_level), age through prs_Birthdate at the interview date, else a field tagged
``fa:role`` = ``age`` or, for the shipped forms, the integer question ``age_years``.
Output: a long CSV (``table,row,column,count,status``; a withheld count is empty with status
``suppressed``) or an XLSX workbook with one sheet per table (``*`` for withheld numbers) and
a sheet stating the rules.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import IO, Any

import pycountry

from fieldapp.exports.layout import FormLayout
from fieldapp.exports.source import ExportInterview
from fieldapp.exports.suppression import CTDC_THRESHOLD, CountTable, SuppressedTable, suppress_table
from fieldapp.exports.xlsx_writer import XlsxWriter
from fieldapp.xlsform import Kind

AGE_BANDS = ((0, 8, "0-8"), (9, 17, "9-17"), (18, 20, "18-20"), (21, 23, "21-23"),
             (24, 26, "24-26"), (27, 29, "27-29"), (30, 38, "30-38"), (39, 47, "39-47"),
             (48, 200, "48+"))
UNKNOWN = "Unknown"
GENDERS = ("Woman", "Man", "Trans/NonConforming", UNKNOWN)
AGE_GROUPS = ("Child", "Adult", UNKNOWN)
_GENDER = {"Feminine": "Woman", "Masculine": "Man", "TransgenderFeminine": "Trans/NonConforming",
           "TransgenderMasculine": "Trans/NonConforming", "NonConforming": "Trans/NonConforming"}
TABLES = ("age_by_gender", "exploitation_by_gender", "control_by_age_group",
          "citizenship_by_gender", "result_by_age_group", "quarter_by_age_group")
RULES = (
    "Anonymised aggregate in the style of the IOM Counter Trafficking Data Collaborative.",
    "No identifier is included: counts of people by published bands only.",
    f"Every number under {CTDC_THRESHOLD} (zero included) is withheld, totals included.",
    "Further numbers are withheld (complementary suppression) so that no withheld number "
    "can be worked out from the row and column totals.",
    "Exploitation, means of control and citizenship can hold several values per person: "
    "their totals count mentions, not people.",
)


@dataclass(frozen=True)
class _Fields:
    """Where one form keeps what the aggregate counts (field names; None if absent)."""

    gender: str | None
    citizenship: str | None
    birth_date: str | None
    age: str | None
    exploitation: str | None
    control: str | None
    is_child: str | None
    result: str | None

    @classmethod
    def of(cls, layout: FormLayout) -> _Fields:
        by_tag = {s.htcds_field: s.name for s in layout.fields if s.htcds_field}
        by_role = {s.role: s.name for s in layout.fields if s.role}
        age = by_role.get("age") or next(
            (s.name for s in layout.fields if s.name == "age_years" and s.kind is Kind.INTEGER),
            None)
        return cls(by_tag.get("prs_Gender"), by_tag.get("prs_Citizenship"),
                   by_tag.get("prs_Birthdate"), age, by_tag.get("vic_TypeOfExploitation"),
                   by_tag.get("vic_MethodsOfControl"), by_role.get("is_child"),
                   by_role.get("result_level"))


def age_band(age: int | None) -> str:
    if age is None or age < 0:
        return UNKNOWN
    return next(label for low, high, label in AGE_BANDS if low <= age <= high)


def alpha3(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code.upper()) if len(code) == 2 else None
    return country.alpha_3 if country is not None else UNKNOWN


def _listed(value: Any) -> list[str]:
    if isinstance(value, str):
        return value.split()
    return [str(v) for v in value] if isinstance(value, list) else []


def _age(values: Mapping[str, Any], fields: _Fields, interviewed: str) -> int | None:
    born = values.get(fields.birth_date) if fields.birth_date else None
    if isinstance(born, str):
        try:
            birth, on = date.fromisoformat(born[:10]), date.fromisoformat(interviewed[:10])
        except ValueError:
            birth = None
        if birth is not None:
            return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    given = values.get(fields.age) if fields.age else None
    try:
        return int(given) if given is not None and given != "" else None
    except (TypeError, ValueError):
        return None


@dataclass
class Aggregate:
    """Counts collected interview by interview, then suppressed table by table."""

    counts: dict[str, Counter[tuple[str, str]]] = field(
        default_factory=lambda: {name: Counter() for name in TABLES})
    people: int = 0

    def add(self, interview: ExportInterview, fields: _Fields) -> None:
        values = interview.values
        self.people += 1
        given = values.get(fields.gender) if fields.gender else None
        gender = _GENDER.get(str(given or ""), UNKNOWN)
        age = _age(values, fields, interview.created_at)
        child = str(values.get(fields.is_child) or "") if fields.is_child else ""
        group = "Child" if child == "1" or (age is not None and age < 18) else (
            "Adult" if child == "0" or age is not None else UNKNOWN)
        self.counts["age_by_gender"][(age_band(age), gender)] += 1
        for kind in _listed(values.get(fields.exploitation)) if fields.exploitation else []:
            self.counts["exploitation_by_gender"][(kind, gender)] += 1
        for method in _listed(values.get(fields.control)) if fields.control else []:
            self.counts["control_by_age_group"][(method, group)] += 1
        for country in _listed(values.get(fields.citizenship)) if fields.citizenship else []:
            self.counts["citizenship_by_gender"][(alpha3(country), gender)] += 1
        level = values.get(fields.result) if fields.result else None
        result = str(level or interview.result_level or UNKNOWN)
        self.counts["result_by_age_group"][(result, group)] += 1
        created = interview.created_at
        quarter = (f"{created[:4]}-Q{(int(created[5:7]) - 1) // 3 + 1}"
                   if len(created) >= 7 and created[5:7].isdigit() else UNKNOWN)
        self.counts["quarter_by_age_group"][(quarter, group)] += 1

    def table(self, name: str) -> SuppressedTable:
        counts = self.counts[name]
        columns = list(GENDERS if name.endswith("_by_gender") else AGE_GROUPS)
        if name == "age_by_gender":
            rows = [label for _, _, label in AGE_BANDS] + [UNKNOWN]
        else:
            rows = sorted({row for row, _ in counts}, key=lambda r: (r == UNKNOWN, r))
        if not rows:
            rows = [UNKNOWN]
        grid = [[counts.get((row, column), 0) for column in columns] for row in rows]
        return suppress_table(CountTable.build(rows, columns, grid))


def collect(batches: Iterable[tuple[FormLayout, Iterable[ExportInterview]]]) -> Aggregate:
    aggregate = Aggregate()
    for layout, interviews in batches:
        fields = _Fields.of(layout)
        for interview in interviews:
            aggregate.add(interview, fields)
    return aggregate


def write_csv(target: IO[bytes], aggregate: Aggregate) -> None:
    text = io.TextIOWrapper(target, encoding="utf-8", newline="")
    writer = csv.writer(text)
    writer.writerow(["table", "row", "column", "count", "status"])
    for name in TABLES:
        table = aggregate.table(name)
        rows = [*zip(table.row_labels, table.cells, table.row_totals, strict=True),
                ("Total", table.column_totals, table.grand_total)]
        for label, cells, total in rows:
            for column, value in [*zip(table.column_labels, cells, strict=True),
                                  ("Total", total)]:
                writer.writerow([name, label, column, "" if value is None else value,
                                 "suppressed" if value is None else "published"])
    text.flush()
    text.detach()


def write_xlsx(target: IO[bytes], aggregate: Aggregate) -> None:
    book = XlsxWriter(target)
    with book.sheet("About", freeze_header=False) as sheet:
        sheet.header(["Rules"])
        for line in RULES:
            sheet.row([line])
    for name in TABLES:
        with book.sheet(name) as sheet:
            rows = aggregate.table(name).as_rows()
            sheet.header(rows[0])
            for row in rows[1:]:
                sheet.row([int(v) if v.isdigit() else v for v in row])
    book.close()
