"""The interview window: the page the session is on, the way forward and back, and progress.

It renders what the core :class:`~fieldapp.interview.InterviewSession` says and sends the
officer's answers back; every resulting change is saved through the interview service before
the status line says so. Keyboard: Enter goes to the next page (a new line in a multi-line
answer), Alt+Right and Alt+Left go forward and back, Ctrl+1..9 or the section list jump,
Ctrl+F finalises (after a confirmation). The respondent's language decides the direction of
the page itself; the officer's (the app language) decides everything around it, including the
buttons and the keys that drive them: in a right-to-left app "Next" is on the left and the
arrow pointing left moves forward, so keys and buttons always agree.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.interview import (
    AnswerError,
    Change,
    FieldError,
    SectionNotApplicable,
    SectionStatus,
    SessionError,
)
from fieldapp.services.interviews import (
    InterviewIncomplete,
    InterviewService,
    OpenInterview,
)
from fieldapp.vault.interviews import InterviewRecord
from ui.gateway import VaultGateway
from ui.i18n import is_right_to_left
from ui.interview import finalise as finalising
from ui.interview.finalise import MissingAnswersPanel
from ui.interview.languages import LanguageBar
from ui.interview.navbar import NavigationBar
from ui.interview.outline_view import OutlineView
from ui.interview.page import PageWidget
from ui.interview.saver import AnswerSaver, SaveNotice
from ui.interview.scrolling import ScrollAnchor, highlight

PAGE_DISPOSAL_MS = 150


class InterviewPanel(QWidget):
    finalised = Signal(object)  # InterviewRecord
    close_requested = Signal()
    failed = Signal(object)  # FieldappError
    officer_language_chosen = Signal(str)  # app language code

    def __init__(self, gateway: VaultGateway, *,
                 quiet: Callable[[], AbstractContextManager[None]] = nullcontext) -> None:
        super().__init__()
        self._gateway = gateway
        self._quiet = quiet  # the input watch paused while a page is built (ui.guard)
        self.opened: OpenInterview | None = None
        self.page: PageWidget | None = None
        self.saver = AnswerSaver(gateway)
        self.notice = SaveNotice(self.saver, self)
        self.status = self.notice.status
        self.banner = self.notice.banner
        self.retry_button = self.notice.retry_button

        self.heading = QLabel()
        self.heading.setProperty("role", "subtitle")
        self.outline = OutlineView(self)
        self.outline.section_chosen.connect(self._on_section_chosen)
        self.progress = self.outline.progress
        self.sections = self.outline.sections
        self.section_list = self.outline.section_list
        self.languages = LanguageBar()
        self.languages.respondent_language_chosen.connect(self._on_respondent_language_chosen)
        self.languages.officer_language_chosen.connect(self._on_officer_language_chosen)


        self.page_area = QScrollArea()
        self.page_area.setWidgetResizable(True)
        self.missing = MissingAnswersPanel()
        self.missing.jump_requested.connect(self._on_missing_jump_requested)

        self.nav = NavigationBar()
        self.nav.back_requested.connect(self.go_back)
        self.nav.next_requested.connect(self.go_next)
        self.nav.finalise_requested.connect(self.finalise)
        self.nav.close_requested.connect(self._on_close_clicked)
        self.back_button = self.nav.back_button
        self.next_button = self.nav.next_button
        self.finalise_button = self.nav.finalise_button
        self.close_button = self.nav.close_button

        # Nothing side by side that could force the window wider than a laptop screen at
        # large text sizes: the title wraps, the languages sit under the section list.
        self.heading.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.section_list, 1)
        side_layout.addWidget(self.languages)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.page_area, 1)
        centre_layout.addWidget(self.missing)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(side)
        splitter.addWidget(centre)
        splitter.setStretchFactor(1, 1)
        self._centre = centre
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.notice.banner_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.nav)
        self._shortcuts()

    def _shortcuts(self) -> None:
        QShortcut(QKeySequence("Ctrl+F"), self, self.finalise)
        for number in range(1, 10):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self,
                      lambda row=number - 1: self.outline.choose(row))

    # -- opening --------------------------------------------------------------------------
    def load(self, opened: OpenInterview) -> None:
        self.opened = opened
        self.saver.attach(opened)
        self._show_language()
        self.heading.setText(f"{opened.form.title} — {opened.record.reference}")
        self.missing.clear()
        self._render()

    def _show_language(self) -> None:
        opened = self.opened
        if opened is None:
            return
        session = opened.session
        language = session.language or ""
        rtl = is_right_to_left(opened.form.language_code(language)) if language else False
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.page_area.setLayoutDirection(direction)
        officer = session.officer_language or language
        self.languages.show_languages(opened.form.languages, session.language,
                                      opened.form.language_code(officer) if officer else "en")
        self.languages.setEnabled(not opened.read_only)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.missing.fit_to(self._centre.height())

    # -- languages ------------------------------------------------------------------------
    def _on_respondent_language_chosen(self, language: str) -> None:
        opened = self.opened
        if opened is None or opened.read_only or language == opened.session.language:
            return
        self.flush()
        try:
            opened.session.set_language(language)
        except SessionError as error:
            self.failed.emit(error)
            return
        code = opened.form.language_code(opened.session.language or "")

        def work(service: InterviewService) -> None:
            service.set_language(opened, code)

        self._gateway.interviews(work, lambda _none: None, self.failed.emit)
        self._show_language()
        self._render()

    def _on_officer_language_chosen(self, code: str) -> None:
        opened = self.opened
        if opened is None:
            return
        self.flush()
        opened.session.set_officer_language(code)
        self._render()
        self.officer_language_chosen.emit(code)

    def unload(self) -> None:
        """Forget the interview (on lock): widgets and session go."""
        self.opened = None
        self.saver.attach(None)
        self._set_page(None)
        self.outline.show(None)
        self.missing.clear()
        self._set_end(False)

    def flush(self) -> None:
        """Hand over whatever is typed but not yet committed (quick exit, lock, leaving)."""
        if self.page is not None:
            self.page.flush()

    # -- rendering ------------------------------------------------------------------------
    def _render(self, focus: str | None = None, keep: str | None = None) -> None:
        """Show the session's page; ``keep``: a question of the page on screen that stays
        where it is in the view (the page was rebuilt because of its answer)."""
        opened = self.opened
        if opened is None:
            return
        session = opened.session
        view = session.page_view()
        same_page = self.page is not None and view is not None and self.page.key == view.key
        old = self.page.questions.get(keep) if same_page and keep and self.page else None
        anchor = ScrollAnchor(self.page_area, old)
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
                anchor.restore(page.questions.get(keep) if keep else None)
                page.focus_first(focus)
            self._set_end(view is None)
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
        text = QLabel(self.tr("Check the answers if needed (Back, or a section on the side), "
                              "then finalise the interview to see the screening result."))
        text.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addStretch(1)
        return end

    def _set_end(self, at_end: bool) -> None:
        self.nav.set_end(at_end)

    def _update_progress(self) -> None:
        opened = self.opened
        if opened is None:
            return
        session = opened.session
        self.outline.show(session)
        self.back_button.setEnabled(session.can_go_back)

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
            self._render(focus, keep=focus)
            return
        anchor = ScrollAnchor(self.page_area, self.page.questions.get(focus) if focus else None)
        self.page.update_questions(view.questions)
        self.page.show_errors(dict(change.errors))
        anchor.restore(self.page.questions.get(focus) if focus else None)
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

    def jump(self, target: str, *, show: bool = False) -> None:
        """To a section, page or question; ``show``: scroll to the question and mark it."""
        if self.opened is None:
            return
        self.flush()
        try:
            navigation = self.opened.session.jump(target)
        except SectionNotApplicable:
            # The list does not offer such a section; a shortcut may still ask for it.
            self.status.setText(self.tr("This section does not apply to this interview."))
            self._update_progress()
            return
        except SessionError as error:
            self.failed.emit(error)
            return
        if navigation.moved:
            self.saver.save(Change(position=navigation.page))
        self._render(focus=target)
        widget = self.page.questions.get(target) if self.page is not None else None
        if show and widget is not None:
            highlight(self.page_area, widget)

    def _on_section_chosen(self, status: SectionStatus) -> None:
        if not status.can_open:
            self.status.setText(self.tr("This section does not apply to this interview."))
            self._update_progress()
            return
        self.jump(status.ref)

    def _on_missing_jump_requested(self, path: str) -> None:
        self.jump(path, show=True)

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
        problems = tuple(opened.session.validate_all())
        if problems:
            self._show_missing(problems)
            return
        if not finalising.ask_to_finalise(self):
            return
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
        if isinstance(error, InterviewIncomplete):
            self._show_missing(error.problems)
            return
        self.failed.emit(error)

    def _show_missing(self, problems: tuple[FieldError, ...]) -> None:
        if self.opened is None:
            return
        self.missing.fit_to(self._centre.height())
        self.missing.show_problems(self.opened.session, problems)
        self._render()
        if self.missing.links:
            self.missing.links[0].setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.nav.set_busy(busy)

    def _on_close_clicked(self) -> None:
        self.flush()
        self.close_requested.emit()
