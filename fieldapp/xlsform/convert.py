"""XLSForm bytes to XForm text through pyxform, with every failure located in the workbook.

pyxform does the heavy lifting that ODK and KoboToolbox rely on (``${}`` references, relative
repeat paths, choice filters as itemsets, choice lists and CSV files as secondary instances,
translations as itext, ``bind::`` columns as bind attributes), so a form behaves here as it does
there. This module guards the door: it refuses files that are too big or that expand like a zip
bomb before pyxform sees them, never lets a path-or-content guess happen (pyxform gets bytes and
an explicit type), captures Python warnings, and turns anything pyxform raises, expected or not,
into a :class:`FormLoadError` naming the sheet, row and column in plain words. It also keeps the
sheets' rows so later stages (expression compilation) can name the row of a field. pyxform (and
openpyxl under it, about half a second) is imported only when a form is really converted: a
form found in the compiled-form cache (:mod:`fieldapp.xlsform.cache`) never loads it.
"""

from __future__ import annotations

import dataclasses
import io
import re
import warnings
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from fieldapp.xlsform.errors import FormLoadError, one_line

# The version of what convert_xlsform produces (ConvertedForm), part of every compiled-form
# cache key with pyxform's own version. Raise it whenever a change here alters the XForm, the
# warnings or the sheets kept, so no laptop reuses a result the old code made.
COMPILER_VERSION = 1

MAX_FORM_BYTES = 16 * 1024 * 1024
# A real workbook expands a few times; hundreds of MB of XML is an attack, not a questionnaire.
MAX_XLSX_EXPANDED_BYTES = 256 * 1024 * 1024
MAX_XLSX_MEMBERS = 2_000

# The file types pyxform reads, by suffix (its SupportedFileTypes values; imported late).
SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".csv", ".md"})
_WORKBOOKS = (".xlsx", ".xlsm")

_KIND_NAMES = {
    "xlsx": "an XLSForm workbook",
    "xlsm": "an XLSForm workbook",
    "xls": "an XLSForm workbook",
    "csv": "an XLSForm in CSV form",
    "md": "an XLSForm in markdown-table form",
}
_ROW = re.compile(r"\[row\s*:\s*(\d+)\]\s*")
_SHEET = re.compile(r"On the '([\w-]+)' sheet,?\s*", re.IGNORECASE)
_COLUMN = re.compile(r"the '([^']+)' value")
_UNKNOWN_TYPE = re.compile(r"Unknown question type '([^']*)'")
_NAMED = re.compile(r"(?:element|question|group|repeat) named '([^']*)'")


@dataclass(frozen=True)
class SheetIndex:
    """The workbook's rows as pyxform read them, to point at the row of a field."""

    survey: Sequence[Mapping[str, str]] = ()
    choices: Sequence[Mapping[str, str]] = ()
    settings: Sequence[Mapping[str, str]] = ()

    def row_of_name(self, name: str) -> int | None:
        """The survey row (as numbered in the workbook) that declares ``name``."""
        for number, row in enumerate(self.survey, start=2):
            if row.get("name") == name:
                return number
        return None

    def row_of_type(self, type_name: str) -> int | None:
        for number, row in enumerate(self.survey, start=2):
            if str(row.get("type", "")).strip() == type_name:
                return number
        return None


@dataclass(frozen=True)
class ConvertedForm:
    """The XForm pyxform produced, with its warnings and the sheets it came from."""

    xform: str
    warnings: tuple[str, ...]
    sheets: SheetIndex = field(default_factory=SheetIndex)


def file_type_of(filename: str) -> str:
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if suffix not in SUFFIXES:
        raise FormLoadError(
            "not a form file: use an XLSForm workbook (.xlsx), or its .csv or .md form",
            source=filename,
        )
    return suffix


