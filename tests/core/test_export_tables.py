"""CSV and XLSX per form: every field of the form, split select_multiple, labels, repeats.

The XLSX file is reopened with openpyxl, the CSV zip with the csv module; the cells are
compared with the revisions the vault holds.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from fieldapp.exports.layout import exported, form_layout, merge_orders, text_in
from fieldapp.paths import VaultPaths
from fieldapp.services.exports import ExportRequest, ExportService
from fieldapp.services.session import Vault, create_vault
from fieldapp.xlsform import Kind, load_form
from tests.core.export_support import FORMS, MARKER_NAME, record_scenarios

USER = "chief"
PASSWORD = "supervisor passphrase for tests"


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    paths = VaultPaths(tmp_path_factory.mktemp("export-tables") / "vault")
    with create_vault(paths, user=USER, password=PASSWORD, role="supervisor") as unlocked:
        record_scenarios(unlocked, per_form=4)
        yield unlocked


def revisions(vault: Vault, form_id: str) -> dict[str, dict[str, Any]]:
    rows = vault.connection.execute(
        "SELECT i.reference, fa_open(r.content, 'revision')"
        " FROM interviews i JOIN interview_revisions r"
        " ON r.interview_id = i.id AND r.revision = i.revision WHERE i.form_id = ?",
        (form_id,)).fetchall()
    return {ref: json.loads(content)["values"] for ref, content in rows}


def test_xlsx_reopens_with_one_column_per_field_and_choice(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "tables.xlsx"
    result = ExportService(vault).export(ExportRequest("xlsx", out, plaintext=True))
    assert result.interviews == 8
    book = openpyxl.load_workbook(out, read_only=True)
    assert {"full_screening", "rapid_screening", "full_screening-journey"} <= set(
        book.sheetnames)
    sheet = book["full_screening"]
    rows = list(sheet.iter_rows(values_only=True))
    book.close()
    header = list(rows[0])
    form = load_form(FORMS / "full_screening.xlsx")
    for question in form.questions.values():
        if exported(question) and question.repeat is None:
            assert question.name in header
        if question.kind is Kind.SELECT_MULTIPLE and exported(question) and not question.repeat:
            assert question.itemset is not None
            for choice in question.itemset.choices:
                assert f"{question.name}/{choice.name}" in header
    assert "intro_note" not in header and "level_lookup" not in header
    assert header[0] == "_reference" and header[-6:] == [
        "_uuid", "_form_version", "_interviewer", "_created_at", "_finalised_at", "_revision"]
    stored = revisions(vault, "full_screening")
    assert len(rows) == 1 + len(stored)
    for row in rows[1:]:
        cells = dict(zip(header, row, strict=True))
        values = stored[str(cells["_reference"])]
        assert cells["gender"] == values["gender"]
        chosen = values["exploitation_types"]
        for choice in ("ForcedLabour", "SexualExploitation", "ForcedCriminality"):
            expected = None if chosen is None else int(choice in chosen)
            assert cells[f"exploitation_types/{choice}"] == expected
        if chosen:
            assert cells["exploitation_types"] == " ".join(chosen)


def test_journey_repeat_has_its_own_sheet_linked_by_reference(
        vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "tables.xlsx"
    ExportService(vault).export(ExportRequest("xlsx", out, form_id="full_screening",
                                              plaintext=True))
    book = openpyxl.load_workbook(out, read_only=True)
    rows = list(book["full_screening-journey"].iter_rows(values_only=True))
    book.close()
    assert rows[0][:3] == ("_parent_reference", "_index", "event_type")
    stored = revisions(vault, "full_screening")
    expected = sum(len(v.get("journey") or []) for v in stored.values())
    assert expected > 0 and len(rows) - 1 == expected
    assert all(row[0] in stored for row in rows[1:])


def test_labels_in_a_chosen_language(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "labels.xlsx"
    ExportService(vault).export(ExportRequest("xlsx", out, form_id="rapid_screening",
                                              language="fr", plaintext=True))
    book = openpyxl.load_workbook(out, read_only=True)
    rows = list(book["rapid_screening"].iter_rows(values_only=True))
    book.close()  # a read-only workbook keeps its file open until closed
    form = load_form(FORMS / "rapid_screening.xlsx")
    gender = form.question("/data/person/gender")
    assert gender.label is not None and gender.itemset is not None
    french = "Français (fr)"
    title = text_in(gender.label, french)
    labels = {text_in(c.label, french) for c in gender.itemset.choices}
    header = rows[0]
    assert "gender" not in header and title in header
    column = header.index(title)
    shown = {row[column] for row in rows[1:]} - {None}
    assert shown and shown <= labels
    assert "Feminine" not in shown


def test_csv_is_a_zip_of_one_file_per_table(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "tables.zip"
    ExportService(vault).export(ExportRequest("csv", out, plaintext=True))
    with zipfile.ZipFile(out) as archive:
        assert set(archive.namelist()) == {
            "full_screening.csv", "full_screening-journey.csv", "rapid_screening.csv"}
        text = archive.read("rapid_screening.csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    stored = revisions(vault, "rapid_screening")
    assert {row["_reference"] for row in rows} == set(stored)
    names = {row["name_or_alias"] for row in rows}
    assert MARKER_NAME in names  # a personal-data export keeps what the interview holds


def test_merged_order_keeps_each_version_order() -> None:
    assert merge_orders([["a", "b", "d"], ["a", "b", "c", "d", "e"], ["x", "a", "e"]]) == [
        "x", "a", "b", "c", "d", "e"]
    assert merge_orders([["a", "b"], ["a", "b"]]) == ["a", "b"]


def test_two_versions_give_one_column_per_field_of_either(tmp_path: Path) -> None:
    first = tmp_path / "v1.md"
    second = tmp_path / "v2.md"
    template = """
| survey |
| | type | name | label |
| | text | alpha | Alpha |
{extra}| | select_multiple colour | colours | Colours |
| | integer | omega | Omega |
| choices |
| | list_name | name | label |
| | colour | red | Red |
{choice}| settings |
| | form_id | version |
| | twoversions | {version} |
"""
    first.write_text(template.format(extra="", choice="", version="1"), encoding="utf-8")
    second.write_text(template.format(extra="| | text | beta | Beta |\n",
                                      choice="| | colour | blue | Blue |\n", version="2"),
                      encoding="utf-8")
    layout = form_layout([load_form(second), load_form(first)])
    assert layout.versions == ("1", "2")
    names = [f.name for f in layout.fields]
    assert names.index("alpha") < names.index("beta") < names.index("colours")
    colours = next(f for f in layout.fields if f.name == "colours")
    assert [c.name for c in colours.choices] == ["red", "blue"]
