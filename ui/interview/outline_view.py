"""Where the officer is in the interview: the progress bar and the section list beside the page.

Both show what the core's outline says (:mod:`fieldapp.interview.outline`): progress over the
whole form, which never goes back as answers open the form up ("Section 4 of 16: About the
person"), and each section's state. Rows wrap rather than cut a title at large text sizes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QListView, QProgressBar

from fieldapp.interview import InterviewSession, SectionStatus
from ui.interview.sections import SectionModel


class OutlineView(QObject):
    """Owns the progress bar and the section list (laid out by the panel)."""

    section_chosen = Signal(object)  # SectionStatus

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.sections = SectionModel(self)
        self.section_list = QListView()
        self.section_list.setObjectName("sections")
        # Not uniform: a long title wraps onto a second line at large text sizes.
        self.section_list.setModel(self.sections)
        self.section_list.setAccessibleName(self.tr("Sections"))
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