def convert_xlsform(filename: str, data: bytes) -> ConvertedForm:
    """Convert one XLSForm file's bytes; raise :class:`FormLoadError` on any problem."""
    file_type = file_type_of(filename)
    if len(data) > MAX_FORM_BYTES:
        raise FormLoadError(
            f"the file is larger than {MAX_FORM_BYTES // (1024 * 1024)} MB: not a questionnaire",
            source=filename,
        )
    if not data.strip():
        raise FormLoadError("the file is empty", source=filename)
    if file_type in _WORKBOOKS:
        _check_zip_container(filename, data)
    stem = filename.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    sheets = SheetIndex()
    collected: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            from pyxform.xls2json_backends import Definition, SupportedFileTypes, get_xlsform
            from pyxform.xls2xform import convert

            workbook = get_xlsform(
                xlsform=Definition(
                    data=io.BytesIO(data), file_type=SupportedFileTypes(file_type),
                    file_path_stem=stem,
                )
            )
            sheets = SheetIndex(
                survey=tuple(workbook.survey or ()),
                choices=tuple(workbook.choices or ()),
                settings=tuple(workbook.settings or ()),
            )
            result = convert(
                xlsform=dataclasses.asdict(workbook), warnings=collected, pretty_print=False
            )
        except Exception as error:
            raise locate_pyxform_error(error, sheets, filename) from error
    notes = [one_line(str(text)) for text in collected]
    notes += [one_line(str(item.message)) for item in caught]
    return ConvertedForm(xform=str(result.xform), warnings=tuple(notes), sheets=sheets)


def _check_zip_container(filename: str, data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise FormLoadError(
            "the workbook cannot be opened: the file is damaged or is not an Excel workbook",
            source=filename,
        ) from error
    if len(members) > MAX_XLSX_MEMBERS:
        raise FormLoadError("the workbook holds too many parts to be a form", source=filename)
    if sum(member.file_size for member in members) > MAX_XLSX_EXPANDED_BYTES:
        raise FormLoadError(
            "the workbook expands to more than "
            f"{MAX_XLSX_EXPANDED_BYTES // (1024 * 1024)} MB: not a questionnaire",
            source=filename,
        )


def locate_pyxform_error(error: Exception, sheets: SheetIndex, filename: str) -> FormLoadError:
    """A :class:`FormLoadError` saying where in the workbook pyxform found ``error``."""
    from pyxform.errors import PyXFormError

    if isinstance(error, RecursionError | MemoryError):
        return FormLoadError("the form is too deeply nested or too large", source=filename)
    text = one_line(str(error)) or type(error).__name__
    if "not recognized as a supported type" in text or "does not appear to be a valid" in text:
        kind = _KIND_NAMES.get(filename.rsplit(".", 1)[-1].lower(), "an XLSForm")
        return FormLoadError(
            f"the file cannot be read as {kind}: it should hold a 'survey' sheet"
            " (and usually 'choices' and 'settings')",
            source=filename,
        )
    context: Mapping[str, object] = getattr(error, "context", None) or {}
    row = _int_or_none(context.get("row"))
    sheet = _str_or_none(context.get("sheet"))
    column = _str_or_none(context.get("column"))
    match = _ROW.search(text)
    if match:
        row = row if row is not None else int(match.group(1))
        text = _ROW.sub("", text, count=1)
    match = _SHEET.search(text)
    if match:
        sheet = sheet or match.group(1)
        text = _SHEET.sub("", text, count=1)
    match = _COLUMN.search(text)
    if match and column is None:
        column = match.group(1)
    if row is None:
        row, column = _guess_row(text, sheets, column)
    if row is not None and sheet is None:
        sheet = "survey"
    if sheet is None and "choices sheet" in text.lower():
        sheet = "choices"
    if not isinstance(error, PyXFormError) and row is None:
        text = f"the file could not be read as an XLSForm ({text})"
    return FormLoadError(
        _capitalised(text), source=filename, sheet=sheet, row=row, column=column
    )


def _guess_row(
    text: str, sheets: SheetIndex, column: str | None
) -> tuple[int | None, str | None]:
    """pyxform names some problems only by value: find the row that holds that value."""
    match = _UNKNOWN_TYPE.search(text)
    if match:
        return sheets.row_of_type(match.group(1)), column or "type"
    match = _NAMED.search(text)
    if match:
        row = sheets.row_of_name(match.group(1))
        if row is not None and column is None and "no label" in text:
            column = "label"
        return row, column
    return None, column


def _capitalised(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else "the form is not valid"


def _int_or_none(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
