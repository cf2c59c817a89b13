"""The failures of loading a form: where in the workbook it went wrong, in plain words.

A :class:`FormLoadError` names the file and, when known, the sheet, the row and the column of
the problem, so an information-management officer can open the workbook and fix it. Forms are
content, not personal data, so quoting a field name or an expression is allowed; answers never
appear here. :class:`UnsupportedFormFeature` is the same kind of failure for a feature the app
deliberately does not offer (photo or audio capture, GPS) rather than a mistake in the form.
"""

from __future__ import annotations

from fieldapp.errors import FieldappError

# Messages from a hostile file could be huge; one readable line is enough for anyone.
_MAX_DETAIL = 400


def one_line(text: str, limit: int = _MAX_DETAIL) -> str:
    """``text`` collapsed to a single line of at most ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


class FormLoadError(FieldappError):
    """The form file cannot be read, converted or compiled."""

    def __init__(
        self,
        detail: str,
        *,
        source: str = "",
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        self.detail = one_line(detail)
        self.source = source
        self.sheet = sheet
        self.row = row
        self.column = column
        super().__init__(self._compose())

    def _compose(self) -> str:
        where = []
        if self.sheet:
            where.append(f"sheet '{self.sheet}'")
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column '{self.column}'")
        text = f"{', '.join(where)}: {self.detail}" if where else self.detail
        return f"{self.source}: {text}" if self.source else text

    def with_source(self, source: str) -> FormLoadError:
        """The same error, naming the file it came from."""
        located = type(self).__new__(type(self))
        FormLoadError.__init__(
            located, self.detail, source=source, sheet=self.sheet, row=self.row,
            column=self.column,
        )
        return located


class UnsupportedFormFeature(FormLoadError):
    """The form uses a feature this app does not offer (media capture, location...)."""
