"""The supervisor's outcome on the officer's result screen, once an update brought it."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldapp.sync.outcomes import CaseOutcome, FollowUpOutcome, NoteOutcome, ReferralOutcome
from fieldapp.sync.outcomes import StatusChangeOutcome as Change
from fieldapp.vault import case_outcomes, referrals
from fieldapp.vault.database import Connection, transaction
from tests.ui.conftest import add_interviews, scenario, sign_in, unlocked
from tests.ui.driver import answer_finalise_dialog, focused, run_interview
from ui.case_outcome import CaseOutcomeBox
from ui.gateway import VaultGateway
from ui.main_window import MainWindow

NOTE = "Placed at the shelter on Monday."


def _receive(connection: Connection, interview_uuid: str, *, with_referral: bool) -> None:
    """Store an outcome as the laptop does when an update brings it."""
    referral_outcomes: tuple[ReferralOutcome, ...] = ()
    if with_referral:
        interview_id = connection.execute("SELECT id FROM interviews WHERE uuid = ?",
                                          (interview_uuid,)).fetchone()[0]
        made = referrals.add_referral(
            connection, interview_id=interview_id, service_id="safe-passage-helpline",
            service_name="Safe Passage Helpline (sample)", service_type="hotline",
            language="en", encrypted=True, created_by="admin")
        referral_outcomes = (ReferralOutcome(made.uuid, "declined", "2026-03-05", (
            FollowUpOutcome(str(uuid.uuid4()), "declined", "2026-03-05", False,
                            "no places left", "2026-03-05T10:00", "chief"),)),)
    outcome = CaseOutcome(
        interview_uuid, "FollowUp", "2026-03-04",
        (Change(str(uuid.uuid4()), "Active", "FollowUp", "2026-03-04", "t", "chief"),),
        (NoteOutcome(str(uuid.uuid4()), "2026-03-04", NOTE, "t", "chief"),),
        referral_outcomes)
    with transaction(connection):
        case_outcomes.store(connection, [outcome])


def test_the_box_shows_status_referral_and_notes(gateway: VaultGateway, qtbot: QtBot) -> None:
    unlocked(gateway)
    connection = gateway._connection()
    add_interviews(connection, 1)
    reference, interview_uuid = connection.execute(
        "SELECT reference, uuid FROM interviews").fetchone()
    box = CaseOutcomeBox()
    qtbot.addWidget(box)
    box.load(gateway, reference)
    assert not box.isVisibleTo(box.parentWidget() or box) and box.lines == []
    _receive(connection, interview_uuid, with_referral=True)
    box.load(gateway, reference)
    texts = [label.text() for label in box.lines]
    assert texts == [
        "Case: Follow-up (since 2026-03-04)",
        "Referral to Safe Passage Helpline (sample): declined (2026-03-05) — no places left",
        f"2026-03-04: {NOTE}",
    ]
    assert not box.isHidden()
    box.load(gateway, "R-0000-0000")  # unknown: hidden, no dialog, no traceback
    assert box.isHidden()


def test_the_result_screen_shows_the_outcome(window: MainWindow, qtbot: QtBot,
                                             tmp_path: Path) -> None:
    main = window
    sign_in(qtbot, main)
    main.gateway.interviews(lambda s: s.start("rapid_screening", language="en", site="Gate 3"),
                            main._on_opened)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    answers: dict[str, Any] = dict(scenario("rapid_screening", "no indicators")["answers"])  # type: ignore[call-overload]
    run_interview(qtbot, main.interview, answers)
    answer_finalise_dialog(qtbot)  # finalising asks first
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main.stack.currentWidget() is main.result)
    outcome = main.result.outcome
    assert outcome is not None and outcome.isHidden()  # nothing from the supervisor yet
    record = main.result.record
    assert record is not None
    _receive(main.gateway._connection(), record.uuid, with_referral=False)
    main.result.load(record, "en")
    outcome = main.result.outcome
    assert outcome is not None and outcome.isVisibleTo(main.result)
    assert [label.text() for label in outcome.lines] == [
        "Case: Follow-up (since 2026-03-04)", f"2026-03-04: {NOTE}"]
    main.result.grab().save(str(tmp_path / "result-with-outcome.png"))
