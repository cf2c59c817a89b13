"""Render a referral request to PDF bytes, in memory: A4, platypus, neutral metadata.

:func:`render_referral` checks consent against the service, minimises the fields for the
service's profile, refuses text the shipped fonts cannot show, and builds the document into a
``BytesIO``: nothing touches the disk (encrypting and writing are
:mod:`fieldapp.referral.protect`'s job). Every page carries the confidentiality footer and
"page N of M", which needs the page count, so pages are held back and decorated when the
document is saved. Metadata says only "Referral document" in the document language: no
officer, person, place or service in title, author, subject or keywords, and no creator or
producer (a seized phone holding the PDF must not tell which tool made it).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, LayoutError, PageTemplate

from fieldapp.referral.catalogue import text
from fieldapp.referral.document import MUTED, StoryBuilder, story_texts
from fieldapp.referral.errors import ReferralError
from fieldapp.referral.flowables import TextStyle, draw_lines
from fieldapp.referral.fonts import FontBook
from fieldapp.referral.model import ReferralRequest
from fieldapp.referral.profiles import check_consent, select_fields
from fieldapp.referral.textlayout import TextSetter

MARGIN = 18 * mm
FOOTER_ROOM = 26 * mm
HEADER_ROOM = 12 * mm
FOOTER_STYLE = TextStyle(size=7, color=MUTED, leading=1.3)
PAGE_STYLE = TextStyle(size=8, bold=True, color=MUTED, align="end")
RUNNING_STYLE = TextStyle(size=8, color=MUTED)

Decorate = Callable[[Canvas, int, int], None]


def render_referral(request: ReferralRequest) -> bytes:
    """The referral as PDF bytes, minimised for its receiving service."""
    check_consent(request)
    fields = select_fields(request)
    book = FontBook(request.language)
    book.check(story_texts(request, fields))
    setter = TextSetter(book, request.rtl)
    page_width, page_height = A4
    frame_width = page_width - 2 * MARGIN
    buffer = io.BytesIO()
    title = text(request.language, "meta_title")
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=FOOTER_ROOM,
        title=title,
        author="",
        subject="",
        keywords="",
        creator="",
        producer="",
        lang=request.language,
        # An embedded initial font: otherwise every page names Helvetica, unembedded.
        initialFontName=book.primary(False),
    )
    first = Frame(MARGIN, FOOTER_ROOM, frame_width, page_height - MARGIN - FOOTER_ROOM,
                  id="first", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(MARGIN, FOOTER_ROOM, frame_width,
                  page_height - MARGIN - HEADER_ROOM - FOOTER_ROOM, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    document.addPageTemplates([
        PageTemplate(id="first", frames=[first], autoNextPageTemplate="later"),
        PageTemplate(id="later", frames=[later]),
    ])
    story = StoryBuilder(request, setter, frame_width).build(fields)
    decorate = _decorator(request, setter, frame_width)
    try:
        document.build(story, canvasmaker=_canvas_maker(decorate))
    except LayoutError as error:
        # Only an answer or label taller than a whole page gets here.
        raise ReferralError("a part of the referral is too long to fit on a page") from error
    return buffer.getvalue()


def _decorator(request: ReferralRequest, setter: TextSetter, width: float) -> Decorate:
    """Draws the running header (pages after the first), the footer and "page N of M"."""
    language = request.language
    footer = setter.lines(text(language, "footer"), size=FOOTER_STYLE.size, bold=False,
                          width=width, auto_direction=False)
    running = setter.lines(f"{text(language, 'title')} · {request.reference}",
                           size=RUNNING_STYLE.size, bold=False, width=width,
                           auto_direction=False)
    _, page_height = A4

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.4)
        rule = FOOTER_ROOM - 6 * mm
        canvas.line(MARGIN, rule, MARGIN + width, rule)
        draw_lines(canvas, footer, x=MARGIN, top=rule - 1.5 * mm, width=width,
                   style=FOOTER_STYLE, rtl=setter.rtl)
        number = setter.lines(text(language, "page", page=page, pages=pages),
                              size=PAGE_STYLE.size, bold=True, width=width,
                              auto_direction=False)
        draw_lines(canvas, number, x=MARGIN, top=rule + 4.5 * mm, width=width,
                   style=PAGE_STYLE, rtl=setter.rtl)
        if page > 1:
            draw_lines(canvas, running, x=MARGIN, top=page_height - MARGIN + 2 * mm,
                       width=width, style=RUNNING_STYLE, rtl=setter.rtl)
        canvas.restoreState()

    return decorate


def _canvas_maker(decorate: Decorate) -> Callable[..., Canvas]:
    """A canvas class that holds pages back until the count is known, then decorates them."""

    class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                decorate(self, self._pageNumber, pages)
                super().showPage()
            super().save()

    return _NumberedCanvas
