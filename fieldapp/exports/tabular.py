"""Per-form tables of interviews, as ODK Central and KoboToolbox export them: CSV and XLSX.

The rows are those of :mod:`fieldapp.exports.table_plan`. CSV is a zip of one UTF-8 file per
table (with a byte order mark so spreadsheet programs read Arabic and accents right), as ODK
Central's download is; XLSX is one workbook with a sheet per table.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from typing import IO

from fieldapp.exports.source import ExportInterview
from fieldapp.exports.table_plan import FormTable
from fieldapp.exports.xlsx_rows import RowXml
from fieldapp.exports.xlsx_writer import Cell, XlsxWriter
from fieldapp.exports.zip_helper import zip_entries

Interviews = Callable[[str], Iterable[ExportInterview]]


def write_csv_zip(target: IO[bytes], tables: Sequence[FormTable], interviews: Interviews,
                  *, parallel: bool = False) -> int:
    """Every form's tables as CSV files in one zip; returns the number of interviews.
    ``parallel``: compress in a helper process (see :mod:`fieldapp.exports.zip_helper`)."""
    count = 0
    with zip_entries(target, parallel=parallel) as zf:
        for table in tables:
            repeats: list[list[list[Cell]]] = [[] for _ in table.layout.repeats]
            form_id = table.layout.form_id
            with zf.open(f"{form_id}.csv") as raw:
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
                with zf.open(f"{form_id}-{repeat.name}.csv") as raw:
                    text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
                    writer = csv.writer(text)
                    writer.writerow(table.repeat_header(repeat))
                    writer.writerows(rows)
                    text.flush()
                    text.detach()
    return count


def write_xlsx(target: IO[bytes], tables: Sequence[FormTable], interviews: Interviews,
               *, parallel: bool = False) -> int:
    """Every form's tables as sheets of one workbook; returns the number of interviews.
    ``parallel``: compress in a helper process (see :mod:`fieldapp.exports.zip_helper`)."""
    with XlsxWriter(target, parallel=parallel) as book:
        return _sheets(book, tables, interviews)


def _sheets(book: XlsxWriter, tables: Sequence[FormTable], interviews: Interviews) -> int:
    count = 0
    for table in tables:
        repeats: list[list[list[Cell]]] = [[] for _ in table.layout.repeats]
        form_id = table.layout.form_id
        with book.sheet(form_id) as sheet:
            sheet.header(table.header())
            xml = RowXml(table, sheet.cells)
            for interview in interviews(form_id):
                sheet.row_xml(xml.row(interview))
                for number, row in table.repeat_rows(interview):
                    repeats[number].append(row)
                count += 1
        for repeat, rows in zip(table.layout.repeats, repeats, strict=True):
            with book.sheet(f"{form_id}-{repeat.name}") as sheet:
                sheet.header(table.repeat_header(repeat))
                for row in rows:
                    sheet.row(row)
    return count
