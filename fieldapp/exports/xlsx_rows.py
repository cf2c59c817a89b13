"""The XML of a form table's main rows for XLSX, built segment by segment instead of cell by cell.

A form's row has 500 to 700 cells, most of them the 0/1 columns a ``select_multiple`` splits
into (the country list alone gives 249), and looking up every cell's XML was most of an XLSX
export's time. Here a split block is written as prepared runs of zero cells around its few
ones, and each run of plain fields goes through the sheet's cell cache in one C-level pass.
The cells are exactly those of :meth:`FormTable.row` written by :meth:`SheetWriter.row` (a test
holds that); a row with a value that cannot be a cache key is written that way.
"""

from __future__ import annotations

from collections.abc import Mapping

from fieldapp.exports.source import ExportInterview
from fieldapp.exports.table_plan import FormTable, Segment
from fieldapp.exports.xlsx_writer import CellCache, cell_xml

ZERO = cell_xml(0)
ONE = cell_xml(1)
BLANK = cell_xml(None)


class _Split:
    """Prepared XML of one select_multiple's split columns."""

    def __init__(self, segment: Segment) -> None:
        assert segment.plan is not None
        count = len(segment.plan.choices)
        self.count = count
        self.index: Mapping[str, int] = segment.index or {}
        self.zeros = [ZERO * n for n in range(count + 1)]  # runs of n zero cells
        self.blank = BLANK * count

    def cells(self, names: list[str]) -> str:
        positions = sorted({p for p in map(self.index.get, names) if p is not None})
        out = []
        done = 0
        for position in positions:
            out.append(self.zeros[position - done])
            out.append(ONE)
            done = position + 1
        out.append(self.zeros[self.count - done])
        return "".join(out)


class RowXml:
    """The cells of :meth:`FormTable.row`, as XML, through one sheet's cell cache."""

    def __init__(self, table: FormTable, cache: CellCache) -> None:
        self._table = table
        self._cache = cache
        self._segments = [(segment, _Split(segment) if segment.plan is not None
                           and segment.plan.choices else None) for segment in table.segments]

    def row(self, interview: ExportInterview) -> str:
        try:
            return self._row(interview)
        except TypeError:  # an unhashable value (a stray list): build this row cell by cell
            return "".join([cell_xml(v) for v in self._table.row(interview)])

    def _row(self, interview: ExportInterview) -> str:
        look = self._cache.__getitem__
        get = interview.values.get
        out = [look(interview.reference)]
        for segment, split in self._segments:
            plan = segment.plan
            if plan is None:
                out.append("".join(map(look, map(get, segment.names))))
                continue
            value = get(plan.name)
            labels = plan.labels
            if not plan.multiple:
                out.append(look(labels.get(value, value) if labels is not None
                                and isinstance(value, str) else value))
                continue
            chosen = value.split() if isinstance(value, str) else value
            if not isinstance(chosen, list):
                out.append(BLANK)
                if split is not None:
                    out.append(split.blank)
                continue
            names = [str(name) for name in chosen]
            shown = [labels.get(n, n) for n in names] if labels is not None else names
            out.append(look(plan.separator.join(shown)))
            if split is not None:
                out.append(split.cells(names))
        out.extend(map(look, (interview.uuid, interview.form_version, interview.interviewer,
                              interview.created_at, interview.finalised_at,
                              interview.revision)))
        return "".join(out)
