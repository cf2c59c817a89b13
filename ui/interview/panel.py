"""The interview window: the page the session is on, the way forward and back, and progress.

It renders what the core :class:`~fieldapp.interview.InterviewSession` says and sends the
officer's answers back; every resulting change is saved through the interview service before
the status line says so. Keyboard: Enter goes to the next page (a new line in a multi-line
answer), Alt+Right and Alt+Left go forward and back (mirrored when the respondent's language
is written right to left, as the page is), Ctrl+1..9 or the section list jump, Ctrl+F
finalises. The respondent's language decides the page direction; the app language decides
everything around it.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.interview import AnswerError, Change, FieldError, SessionError
from fieldapp.services.interviews import (
    InterviewIncomplete,
    InterviewService,
    OpenInterview,
)
from fieldapp.vault.interviews import InterviewRecord
from ui.gateway import VaultGateway
from ui.i18n import is_right_to_left
from ui.interview.finalise import MissingAnswersPanel
from ui.interview.page import PageWidget
from ui.interview.saver import AnswerSaver
from ui.interview.sections import REF_ROLE, SectionModel

PAGE_DISPOSAL_MS = 150


class InterviewPanel(QWidget):
    finalised = Signal(object)  # InterviewRecord
    close_requested = Signal()
    failed = Signal(object)  # FieldappError

    def __init__(self, gateway: VaultGateway, *,
                 quiet: Callable[[], AbstractContextManager[None]] = nullcontext) -> None:
        super().__init__()
        self._gateway = gateway
        self._quiet = quiet  # the input watch paused while a page is built (ui.guard)
        self.opened: OpenInterview | None = None
        self.page: PageWidget | None = None
        self.saver = AnswerSaver(gateway)
        self.saver.state_changed.connect(self._on_saver_state_changed)
        self.saver.failed.connect(self._on_saver_failed)

        self.heading = QLabel()
        self.heading.setProperty("role", "subtitle")
        self.status = QLabel()
        self.status.setProperty("role", "status")
        self.banner = QLabel()
        self.banner.setProperty("role", "banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.clicked.connect(self.saver.retry)
        self.retry_button.hide()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)

        self.sections = SectionModel(self)
        self.section_list = QListView()
        self.section_list.setUniformItemSizes(True)  # rows sized once, not at every page turn
        self.section_list.setModel(self.sections)
        self.section_list.setAccessibleName(self.tr("Sections"))
        self.section_list.activated.connect(self._on_section_activated)
        self.section_list.clicked.connect(self._on_section_activated)
        self.section_list.setMaximumWidth(260)
        self.section_list.setWordWrap(True)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.page_area = QScrollArea()
        self.page_area.setWidgetResizable(True)
        self.missing = MissingAnswersPanel()
        self.missing.jump_requested.connect(self._on_missing_jump_requested)

        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setProperty("primary", True)
        self.next_button.clicked.connect(self.go_next)
        self.finalise_button = QPushButton(self.tr("Finalise…"))
        self.finalise_button.clicked.connect(self.finalise)
        self.close_button = QPushButton(self.tr("Case list"))
        self.close_button.clicked.connect(self._on_close_clicked)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status)
        nav = QHBoxLayout()
        nav.addWidget(self.close_button)
        nav.addStretch(1)
        nav.addWidget(self.finalise_button)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.page_area, 1)
        centre_layout.addWidget(self.missing)
        splitter = QSplitter()
        splitter.addWidget(self.section_list)
        splitter.addWidget(centre)
        splitter.setStretchFactor(1, 1)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addLayout(banner_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(nav)
        self._shortcuts()

    def _shortcuts(self) -> None:
        self._forward = QShortcut(QKeySequence("Alt+Right"), self, self.go_next)
        self._backward = QShortcut(QKeySequence("Alt+Left"), self, self.go_back)
        QShortcut(QKeySequence("Ctrl+F"), self, self.finalise)
        for number in range(1, 10):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self,
                      lambda row=number - 1: self._jump_to_section(row))

    # -- opening --------------------------------------------------------------------------
    def load(self, opened: OpenInterview) -> None:
        self.opened = opened
        self.saver.attach(opened)
        session = opened.session
        self.sections.set_sections(session.sections())
        language = session.language or ""
        rtl = is_right_to_left(opened.form.language_code(language)) if language else False
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.page_area.setLayoutDirection(direction)
        # The arrows follow the page: on a right-to-left page "forward" is to the left.
        self._forward.setKey(QKeySequence("Alt+Left" if rtl else "Alt+Right"))
        self._backward.setKey(QKeySequence("Alt+Right" if rtl else "Alt+Left"))
        self.heading.setText(f"{opened.form.title} — {opened.record.reference}")
        self.missing.clear()
        self._render()

    def unload(self) -> None:
        """Forget the interview (on lock): widgets and session go."""
        self.opened = None
        self.saver.attach(None)
        self._set_page(None)
        self.sections.set_sections([])
        self.missing.clear()

    def flush(self) -> None:
        """Hand over whatever is typed but not yet committed (quick exit, lock, leaving)."""
        if self.page is not None:
            self.page.flush()

    # -- rendering ------------------------------------------------------------------------
    def _render(self, focus: str | None = None) -> None:
        opened = self.opened
        if opened is None:
            return
        session = opened.session
        view = session.page_view()
        with self._quiet():
            if view is None:
                self._set_page(self._end_page())
            else:
                page = PageWidget(view)
                page.answered.connect(self._on_page_answered)
                page.repeat_add_requested.connect(self._on_repeat_add_requested)
                page.repeat_remove_requested.connect(self._on_repeat_remove_requested)
                for widget in page.questions.values():
                    widget.setEnabled(not opened.read_only)
                self._set_page(page)
                page.focus_first(focus)
            self._update_progress()

    def _set_page(self, page: QWidget | None) -> None:
        old = self.page_area.takeWidget()
        if old is not None:
            old.hide()
            if page is None:
                old.deleteLater()  # leaving the interview: nothing of it stays behind
            else:
                # Destroying a page's widgets takes a few milliseconds: after the new page
                # is on screen, not before.
                QTimer.singleShot(PAGE_DISPOSAL_MS, old.deleteLater)
        self.page = page if isinstance(page, PageWidget) else None
        if page is not None:
            self.page_area.setWidget(page)

    def _end_page(self) -> QWidget:
        end = QWidget()
        end.setObjectName("page")
        layout = QVBoxLayout(end)
        title = QLabel(self.tr("All pages are done."))
        title.setProperty("role", "title")
        text = QLabel(self.tr("Check the answers if needed, then finalise the interview to see "
                              "the screening result."))
        text.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addStretch(1)
        self.finalise_button.setFocus()
        return end

    def _update_progress(self) -> None:
        opened = self.opened
        if opened is None:
            return
        number, count = opened.session.page_position()
        # QProgressBar.setValue repaints at once (a few ms); painted with the page instead.
        self.progress.setUpdatesEnabled(False)
        self.progress.setMaximum(max(1, count))
        self.progress.setValue(min(number, count))
        self.progress.setFormat(
            self.tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(count)))
        self.progress.setUpdatesEnabled(True)
        row = self.sections.set_current(opened.session.current_page)
        if row >= 0:
            self.section_list.setCurrentIndex(self.sections.index(row))
        self.back_button.setEnabled(bool(opened.session.current_page))

    # -- answering ------------------------------------------------------------------------
    def _on_page_answered(self, path: str, value: Any) -> None:
        opened = self.opened
        if opened is None or opened.read_only:
            return
        try:
            change = opened.session.answer(path, value)
        except AnswerError:
            if self.page is not None and path in self.page.questions:
                self.page.questions[path].show_error(
                    self.tr("This answer does not fit the question: check it."))
            return
        self.saver.save(change)
        self._apply(change, focus=path)

    def _apply(self, change: Change, focus: str | None = None) -> None:
        opened = self.opened
        if opened is None or self.page is None:
            return
        view = opened.session.page_view()
        if view is None or view.key != self.page.key or [
                q.path for q in view.questions] != self.page.paths():
            self._render(focus)
            return
        self.page.update_questions(view.questions)
        self.page.show_errors(dict(change.errors))
        self._update_progress()

    def _on_repeat_add_requested(self, path: str) -> None:
        self._structure(lambda: self._session().add_repeat(path))

    def _on_repeat_remove_requested(self, path: str, index: int) -> None:
        self._structure(lambda: self._session().remove_repeat(path, index))

    def _structure(self, action: Any) -> None:
        try:
            change: Change = action()
        except SessionError as error:
            self.failed.emit(error)
            return
        self.saver.save(change)
        self._render()

    def _session(self) -> Any:
        assert self.opened is not None
        return self.opened.session

    # -- moving ---------------------------------------------------------------------------
    def go_next(self) -> None:
        if self.opened is None:
            return
        self.flush()
        if self.opened.session.current_page is None:
            self.finalise()
            return
        navigation = self.opened.session.next()
        if navigation.moved:
            self.saver.save(Change(position=navigation.page))
            self._render()
        else:
            self._show_problems(navigation.errors)

    def go_back(self) -> None:
        if self.opened is None:
            return
        self.flush()
        navigation = self.opened.session.back()
        if navigation.moved:
            self.saver.save(Change(position=navigation.page))
            self._render()

    def jump(self, target: str) -> None:
        if self.opened is None:
            return
        self.flush()
        navigation = self.opened.session.jump(target)
        if navigation.moved:
            self.saver.save(Change(position=navigation.page))
        self._render(focus=target)

    def _jump_to_section(self, row: int) -> None:
        if 0 <= row < self.sections.rowCount():
            self.jump(str(self.sections.data(self.sections.index(row), REF_ROLE)))

    def _on_section_activated(self, index: QModelIndex) -> None:
        self._jump_to_section(index.row())

    def _on_missing_jump_requested(self, path: str) -> None:
        self.jump(path)

    def _show_problems(self, problems: tuple[FieldError, ...]) -> None:
        if self.page is None:
            return
        self.page.show_errors({problem.path: problem.message for problem in problems})
        if problems:
            self.page.focus_first(problems[0].path)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
                Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused is not self.next_button:
                focused.click()
            else:
                self.go_next()
            return
        super().keyPressEvent(event)

    # -- finalising -----------------------------------------------------------------------
    def finalise(self) -> None:
        opened = self.opened
        if opened is None:
            return
        if opened.read_only:
            self.finalised.emit(opened.record)
            return
        self.flush()
        self._set_busy(True)

        def work(service: InterviewService) -> InterviewRecord:
            return service.finalise(opened)

        self._gateway.interviews(work, self._on_finalised, self._on_finalise_failed)

    def _on_finalised(self, record: InterviewRecord) -> None:
        self._set_busy(False)
        self.missing.clear()
        self.finalised.emit(record)

    def _on_finalise_failed(self, error: FieldappError) -> None:
        self._set_busy(False)
        if isinstance(error, InterviewIncomplete) and self.opened is not None:
            self.missing.show_problems(self.opened.session, error.problems)
            self._render()
            return
        self.failed.emit(error)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.next_button, self.back_button, self.finalise_button):
            button.setEnabled(not busy)

    def _on_close_clicked(self) -> None:
        self.flush()
        self.close_requested.emit()

    # -- saving state ---------------------------------------------------------------------
    def _on_saver_state_changed(self, state: str) -> None:
        self.status.setText({
            "saving": self.tr("Saving…"),
            "saved": self.tr("All answers saved"),
            "failed": self.tr("Not saved yet"),
        }[state])
        if state != "failed":
            self.banner.hide()
            self.retry_button.hide()

    def _on_saver_failed(self, error: FieldappError) -> None:
        from ui.problems import plain_message

        self.banner.setText(plain_message(error) + " " + self.tr(
            "Your answers stay on the screen and are saved as soon as it works again."))
        self.banner.show()
        self.retry_button.show()
