"""The officer's side of the supervisor's work: the update imported on the Sync screen, then
the supervisor's follow-up read on the interview's result screen."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton

from tests.e2e.driver import Driver
from tests.e2e.office import LAPTOP_PASSWORD
from tests.e2e.steps import Steps, _double_click, quit_app, sign_in, started
from tests.e2e.supervisor_steps import choose_path


def _row_of(cases: Any, reference: str) -> int | None:
    for row in range(cases.proxy.rowCount()):
        source = cases.proxy.mapToSource(cases.proxy.index(row, 0)).row()
        if cases.model.row_at(source).reference == reference:
            return row
    return None


def journey(d: Driver) -> Steps:
    yield from started(d)
    yield from sign_in(d, LAPTOP_PASSWORD)
    main = d.main_window()
    yield d.click(d.button("Sync"))
    yield d.until(lambda: main.stack.currentWidget() is main.sync, "the Sync screen")
    # The screen's buttons show once the laptop's sync state has loaded (database thread).
    yield d.until_shown(lambda: d.find(QAbstractButton, text="Import updates…"),
                        "the Sync screen loaded")
    yield d.click(d.button("Import updates…"))
    yield from choose_path(d, os.environ["FIELDAPP_E2E_UPDATE"], "the supervisor's update")
    outcome = main.sync.outcome
    yield d.until(lambda: "follow-up of 1 interview arrived" in outcome.text(),
                  "the update applied, with the supervisor's follow-up", 60)
    d.shot("laptop-update-outcome")
    yield d.click(d.button("Case list"))
    cases = main.cases
    reference = os.environ["FIELDAPP_E2E_CHILD"]
    yield d.until(lambda: _row_of(cases, reference) is not None, f"{reference} listed")
    row = _row_of(cases, reference)
    assert row is not None
    index = cases.proxy.index(row, 0)
    cases.table.scrollTo(index)
    rect = cases.table.visualRect(index)
    yield d.later(lambda: _double_click(cases.table.viewport(), rect.center()),
                  f"double-click {reference}")
    yield d.until(lambda: main.stack.currentWidget() is main.result, "the result screen")

    def box() -> Any:
        return getattr(main.result, "outcome", None)  # made when the result is shown

    yield d.until(lambda: box() is not None and box().isVisible() and len(box().lines) >= 3,
                  "the supervisor's follow-up on the result screen")
    lines = [label.text() for label in box().lines]
    d.expect(lines[0].startswith("Case: Follow-up"), f"the case status: {lines}")
    d.expect(any(": declined (" in line and "— No place for a boy" in line for line in lines),
             f"the declined referral and why: {lines}")
    d.expect(any("foster place" in line for line in lines), f"the note: {lines}")
    viewport = main.result.page_area.viewport()
    d.expect(box().mapTo(viewport, QPoint(0, 0)).y() + 40 < viewport.height(),
             "the follow-up is in view without scrolling")
    d.shot("laptop-result-outcome")
    yield from quit_app(d)
