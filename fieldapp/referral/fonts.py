"""The document's fonts: which shipped TrueType face shows which character.

Fonts are Noto faces (SIL Open Font License 1.1) shipped in ``resources/fonts`` and embedded
(subset) in every PDF, so a document looks the same on the receiver's machine and no glyph is
left to the viewer. Noto Sans covers Latin, Greek and Cyrillic; Noto Sans Arabic covers Arabic,
Persian and Urdu; regular-weight faces for other scripts met on trafficking routes (Ethiopic,
Devanagari, Bengali, Thai, Myanmar, Khmer, Lao, Georgian, Armenian, Hebrew, Tamil) are loaded
only when a text needs them. A :class:`FontBook` picks a face per character, keeping the
current face while it covers the text so marks, spaces and punctuation stay with their letters.
Text that no face can show is refused before rendering (:func:`FontBook.check`) rather than
printed as empty boxes.

ReportLab keeps registered fonts in a process-wide table; faces are registered once per
process under ``fieldapp-`` names and reused by every document.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fieldapp.paths import resource_path
from fieldapp.referral.errors import UnsupportedTextError

# Characters that are never drawn: bidi marks and controls, joiners, variation selectors.
# The joiners still steer shaping; the rest only steer ordering.
INVISIBLE: frozenset[str] = frozenset(
    "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\ufeff"
) | frozenset(chr(code) for code in range(0xFE00, 0xFE10))


@dataclass(frozen=True)
class FontFace:
    """A family shipped in resources/fonts: its files and, for fallbacks, the blocks it serves."""

    family: str
    regular: str
    bold: str | None = None
    ranges: tuple[tuple[int, int], ...] = ()

    def serves(self, code: int) -> bool:
        return any(low <= code <= high for low, high in self.ranges)


LATIN = FontFace("NotoSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
ARABIC = FontFace("NotoSansArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
FALLBACKS: tuple[FontFace, ...] = (
    FontFace("NotoSansEthiopic", "NotoSansEthiopic-Regular.ttf",
             ranges=((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F))),
    FontFace("NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf",
             ranges=((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF))),
    FontFace("NotoSansBengali", "NotoSansBengali-Regular.ttf", ranges=((0x0980, 0x09FF),)),
    FontFace("NotoSansTamil", "NotoSansTamil-Regular.ttf", ranges=((0x0B80, 0x0BFF),)),
    FontFace("NotoSansThai", "NotoSansThai-Regular.ttf", ranges=((0x0E00, 0x0E7F),)),
    FontFace("NotoSansLao", "NotoSansLao-Regular.ttf", ranges=((0x0E80, 0x0EFF),)),
    FontFace("NotoSansMyanmar", "NotoSansMyanmar-Regular.ttf",
             ranges=((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F))),
    FontFace("NotoSansKhmer", "NotoSansKhmer-Regular.ttf",
             ranges=((0x1780, 0x17FF), (0x19E0, 0x19FF))),
    FontFace("NotoSansGeorgian", "NotoSansGeorgian-Regular.ttf",
             ranges=((0x10A0, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F))),
    FontFace("NotoSansArmenian", "NotoSansArmenian-Regular.ttf",
             ranges=((0x0530, 0x058F), (0xFB13, 0xFB17))),
    FontFace("NotoSansHebrew", "NotoSansHebrew-Regular.ttf",
             ranges=((0x0590, 0x05FF), (0xFB1D, 0xFB4F))),
)


def all_font_files() -> tuple[str, ...]:
    """Every font file the renderer may embed."""
    faces = (LATIN, ARABIC, *FALLBACKS)
    return tuple(name for face in faces for name in (face.regular, face.bold) if name)


@functools.cache
def _registered(file_name: str) -> TTFont:
    """Load a shipped font once per process and register it with ReportLab."""
    path: Path = resource_path("fonts", file_name)
    try:
        font = TTFont(f"fieldapp-{Path(file_name).stem}", str(path))
    except OSError as error:
        raise UnsupportedTextError(f"the font file {file_name} is missing or unreadable") from error
    pdfmetrics.registerFont(font)
    return font


def font(name: str) -> TTFont:
    """A registered font by its ReportLab name (``fieldapp-<file stem>``)."""
    return _registered(name.removeprefix("fieldapp-") + ".ttf")


def font_name(file_name: str) -> str:
    return _registered(file_name).fontName  # type: ignore[no-any-return]


class FontBook:
    """Chooses a shipped face for each character of a document in one language."""

    def __init__(self, language: str) -> None:
        primaries = (ARABIC, LATIN) if language == "ar" else (LATIN, ARABIC)
        self._faces: tuple[FontFace, ...] = (*primaries, *FALLBACKS)
        self._choice: dict[tuple[str, bool], str | None] = {}
        self.primary_regular = font_name(primaries[0].regular)
        self.primary_bold = font_name(primaries[0].bold or primaries[0].regular)

    def primary(self, bold: bool) -> str:
        return self.primary_bold if bold else self.primary_regular

    def covers(self, name: str, char: str) -> bool:
        return ord(char) in font(name).face.charToGlyph

    def font_for(self, char: str, bold: bool, current: str | None = None) -> str | None:
        """The face to draw ``char`` with: ``current`` while it covers it, else the first that does.

        ``None`` when no shipped face has the character.
        """
        if current is not None and (char in INVISIBLE or self.covers(current, char)):
            return current
        key = (char, bold)
        if key not in self._choice:
            self._choice[key] = self._first_covering(char, bold)
        return self._choice[key]

    def _first_covering(self, char: str, bold: bool) -> str | None:
        code = ord(char)
        for face in self._faces:
            if face.ranges and not face.serves(code):
                continue  # a fallback face is only loaded for the blocks it is there for
            files = (face.bold, face.regular) if bold and face.bold else (face.regular,)
            for file_name in files:
                name = font_name(file_name)
                if self.covers(name, char):
                    return name
        if char in INVISIBLE or char == "\n":
            return self.primary(bold)
        return None

    def uncovered(self, text: str) -> set[str]:
        """The characters of ``text`` that no shipped face can show."""
        return {char for char in set(text) if self.font_for(char, False) is None}

    def check(self, texts: Iterable[tuple[str, str]]) -> None:
        """Refuse text that cannot be shown: ``texts`` pairs a field name with its text.

        The message names the fields and the Unicode scripts, never the characters themselves.
        """
        problems: dict[str, set[str]] = {}
        for where, text in texts:
            for char in self.uncovered(text):
                problems.setdefault(where, set()).add(_script_of(char))
        if problems:
            listed = "; ".join(
                f"{where} ({', '.join(sorted(scripts))})" for where, scripts in problems.items()
            )
            raise UnsupportedTextError(
                "the document fonts cannot show some characters in: "
                f"{listed}. Enter these in a supported script (for example a Latin"
                " transliteration) or add a font for them"
            )


def _script_of(char: str) -> str:
    """A coarse, non-identifying name for a character's script ("CJK", "HANGUL", "U+E000")."""
    name = unicodedata.name(char, "")
    return name.split()[0] if name else f"U+{ord(char):04X}"
