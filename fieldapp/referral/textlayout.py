"""Plain text to drawable lines: font choice, bidi ordering, HarfBuzz shaping, line breaking.

ReportLab draws glyphs left to right and its own right-to-left support needs a library that is
not on PyPI, so the document lays out its text here: each paragraph gets its bidi levels
(:mod:`fieldapp.referral.bidi`), each character a font (:class:`~fieldapp.referral.fonts.
FontBook`), each word a width from HarfBuzz (uharfbuzz, through ReportLab's shaped-string
support so glyphs embed and extract normally). Lines break greedily at spaces, and inside a
word only between clusters when the word alone is too wide (Thai or Khmer names have no
spaces). Each line then becomes pieces in display order; a right-to-left piece is shaped with
HarfBuzz's right-to-left direction, which joins Arabic letters, applies ligatures, mirrors
brackets and yields the glyphs in visual order. Text extraction then gives the words back in
reading order (Arabic as presentation forms: compare after NFKC normalisation).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import uharfbuzz
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

from fieldapp.referral import bidi
from fieldapp.referral.fonts import FontBook, font

# Optional ligatures off: "ffi" would extract as one character and defeat search; the
# ligatures Arabic needs (lam-alef) are required ones that HarfBuzz always applies.
_FEATURES = {"kern": True, "liga": False}
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Piece:
    """Shaped glyphs in one font, ready for ``textOut``; ``width`` in points."""

    text: str
    font: str
    size: float
    width: float


@dataclass(frozen=True)
class Line:
    """One line in display order, left to right."""

    pieces: tuple[Piece, ...]
    width: float


def clean_text(text: str) -> str:
    """NFC text with tabs as spaces, line ends as ``\\n`` and no other control characters."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\t", " ").replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL.sub("", text)


class TextSetter:
    """Lays out paragraphs of one document: its fonts and its reading direction."""

    def __init__(self, book: FontBook, rtl: bool) -> None:
        self.book = book
        self.rtl = rtl
        # Shaped words, per document: words repeat a lot, but answers must not outlive the
        # document in a process-wide cache.
        self._shaped: dict[tuple[str, str, float, bool], Piece] = {}

    def shape(self, text: str, font_name: str, size: float, rtl: bool) -> Piece:
        key = (text, font_name, size, rtl)
        piece = self._shaped.get(key)
        if piece is None:
            piece = self._shaped[key] = _shape(text, font_name, size, rtl)
        return piece

    def lines(
        self, text: str, *, size: float, bold: bool, width: float, auto_direction: bool
    ) -> list[Line]:
        """The lines of ``text`` (paragraphs split at ``\\n``) fitted to ``width`` points.

        ``auto_direction`` takes each paragraph's direction from its first strong character
        (a value typed in Arabic inside a French document reads right to left, a phone number
        left to right in an Arabic one); fixed document text follows the document's direction.
        """
        lines: list[Line] = []
        for paragraph in clean_text(text).split("\n"):
            lines.extend(self._paragraph(paragraph, size, bold, width, auto_direction))
        return lines

    def _paragraph(
        self, text: str, size: float, bold: bool, width: float, auto_direction: bool
    ) -> list[Line]:
        # A value with no letters at all (a phone number, a date) reads left to right in
        # every language; otherwise its first letter decides.
        base = bidi.paragraph_level(text, 0) if auto_direction else (1 if self.rtl else 0)
        levels = bidi.embedding_levels(text, base)
        fonts = self._fonts(text, bold)
        lines: list[Line] = []
        for start, end in self._breaks(text, levels, fonts, size, width):
            while end > start and text[end - 1].isspace():
                end -= 1  # trailing spaces neither show nor count for alignment
            lines.append(self._line(text, levels, fonts, size, base, start, end))
        return lines

    def _fonts(self, text: str, bold: bool) -> list[str]:
        current = self.book.primary(bold)
        names: list[str] = []
        for char in text:
            # Unknown characters were refused by FontBook.check before layout; drawing them
            # in the current face is a last resort that never happens for checked text.
            current = self.book.font_for(char, bold, current) or current
            names.append(current)
        return names

    def _width(
        self, text: str, levels: list[int], fonts: list[str], size: float, start: int, end: int
    ) -> float:
        total = 0.0
        for piece_start, piece_end in _pieces(levels, fonts, start, end):
            shaped = self.shape(
                text[piece_start:piece_end], fonts[piece_start], size, levels[piece_start] % 2 == 1
            )
            total += shaped.width
        return total

    def _breaks(
        self, text: str, levels: list[int], fonts: list[str], size: float, width: float
    ) -> list[tuple[int, int]]:
        """Greedy line breaks: ``(start, end)`` spans, each ending after its spaces."""

        def measure(start: int, end: int) -> float:
            return self._width(text, levels, fonts, size, start, end)

        spans: list[tuple[int, int]] = []
        line_start = 0
        line_width = 0.0
        for word_start, word_end in _words(text):
            ink_end = word_end
            while ink_end > word_start and text[ink_end - 1].isspace():
                ink_end -= 1
            ink_width = measure(word_start, ink_end)
            if word_start > line_start and line_width + ink_width > width:
                spans.append((line_start, word_start))
                line_start, line_width = word_start, 0.0
            if word_start == line_start and ink_width > width:
                # A word wider than the line on its own: cut it between clusters.
                cuts = _cut(measure, _cluster_ends(text, word_start, word_end), word_start,
                            word_end, width)
                spans.extend(cuts[:-1])
                line_start = cuts[-1][0]
                line_width = measure(line_start, word_end)
                continue
            line_width += measure(word_start, word_end)
        spans.append((line_start, len(text)))
        return spans

    def _line(
        self,
        text: str,
        levels: list[int],
        fonts: list[str],
        size: float,
        base: int,
        start: int,
        end: int,
    ) -> Line:
        pieces: list[Piece] = []
        for run in bidi.visual_runs(text, levels, start, end, base):
            spans = _pieces(levels, fonts, run.start, run.end)
            for piece_start, piece_end in reversed(spans) if run.rtl else spans:
                shaped = self.shape(text[piece_start:piece_end], fonts[piece_start], size,
                                    run.rtl)
                if shaped.text:
                    pieces.append(shaped)
        return Line(tuple(pieces), sum(piece.width for piece in pieces))


