"""English plurals for the app's own strings, through Qt's numerus forms.

UI texts with a count are written the Qt way, ``self.tr("%n interview(s)", "", n)``, and the
translations give each language its plural forms. English is the source language and has no
translation file, so without help Qt would show "1 interview(s)". :class:`EnglishPlurals`
is the English "translation" of exactly those strings: it answers only for texts with ``%n``
and a ``(s)``, turning "(s)" into "" for one and "s" for any other count, and leaves every
other text to the next translator (or the source). It is installed first, so a real
translation (French, Arabic) always wins when it has the string.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QTranslator

_PLURAL_MARK = re.compile(r"\(s\)")
_COUNT = re.compile(r"%L?n")  # %n, or %Ln with the locale's digit grouping


def english_plural(source: str, n: int) -> str:
    """``source`` with each "(s)" resolved for ``n`` (``%n`` is left for Qt to fill)."""
    return _PLURAL_MARK.sub("" if n == 1 else "s", source)


class EnglishPlurals(QTranslator):
    """Resolves "(s)" in counted texts for English (see the module text)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if n < 0 or not _COUNT.search(source_text) or "(s)" not in source_text:
            return None  # type: ignore[return-value]  # null: not ours, Qt asks the next one
        return english_plural(source_text, n)
