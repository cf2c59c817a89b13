"""The referral directory: the services an officer can refer a person to, loaded and filtered.

A directory is a CSV (UTF-8) or XLSX workbook (first sheet) with exactly these columns, in any
order: ``id,name,type,area,languages,hours,phone,email,address,consent_required,data_needed,
notes``. ``area``, ``languages`` and ``data_needed`` are space-separated lists; ``area`` may be
``ALL``. Supervisors replace the sample directory with their own, so every row is checked and a
mistake is reported as a :class:`~fieldapp.referral.errors.DirectoryError` naming the file, the
row (as a spreadsheet numbers it, header = row 1) and the column. Blank rows are skipped.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from fieldapp.referral.errors import DirectoryError
from fieldapp.referral.model import (
    CONSENT_REQUIREMENTS,
    SECTIONS,
    SERVICE_TYPES,
    Service,
)

COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "type",
    "area",
    "languages",
    "hours",
    "phone",
    "email",
    "address",
    "consent_required",
    "data_needed",
    "notes",
)
ALL_AREAS = "ALL"
MAX_ROWS = 10_000  # far above any real directory; stops a hostile file from eating memory

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_AREA = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
_LANGUAGE = re.compile(r"[a-z]{2,3}")


def load_directory(path: Path | str) -> tuple[Service, ...]:
    """Every service in a CSV or XLSX directory file, in file order."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows = _csv_rows(path)
    elif suffix == ".xlsx":
        rows = _xlsx_rows(path)
    else:
        raise DirectoryError(f"{path.name}: a referral directory must be a .csv or .xlsx file")
    return _services(path.name, rows)


def filter_services(
    services: Iterable[Service],
    *,
    type: str | None = None,  # the directory's own column name, shadowing on purpose
    area: str | None = None,
    language: str | None = None,
) -> tuple[Service, ...]:
    """The services of a type, serving an area (or everywhere), speaking a language."""
    return tuple(
        service
        for service in services
        if (type is None or service.type == type)
        and (area is None or area in service.area or ALL_AREAS in service.area)
        and (language is None or language in service.languages)
    )


def _csv_rows(path: Path) -> list[list[str]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise DirectoryError(f"{path.name}: cannot read the file ({error.strerror})") from error
    except UnicodeDecodeError as error:
        raise DirectoryError(f"{path.name}: the file is not UTF-8 text") from error
    try:
        return list(_limited(csv.reader(io.StringIO(text, newline=""), strict=True), path.name))
    except csv.Error as error:
        raise DirectoryError(f"{path.name}: not a valid CSV file ({error})") from error


def _xlsx_rows(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook  # only directories in XLSX pay for the import

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except OSError as error:
        raise DirectoryError(f"{path.name}: cannot read the file ({error.strerror})") from error
    except Exception as error:  # openpyxl raises zipfile, KeyError, XML and own errors
        raise DirectoryError(f"{path.name}: not a readable XLSX workbook") from error
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise DirectoryError(f"{path.name}: the workbook has no sheet")
        cells = sheet.iter_rows(values_only=True)
        return list(_limited(([_cell_text(v) for v in row] for row in cells), path.name))
    except DirectoryError:
        raise
    except Exception as error:  # a damaged sheet fails while it is read, not when opened
        raise DirectoryError(f"{path.name}: not a readable XLSX workbook") from error
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone number typed as a number
    return str(value)


def _limited(rows: Iterable[list[str]], file_name: str) -> Iterator[list[str]]:
    for index, row in enumerate(rows):
        if index > MAX_ROWS:
            raise DirectoryError(f"{file_name}: more than {MAX_ROWS} rows")
        yield row


def _services(file_name: str, rows: Sequence[list[str]]) -> tuple[Service, ...]:
    if not rows:
        raise DirectoryError(f"{file_name}: the file is empty")
    header = [cell.strip() for cell in rows[0]]
    while header and not header[-1]:
        header.pop()  # spreadsheets often carry empty trailing header cells
    _check_header(file_name, header)
    positions = {name: header.index(name) for name in COLUMNS}
    services: list[Service] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(rows[1:], start=2):
        row = [cell.strip() for cell in raw]
        if not any(row):
            continue
        if any(row[len(header):]):
            raise DirectoryError(f"{file_name}, row {index}: more cells than columns")
        cells = {name: row[pos] if pos < len(row) else "" for name, pos in positions.items()}
        service = _service(file_name, index, cells)
        if service.id in seen:
            raise DirectoryError(
                f"{file_name}, row {index}, column 'id': the id is already used in row"
                f" {seen[service.id]}"
            )
        seen[service.id] = index
        services.append(service)
    return tuple(services)


def _check_header(file_name: str, header: list[str]) -> None:
    missing = [name for name in COLUMNS if name not in header]
    unknown = [name for name in header if name not in COLUMNS]
    repeated = sorted({name for name in header if header.count(name) > 1})
    problems = []
    if missing:
        problems.append(f"missing columns: {', '.join(missing)}")
    if unknown:
        problems.append(f"unknown columns: {_shown(unknown)}")
    if repeated:
        problems.append(f"repeated columns: {', '.join(repeated)}")
    if problems:
        raise DirectoryError(f"{file_name}, row 1: {'; '.join(problems)}")


def _shown(names: list[str]) -> str:
    """A few names, each cut short: enough to find a typo, never a page of junk."""
    shown = ", ".join(repr(name[:40]) for name in names[:5])
    return shown + (", ..." if len(names) > 5 else "")


def _service(file_name: str, row: int, cells: dict[str, str]) -> Service:
    def fail(column: str, problem: str) -> DirectoryError:
        return DirectoryError(f"{file_name}, row {row}, column '{column}': {problem}")

    if not _ID.fullmatch(cells["id"]):
        raise fail("id", "expected letters, digits, '_', '.' or '-' (at most 64)")
    if not cells["name"]:
        raise fail("name", "a service needs a name")
    if cells["type"] not in SERVICE_TYPES:
        raise fail("type", f"expected one of {', '.join(SERVICE_TYPES)}")
    area = tuple(cells["area"].split())
    if not area:
        raise fail("area", f"name at least one area, or {ALL_AREAS}")
    if not all(_AREA.fullmatch(code) for code in area):
        raise fail("area", "area codes are letters, digits, '_' or '-'")
    languages = tuple(cells["languages"].split())
    if not all(_LANGUAGE.fullmatch(code) for code in languages):
        raise fail("languages", "expected ISO 639 codes in lower case, such as 'en ar'")
    if cells["consent_required"] not in CONSENT_REQUIREMENTS:
        raise fail("consent_required", f"expected one of {', '.join(CONSENT_REQUIREMENTS)}")
    data_needed = frozenset(cells["data_needed"].split())
    unknown = sorted(data_needed - frozenset(SECTIONS))
    if unknown:
        raise fail("data_needed", f"unknown sections: {_shown(unknown)}")
    return Service(
        id=cells["id"],
        name=cells["name"],
        type=cells["type"],
        area=area,
        languages=languages,
        hours=cells["hours"],
        phone=cells["phone"],
        email=cells["email"],
        address=cells["address"],
        consent_required=cells["consent_required"],
        data_needed=data_needed,
        notes=cells["notes"],
    )
