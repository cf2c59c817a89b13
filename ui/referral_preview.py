"""Showing and printing a referral PDF held in memory, with Qt PDF when it is installed.

:class:`PdfPreview` loads the document from a ``QBuffer`` (the bytes never touch the disk) into
a ``QPdfDocument`` shown by a ``QPdfView``; :func:`print_pdf` paints each page onto a
``QPrinter``. Qt PDF ships outside PySide6-Essentials (PySide6-Addons up to 6.11, PySide6-Pdf
from 6.12); without it the preview says so plainly instead of showing the pages, and printing
is not offered.
"""

from __future__ import annotations

import importlib.util
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

PRINT_DPI = 200  # enough for print-quality text without huge page images


def pdf_available() -> bool:
    """Whether Qt PDF (document and view) can be imported here."""
    return all(importlib.util.find_spec(name) is not None
               for name in ("PySide6.QtPdf", "PySide6.QtPdfWidgets"))


class _Loaded:
    """A document loaded from memory, with the buffer it reads from kept alive."""

    def __init__(self, data: bytes) -> None:
        from PySide6.QtPdf import QPdfDocument

        self.bytes = QByteArray(data)
        self.buffer = QBuffer(self.bytes)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self.buffer)

    @property
    def page_count(self) -> int:
        return int(self.document.pageCount())

    def close(self) -> None:
        self.document.close()
        self.buffer.close()
        self.bytes.clear()


class PdfPreview(QWidget):
    """The referral as the service will see it, or a plain message when it cannot be shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.available = pdf_available()
        self._loaded: _Loaded | None = None
        self._message = QLabel()
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout = QStackedLayout(self)
        self._layout.addWidget(self._message)
        self._view: QWidget | None = None
        self._blank: Any = None  # a QPdfDocument when Qt PDF is installed
        if self.available:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView

            # Shown while there is nothing to show: the view never holds a dropped document,
            # and no null document is set (Qt warns about one).
            self._blank = QPdfDocument(self)

            view = QPdfView(self)
            view.setDocument(self._blank)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self._layout.addWidget(view)
            self._view = view
        self.clear()

    @property
    def page_count(self) -> int:
        return self._loaded.page_count if self._loaded is not None else 0

    def show_pdf(self, data: bytes) -> None:
        """Show ``data`` (unencrypted PDF bytes), replacing what was shown."""
        if not self.available or self._view is None:
            self._show_message(self.tr(
                "The preview cannot be shown on this laptop: the Qt PDF module is not "
                "installed. The document itself is not affected; save or print it to read it."))
            return
        from PySide6.QtPdfWidgets import QPdfView

        self._drop()
        self._loaded = _Loaded(data)
        view = self._view
        assert isinstance(view, QPdfView)
        view.setDocument(self._loaded.document)
        self._layout.setCurrentWidget(view)

    def clear(self) -> None:
        """Forget the document (its bytes go with it) and show the hint again."""
        self._drop()
        self._show_message(self.tr("Choose a service, then Preview to see the document."))

    def _show_message(self, text: str) -> None:
        self._message.setText(text)
        self._layout.setCurrentWidget(self._message)

    def _drop(self) -> None:
        if self._view is not None:
            from PySide6.QtPdfWidgets import QPdfView

            view = self._view
            assert isinstance(view, QPdfView)
            view.setDocument(self._blank)
        if self._loaded is not None:
            self._loaded.close()
            self._loaded = None


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Paint every page of the PDF ``data`` onto ``printer``; returns the pages printed."""
    loaded = _Loaded(data)
    try:
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            for page in range(loaded.page_count):
                if page:
                    printer.newPage()
                points = loaded.document.pagePointSize(page)
                scale = min(area.width() / points.width(), area.height() / points.height())
                width, height = int(points.width() * scale), int(points.height() * scale)
                render_scale = PRINT_DPI / 72
                image = loaded.document.render(page, QSize(
                    int(points.width() * render_scale), int(points.height() * render_scale)))
                painter.drawImage(QRect(0, 0, width, height), image)
        finally:
            painter.end()
        return loaded.page_count
    finally:
        loaded.close()
