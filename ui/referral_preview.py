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

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

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


ZOOM_STEP = 1.25
ZOOM_LIMITS = (0.25, 4.0)


class PdfPreview(QWidget):
    """The referral as the service will see it, or a plain message when it cannot be shown.

    Above the pages: zoom out, zoom in, fit to width, and the page shown with previous and
    next, so that a two-page referral can be read at a size of the officer's choosing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.available = pdf_available()
        self._loaded: _Loaded | None = None
        self._message = QLabel()
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.fit_button = QToolButton()
        self.fit_button.setText(self.tr("Fit width"))
        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.previous_button.setToolTip(self.tr("Previous page"))
        self.previous_button.setAccessibleName(self.tr("Previous page"))
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.next_button.setToolTip(self.tr("Next page"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.page_label = QLabel()
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit_width)
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page + 1))
        self.controls = QWidget()
        row = QHBoxLayout(self.controls)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            row.addWidget(button)
        row.addStretch(1)
        for widget in (self.previous_button, self.page_label, self.next_button):
            row.addWidget(widget)
        self.controls.hide()
        self._stack = QWidget()
        self._layout = QStackedLayout(self._stack)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.controls)
        outer.addWidget(self._stack, 1)
        self._layout.addWidget(self._message)
        self._view: QWidget | None = None
        self._blank: Any = None  # a QPdfDocument when Qt PDF is installed
        if self.available:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView

            # Shown while there is nothing to show: the view never holds a dropped document,
            # and no null document is set (Qt warns about one).
            self._blank = QPdfDocument(self)

            view = QPdfView(self._stack)
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
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        self._layout.setCurrentWidget(view)
        self.controls.show()
        self._show_page_number()

    @property
    def current_page(self) -> int:
        view = self._pdf_view()
        return int(view.pageNavigator().currentPage()) if view is not None else 0

    @property
    def zoom_factor(self) -> float:
        view = self._pdf_view()
        return float(view.zoomFactor()) if view is not None else 1.0

    def zoom_by(self, step: float) -> None:
        view = self._pdf_view()
        if view is None or self._loaded is None:
            return
        from PySide6.QtPdfWidgets import QPdfView

        # Start from what fitting to the width shows, so the first step feels like a step.
        current = view.zoomFactor()
        if view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            page = self._loaded.document.pagePointSize(self.current_page)
            if page.width() > 0:
                current = view.viewport().width() / (page.width() * self.logicalDpiX() / 72)
        view.setZoomMode(QPdfView.ZoomMode.Custom)
        view.setZoomFactor(min(max(current * step, ZOOM_LIMITS[0]), ZOOM_LIMITS[1]))

    def fit_width(self) -> None:
        view = self._pdf_view()
        if view is not None:
            from PySide6.QtPdfWidgets import QPdfView

            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def go_to_page(self, page: int) -> None:
        view = self._pdf_view()
        if view is None or not 0 <= page < self.page_count:
            return
        view.pageNavigator().jump(page, QPointF(), view.zoomFactor())
        self._show_page_number()

    def _show_page_number(self) -> None:
        total = self.page_count
        page = self.current_page
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(page + 1))
                                .replace("%2", str(total)))
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page + 1 < total)

    def _pdf_view(self) -> Any:
        return self._view if self._loaded is not None else None

    def clear(self) -> None:
        """Forget the document (its bytes go with it) and show the hint again."""
        self._drop()
        self._show_message(self.tr("Choose a service, then Preview to see the document."))

    def _show_message(self, text: str) -> None:
        self.controls.hide()
        self._message.setText(text)
        self._layout.setCurrentWidget(self._message)

    def _drop(self) -> None:
        if self._view is not None:
            from PySide6.QtPdfWidgets import QPdfView

            view = self._view
            assert isinstance(view, QPdfView)
            if self._loaded is not None:
                view.pageNavigator().currentPageChanged.disconnect(self._show_page_number)
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
