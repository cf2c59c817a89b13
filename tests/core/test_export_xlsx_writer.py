"""The streaming XLSX writer: what openpyxl reads back, odd text, sheet names."""

from __future__ import annotations

import io

import openpyxl

from fieldapp.exports.xlsx_writer import XlsxWriter, sheet_name


def test_cells_read_back_as_written() -> None:
    target = io.BytesIO()
    book = XlsxWriter(target)
    with book.sheet("people") as sheet:
        sheet.header(["name", "age", "score", "note"])
        sheet.row(["Zoë <&> \"quoted\"", 29, 1.5, None])
        sheet.row(["  spaced  ", 0, -2, "bell\x07gone"])
        sheet.row(["العربية", True, "", "x" * 40_000])
    with book.sheet("people") as sheet:  # a second sheet of the same wanted name
        sheet.row([1])
    book.close()
    workbook = openpyxl.load_workbook(io.BytesIO(target.getvalue()))
    assert workbook.sheetnames == ["people", "people (2)"]
    rows = [[c.value for c in row] for row in workbook["people"].iter_rows()]
    assert rows[0] == ["name", "age", "score", "note"]
    assert rows[1] == ["Zoë <&> \"quoted\"", 29, 1.5, None]
    assert rows[2] == ["  spaced  ", 0, -2, "bellgone"]
    assert rows[3][:3] == ["العربية", 1, None]
    assert len(rows[3][3]) == 32_767
    assert workbook["people"]["A1"].font.b


def test_sheet_names_are_valid_and_unique() -> None:
    taken: set[str] = set()
    assert sheet_name("a/b:c", taken) == "a_b_c"
    long = "x" * 40
    first = sheet_name(long, taken)
    second = sheet_name(long, taken)
    assert len(first) == len(second) == 31 and first != second


def test_an_empty_workbook_still_opens() -> None:
    target = io.BytesIO()
    XlsxWriter(target).close()
    assert openpyxl.load_workbook(io.BytesIO(target.getvalue())).sheetnames == ["Sheet1"]
