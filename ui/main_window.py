"""The main window: composes the screens and moves between them; holds no business rules.

Screens (a stacked widget): first-run set-up, sign-in, the case list, the interview, the
result, the laptop's Sync screen or the supervisor's Import screen (whichever this vault is),
and the neutral screen. The toolbar keeps the case list, sync, settings, lock and a visible
quick-exit button in reach. Quick exit (the button, or Shift pressed three times) hands over
what is typed, shows the neutral screen at once, and locks the vault behind it (the lock is
queued after the last save). The idle lock does the same after the configured minutes but shows
the sign-in screen, and reopens the interview that was open when the same account signs in
again. On lock every model and page is cleared, so nothing of the interviews stays in memory
or on screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.services.caselist import CaseRow
from fieldapp.services.interviews import InterviewService, OpenInterview
from fieldapp.vault.interviews import InterviewRecord
from fieldapp.xlsform import FormEntry
from ui.account_notices import show_account_notices
from ui.cases.panel import CaseListPanel
from ui.enrollment import EnrollmentPanel
from ui.gateway import Account, VaultGateway, VaultLocked
from ui.guard import Guard
from ui.i18n import Translations
from ui.interview.panel import InterviewPanel
from ui.interview.result import ResultPanel
from ui.look import apply_look
from ui.neutral import NEUTRAL_TITLE, NeutralPanel, neutral_icon
from ui.new_interview import NewInterviewDialog
from ui.problems import show_problem, show_read_only
from ui.settings import AppSettings, SettingsStore
from ui.settings_dialog import SettingsDialog
from ui.setup import SetupPanel
from ui.supervisor.workspace import SupervisorWorkspace
from ui.sync.laptop import LaptopSyncPanel
from ui.sync.supervisor import ImportPanel
from ui.unlock import UnlockPanel

APP_TITLE = "fieldapp"


class MainWindow(QMainWindow):
    def __init__(
        self,
        gateway: VaultGateway,
        store: SettingsStore,
        translations: Translations,
        *,
        last_user: str | None = None,
    ) -> None:
        super().__init__()
        self.gateway = gateway
        self.store = store
        self.translations = translations
        self.settings = store.load()
        self._last_user = last_user or self.settings.last_user
        self._resume: tuple[str, str] | None = None  # (user, reference) after an idle lock
        self._noticed: Account | None = None  # the sign-in whose account notices were shown
        self.guard = Guard(self.settings.idle_minutes)
        self.guard.quick_exit_requested.connect(self.quick_exit)
        self.guard.idle_timed_out.connect(self.idle_lock)
        app = QApplication.instance()
        if app is not None:
            self.guard.install(app)
        self.resize(1100, 760)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._build()
        self.start()

    # -- composition ----------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(APP_TITLE)
        self.toolbar = QToolBar(self.tr("Main"))
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.cases_action = self._action(self.tr("Case list"), "Ctrl+L", self.show_cases)
        self.sync_action = self._action(self.tr("Sync"), "Ctrl+Shift+S", self.show_sync)
        self.import_action = self._action(self.tr("Import"), "Ctrl+Shift+I", self.show_import)
        self.review_action = self._action(self.tr("Review"), "Ctrl+Shift+R", self.show_review)
        self.settings_action = self._action(self.tr("Settings"), "Ctrl+,", self.edit_settings)
        self.lock_action = self._action(self.tr("Lock"), "Ctrl+Shift+L", self.lock)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.quick_exit_action = self._action(self.tr("Quick exit"), "", self.quick_exit)
        quick = self.toolbar.widgetForAction(self.quick_exit_action)
        if quick is not None:
            quick.setObjectName("quickExit")
        self.setup = SetupPanel(self.gateway)
        self.enrollment = EnrollmentPanel(self.gateway)
        self.unlock = UnlockPanel(self.gateway, self._last_user)
        self.cases = CaseListPanel(self.gateway)
        self.interview = InterviewPanel(self.gateway, quiet=self.guard.paused)
        self.result = ResultPanel(self.gateway)
        self.sync = LaptopSyncPanel(self.gateway)
        self.importer = ImportPanel(self.gateway)
        self.workspace = SupervisorWorkspace(self.gateway)
        self.workspace.failed.connect(self._on_failed)
        self.neutral = NeutralPanel()
        for panel in (self.setup, self.enrollment, self.unlock, self.cases, self.interview,
                      self.result, self.sync, self.importer, self.workspace, self.neutral):
            self.stack.addWidget(panel)
        self.setup.created.connect(self._on_setup_created)
        self.enrollment.finished.connect(self._on_enrollment_finished)
        self.unlock.unlocked.connect(self._on_signed_in)
        self.cases.open_requested.connect(self._on_cases_open_requested)
        self.cases.new_requested.connect(self.new_interview)
        self.cases.failed.connect(self._on_failed)
        self.interview.finalised.connect(self._on_interview_finalised)
        self.interview.close_requested.connect(self.show_cases)
        self.interview.failed.connect(self._on_failed)
        self.interview.officer_language_chosen.connect(self._on_officer_language_chosen)
        self.result.close_requested.connect(self.show_cases)
        self.result.revision_requested.connect(self._on_result_revision_requested)
        self.result.referral_requested.connect(self._on_result_referral_requested)
        self.result.failed.connect(self._on_failed)
        self.sync.failed.connect(self._on_failed)
        self.importer.failed.connect(self._on_failed)
        self.neutral.continue_requested.connect(self._show_unlock)

    def _action(self, text: str, shortcut: str, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    def _show(self, panel: QWidget, *, signed_in: bool) -> None:
        for action in (self.cases_action, self.lock_action):
            action.setEnabled(signed_in)
        account = self.gateway.account if signed_in else None
        supervisor = account is not None and account.on_supervisor_vault
        self.sync_action.setVisible(account is not None and not supervisor)
        self.import_action.setVisible(supervisor)
        self.sync_action.setEnabled(account is not None and not supervisor)
        self.import_action.setEnabled(supervisor)
        self.review_action.setVisible(supervisor)
        self.review_action.setEnabled(supervisor)
        self._size_stack_by(panel)
        self.stack.setCurrentWidget(panel)
        panel.setFocus()

    def _size_stack_by(self, panel: QWidget) -> None:
        """Let only the page on show size the window. A stacked widget is otherwise as large
        as its largest page, so one screen's minimum (the Import screen at 175 %, say) would
        push every screen past a laptop's 768 pixels; the others are ignored while hidden."""
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            policy = (QSizePolicy.Policy.Preferred if page is panel
                      else QSizePolicy.Policy.Ignored)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.stack.updateGeometry()

    # -- signing in -----------------------------------------------------------------------
    def start(self) -> None:
        if self.gateway.exists():
            self._show_unlock()
        else:
            self._show(self.setup, signed_in=False)

    def _show_unlock(self) -> None:
        self._look_like_the_app(True)
        self.unlock.reset(self._last_user)
        self._show(self.unlock, signed_in=False)

    def _on_setup_created(self, account: Account) -> None:
        self._show(self.enrollment, signed_in=False)

    def _on_enrollment_finished(self) -> None:
        if self.gateway.account is not None:
            self._on_signed_in(self.gateway.account)

    def _on_signed_in(self, account: Account) -> None:
        self.settings = AppSettings(self.settings.idle_minutes, self.settings.text_scale,
                                    self.settings.language, account.user)
        self.store.save(self.settings)
        self._last_user = account.user
        self.guard.arm()
        if account.read_only is not None:
            show_read_only(self, account.read_only)
        if account is not self._noticed:  # once per sign-in (enrolment comes back here)
            self._noticed = account
            show_account_notices(self, account.notices, account.role)
        resume, self._resume = self._resume, None
        if resume is not None and resume[0] == account.user:
            self.open_interview(resume[1])
        else:
            self.show_cases()

    # -- screens --------------------------------------------------------------------------
    def show_cases(self) -> None:
        account = self.gateway.account
        if account is None:
            return
        self._leave_interview()
        self.cases.show_cases(account.case_scope)
        self._show(self.cases, signed_in=True)

    def show_sync(self) -> None:
        """The laptop's Sync screen (export, receipts, updates, enrolment)."""
        account = self.gateway.account
        if account is None or account.on_supervisor_vault:
            return
        self._leave_interview()
        self.sync.refresh()
        self._show(self.sync, signed_in=True)

    def show_import(self) -> None:
        """The supervisor's Import screen (bundles, inbox, receipts, laptops)."""
        account = self.gateway.account
        if account is None or not account.on_supervisor_vault:
            return
        self._leave_interview()
        self.importer.refresh()
        self._show(self.importer, signed_in=True)

    def show_review(self) -> None:
        """The supervisor's review list, case view and dashboard."""
        if self.gateway.account is None or not self.gateway.account.on_supervisor_vault:
            return
        self._leave_interview()
        self.workspace.refresh()
        self._show(self.workspace, signed_in=True)

    def _leave_interview(self) -> None:
        self.interview.flush()
        self.interview.unload()
        self.result.clear()

    def _on_cases_open_requested(self, row: CaseRow) -> None:
        self.open_interview(row.reference)

    def open_interview(self, reference: str) -> None:
        self.gateway.interviews(lambda service: service.open(reference), self._on_opened,
                                self._on_failed)

    def _on_opened(self, opened: OpenInterview) -> None:
        if opened.read_only:
            self._on_interview_finalised(opened.record)
            return
        # Questions in the respondent's language; guidance and messages in the officer's.
        opened.session.set_officer_language(self.settings.language)
        self.interview.load(opened)
        self._show(self.interview, signed_in=True)
        if self.interview.page is not None:
            self.interview.page.focus_first()

    def _on_officer_language_chosen(self, code: str) -> None:
        """The officer changed language mid-interview: it becomes the app language."""
        self.apply_settings(AppSettings(self.settings.idle_minutes, self.settings.text_scale,
                                        code, self.settings.last_user))

    def new_interview(self) -> None:
        self.gateway.interviews(lambda service: service.forms(), self._on_forms_listed,
                                self._on_failed)

    def _on_forms_listed(self, entries: list[FormEntry]) -> None:
        dialog = NewInterviewDialog(entries, self.settings.language, self)
        if dialog.exec() != NewInterviewDialog.DialogCode.Accepted or not self.gateway.account:
            return
        choice = dialog.choice()
        if choice.app_language != self.settings.language:
            self.apply_settings(AppSettings(self.settings.idle_minutes,
                                            self.settings.text_scale, choice.app_language,
                                            self.settings.last_user))

        def work(service: InterviewService) -> OpenInterview:
            return service.start(choice.form_id, choice.version, language=choice.language,
                                 site=choice.site)

        self.gateway.interviews(work, self._on_opened, self._on_failed)

    def _on_interview_finalised(self, record: InterviewRecord) -> None:
        self.interview.unload()
        self.result.load(record, self.settings.language)
        self._show(self.result, signed_in=True)

    def _on_result_revision_requested(self, reference: str, reason: str) -> None:
        self.gateway.interviews(lambda service: service.begin_revision(reference, reason),
                                self._on_opened, self._on_failed)

    def _on_result_referral_requested(self, record: InterviewRecord) -> None:
        # Imported on first use: the PDF stack is not needed to start the app.
        from ui.referral_dialog import ReferralDialog

        ReferralDialog(self.gateway, record.reference, self).exec()
        if self.gateway.account is not None:  # not locked while the dialog was open
            self._on_interview_finalised(record)

    def _on_failed(self, error: FieldappError) -> None:
        if self.stack.currentWidget() is self.neutral:  # never a message over it
            return
        if isinstance(error, VaultLocked) and self.gateway.account is None:
            # A screen asked for data while nobody is signed in (the case list sets itself up
            # when the window is built, a refresh races a lock): the sign-in screen is already
            # what the officer needs; a message would only alarm them.
            return
        show_problem(self, error)

    # -- protection -----------------------------------------------------------------------
    def quick_exit(self) -> None:
        """Save what is typed, show the neutral screen at once, lock behind it."""
        self._look_like_the_app(False)
        self._show(self.neutral, signed_in=False)
        self._lock_now()

    def _look_like_the_app(self, itself: bool) -> None:
        """The app's own title, icon and toolbar, or those of an ordinary calendar.

        Qt adds the application's display name to every window title ("Calendar — fieldapp"),
        so the display name changes too; the settings shortcut goes with the toolbar."""
        app = QApplication.instance()
        title = APP_TITLE if itself else NEUTRAL_TITLE
        if isinstance(app, QApplication):
            app.setApplicationDisplayName(title)
        self.setWindowTitle(title)
        self.setWindowIcon(QIcon() if itself else neutral_icon())
        self.toolbar.setVisible(itself)
        self.settings_action.setEnabled(itself)
        self.quick_exit_action.setEnabled(itself)

    def idle_lock(self) -> None:
        if self.gateway.account is None:
            return
        opened = self.interview.opened
        if opened is not None and self.stack.currentWidget() is self.interview:
            self._resume = (self.gateway.account.user, opened.record.reference)
        self._lock_now()
        self._show_unlock()

    def lock(self) -> None:
        self._resume = None
        self._lock_now()
        self._show_unlock()

    def _lock_now(self) -> None:
        # Dialogs first: a referral dialog shows the person's details over any screen.
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.guard.disarm()
        self.interview.flush()
        self.interview.unload()
        self.result.clear()
        self.cases.clear()
        self.sync.clear()
        self.importer.clear()
        self.workspace.clear()
        self.gateway.lock()

    # -- settings -------------------------------------------------------------------------
    def edit_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.apply_settings(dialog.chosen())

    def apply_settings(self, settings: AppSettings) -> None:
        language_changed = settings.language != self.settings.language
        self.settings = settings
        self.store.save(settings)
        self.guard.set_idle_minutes(settings.idle_minutes)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_look(app, settings.text_scale)
        if language_changed:
            self.translations.apply(settings.language)
            self._retranslate()

    def _retranslate(self) -> None:
        """Rebuild the screens in the new language, keeping where the officer was."""
        opened = self.interview.opened
        record = self.result.record
        on_sync = self.stack.currentWidget() in (self.sync, self.importer)
        self.sync.clear()
        self.importer.clear()
        while self.stack.count():
            panel = self.stack.widget(0)
            if panel is not None:
                self.stack.removeWidget(panel)
                panel.deleteLater()
        self.removeToolBar(self.toolbar)
        self.toolbar.deleteLater()
        self._build()
        if opened is not None:
            self._on_opened(opened)
        elif record is not None:
            self._on_interview_finalised(record)
        elif on_sync and self.gateway.account is not None:
            if self.gateway.account.on_supervisor_vault:
                self.show_import()
            else:
                self.show_sync()
        elif self.gateway.account is not None:
            self.show_cases()
        else:
            self.start()

    # -- closing --------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.interview.flush()
        super().closeEvent(event)

    def shut_down(self) -> None:
        """Lock and let the database thread finish its queue (saves first)."""
        self.guard.uninstall()
        self._lock_now()
        self.gateway.runner.shutdown()
