"""Compiling a form's expressions, with a bad one reported at its sheet, row and column.

Every expression of a form (relevance, constraints, calculations, choice filters, counts,
defaults, label outputs) is compiled once at load time, so a form with a broken or hostile
expression is refused by ``fieldapp form check`` instead of failing mid-interview. pyxform
accepts many expressions it does not parse; the expression compiler is the judge. The XForm
knows fields by path, so the path's last step is looked up in the survey sheet to name the row.
"""

from __future__ import annotations

from fieldapp.errors import FieldappError
from fieldapp.expressions import CompiledExpression, compile_expression
from fieldapp.xlsform.convert import SheetIndex
from fieldapp.xlsform.errors import FormLoadError

# XForm attribute -> the XLSForm column an author edits.
COLUMN_OF = {
    "relevant": "relevant",
    "required": "required",
    "constraint": "constraint",
    "calculate": "calculation",
    "readonly": "read_only",
    "jr:count": "repeat_count",
    "itemset": "choice_filter",
    "setvalue": "default",
    "trigger": "trigger",
    "label": "label",
    "seed": "parameters",
}


class ExpressionCompiler:
    """Compiles expressions of one form and locates failures in its sheets."""

    def __init__(self, sheets: SheetIndex) -> None:
        self._sheets = sheets

    def row_of_ref(self, ref: str | None) -> int | None:
        if not ref:
            return None
        return self._sheets.row_of_name(ref.rstrip("/").rsplit("/", 1)[-1])

    def compile(self, source: str, *, ref: str | None, attribute: str) -> CompiledExpression:
        try:
            return compile_expression(source)
        except FieldappError as error:
            name = ref.rstrip("/").rsplit("/", 1)[-1] if ref else None
            where = f"the expression of '{name}'" if name else "an expression"
            raise FormLoadError(
                f"{where} cannot be used: {error.message}",
                sheet="survey" if name else None,
                row=self.row_of_ref(ref),
                column=COLUMN_OF.get(attribute, attribute),
            ) from error
        except (RecursionError, MemoryError, ValueError) as error:
            raise FormLoadError(
                "an expression is too complex to be used",
                sheet="survey",
                row=self.row_of_ref(ref),
                column=COLUMN_OF.get(attribute, attribute),
            ) from error

    def compile_optional(
        self, source: str | None, *, ref: str | None, attribute: str
    ) -> CompiledExpression | None:
        """None for an absent expression, and for ``required``/``read_only`` that are
        the constant ``false()`` pyxform writes for "no"."""
        if source is None or not source.strip():
            return None
        if attribute in ("required", "readonly") and source.strip() == "false()":
            return None
        return self.compile(source, ref=ref, attribute=attribute)