def _cut(
    measure: Callable[[int, int], float], ends: list[int], start: int, end: int, width: float
) -> list[tuple[int, int]]:
    """Spans of one over-long word, each as wide as fits but at least one cluster.

    Clusters are measured one by one and added up (linear in the word's length); joining
    across a cut is lost anyway, so the small error of measuring apart does not matter.
    """
    spans: list[tuple[int, int]] = []
    line_start = previous = start
    line_width = 0.0
    for cluster_end in ends:
        cluster_width = measure(previous, cluster_end)
        if previous > line_start and line_width + cluster_width > width:
            spans.append((line_start, previous))
            line_start, line_width = previous, 0.0
        line_width += cluster_width
        previous = cluster_end
    spans.append((line_start, end))
    return spans


def _words(text: str) -> list[tuple[int, int]]:
    """Spans of a word and the spaces after it."""
    return [match.span() for match in re.finditer(r"\s*\S+\s*|\s+", text)]


def _cluster_ends(text: str, start: int, end: int) -> list[int]:
    """Positions after each cluster: a character with its marks and joiners."""
    ends: list[int] = []
    index = start
    while index < end:
        index += 1
        while index < end and (
            unicodedata.category(text[index]).startswith("M")
            or text[index] in "\u200c\u200d"
            or text[index - 1] == "\u200d"
        ):
            index += 1
        ends.append(index)
    return ends


def _pieces(levels: list[int], fonts: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """Spans of one font and one direction, in logical order."""
    spans: list[tuple[int, int]] = []
    for index in range(start, end):
        same = (
            spans
            and fonts[index] == fonts[index - 1]
            and levels[index] % 2 == levels[index - 1] % 2
        )
        if same:
            spans[-1] = (spans[-1][0], index + 1)
        else:
            spans.append((index, index + 1))
    return spans


def _shape(text: str, font_name: str, size: float, rtl: bool) -> Piece:
    """Shape one run with HarfBuzz in a given direction."""
    text = "".join(char for char in text if char not in _BIDI_CONTROLS)
    if not text:
        return Piece("", font_name, size, 0.0)
    ttf = font(font_name)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    # The direction comes from the bidi level, never from a guess: Arabic-Indic digits are
    # Arabic script yet read left to right.
    buffer.direction = "rtl" if rtl else "ltr"
    hb_font = _hb_font(font_name)
    uharfbuzz.shape(hb_font, buffer, _FEATURES)
    chars: list[str] = []
    data: list[ShapeData] = []
    width = 0.0
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        glyph = info.codepoint
        try:
            code = ttf.face.glyphToChar[glyph][0]
        except KeyError:
            # A glyph with no character of its own (a ligature or contextual form the cmap
            # does not list) gets a private code point in this font's ToUnicode map.
            code = ttf.hbAddPrivate(hb_font.glyph_to_string(glyph), glyph, position.x_advance)
        advance = ttf.pdfScale(position.x_advance)
        data.append(
            ShapeData(
                info.cluster,
                advance,
                ttf.pdfScale(position.y_advance),
                ttf.pdfScale(position.x_offset),
                ttf.pdfScale(position.y_offset),
                ttf.face.charWidths[code],
            )
        )
        chars.append(chr(code))
        width += advance * size / 1000
    return Piece(ShapedStr("".join(chars), shapeData=data), font_name, size, width)


@functools.cache
def _hb_font(font_name: str) -> uharfbuzz.Font:
    return font(font_name).hbFont()
