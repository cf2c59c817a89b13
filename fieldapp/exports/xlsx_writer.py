"""A streaming XLSX (SpreadsheetML) writer for large exports: rows in, one zip stream out.

Why not openpyxl or XlsxWriter: a form's table over 100,000 interviews has tens of millions of
cells. openpyxl's write-only mode writes about 200,000 cells a second here and XlsxWriter about
300,000, both far over the 20-second budget; XlsxWriter's constant-memory mode also spills rows
to temporary files, which would put personal data on disk unencrypted. This writer streams each
sheet straight into its zip entry (deflate level 1) and writes cells without references (the
``r`` attribute is optional in SpreadsheetML: cells and rows follow one another), with strings
inline, so nothing is held but the current batch of rows. Excel, LibreOffice and openpyxl open
the result (tests reopen it with openpyxl). Sheets are written one after another.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from types import TracebackType
from typing import IO
from xml.sax.saxutils import escape, quoteattr

from fieldapp.exports.zip_helper import zip_entries

# What a row holds; anything else (a stray list in odd data) is written as its text.
Cell = str | int | float | None | object

MAX_CELL_CHARS = 32_767  # Excel's limit on one cell's text
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# A character that makes _text do more than wrap the text: one to drop or to escape.
_WORK = re.compile("[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_BATCH = 500

_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="{_MAIN}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    '</cellStyleXfs><cellXfs count="2">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
    "</cellStyles></styleSheet>"
)


def _text(value: str) -> str:
    if (len(value) <= MAX_CELL_CHARS and not _WORK.search(value)
            and not value[:1].isspace() and not value[-1:].isspace()):
        return f"<t>{value}</t>"  # most texts: nothing to drop, escape or keep spaces for
    value = _ILLEGAL.sub("", value)[:MAX_CELL_CHARS]
    space = ' xml:space="preserve"' if value != value.strip() else ""
    return f"<t{space}>{escape(value)}</t>"


def cell_xml(value: Cell, style: str = "") -> str:
    if value is None or value == "":
        return "<c/>"
    if isinstance(value, bool):
        return f"<c{style}><v>{int(value)}</v></c>"
    if isinstance(value, int | float):
        return f"<c{style}><v>{value!r}</v></c>"
    text = value if isinstance(value, str) else str(value)
    return f'<c{style} t="inlineStr"><is>{_text(text)}</is></c>'


def sheet_name(wanted: str, taken: set[str]) -> str:
    """A valid, unique sheet name (31 characters, none of ``[]:*?/\\``)."""
    base = _SHEET_NAME_BAD.sub("_", wanted).strip("'")[:31] or "Sheet"
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


class CellCache(dict[Cell, str]):
    """The XML of cell values, built on a miss (``__missing__``: a plain look-up otherwise)."""

    LIMIT = 50_000
    CHARS = 8_000_000

    def __init__(self) -> None:
        super().__init__()
        self.chars = 0

    def __missing__(self, value: Cell) -> str:
        xml = cell_xml(value)
        if len(self) >= self.LIMIT or self.chars >= self.CHARS:
            self.clear()
            self.chars = 0
        self[value] = xml
        self.chars += len(xml)
        return xml


class SheetWriter:
    """Rows of one sheet, written to its zip entry in batches.

    Most cells repeat a few values (choice names, 0 and 1 of split columns, blanks), so the
    XML of each value is kept in a cache: a row is then one C-level pass of dictionary
    look-ups, ten times faster than building every cell. Long texts are kept too (calculated
    summaries repeat as often as choices). Values seen once (ids, dates, names, free text)
    fill the cache; once it holds too many values or characters it is emptied, not frozen,
    so that the values that do repeat are always found in it and memory stays bounded.
    """

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._pending: list[str] = []
        self.cells = CellCache()
        self.rows = 0

    def header(self, values: Sequence[Cell]) -> None:
        self._add("<row>" + "".join(cell_xml(v, ' s="1"') for v in values) + "</row>")

    def row(self, values: Sequence[Cell]) -> None:
        try:
            cells = "".join(map(self.cells.__getitem__, values))
        except TypeError:  # an unhashable value (a stray list): build this row cell by cell
            cells = "".join([cell_xml(v) for v in values])
        self.row_xml(cells)

    def row_xml(self, cells: str) -> None:
        """A row of cells whose XML was built by the caller (with :attr:`cells`)."""
        self._add("<row>" + cells + "</row>")

    def _add(self, xml: str) -> None:
        self._pending.append(xml)
        self.rows += 1
        if len(self._pending) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            self._stream.write("".join(self._pending).encode("utf-8"))
            self._pending.clear()


class XlsxWriter:
    """One workbook written to ``target`` (a binary stream; it need not be seekable).

    ``parallel``: compress in a helper process (:mod:`fieldapp.exports.zip_helper`). Use as a
    context manager (a failure then stops the helper), or call :meth:`close` when done.
    """

    def __init__(self, target: IO[bytes], *, parallel: bool = False) -> None:
        self._stack = ExitStack()
        self._zip = self._stack.enter_context(zip_entries(target, parallel=parallel))
        self._sheets: list[str] = []
        self._taken: set[str] = set()

    def __enter__(self) -> XlsxWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if exc is None:
            self.close()
        else:
            self._stack.__exit__(exc_type, exc, traceback)

    @contextmanager
    def sheet(self, wanted_name: str, *, freeze_header: bool = True) -> Iterator[SheetWriter]:
        name = sheet_name(wanted_name, self._taken)
        self._sheets.append(name)
        entry = f"xl/worksheets/sheet{len(self._sheets)}.xml"
        with self._zip.open(entry) as stream:
            views = ""
            if freeze_header:
                views = ('<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" '
                         'topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                         "</sheetView></sheetViews>")
            stream.write(
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">{views}<sheetData>'.encode()
            )
            writer = SheetWriter(stream)
            yield writer
            writer.flush()
            stream.write(b"</sheetData></worksheet>")

    def close(self) -> None:
        if not self._sheets:
            with self.sheet("Sheet1"):
                pass
        sheets = "".join(
            f"<sheet name={quoteattr(name)} sheetId=\"{n}\" r:id=\"rId{n}\"/>"
            for n, name in enumerate(self._sheets, start=1)
        )
        self._part(
            "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>{sheets}</sheets></workbook>',
        )
        rels = "".join(
            f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" '
            f'Target="worksheets/sheet{n}.xml"/>' for n in range(1, len(self._sheets) + 1)
        )
        styles_id = len(self._sheets) + 1
        self._part(
            "xl/_rels/workbook.xml.rels",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<Relationships xmlns="{_PKG_REL}">{rels}<Relationship Id="rId{styles_id}" '
            f'Type="{_REL}/styles" Target="styles.xml"/></Relationships>',
        )
        self._part("xl/styles.xml", _STYLES)
        self._part(
            "_rels/.rels",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
            f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
            f'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for n in range(1, len(self._sheets) + 1)
        )
        self._part(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f"{overrides}</Types>",
        )
        self._stack.close()

    def _part(self, name: str, text: str) -> None:
        self._zip.writestr(name, text.encode("utf-8"))
