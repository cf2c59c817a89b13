"""The compiled-form cache: hits, misses, stale and damaged entries, one compile under threads."""

from __future__ import annotations

import json
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldapp.xlsform import FormLibrary, FormLoadError, InMemoryFormStore, load_form, loader
from fieldapp.xlsform import cache as form_cache
from fieldapp.xlsform.cache import CompiledForms, ConversionStore, content_key
from tests.conftest import REPO_ROOT

FORMS_MD = Path(__file__).parent / "forms_md"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ConversionStore]:
    """A fresh process-wide cache over a folder of this test (as a new process would see)."""
    conversions = ConversionStore(tmp_path / "cache")
    previous = form_cache.use_compiled_forms(CompiledForms(conversions))
    try:
        yield conversions
    finally:
        form_cache.use_compiled_forms(previous)


@pytest.fixture
def conversions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The file names pyxform is asked to convert."""
    seen: list[str] = []
    real = loader.convert_xlsform

    def counting(filename: str, data: bytes) -> Any:
        seen.append(filename)
        return real(filename, data)

    monkeypatch.setattr(loader, "convert_xlsform", counting)
    return seen


def new_process(conversions: ConversionStore) -> None:
    """Forget what this process compiled; the disk entries stay."""
    form_cache.use_compiled_forms(CompiledForms(conversions))


def form_file(folder: Path, label: str = "Age", name: str = "intake.md") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(
        "| survey |\n| | type | name | label | relevant |\n"
        f"| | integer | age | {label} | |\n"
        "| | text | note_x | Remarks | ${age} > 17 |\n"
        "| settings |\n| | form_id | version | form_title |\n"
        "| | intake | 3 | Intake |\n",
        encoding="utf-8",
    )
    return path


def entries(conversions: ConversionStore) -> list[Path]:
    return sorted(conversions.directory.glob("*.json"))


def test_second_load_in_a_process_is_the_same_object(
        store: ConversionStore, conversions: list[str], tmp_path: Path) -> None:
    path = form_file(tmp_path / "forms")
    first = load_form(path)
    assert load_form(path) is first
    assert conversions == ["intake.md"]


def test_a_new_process_reads_the_stored_conversion(
        store: ConversionStore, conversions: list[str], tmp_path: Path) -> None:
    path = form_file(tmp_path / "forms")
    first = load_form(path)
    assert len(entries(store)) == 1
    new_process(store)
    again = load_form(path)
    assert conversions == ["intake.md"]  # pyxform ran once, for the first load only
    assert again is not first
    assert again.xform == first.xform and again.warnings == first.warnings
    assert list(again.questions) == list(first.questions)
    assert again.questions["/data/note_x"].row == first.questions["/data/note_x"].row == 3
    assert again.source == first.source


def test_a_changed_workbook_is_converted_again(
        store: ConversionStore, conversions: list[str], tmp_path: Path) -> None:
    path = form_file(tmp_path / "forms")
    load_form(path)
    form_file(tmp_path / "forms", label="Age in years")
    changed = load_form(path)
    assert conversions == ["intake.md", "intake.md"]
    label = changed.questions["/data/age"].label
    assert label is not None and "Age in years" in str(label)
    assert len(entries(store)) == 2


@pytest.mark.parametrize("bump", ["compiler", "pyxform"])
def test_a_new_converter_never_reuses_an_entry(
        store: ConversionStore, conversions: list[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, bump: str) -> None:
    path = form_file(tmp_path / "forms")
    load_form(path)
    before = content_key(path.name, path.read_bytes())
    if bump == "compiler":
        monkeypatch.setattr(form_cache, "COMPILER_VERSION", form_cache.COMPILER_VERSION + 1)
    else:
        monkeypatch.setattr(form_cache, "pyxform_fingerprint", lambda: "another-pyxform")
    assert content_key(path.name, path.read_bytes()) != before
    new_process(store)
    load_form(path)
    assert conversions == ["intake.md", "intake.md"]


def test_the_same_bytes_under_another_name_are_another_entry(tmp_path: Path) -> None:
    data = form_file(tmp_path / "forms").read_bytes()
    assert content_key("intake.md", data) != content_key("other.md", data)


@pytest.mark.parametrize("damage", [
    b"", b"{not json", b"\xff\xfe", b"[]", b'{"format": "fieldapp-converted-form"}',
])
def test_a_damaged_entry_is_converted_again_and_replaced(
        store: ConversionStore, conversions: list[str], tmp_path: Path, damage: bytes) -> None:
    path = form_file(tmp_path / "forms")
    expected = load_form(path).xform
    [entry] = entries(store)
    entry.write_bytes(damage)
    new_process(store)
    assert load_form(path).xform == expected
    assert len(conversions) == 2
    assert json.loads(entry.read_text(encoding="utf-8"))["key"] == entry.stem


def test_an_entry_with_a_broken_xform_falls_back_to_converting(
        store: ConversionStore, conversions: list[str], tmp_path: Path) -> None:
    path = form_file(tmp_path / "forms")
    expected = load_form(path)
    [entry] = entries(store)
    content = json.loads(entry.read_text(encoding="utf-8"))
    content["xform"] = "<h:html><unclosed"
    entry.write_text(json.dumps(content), encoding="utf-8")
    new_process(store)
    assert list(load_form(path).questions) == list(expected.questions)
    assert len(conversions) == 2


def test_an_entry_renamed_over_another_is_not_used(
        store: ConversionStore, conversions: list[str], tmp_path: Path) -> None:
    first = form_file(tmp_path / "a", label="First")
    second = form_file(tmp_path / "b", label="Second")
    load_form(first)
    load_form(second)
    key_first = content_key(first.name, first.read_bytes())
    key_second = content_key(second.name, second.read_bytes())
    shutil.copyfile(store.path(key_first), store.path(key_second))
    new_process(store)
    label = load_form(second).questions["/data/age"].label
    assert label is not None and "Second" in str(label)
    assert len(conversions) == 3


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_an_entry_others_may_write_is_not_trusted(
        store: ConversionStore, conversions: list[str], tmp_path: Path) -> None:
    path = form_file(tmp_path / "forms")
    load_form(path)
    [entry] = entries(store)
    assert entry.stat().st_mode & 0o077 == 0  # written for this user only
    entry.chmod(0o666)
    new_process(store)
    load_form(path)
    assert len(conversions) == 2


def test_a_cache_that_cannot_be_written_still_loads(
        conversions: list[str], tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    previous = form_cache.use_compiled_forms(CompiledForms(ConversionStore(blocked / "forms")))
    try:
        path = form_file(tmp_path / "forms")
        assert load_form(path).form_id == "intake"
    finally:
        form_cache.use_compiled_forms(previous)


def test_a_broken_form_is_reported_every_time_and_never_cached(
        store: ConversionStore) -> None:
    for _ in range(2):
        with pytest.raises(FormLoadError):
            load_form(FORMS_MD / "broken_expression.md")
    assert entries(store) == []


def test_a_changed_sidecar_file_gives_a_new_definition(
        store: ConversionStore, tmp_path: Path) -> None:
    folder = tmp_path / "forms"
    folder.mkdir()
    shutil.copy(FORMS_MD / "all_types.md", folder)
    shutil.copy(FORMS_MD / "sites.csv", folder)
    first = load_form(folder / "all_types.md")
    assert load_form(folder / "all_types.md") is first
    with (folder / "sites.csv").open("a", encoding="utf-8") as sites:
        sites.write("new_site,New Site (sample),WEST\n")
    changed = load_form(folder / "all_types.md")
    assert changed is not first
    assert b"new_site" in changed.source.sidecars["sites.csv"]


def test_entries_hold_the_form_only(store: ConversionStore, tmp_path: Path) -> None:
    load_form(form_file(tmp_path / "forms"))
    [entry] = entries(store)
    content = json.loads(entry.read_text(encoding="utf-8"))
    assert set(content) == {"format", "key", "xform", "warnings", "survey"}
    assert content["survey"][0] == {"name": "age", "type": "integer"}


def test_concurrent_loads_compile_once(
        store: ConversionStore, conversions: list[str], tmp_path: Path) -> None:
    path = form_file(tmp_path / "forms")
    results: list[object] = []
    start = threading.Barrier(8)

    def load() -> None:
        start.wait()
        results.append(load_form(path))

    threads = [threading.Thread(target=load) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 8 and all(result is results[0] for result in results)
    assert conversions == ["intake.md"]


def test_a_version_only_in_the_vault_never_reaches_the_disk_cache(
        store: ConversionStore, tmp_path: Path) -> None:
    imported = load_form_of_text(tmp_path)
    saved = InMemoryFormStore()
    saved.put("intake", "3", imported.source.filename, imported.source.data, {})
    form_cache.use_compiled_forms(CompiledForms(store))  # memory forgotten, disk empty
    library = FormLibrary(saved, builtin_dir=tmp_path / "no-built-in-forms")
    assert library.get("intake", "3").form_id == "intake"
    assert entries(store) == []


def test_a_vault_copy_of_a_shipped_form_uses_the_disk_cache(
        store: ConversionStore, conversions: list[str], tmp_path: Path) -> None:
    shipped = tmp_path / "shipped"
    shutil.copytree(REPO_ROOT / "forms", shipped)
    workbook = shipped / "rapid_screening.xlsx"
    form = FormLibrary(InMemoryFormStore(), builtin_dir=tmp_path / "none").import_file(workbook)
    saved = InMemoryFormStore()
    saved.put(form.form_id, form.version, workbook.name, workbook.read_bytes(),
              form.source.sidecars)
    store.path(content_key(workbook.name, workbook.read_bytes())).unlink()
    new_process(store)
    FormLibrary(saved, builtin_dir=shipped).get(form.form_id, form.version)
    assert len(entries(store)) == 1  # the same bytes ship with the app: cached on disk
    new_process(store)
    FormLibrary(saved, builtin_dir=shipped).get(form.form_id, form.version)
    assert conversions == ["rapid_screening.xlsx", "rapid_screening.xlsx"]


def load_form_of_text(tmp_path: Path) -> Any:
    """A form read from bytes only (as a supervisor's update brings it), not kept on disk."""
    from fieldapp.xlsform import FormSource, load_form_source

    data = form_file(tmp_path / "elsewhere").read_bytes()
    (tmp_path / "elsewhere" / "intake.md").unlink()
    return load_form_source(FormSource("intake.md", data))


def test_only_the_newest_entries_are_kept(
        store: ConversionStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(form_cache, "MAX_ENTRIES", 2)
    paths = [form_file(tmp_path / str(number), label=f"Age {number}") for number in range(3)]
    for number, path in enumerate(paths):
        load_form(path)
        entry = store.path(content_key(path.name, path.read_bytes()))
        os.utime(entry, (1_000_000 + number, 1_000_000 + number))
    kept = {entry.stem for entry in entries(store)}
    assert kept == {content_key(p.name, p.read_bytes()) for p in paths[1:]}
