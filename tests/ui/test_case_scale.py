"""The case list over many interviews: opens at once, searches fast, loads only what is seen.

The default run uses 5,000 interviews; the ``slow`` run holds the 100,000-interview targets
(open under a second, search under 100 ms on the database thread; the benchmark measures the
same with ``python -m benchmarks app``).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldapp.demo import add_scale_interviews
from fieldapp.paths import VaultPaths
from fieldapp.services import caselist
from fieldapp.services.caselist import PAGE_SIZE
from fieldapp.services.session import create_vault
from tests.conftest import ADMIN, ADMIN_PASSWORD
from ui.cases.panel import CaseListPanel
from ui.gateway import VaultGateway
from ui.tasks import DatabaseThread


def _vault(tmp_path: Path, count: int) -> VaultPaths:
    paths = VaultPaths(tmp_path / "vault")
    with create_vault(paths, user=ADMIN, password=ADMIN_PASSWORD, role="supervisor") as vault:
        add_scale_interviews(vault.connection, count)
        caselist.refresh_search_index(vault.connection)
    return paths


def _measure(tmp_path: Path, qtbot: QtBot, count: int) -> tuple[float, float, CaseListPanel]:
    gateway = VaultGateway(_vault(tmp_path, count), DatabaseThread())
    unlocked: list[object] = []
    gateway.unlock(ADMIN, ADMIN_PASSWORD, unlocked.append, lambda e: None)
    qtbot.waitUntil(lambda: bool(unlocked), timeout=10_000)
    panel = CaseListPanel(gateway)
    qtbot.addWidget(panel)
    panel.show()
    start = time.perf_counter()
    panel.show_cases(None)
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == PAGE_SIZE, timeout=10_000)
    opened = time.perf_counter() - start
    qtbot.waitUntil(lambda: panel.model.total == count, timeout=10_000)
    start = time.perf_counter()
    panel.search.setText("S-0000-0042")
    panel._apply_filters()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1, timeout=10_000)
    searched = time.perf_counter() - start
    # Scrolling to the bottom fetches one more page, not everything.
    panel.search.clear()
    panel._apply_filters()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == PAGE_SIZE, timeout=10_000)
    panel.table.scrollToBottom()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 2 * PAGE_SIZE, timeout=10_000)
    qtbot.wait(100)
    assert panel.proxy.rowCount() == 2 * PAGE_SIZE
    gateway.lock()
    gateway.runner.shutdown()
    return opened, searched, panel


def test_case_list_over_five_thousand(tmp_path: Path, qtbot: QtBot) -> None:
    opened, searched, _panel = _measure(tmp_path, qtbot, 5_000)
    assert opened < 1.0 and searched < 1.0


@pytest.mark.slow
def test_case_list_over_one_hundred_thousand(tmp_path: Path, qtbot: QtBot) -> None:
    opened, searched, _panel = _measure(tmp_path, qtbot, 100_000)
    assert opened < 1.0, f"opening took {opened:.3f} s"
    assert searched < 0.1, f"searching took {searched:.3f} s"
