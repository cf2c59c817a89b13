"""Loading XLSForms: every type and column, errors located in the workbook, hostile files."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from fieldapp.xlsform import (
    FormLoadError,
    FormSource,
    Kind,
    UnsupportedFormFeature,
    load_form,
    load_form_source,
)

FORMS = Path(__file__).parent / "forms_md"
REPO = Path(__file__).resolve().parents[2]
HTCDS = REPO / ".." / "shared" / "data" / "htcds" / "htcds_xlsform.xlsx"


def md_source(text: str, name: str = "form.md") -> FormSource:
    return FormSource(filename=name, data=text.encode("utf-8"))


def test_every_type_loads_with_its_kind() -> None:
    form = load_form(FORMS / "all_types.md")
    kinds = {q.name: q.kind for q in form.questions.values()}
    assert kinds["start"] is Kind.METADATA and kinds["username"] is Kind.METADATA
    assert kinds["alias"] is Kind.TEXT
    assert kinds["age"] is Kind.INTEGER
    assert kinds["debt"] is Kind.DECIMAL
    assert kinds["arrival"] is Kind.DATE
    assert kinds["seen_at"] is Kind.TIME
    assert kinds["referred_at"] is Kind.DATETIME
    assert kinds["documents_held"] is Kind.SELECT_ONE
    assert kinds["control"] is Kind.SELECT_MULTIPLE
    assert kinds["control_other"] is Kind.TEXT  # or_other adds a text question
    assert kinds["site"] is Kind.SELECT_ONE and kinds["sites_seen"] is Kind.SELECT_MULTIPLE
    assert kinds["reminder"] is Kind.NOTE
    assert kinds["consent_ack"] is Kind.ACKNOWLEDGE
    assert kinds["refresh"] is Kind.TRIGGER
    assert kinds["adult"] is Kind.CALCULATE
    assert kinds["source_code"] is Kind.HIDDEN
    assert kinds["fear"] is Kind.RANGE
    assert kinds["needs"] is Kind.RANK
    assert form.question("/data/fear").parameters == {"start": "1", "end": "5", "step": "1"}
    assert form.question("/data/meta/instanceID").preload == ("uid", "")
    assert form.question("/data/start").preload == ("timestamp", "start")


def test_groups_repeats_and_counts() -> None:
    form = load_form(FORMS / "all_types.md")
    assert form.groups["/data/contact"].field_list
    assert not form.groups["/data/work"].field_list
    journey = form.groups["/data/journey"]
    assert journey.repeat is not None and journey.repeat.can_add_remove
    assert journey.children == ("/data/journey/place", "/data/journey/nights")
    checks = form.groups["/data/checks"].repeat
    assert checks is not None and checks.count is not None and not checks.can_add_remove
    child = form.groups["/data/child"].repeat
    assert child is not None and "/data/children" in child.count.source  # type: ignore[union-attr]
    # Repeat instances are not in the template; a prototype is kept for each repeat.
    assert form.template.find("journey") is None
    assert set(form.repeat_prototypes) == {"/data/journey", "/data/checks", "/data/child"}
    assert form.question("/data/journey/place").repeat == "/data/journey"


def test_choices_from_lists_and_from_csv_beside_the_form() -> None:
    form = load_form(FORMS / "all_types.md")
    control = form.question("/data/control").itemset
    assert control is not None
    assert [c.name for c in control.choices] == ["debt", "documents", "threats", "other"]
    site = form.question("/data/site").itemset
    assert site is not None and [c.name for c in site.choices] == [
        "north_port", "east_station", "border_post"]
    assert site.choices[0].label is not None
    assert site.choices[0].label.pick(None).static_text() == "North Port (sample)"  # type: ignore[union-attr]
    assert form.source.sidecars.keys() == {"sites.csv"}


def test_columns_languages_settings_and_tags() -> None:
    form = load_form(FORMS / "columns.md")
    assert (form.form_id, form.version, form.title) == ("columns", "3", "Columns and settings")
    assert form.languages == ("English (en)", "Français (fr)")
    assert form.default_language == "English (en)"
    assert form.resolve_language("fr") == "Français (fr)"
    assert form.resolve_language("de") is None
    assert form.instance_name is not None and "alias" in form.instance_name.source
    alias = form.question("/data/alias")
    assert alias.label is not None and alias.hint is not None and alias.guidance is not None
    assert alias.label.pick("Français (fr)").static_text() == "Nom ou alias"  # type: ignore[union-attr]
    assert alias.guidance.pick("English (en)").static_text() == (  # type: ignore[union-attr]
        "Do not insist on a legal name")
    assert alias.required_message is not None
    assert alias.bind_attributes == {"fa:role": "person_name", "fa:referral": "person"}
    assert alias.instance_attributes == {"fa:identifying": "true"}
    age = form.question("/data/age")
    assert age.constraint is not None and age.constraint_message is not None
    assert age.appearance == "numbers"
    assert form.question("/data/officer").readonly is not None
    assert form.question("/data/officer").default == "Officer 7"
    site = form.question("/data/site").itemset
    assert site is not None and site.filtered
    needs = form.question("/data/needs").itemset
    assert needs is not None and needs.randomize
    events = {(s.event, s.ref) for s in form.setvalues}
    assert ("odk-instance-first-load", "/data/seen_on") in events
    assert ("xforms-value-changed", "/data/guests_changed") in events
    note = form.question("/data/child_note")
    assert note.label is not None
    assert len(note.label.pick("English (en)").parts) == 2  # type: ignore[union-attr]


def test_htcds_form_loads_as_published() -> None:
    if not HTCDS.is_file():
        pytest.skip(f"the shared HTCDS form is not at {HTCDS}")
    form = load_form(HTCDS)
    assert form.form_id == "htcds_xlsform"
    assert form.version == "vSmt4GQA3C9uBMLPEVfgND"
    gender = form.question("/data/prs_Gender").itemset
    assert gender is not None and "NonConforming" in [c.name for c in gender.choices]
    control = form.question("/data/vic_Methods_of_Control")
    assert control.kind is Kind.SELECT_MULTIPLE
    assert control.itemset is not None
    assert "DebtBondage" in [c.name for c in control.itemset.choices]


@pytest.mark.parametrize(
    ("name", "row", "column", "words"),
    [
        ("broken_reference.md", 3, "relevant", "agee"),
        ("broken_expression.md", 3, "constraint", "hours"),
        ("unsupported_photo.md", 3, "type", "image"),
    ],
)
def test_errors_name_sheet_row_and_column(name: str, row: int, column: str, words: str) -> None:
    with pytest.raises(FormLoadError) as caught:
        load_form(FORMS / name)
    error = caught.value
    assert (error.sheet, error.row, error.column) == ("survey", row, column)
    assert str(error).startswith(f"{name}: sheet 'survey', row {row}, column '{column}': ")
    assert words in str(error)
    assert "\n" not in str(error)


def test_unsupported_media_is_its_own_error() -> None:
    with pytest.raises(UnsupportedFormFeature, match="photos"):
        load_form(FORMS / "unsupported_photo.md")


def test_location_is_unsupported() -> None:
    form = "| survey |\n| | type | name | label |\n| | geopoint | where | Where |\n"
    with pytest.raises(UnsupportedFormFeature, match="location"):
        load_form_source(md_source(form))


def test_calculation_loop_is_refused() -> None:
    with pytest.raises(FormLoadError, match="loop") as caught:
        load_form(FORMS / "cycle.md")
    assert "'first'" in str(caught.value) and "'second'" in str(caught.value)


def test_missing_sidecar_file_is_named() -> None:
    with pytest.raises(FormLoadError, match=r"nowhere\.csv"):
        load_form(FORMS / "missing_sidecar.md")


def test_unknown_type_is_located() -> None:
    form = "| survey |\n| | type | name | label |\n| | text | a | A |\n| | widget | b | B |\n"
    with pytest.raises(FormLoadError) as caught:
        load_form_source(md_source(form))
    assert (caught.value.row, caught.value.column) == (3, "type")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(FormLoadError, match="no such file"):
        load_form(tmp_path / "absent.xlsx")
    with pytest.raises(FormLoadError, match="folder"):
        load_form(tmp_path)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("corrupt.xlsx", b"PK\x03\x04 this is not really a zip archive"),
        ("text.xlsx", b"plain text pretending to be a workbook"),
        ("empty.xlsx", b""),
        ("garbage.md", b"no tables here at all"),
        ("binary.csv", bytes(range(256)) * 10),
        ("notes.txt", b"type,name,label"),
    ],
)
def test_hostile_or_broken_files_give_clean_errors(name: str, data: bytes) -> None:
    with pytest.raises(FormLoadError) as caught:
        load_form_source(FormSource(filename=name, data=data))
    assert str(caught.value).startswith(name)


def test_zip_that_expands_too_far_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (300 * 1024 * 1024))
    with pytest.raises(FormLoadError, match="expands"):
        load_form_source(FormSource(filename="bomb.xlsx", data=buffer.getvalue()))


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    with path.open("wb") as handle:
        handle.truncate(17 * 1024 * 1024)
    with pytest.raises(FormLoadError, match="larger than"):
        load_form(path)


def test_xml_sidecar_with_entities_is_not_expanded(tmp_path: Path) -> None:
    (tmp_path / "form.md").write_text(
        "| survey |\n| | type | name | label |\n| | xml-external | places | |\n"
        "| | text | a | A |\n", encoding="utf-8")
    (tmp_path / "places.xml").write_text(
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        "<root><item><name>&e;</name></item></root>", encoding="utf-8")
    form = load_form(tmp_path / "form.md")
    assert "root" not in (form.secondary_instances["places"].findtext("item/name") or "")
    assert b"root:" not in etree.tostring(form.secondary_instances["places"])


def test_expressions_are_compiled_never_executed() -> None:
    hostile = (
        "| survey |\n| | type | name | label | calculation |\n"
        "| | calculate | x | | __import__('os').system('echo hacked') |\n"
    )
    with pytest.raises(FormLoadError) as caught:
        load_form_source(md_source(hostile))
    assert caught.value.row == 2 and caught.value.column == "calculation"


def test_source_bytes_are_kept_for_the_library() -> None:
    path = FORMS / "all_types.md"
    form = load_form(path)
    assert form.source.filename == "all_types.md"
    assert form.source.data == path.read_bytes()
    assert form.source.sidecars["sites.csv"] == (FORMS / "sites.csv").read_bytes()
