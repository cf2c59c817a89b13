"""The referral directory loader and filter, on small fictional CSV and XLSX files."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from fieldapp.referral.directory import COLUMNS, filter_services, load_directory
from fieldapp.referral.errors import DirectoryError

HEADER = ",".join(COLUMNS)
ROWS = [
    "shelter-1,Harbour Light Shelter (sample),shelter,NORTH PORT-EAST,en fr ar,24h,"
    "+000 555 0101,shelter@example.org,1 Example Quay,anonymous_ok,consent needs safety contact,"
    "call first",
    "med-1,Lantern Clinic (sample),medical,NORTH,en es,Mon-Fri 08-18,+000 555 0102,"
    "clinic@example.org,2 Example Road,full,,",
    "nra-1,National Referral Office (sample),national_referral,ALL,en fr es ar,Mon-Fri,"
    "+000 555 0103,nrm@example.org,3 Example Square,full,,",
]


def write_csv(folder: Path, lines: list[str], name: str = "directory.csv") -> Path:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_loads_csv_rows_in_order(tmp_path: Path) -> None:
    services = load_directory(write_csv(tmp_path, [HEADER, *ROWS]))
    assert [s.id for s in services] == ["shelter-1", "med-1", "nra-1"]
    shelter = services[0]
    assert shelter.type == "shelter"
    assert shelter.area == ("NORTH", "PORT-EAST")
    assert shelter.languages == ("en", "fr", "ar")
    assert shelter.data_needed == {"consent", "needs", "safety", "contact"}
    assert shelter.consent_required == "anonymous_ok"
    assert services[1].data_needed == frozenset()
    assert services[1].notes == ""


def test_columns_in_another_order_blank_rows_and_bom_are_fine(tmp_path: Path) -> None:
    import csv
    import io

    rows = list(csv.reader(io.StringIO("\n".join([HEADER, *ROWS]))))
    order = list(reversed(range(len(COLUMNS))))
    text = io.StringIO()
    writer = csv.writer(text)
    for row in rows:
        writer.writerow([row[i] for i in order])
    writer.writerow([])
    path = tmp_path / "d.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.getvalue().encode("utf-8"))
    services = load_directory(path)
    assert [s.id for s in services] == ["shelter-1", "med-1", "nra-1"]


def test_loads_xlsx_with_the_same_columns(tmp_path: Path) -> None:
    import csv
    import io

    workbook = Workbook()
    sheet = workbook.active
    for row in csv.reader(io.StringIO("\n".join([HEADER, *ROWS]))):
        sheet.append(row)
    sheet.append([None] * len(COLUMNS))
    sheet["G3"] = 5550102  # a phone number typed as a number
    path = tmp_path / "directory.xlsx"
    workbook.save(path)
    services = load_directory(path)
    assert [s.id for s in services] == ["shelter-1", "med-1", "nra-1"]
    assert services[1].phone == "5550102"


@pytest.mark.parametrize(
    ("row", "column"),
    [
        ("bad id!,Name,shelter,NORTH,en,,,,,full,,", "id"),
        ("x1,,shelter,NORTH,en,,,,,full,,", "name"),
        ("x1,Name,shelterr,NORTH,en,,,,,full,,", "type"),
        ("x1,Name,shelter,,en,,,,,full,,", "area"),
        ("x1,Name,shelter,NORTH,English,,,,,full,,", "languages"),
        ("x1,Name,shelter,NORTH,en,,,,,yes,,", "consent_required"),
        ("x1,Name,shelter,NORTH,en,,,,,full,needs jouney,", "data_needed"),
    ],
)
def test_bad_cell_names_row_and_column(tmp_path: Path, row: str, column: str) -> None:
    path = write_csv(tmp_path, [HEADER, ROWS[0], row])
    with pytest.raises(DirectoryError) as caught:
        load_directory(path)
    message = str(caught.value)
    assert "directory.csv, row 3" in message
    assert f"column '{column}'" in message


def test_duplicate_id_names_both_rows(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [HEADER, ROWS[0], ROWS[1], ROWS[0]])
    with pytest.raises(DirectoryError, match=r"row 4, column 'id'.*row 2"):
        load_directory(path)


def test_header_problems_are_listed(tmp_path: Path) -> None:
    header = HEADER.replace("notes", "remarks") + ",phone"
    with pytest.raises(DirectoryError, match="row 1: missing columns: notes; unknown"):
        load_directory(write_csv(tmp_path, [header, ROWS[0]]))


def test_more_cells_than_columns(tmp_path: Path) -> None:
    with pytest.raises(DirectoryError, match="row 2: more cells than columns"):
        load_directory(write_csv(tmp_path, [HEADER, ROWS[0] + ",extra"]))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("d.csv", b"", "empty"),
        ("d.csv", b"\xff\xfe\x00bad", "not UTF-8"),
        ("d.xlsx", b"PK\x03\x04 not a workbook", "not a readable XLSX"),
        ("d.txt", b"id,name", ".csv or .xlsx"),
    ],
)
def test_unreadable_files_give_typed_errors(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DirectoryError, match=message):
        load_directory(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DirectoryError, match="cannot read"):
        load_directory(tmp_path / "none.csv")


def test_filter_by_type_area_and_language(tmp_path: Path) -> None:
    services = load_directory(write_csv(tmp_path, [HEADER, *ROWS]))
    assert [s.id for s in filter_services(services, type="shelter")] == ["shelter-1"]
    assert [s.id for s in filter_services(services, area="NORTH")] == [
        "shelter-1", "med-1", "nra-1"
    ]
    # The national office serves every area ("ALL").
    assert [s.id for s in filter_services(services, area="SOUTH")] == ["nra-1"]
    assert [s.id for s in filter_services(services, language="es")] == ["med-1", "nra-1"]
    assert filter_services(services, type="medical", language="ar") == ()
    assert filter_services(services) == services


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet=st.sampled_from(list(",\"\n\r ab_-ALLfulsher\x00é")), max_size=200))
def test_hostile_csv_gives_services_or_a_directory_error(tmp_path: Path, body: str) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_text(HEADER + "\n" + body, encoding="utf-8")
    with contextlib.suppress(DirectoryError):
        load_directory(path)
