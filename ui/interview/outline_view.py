"""Where the officer is in the interview: the progress bar and the section list beside the page.

Both show what the core's outline says (:mod:`fieldapp.interview.outline`): progress over the
whole form, which never goes back as answers open the form up ("Section 4 of 16: About the
person"), and each section's state. Rows wrap rather than cut a title at large text sizes.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QListView, QProgressBar, QStyledItemDelegate, QStyleOptionViewItem

from fieldapp.interview import InterviewSession, SectionStatus
from ui.interview.sections import SectionModel

_T = QCoreApplication  # literal _T.translate calls: pyside6-lupdate finds them

TEXT_MARGIN = 6

# Strings moved out of the interview panel keep its translation context.


class SectionList(QListView):
    """The section list, measuring its wrapped rows again whenever its width changes.

    A top-to-bottom QListView lays its rows out again only when its height changes; a width
    change (the scroll bar appearing, a larger text size) left a wrapped title cut short."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.scheduleDelayedItemsLayout()


class SectionDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped title needs at the width actually painted.

    Qt's own size hint measures a little wider than it then paints, so a title that just
    fits on one line was painted cut ("Before you ..."); this measures narrower, with room
    to spare, and pads the row so it is an easy target."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:
        view = option.widget
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = view.viewport().width() if isinstance(view, QListView) else opt.rect.width()
        text_width = max(40, width - 4 * TEXT_MARGIN)
        metrics = QFontMetrics(opt.font)
        bounds = metrics.boundingRect(QRect(0, 0, text_width, 100_000),
                                      int(Qt.TextFlag.TextWordWrap), opt.text)
        padding = metrics.height() // 2
        return QSize(width, bounds.height() + padding)


class OutlineView(QObject):
    """Owns the progress bar and the section list (laid out by the panel)."""

    section_chosen = Signal(object)  # SectionStatus

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.sections = SectionModel(self)
        self.section_list = SectionList()
        self.section_list.setObjectName("sections")
        # Not uniform: a long title wraps onto a second line at large text sizes.
        self.section_list.setModel(self.sections)
        self.section_list.setItemDelegate(SectionDelegate(self.section_list))
        self.section_list.setAccessibleName(_T.translate("InterviewPanel", "Sections"))
        self.section_list.activated.connect(self._on_section_activated)
        self.section_list.clicked.connect(self._on_section_activated)
        self.section_list.setWordWrap(True)
        self.section_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show(self, session: InterviewSession | None) -> None:
        if session is None:
            self.sections.set_sections([])
            return
        progress = session.form_progress()
        # QProgressBar.setValue repaints at once (a few ms); painted with the page instead.
        self.progress.setUpdatesEnabled(False)
        self.progress.setMaximum(max(1, progress.steps))
        self.progress.setValue(progress.step)
        if session.current_page is None:
            text = self.tr("All sections done: check, then finalise")
        elif progress.section_number:
            text = self.tr("Section %1 of %2: %3").replace(
                "%1", str(progress.section_number)).replace(
                "%2", str(progress.section_count)).replace("%3", progress.section_label)
        else:
            text = ""
        self.progress.setFormat(text)
        self.progress.setAccessibleName(text)
        self.progress.setUpdatesEnabled(True)
        self.sections.set_sections(session.section_states())
        row = self.sections.current_row()
        if row >= 0:
            self.section_list.setCurrentIndex(self.sections.index(row))
        else:
            self.section_list.clearSelection()

    def choose(self, row: int) -> None:
        """Pick section ``row`` (Ctrl+number), as a click on it would."""
        status = self.sections.status(row)
        if status is not None:
            self.section_chosen.emit(status)

    def _on_section_activated(self, index: QModelIndex) -> None:
        self.choose(index.row())

    def status(self, row: int) -> SectionStatus | None:
        return self.sections.status(row)
