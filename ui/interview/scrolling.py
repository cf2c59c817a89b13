"""Keeping the question the officer is answering where it is on screen, and showing one.

An answer can show or hide a follow-up question, or clear an error line above, and so change
the page's layout (or rebuild the page). :class:`ScrollAnchor` notes where the answered
question sits in the visible part of the page and, once the new layout has settled, scrolls
so that it sits there again: the page does not jump to the top, and the option under the mouse
stays under the mouse. :func:`highlight` scrolls a question into view and marks it for a
moment, so a jump from the list of missing answers visibly lands somewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QTimer
from PySide6.QtWidgets import QScrollArea, QWidget

HIGHLIGHT_MS = 2500
MARGIN = 48


def settle(area: QScrollArea) -> None:
    """Apply pending layout changes of the page now, not at the next event loop turn."""
    page = area.widget()
    if page is None:
        return
    for _ in range(3):  # the page, then the scroll area resizing it, then its scroll bars
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        layout = page.layout()
        if layout is not None:
            layout.activate()


class ScrollAnchor:
    """Where one widget sat in the viewport, to put it back there after a relayout."""

    def __init__(self, area: QScrollArea, widget: QWidget | None) -> None:
        self._area = area
        self._offset = self._position(widget) if widget is not None else None

    def _position(self, widget: QWidget) -> int | None:
        if not widget.isVisible() and not widget.isVisibleTo(self._area):
            return None
        return widget.mapTo(self._area.viewport(), QPoint(0, 0)).y()

    def restore(self, widget: QWidget | None) -> None:
        if widget is None or self._offset is None:
            return
        settle(self._area)
        now = self._position(widget)
        if now is None:
            return
        bar = self._area.verticalScrollBar()
        bar.setValue(bar.value() + now - self._offset)


def highlight(area: QScrollArea, widget: QWidget) -> None:
    """Scroll ``widget`` into view and mark it (``highlighted`` property) for a moment."""
    widget.setProperty("highlighted", True)
    _repolish(widget)  # the frame changes the widget's size: lay out first, then scroll
    settle(area)
    page = area.widget()
    if page is not None and widget.height() + 2 * MARGIN > area.viewport().height():
        # Taller than the view (Qt would centre it): show where the question begins.
        area.verticalScrollBar().setValue(widget.mapTo(page, QPoint(0, 0)).y() - MARGIN)
    else:
        area.ensureWidgetVisible(widget, 0, MARGIN)

    def fade() -> None:
        widget.setProperty("highlighted", False)
        _repolish(widget)

    QTimer.singleShot(HIGHLIGHT_MS, widget, fade)


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
