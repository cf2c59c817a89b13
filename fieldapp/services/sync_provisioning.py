"""Forms, referral directory and retention policy: what enrollment and update files provision.

Supervisor side, :func:`form_files` and :func:`directory_bytes` turn the forms and directory a
supervisor names into what the file formats carry, checking them first: every form must load
with only the choice files the directory generates (``services.csv``, ``areas.csv``), since
an enrollment carries no other file, and the directory must pass the referral loader.

Laptop side, :func:`provision` checks everything before changing anything (each form loads
with the directory's choice files; no stored form version would change content under pinned
interviews) and then, in one transaction, stores the directory, adds the new form versions to
the vault's form store and replaces the directory's choice files beside every stored form.
The choice files are generated exactly as docs/forms.md describes for the shipped ones.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from fieldapp.errors import UsageError
from fieldapp.referral.directory import COLUMNS, load_directory
from fieldapp.referral.errors import DirectoryError
from fieldapp.services.sync_errors import FormVersionClash
from fieldapp.sync import FormFile
from fieldapp.sync.enrollment import MAX_FORM_BYTES
from fieldapp.vault import sync_provisioning, sync_store
from fieldapp.vault.database import Connection, transaction
from fieldapp.vault.sync_provisioning import ProvisionedForm
from fieldapp.xlsform import FormLibrary, FormLoadError
from fieldapp.xlsform.loader import load_form_source
from fieldapp.xlsform.model import FormSource

SERVICES_FILE = "services.csv"
AREAS_FILE = "areas.csv"
ALL_AREAS = "ALL"


def directory_sidecars(directory: bytes) -> dict[str, bytes]:
    """``services.csv`` and ``areas.csv`` generated from a directory CSV."""
    try:
        text = directory.decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise DirectoryError("the referral directory is not a readable UTF-8 CSV file") from exc
    if not rows or not {"id", "name", "type", "area"} <= {cell.strip() for cell in rows[0]}:
        raise DirectoryError("the referral directory lacks its id, name, type or area column")
    header = [cell.strip() for cell in rows[0]]
    at = {name: header.index(name) for name in ("id", "name", "type", "area")}
    services: list[list[str]] = []
    areas: set[str] = set()
    for row in rows[1:]:
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        picked = [cells[at[name]] if at[name] < len(cells) else "" for name in at]
        services.append(picked)
        areas.update(picked[3].split())
    return {
        SERVICES_FILE: _csv([["name", "label", "type", "area"], *services]),
        AREAS_FILE: _csv([["name", "label"], *([code, code] for code in
                                               sorted(areas - {ALL_AREAS}))]),
    }


def _csv(rows: Sequence[Sequence[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def directory_bytes(path: Path) -> bytes:
    """A supervisor's directory file (CSV or XLSX), checked, as the CSV the files carry."""
    services = load_directory(path)
    if path.suffix.lower() == ".csv":
        return path.read_bytes()
    rows = [list(COLUMNS)]
    for service in services:
        rows.append([
            service.id, service.name, service.type, " ".join(service.area),
            " ".join(service.languages), service.hours, service.phone, service.email,
            service.address, service.consent_required, " ".join(sorted(service.data_needed)),
            service.notes,
        ])
    return _csv(rows)


def _load(form: FormFile, sidecars: dict[str, bytes]) -> ProvisionedForm:
    definition = load_form_source(FormSource(form.filename, form.content, sidecars))
    if (definition.form_id, definition.version) != (form.form_id, form.version):
        raise FormLoadError(
            f"the file sent as form '{form.form_id}' version '{form.version}' is another form",
            source=form.filename,
        )
    used = dict(definition.source.sidecars)
    return ProvisionedForm(form.form_id, form.version, definition.title, form.filename,
                           form.content, used)


def _form_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FORM_BYTES:
            raise UsageError(f"{path.name} is larger than a form may be")
        return path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read the form {path.name}") from exc


def form_files(paths: Sequence[Path], directory: bytes, *,
               library: FormLibrary | None = None) -> tuple[FormFile, ...]:
    """The forms at ``paths`` (none given: the built-in forms), checked to load on a laptop,
    where the only files beside them are the directory's choice files."""
    sidecars = directory_sidecars(directory)
    sources = [FormSource(path.name, _form_bytes(path)) for path in paths] if paths else [
        definition.source for definition in (library or FormLibrary()).builtin_forms()]
    files: list[FormFile] = []
    for source in sources:
        definition = load_form_source(FormSource(source.filename, source.data, sidecars))
        form = FormFile(definition.form_id, definition.version, source.filename, source.data)
        files.append(form)
    return tuple(files)


def provision(
    connection: Connection, forms: Sequence[FormFile], directory: bytes | None, *, now: str
) -> int:
    """Check, then store ``forms`` and ``directory`` in one transaction; returns forms added."""
    current = directory if directory is not None else sync_store.stored_directory(connection)
    sidecars = directory_sidecars(current) if current is not None else {}
    checked: list[ProvisionedForm] = []
    for form in forms:
        held = sync_provisioning.stored_form_data(connection, form.form_id, form.version)
        if held is not None and held != form.content:
            raise FormVersionClash(form.form_id, form.version)
        checked.append(_load(form, dict(sidecars)))
    with transaction(connection):
        if directory is not None:
            sync_store.store_directory(connection, directory, now=now)
        added = sync_provisioning.store_forms(connection, checked, now=now)
        if directory is not None:
            sync_provisioning.replace_sidecars(connection, sidecars)
    return added

