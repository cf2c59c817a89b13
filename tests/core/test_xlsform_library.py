"""The form library: built-in forms, imported versions, pinning, immutability, caching."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fieldapp.xlsform import (
    FormDefinition,
    FormLibrary,
    FormLoadError,
    FormNotFound,
    FormSource,
    InMemoryFormStore,
    load_form_source,
)

FORMS = Path(__file__).parent / "forms_md"


def form_text(version: str, label: str = "Age") -> str:
    return (
        "| survey |\n| | type | name | label |\n"
        f"| | integer | age | {label} |\n"
        "| settings |\n| | form_id | version | form_title |\n"
        f"| | intake | {version} | Intake |\n"
    )


def source(version: str, label: str = "Age") -> FormSource:
    return FormSource(filename="intake.md", data=form_text(version, label).encode())


def test_imported_versions_are_all_kept_and_latest_wins(tmp_path: Path) -> None:
    library = FormLibrary(InMemoryFormStore(), builtin_dir=tmp_path)
    library.import_source(source("2"))
    library.import_source(source("10"))
    assert library.versions("intake") == ["2", "10"]
    assert library.latest("intake").version == "10"
    assert library.get("intake", "2").version == "2"


def test_same_version_with_other_content_is_refused(tmp_path: Path) -> None:
    library = FormLibrary(InMemoryFormStore(), builtin_dir=tmp_path)
    library.import_source(source("1"))
    library.import_source(source("1"))  # the same bytes again: fine
    with pytest.raises(FormLoadError, match="raise the version"):
        library.import_source(source("1", label="Age in years"))


def test_form_without_version_cannot_be_imported(tmp_path: Path) -> None:
    library = FormLibrary(InMemoryFormStore(), builtin_dir=tmp_path)
    text = "| survey |\n| | type | name | label |\n| | integer | age | Age |\n"
    with pytest.raises(FormLoadError, match="no version"):
        library.import_source(FormSource("plain.md", text.encode()))


def test_builtin_version_survives_an_update_once_kept(tmp_path: Path) -> None:
    store = InMemoryFormStore()
    builtin = tmp_path / "forms"
    builtin.mkdir()
    # Built-in forms are .xlsx; this library is pointed at .md files through its loader.
    (builtin / "intake.xlsx").write_text(form_text("1"), encoding="utf-8")
    library = FormLibrary(store, builtin_dir=builtin, loader=_md_loader)
    first = library.latest("intake")
    library.keep(first)  # an interview starts on version 1
    (builtin / "intake.xlsx").write_text(form_text("2", "Age now"), encoding="utf-8")
    fresh = FormLibrary(store, builtin_dir=builtin, loader=_md_loader)
    assert fresh.latest("intake").version == "2"
    pinned = fresh.get("intake", "1")
    assert pinned.version == "1"
    assert [(e.version, e.origin) for e in fresh.entries()] == [("1", "imported"),
                                                               ("2", "built-in")]


def test_unknown_form_or_version(tmp_path: Path) -> None:
    library = FormLibrary(InMemoryFormStore(), builtin_dir=tmp_path)
    with pytest.raises(FormNotFound):
        library.latest("nothing")
    library.import_source(source("1"))
    with pytest.raises(FormNotFound):
        library.get("intake", "7")


def test_broken_builtin_form_is_reported_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "broken.xlsx").write_bytes(b"not a workbook")
    shutil.copy(FORMS / "all_types.md", tmp_path / "all_types.md")
    library = FormLibrary(InMemoryFormStore(), builtin_dir=tmp_path)
    assert library.entries() == []
    assert len(library.problems) == 1 and "broken.xlsx" in library.problems[0]


def test_loaded_forms_are_cached(tmp_path: Path) -> None:
    library = FormLibrary(InMemoryFormStore(), builtin_dir=tmp_path)
    library.import_source(source("1"))
    assert library.get("intake", "1") is library.get("intake", "1")


def test_sidecar_files_travel_with_the_form(tmp_path: Path) -> None:
    store = InMemoryFormStore()
    library = FormLibrary(store, builtin_dir=tmp_path / "none")
    imported = library.import_file(FORMS / "all_types.md")
    stored = store.get("all_types", imported.version)
    assert stored is not None and set(stored.sidecars) == {"sites.csv"}
    again = FormLibrary(store, builtin_dir=tmp_path / "none").get("all_types", imported.version)
    assert again.question("/data/site").itemset is not None


def _md_loader(path: Path) -> FormDefinition:
    """Built-in forms are workbooks; these tests write markdown tables under .xlsx names."""
    return load_form_source(FormSource(filename=path.stem + ".md", data=path.read_bytes()))
