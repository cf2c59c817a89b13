"""The conflict dialog over a real conflict: two versions of one revision from one laptop,
compared, one kept with a reason (audited), then the resolution undone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fieldapp.paths import VaultPaths
from fieldapp.vault import audit
from tests.core.test_conflicts import _export, _restored_version
from tests.core.test_sync_service_support import PASSWORD, Office, make_office
from ui.gateway import VaultGateway
from ui.supervisor.conflict_dialog import ConflictDialog
from ui.supervisor.workspace import SupervisorWorkspace
from ui.tasks import ImmediateRunner


@pytest.fixture
def clash(tmp_path: Path) -> Iterator[tuple[Office, str]]:
    office = make_office(tmp_path, laptops=1)
    done = office.record(0, 1)
    first = _export(office)
    office.boss().import_files([first])
    office.boss().import_files([_restored_version(office, first, {"site": "Gate 9"},
                                                  sequence=2)])
    yield office, done.reference
    office.close()


@pytest.fixture
def gateway(clash: tuple[Office, str]) -> Iterator[VaultGateway]:
    office, _reference = clash
    office.supervisor.lock()
    gate = VaultGateway(VaultPaths(office.root / "supervisor"), ImmediateRunner())

    def fail(error: Exception) -> None:
        raise error

    gate.unlock("chief", PASSWORD, lambda _account: None, fail)
    yield gate
    gate.lock()


def _events(gateway: VaultGateway) -> list[str]:
    found: list[list[str]] = []
    gateway.run(lambda v: [e.event for e in audit.entries(v.connection)], found.append)
    return found[0]


def test_keep_a_version_with_a_reason_then_undo(
        clash: tuple[Office, str], gateway: VaultGateway, qtbot: QtBot,
        qtmodeltester: ModelTester, monkeypatch: pytest.MonkeyPatch) -> None:
    _office, reference = clash
    workspace = SupervisorWorkspace(gateway)
    qtbot.addWidget(workspace)
    workspace.refresh()
    workspace.filters.conflict.setCurrentIndex(workspace.filters.conflict.findData(True))
    assert workspace.review.model.rowCount() == 1
    assert workspace.review.model.row_at(0).has_conflict
    workspace.open_case(reference)
    assert workspace.case_view.conflict_button.isEnabled()

    dialog = ConflictDialog(gateway, reference, 1, {"site": "Site"}, workspace)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.versions)
    qtmodeltester.check(dialog.diff)
    assert dialog.versions.rowCount() == 2
    assert dialog.versions_table.currentIndex().row() == 1  # the version not shown
    assert [(c.field, c.after) for c in dialog.diff._rows] == [("site", "Gate 9")]
    assert dialog.diff.index(0, 0).data() == "\u2068Site\u2069"

    shown: list[object] = []
    monkeypatch.setattr("ui.supervisor.conflict_dialog.show_problem",
                        lambda _parent, error: shown.append(error))
    dialog.keep_button.click()  # no reason yet
    assert shown and "why" in str(shown[0])
    dialog.reason.setText("the later visit corrected the gate")
    with qtbot.waitSignal(dialog.changed):
        dialog.keep_button.click()
    assert "conflict_resolved" in _events(gateway)
    assert dialog.undo_button.isEnabled() and not dialog.keep_button.isEnabled()
    assert "the later visit corrected the gate" in dialog.summary.text()
    with qtbot.waitSignal(dialog.changed):
        dialog.undo_button.click()
    assert "conflict_resolution_undone" in _events(gateway)
    assert dialog.keep_button.isEnabled() or dialog.versions_table.currentIndex().row() == 1
    workspace.clear()
