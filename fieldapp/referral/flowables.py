"""Platypus building blocks that draw text through the document's own text layout.

:class:`TextBlock` is the document's only paragraph: it lays its text out with a
:class:`~fieldapp.referral.textlayout.TextSetter` when platypus asks for its size, aligns each
line to the reading direction's start (right in Arabic) and splits across pages line by line.
:class:`PairRow` sets a label beside its value and, unlike a table row, splits across pages.
:func:`draw_lines` draws laid-out lines straight on a canvas for the running header and
footer. :class:`QrCode` draws the QR code, which carries the reference and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import Color, black
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from fieldapp.referral.textlayout import Line, TextSetter


@dataclass(frozen=True)
class TextStyle:
    """How a block of text looks: size in points, weight, colour and alignment."""

    size: float = 9.5
    bold: bool = False
    color: Color = black
    leading: float = 1.35  # a multiple of the size: room for Arabic marks above and below
    align: str = "start"  # "start", "end" or "center" of the reading direction
    space_before: float = 0.0
    space_after: float = 0.0


class TextBlock(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A paragraph (or several, split at newlines) of plain text in the document's layout."""

    def __init__(
        self,
        text: str,
        setter: TextSetter,
        style: TextStyle,
        *,
        auto_direction: bool = False,
        lines: list[Line] | None = None,
        width: float = 0.0,
    ) -> None:
        super().__init__()
        self.text = text
        self.setter = setter
        self.style = style
        self.auto_direction = auto_direction
        self._lines = lines  # laid out already when this is one part of a split block
        self._width = width
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after

    @property
    def line_height(self) -> float:
        return self.style.size * self.style.leading

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._lines is None or availWidth != self._width:
            self._lines = self.setter.lines(
                self.text,
                size=self.style.size,
                bold=self.style.bold,
                width=availWidth,
                auto_direction=self.auto_direction,
            )
        self._width = availWidth
        self.width = availWidth
        self.height = self.line_height * len(self._lines)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        assert self._lines is not None
        fits = int(availHeight // self.line_height)
        if fits <= 0 or fits >= len(self._lines):
            return []
        head = replace(self.style, space_after=0.0)
        tail = replace(self.style, space_before=0.0)
        return [
            TextBlock(self.text, self.setter, head, lines=self._lines[:fits], width=availWidth),
            TextBlock(self.text, self.setter, tail, lines=self._lines[fits:], width=availWidth),
        ]

    def draw(self) -> None:
        assert self._lines is not None
        draw_lines(
            self.canv,
            self._lines,
            x=0.0,
            top=self.height,
            width=self._width,
            style=self.style,
            rtl=self.setter.rtl,
        )


class PairRow(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A label and its value side by side (mirrored right to left), with a rule below.

    Unlike a table row it splits across pages: a long answer continues on the next page
    under an empty label column.
    """

    PAD_X = 4.0
    PAD_Y = 3.0

    def __init__(
        self, label: TextBlock, value: TextBlock, label_share: float, rtl: bool,
        rule: Color,
    ) -> None:
        super().__init__()
        self.label = label
        self.value = value
        self.label_share = label_share
        self.rtl = rtl
        self.rule = rule
        self._label_size = (0.0, 0.0)
        self._value_size = (0.0, 0.0)

    def _columns(self, width: float) -> tuple[float, float]:
        label_width = width * self.label_share
        return label_width, width - label_width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        label_width, value_width = self._columns(availWidth)
        self._label_size = self.label.wrap(label_width - 2 * self.PAD_X, availHeight)
        self._value_size = self.value.wrap(value_width - 2 * self.PAD_X, availHeight)
        self.width = availWidth
        self.height = max(self._label_size[1], self._value_size[1]) + 2 * self.PAD_Y
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        room = availHeight - 2 * self.PAD_Y
        if self._label_size[1] > room:
            return []
        _, value_width = self._columns(availWidth)
        parts = self.value.split(value_width - 2 * self.PAD_X, room)
        if len(parts) != 2:
            return []
        blank = TextBlock("", self.label.setter, self.label.style)
        return [
            PairRow(self.label, parts[0], self.label_share, self.rtl, self.rule),
            PairRow(blank, parts[1], self.label_share, self.rtl, self.rule),
        ]

    def draw(self) -> None:
        label_width, value_width = self._columns(self.width)
        label_x, value_x = (value_width, 0.0) if self.rtl else (0.0, label_width)
        top = self.height - self.PAD_Y
        self.label.drawOn(self.canv, label_x + self.PAD_X, top - self._label_size[1])
        self.value.drawOn(self.canv, value_x + self.PAD_X, top - self._value_size[1])
        self.canv.saveState()
        self.canv.setStrokeColor(self.rule)
        self.canv.setLineWidth(0.4)
        self.canv.line(0, 0, self.width, 0)
        self.canv.restoreState()


def draw_lines(
    canvas: Canvas,
    lines: list[Line],
    *,
    x: float,
    top: float,
    width: float,
    style: TextStyle,
    rtl: bool,
) -> None:
    """Draw laid-out lines in a box ``width`` wide whose top edge is at ``top``."""
    line_height = style.size * style.leading
    # The baseline sits where the font's ascent would put it inside a line of this height.
    baseline = top - (line_height - style.size) / 2 - style.size * 0.8
    canvas.saveState()
    canvas.setFillColor(style.color)
    for line in lines:
        offset = _offset(style.align, rtl, width, line.width)
        text = canvas.beginText(x + offset, baseline)
        for piece in line.pieces:
            text.setFont(piece.font, piece.size)
            text.textOut(piece.text)
        canvas.drawText(text)
        baseline -= line_height
    canvas.restoreState()


def _offset(align: str, rtl: bool, width: float, line_width: float) -> float:
    if align == "center":
        return (width - line_width) / 2
    at_right = (align == "end") != rtl
    return width - line_width if at_right else 0.0


class QrCode(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A QR code of the reference only, ``size`` points square with its quiet zone.

    Drawn as plain rectangles: ReportLab's graphics renderer would name an unembedded
    Helvetica in the PDF even though the code has no text.
    """

    QUIET_ZONE = 4  # modules, as the QR specification asks

    def __init__(self, value: str, size: float) -> None:
        super().__init__()
        self.value = value
        self.size = size
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(value)
        code.make()
        count = code.getModuleCount()
        self.modules: list[tuple[int, int]] = [
            (row, column)
            for row in range(count)
            for column in range(count)
            if code.isDark(row, column)
        ]
        self.count = count

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        module = self.size / (self.count + 2 * self.QUIET_ZONE)
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(black)
        for row, column in self.modules:
            x = (column + self.QUIET_ZONE) * module
            y = self.size - (row + 1 + self.QUIET_ZONE) * module
            # A hair of overlap so viewers do not show seams between modules.
            canvas.rect(x, y, module + 0.05, module + 0.05, stroke=0, fill=1)
        canvas.restoreState()
