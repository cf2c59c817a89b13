"""The supervisor's day, in the app: bundles in, cases reviewed and worked, referrals followed,
a conflict settled, the dashboard under the list's filter, and two exports written.

With ``FIELDAPP_E2E_IMPORTED`` set the bundles were imported already (with the command line)
and the journey starts at Review.

The test (``test_supervisor.py``) builds the office with the command line and checks the
exported files afterwards; paths and references come through ``FIELDAPP_E2E_*`` variables.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QDialog, QRadioButton

from fieldapp.services.case_filter import AgeGroup
from fieldapp.vault.case_states import CaseStatus, FollowUp
from tests.e2e.driver import Driver, JourneyFailed
from tests.e2e.office import SUPERVISOR_PASSWORD
from tests.e2e.steps import Steps, quit_app, sign_in, started
from tests.e2e.supervisor_steps import choose_path, key_down_to, ok_dialog, pick, show_tab
from ui.export_dialog import ExportDialog
from ui.supervisor.case_actions import FollowUpDialog, NoteDialog, StatusDialog
from ui.supervisor.conflict_dialog import ConflictDialog

NOTE = "Child protection met the boy at the station; a foster place is being arranged."
DECLINED_REASON = "No place for a boy of this age this month."
KEEP_REASON = "The officer checked the age on the second visit."


def _env(name: str) -> str:
    return os.environ[f"FIELDAPP_E2E_{name}"]


def _import_done(importer: Any, before: str) -> bool:
    text = importer.message.text()
    return (not importer.bundle_import.running and text != before
            and text.startswith("Import finished"))


def import_bundles(d: Driver) -> Steps:
    main = d.main_window()
    yield d.click(d.button("Import"))
    importer = main.importer
    yield d.until(lambda: main.stack.currentWidget() is importer, "the Import screen")
    yield d.type(importer.inbox, _env("INBOX"))
    yield d.click(d.button("Import now"))
    yield d.until(lambda: _import_done(importer, ""), "the inbox imported", 60)
    d.expect("2 imported" in importer.message.text(), "both laptops' bundles imported")
    # Later, a laptop restored from an old backup sends its interview again.
    first = importer.message.text()
    yield d.click(importer.import_files_button)
    yield from choose_path(d, _env("LATE"), "the restored laptop's bundle")
    yield d.until(lambda: _import_done(importer, first), "the late bundle imported", 60)
    d.expect("1 imported" in importer.message.text(), "the late bundle imported")
    d.shot("supervisor-import")


def send_update(d: Driver) -> Steps:
    """The case outcomes back to the laptops: Import screen, "Send an update…", a folder."""
    main = d.main_window()
    yield d.click(d.button("Import"))
    importer = main.importer
    yield d.until(lambda: main.stack.currentWidget() is importer, "the Import screen")
    yield d.click(importer.updates.send_button)

    def dialog() -> Any:
        return importer.updates.dialog

    yield d.until(lambda: dialog() is not None and dialog().isVisible()
                  and "carries the case outcomes of" in dialog().outcomes_label.text(),
                  "the update dialog, counting the outcomes")
    d.expect("of 1 interview(s) from 1 laptop(s)" in dialog().outcomes_label.text(),
             f"one case to send back: {dialog().outcomes_label.text()}")
    yield d.click(dialog().folder_button)
    yield from choose_path(d, _env("UPDATES"), "the folder for the update")
    yield d.until(lambda: dialog().write_button.isEnabled(), "Write update enabled")
    d.shot("supervisor-update")
    yield d.click(dialog().write_button)
    yield d.until(lambda: dialog() is None and importer.updates.message.text().startswith(
        "Update 1 written to"), "the update written", 30)


def _row_of(review: Any, reference: str) -> int | None:
    for row in range(review.proxy.rowCount()):
        if review.proxy.row_at(row).reference == reference:
            return row
    return None


def open_from_list(d: Driver, reference: str) -> Steps:
    workspace = d.main_window().workspace
    review = workspace.review
    yield d.until(lambda: _row_of(review, reference) is not None, f"{reference} listed")
    row = _row_of(review, reference)
    assert row is not None
    yield d.later(lambda: review.table.selectRow(row), f"select {reference}")
    yield d.click(review.open_button, "Open case")
    yield from _case_shown(d, reference)


def _case_shown(d: Driver, reference: str) -> Steps:
    view = d.main_window().workspace.case_view
    yield d.until(lambda: d.main_window().workspace.stack.currentWidget() is view
                  and view.bundle is not None
                  and view.bundle.summary.interview.reference == reference,
                  f"the case {reference}")


def filter_the_list(d: Driver) -> Steps:
    workspace = d.main_window().workspace
    filters, review = workspace.filters, workspace.review
    yield d.until(lambda: review.model.total == 20, "all 20 interviews listed")
    yield from pick(d, filters.result, "refer_now")
    yield from pick(d, filters.age, AgeGroup.CHILD)
    yield d.until(lambda: review.model.total == 4 and review.proxy.rowCount() == 4,
                  "the four referred children")
    d.expect(review.count_label.text() == "4 interview(s)", "the count says 4")
    yield d.until(lambda: filters.officer.findData("amira") >= 0, "officers offered")
    yield from pick(d, filters.officer, "amira")
    yield d.until(lambda: review.model.total == 2, "amira's two")
    d.shot("supervisor-review-filtered")


def read_and_compare(d: Driver, reference: str) -> Steps:
    view = d.main_window().workspace.case_view
    bundle = view.bundle
    assert bundle is not None and bundle.transcript is not None
    first_language = bundle.transcript.language
    first_line = view.transcript.index(0, 1).data()
    yield from key_down_to(d, view.language,
                           lambda box: box.currentData() not in (None, first_language),
                           "a second language")
    yield d.until(lambda: view.bundle is not None and view.bundle.transcript is not None
                  and view.bundle.transcript.language != first_language
                  and view.transcript.index(0, 1).data() != first_line,
                  "the interview read in a second language")
    yield from show_tab(d, view.tabs, "Revisions")
    yield d.until(lambda: view.diff.rowCount() > 0
                  and "The age was noted wrongly." in view.revision_note.text(),
                  "the two revisions compared")
    d.shot("supervisor-case-revisions")


def work_the_case(d: Driver) -> Steps:
    view = d.main_window().workspace.case_view
    yield d.click(view.status_button, "Change status…")
    yield d.until(lambda: d.dialog(StatusDialog) is not None, "the status dialog")
    dialog = d.dialog(StatusDialog)
    assert isinstance(dialog, StatusDialog)
    yield from pick(d, dialog.status, CaseStatus.FOLLOW_UP)
    del dialog
    yield from ok_dialog(d, StatusDialog, "status")
    yield d.until(lambda: view.status.text().startswith("Follow-up"), "the case in follow-up")

    yield d.click(view.note_button, "Add note…")
    yield d.until(lambda: d.dialog(NoteDialog) is not None, "the note dialog")
    dialog = d.dialog(NoteDialog)
    assert isinstance(dialog, NoteDialog)
    yield d.type(dialog.text, NOTE)
    del dialog
    yield from ok_dialog(d, NoteDialog, "note")
    yield d.until(lambda: view.notes.rowCount() == 1, "the note listed")
    yield from show_tab(d, view.tabs, "Notes")
    yield d.until(lambda: view.history.rowCount() == 1, "the status change in the history")


def follow_up(d: Driver, step: FollowUp, reason: str = "") -> Steps:
    view = d.main_window().workspace.case_view
    yield from show_tab(d, view.tabs, "Referrals")
    yield d.until(lambda: view.follow_up_button.isEnabled(), "a referral to follow up")
    yield d.click(view.follow_up_button, "Record follow-up…")
    yield d.until(lambda: d.dialog(FollowUpDialog) is not None, "the follow-up dialog")
    dialog = d.dialog(FollowUpDialog)
    assert isinstance(dialog, FollowUpDialog)
    yield from pick(d, dialog.step, step)
    if reason:
        # A step that did not succeed waits for its reason: OK is off until one is typed.
        ok = d.button("OK", root=dialog)
        d.expect(not ok.isEnabled(), "OK waits for the reason")
        yield d.type(dialog.reason, reason)
        yield d.until(ok.isEnabled, "OK once the reason is typed")
        del ok
    del dialog
    yield from ok_dialog(d, FollowUpDialog, "follow-up")
    yield d.until(lambda: view.referrals.rowCount() == 1
                  and view.referrals.row_at(0).step == step, f"the referral {step}")


def waiting_list(d: Driver, reference: str, *, listed: bool) -> Steps:
    workspace = d.main_window().workspace
    waiting = workspace.waiting
    if workspace.stack.currentWidget() is workspace.case_view:
        yield d.click(workspace.case_view.back_button, "Back to the list")
    yield from show_tab(d, workspace.tabs, "Waiting")
    refs = lambda: [waiting.model.row_at(r).reference  # noqa: E731
                    for r in range(waiting.model.rowCount())]
    yield d.until(lambda: (reference in refs()) == listed and bool(waiting.count_label.text()),
                  f"{reference} {'listed' if listed else 'gone'} among the waiting referrals")


def resolve_conflict(d: Driver, reference: str) -> Steps:
    workspace = d.main_window().workspace
    yield from show_tab(d, workspace.tabs, "Interviews")
    yield d.click(workspace.filters.reset_button, "Clear filters")
    yield from pick(d, workspace.filters.conflict, True)
    yield d.until(lambda: workspace.review.model.total == 1, "one case in conflict")
    yield from open_from_list(d, reference)
    view = workspace.case_view
    yield from show_tab(d, view.tabs, "Conflicts (1)")
    yield d.click(view.conflict_button, "Review conflict…")
    yield d.until(lambda: d.dialog(ConflictDialog) is not None, "the conflict dialog")

    def conflict() -> ConflictDialog:
        dialog = d.dialog(ConflictDialog)
        if not isinstance(dialog, ConflictDialog):
            raise JourneyFailed("the conflict dialog is not open")
        return dialog

    yield d.until(lambda: conflict().view is not None and conflict().keep_button.isEnabled()
                  and conflict().diff.rowCount() > 0, "two versions compared")
    d.shot("supervisor-conflict")
    yield d.type(conflict().reason, KEEP_REASON)
    yield d.click(conflict().keep_button, "Keep this version")
    yield d.until(lambda: conflict().summary.text().startswith("Resolved by chief"),
                  "the conflict resolved")
    yield d.click(d.button("Close", root=conflict()))
    yield d.until(lambda: d.dialog(QDialog) is None, "the conflict dialog closed")
    yield d.until(lambda: view.tabs.tabText(view.tabs.count() - 1) == "Conflicts",
                  "no open conflict left")
    yield d.click(view.back_button, "Back to the list")
    yield d.until(lambda: workspace.review.model.total == 0, "no conflict left in the list")


def dashboard_with_the_filter(d: Driver) -> Steps:
    workspace = d.main_window().workspace
    filters, review, dashboard = workspace.filters, workspace.review, workspace.dashboard
    yield d.click(filters.reset_button, "Clear filters")
    yield from pick(d, filters.age, AgeGroup.CHILD)
    yield d.until(lambda: review.model.total == 4, "the four children listed")
    yield from show_tab(d, workspace.tabs, "Dashboard")
    yield d.until(lambda: dashboard.numbers is not None and dashboard.numbers.total == 4
                  and dashboard.numbers.complete, "the dashboard of the four children", 60)
    d.expect(dashboard.status_label.text().startswith("4 finalised interview(s)"),
             "the dashboard says it counts the filtered four")
    d.shot("supervisor-dashboard-filtered")
    yield from show_tab(d, workspace.tabs, "Interviews")
    yield d.click(filters.reset_button, "Clear filters")
    yield d.until(lambda: review.model.total == 20, "every interview listed again")


def _export_dialog(d: Driver) -> ExportDialog:
    dialog = d.dialog(ExportDialog)
    if not isinstance(dialog, ExportDialog):
        raise JourneyFailed("the export dialog is not open")
    return dialog


def export(d: Driver) -> Steps:
    workspace = d.main_window().workspace
    out = _env("OUT")
    yield d.click(workspace.review.export_button, "Export these…")
    yield d.until(lambda: d.dialog(ExportDialog) is not None
                  and "20 finalised" in _export_dialog(d).count_label.text(),
                  "the export dialog counting 20")
    yield from pick_what(d, _export_dialog(d), "aggregate", ".csv")
    yield d.click(_export_dialog(d).out_button, "Choose… (where)")
    yield from choose_path(d, os.path.join(out, "stats.csv"), "the statistics' file")
    yield d.until(lambda: _export_dialog(d).export_button.isEnabled(), "the export ready")
    yield d.click(_export_dialog(d).export_button, "Export")
    yield d.until(lambda: "Anonymised statistics of 20" in _export_dialog(d).message.text(),
                  "the statistics saved", 60)

    yield from pick_what(d, _export_dialog(d), "htcds", ".json")
    yield d.until(lambda: _export_dialog(d).encrypt.isVisible(), "the protection choices")
    d.expect(not _export_dialog(d).encrypt.isChecked()
             and not _export_dialog(d).plaintext.isChecked(),
             "no protection chosen for the supervisor")
    encrypt = d.get(QRadioButton, text="Encrypt to a public key (age)", root=_export_dialog(d))
    yield d.click(encrypt)
    yield d.click(d.get(QAbstractButton, text="Choose key file…", root=_export_dialog(d)))
    yield from choose_path(d, _env("KEY"), "the public key")
    yield d.until(lambda: _export_dialog(d).key_label.text().startswith("age1"), "the key chosen")
    yield d.click(_export_dialog(d).out_button, "Choose… (where)")
    yield from choose_path(d, os.path.join(out, "records.json"), "the records' file")
    yield d.until(lambda: _export_dialog(d).export_button.isEnabled(), "the export ready")
    d.shot("supervisor-export")
    yield d.click(_export_dialog(d).export_button, "Export")
    yield d.until(lambda: "20 interviews saved, encrypted" in _export_dialog(d).message.text(),
                  "the records saved, encrypted", 60)
    yield d.click(_export_dialog(d).close_button)
    yield d.until(lambda: d.dialog(QDialog) is None, "the export dialog closed")


def pick_what(d: Driver, dialog: ExportDialog, kind: str, suffix: str) -> Steps:
    index = next(i for i, c in enumerate(dialog.choices) if (c.kind, c.suffix) == (kind, suffix))
    yield d.later(lambda: dialog.what.setCurrentIndex(index), f"export {kind} {suffix}")


def journey(d: Driver) -> Steps:
    yield from started(d)
    yield from sign_in(d, SUPERVISOR_PASSWORD)
    yield from import_bundles(d)
    main = d.main_window()
    yield d.click(d.button("Review"))
    yield d.until(lambda: main.stack.currentWidget() is main.workspace, "the Review screen")
    child = _env("CHILD")
    yield from filter_the_list(d)
    yield from open_from_list(d, child)
    yield from read_and_compare(d, child)
    yield from work_the_case(d)
    # Sent seven weeks ago and never answered: the referral waits among those to chase.
    yield from waiting_list(d, child, listed=True)
    d.shot("supervisor-waiting")
    yield d.click(main.workspace.waiting.open_button, "Open case (waiting)")
    yield from _case_shown(d, child)
    yield from follow_up(d, FollowUp.RECEIVED)
    yield from follow_up(d, FollowUp.DECLINED, DECLINED_REASON)
    yield from waiting_list(d, child, listed=False)
    yield from resolve_conflict(d, _env("CONFLICT"))
    yield from dashboard_with_the_filter(d)
    yield from export(d)
    yield from send_update(d)
    yield from quit_app(d)
