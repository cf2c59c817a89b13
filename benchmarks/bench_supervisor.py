"""Supervisor workspace figures at 100,000 imported interviews: review list, dashboard, memory.

A supervisor vault gets 100,000 fictional finalised interviews, each with a revision of about
6 kB (:mod:`benchmarks.supervisor_data`). A fresh app process (offscreen, the real database
thread) signs in, opens Review and measures, each until the result is on screen: the review
list's first page; the dashboard opened for the first time in the session right after that
(every chart drawn from the interviews rows; types of exploitation and means of control
follow as their answers are read in chunks, also timed); the dashboard opened again; filter
changes (site, officer, age group, result, case status, a date range, a conflict filter, a
combination), each until both the list and the dashboard show the new filter; and the
process's resident memory.
The child process is this module run as ``python -m benchmarks.bench_supervisor CHILD DIR``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.table import BenchRow, median, percentile

PASSWORD = "benchmark passphrase"
USER = "chief"
SCALE = 100_000
REPO = Path(__file__).resolve().parents[1]


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO),
            "FIELDAPP_INSECURE_TEST_KDF": "1"}


def scale_vault(data_dir: Path, count: int = SCALE) -> Path:
    from benchmarks.supervisor_data import add_imported_interviews
    from fieldapp.paths import VaultPaths
    from fieldapp.services.session import create_vault

    with create_vault(VaultPaths(data_dir), user=USER, password=PASSWORD, role="supervisor",
                      vault_role="supervisor") as vault:
        for batch in range(count // 10_000 or 1):
            add_imported_interviews(vault.connection, min(count, 10_000), seed=batch)
    return data_dir


def run() -> list[BenchRow]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["FIELDAPP_INSECURE_TEST_KDF"] = "1"
    with tempfile.TemporaryDirectory(dir=Path.cwd(), prefix=".bench-") as work:
        # FIELDAPP_BENCH_SUPERVISOR_VAULT names a vault folder kept between runs (made once).
        kept = os.environ.get("FIELDAPP_BENCH_SUPERVISOR_VAULT")
        data_dir = Path(kept) if kept else Path(work) / "supervisor"
        if not (data_dir / "keystore.json").exists():
            scale_vault(data_dir)
        result = subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_supervisor", "workspace", str(data_dir)],
            capture_output=True, text=True, env=_env(), cwd=REPO, timeout=900, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"supervisor benchmark failed: {result.stderr[-2000:]}")
        data: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    changes = data["filter_changes"]
    p95 = percentile(changes, 0.95)
    return [
        BenchRow("review list first page, 100,000 interviews", data["list_open"] * 1000, "ms",
                 "< 1000 ms", data["list_open"] < 1.0),
        BenchRow("dashboard open, first in the session, right after the list",
                 data["dashboard_open"] * 1000, "ms", "< 2000 ms", data["dashboard_open"] < 2.0,
                 f"exploitation and control complete after {data['answers_read']:.1f} s"),
        BenchRow("dashboard open again", data["dashboard_reopen"] * 1000, "ms", "< 2000 ms",
                 data["dashboard_reopen"] < 2.0),
        BenchRow(f"filter change p95, list and dashboard ({len(changes)} changes)", p95 * 1000,
                 "ms", "< 300 ms", p95 < 0.3,
                 f"median {median(changes) * 1000:.0f} ms, slowest {max(changes) * 1000:.0f} ms"),
        BenchRow("resident memory, workspace with dashboard at 100,000", data["rss"], "MB",
                 "< 500 MB", data["rss"] < 500),
    ]


# -- the child process ----------------------------------------------------------------------

def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _wait(app: Any, done: Any, timeout: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not finish in time")
        app.processEvents()
        time.sleep(0.0005)


def _workspace(data_dir: Path) -> dict[str, Any]:
    from fieldapp.services.case_filter import AgeGroup, CaseFilter
    from fieldapp.vault.case_states import CaseStatus
    from ui.app import application, build_window

    app = application()
    window = build_window(data_dir)
    window.resize(1366, 768)
    window.show()
    window.unlock.password.setText(PASSWORD)
    window.unlock._on_submit()
    _wait(app, lambda: window.stack.currentWidget() is window.cases)
    _wait(app, lambda: window.gateway.runner.pending == 0)
    workspace = window.workspace
    review = workspace.review
    dashboard = workspace.dashboard
    shown: list[Any] = []
    dashboard.numbers_shown.connect(shown.append)
    start = time.perf_counter()
    window.show_review()
    _wait(app, lambda: review.model.rowCount() > 0)
    list_open = time.perf_counter() - start
    # The supervisor turns to the dashboard as soon as the list is there: whatever is left of
    # the rows read ahead is part of the wait.
    start = time.perf_counter()
    workspace.tabs.setCurrentWidget(dashboard)
    _wait(app, lambda: bool(shown))
    dashboard_open = time.perf_counter() - start
    _wait(app, lambda: dashboard.numbers is not None and dashboard.numbers.complete, 300)
    answers_read = time.perf_counter() - start
    _wait(app, lambda: window.gateway.runner.pending == 0)

    workspace.tabs.setCurrentWidget(review)
    shown.clear()
    start = time.perf_counter()
    workspace.tabs.setCurrentWidget(dashboard)
    _wait(app, lambda: bool(shown))
    dashboard_reopen = time.perf_counter() - start
    _wait(app, lambda: window.gateway.runner.pending == 0)

    filters = [
        CaseFilter(sites=frozenset({"North port ferry terminal"})),
        CaseFilter(officers=frozenset({"officer07"})),
        CaseFilter(age_groups=frozenset({AgeGroup.CHILD})),
        CaseFilter(result_levels=frozenset({"refer_now"})),
        CaseFilter(case_statuses=frozenset({CaseStatus.ACTIVE})),
        CaseFilter(created_from=date(2025, 3, 1), created_to=date(2025, 5, 31)),
        CaseFilter(has_conflict=False),
        CaseFilter(sites=frozenset({"Airport arrivals hall"}), officers=frozenset({"officer03"}),
                   age_groups=frozenset({AgeGroup.ADULT})),
        CaseFilter(),
    ]
    changes = []
    totals: list[int] = []
    review.model.total_changed.connect(totals.append)
    for case_filter in filters * 2:
        shown.clear()
        totals.clear()
        start = time.perf_counter()
        workspace._on_filters_filter_changed(case_filter)
        _wait(app, lambda: bool(shown) and bool(totals) and (
            review.model.rowCount() > 0 or totals[-1] == 0))
        changes.append(time.perf_counter() - start)
        _wait(app, lambda: window.gateway.runner.pending == 0)
    rss = _rss_mb()
    window.shut_down()
    return {"list_open": list_open, "dashboard_open": dashboard_open,
            "answers_read": answers_read, "dashboard_reopen": dashboard_reopen,
            "filter_changes": changes, "rss": rss}


if __name__ == "__main__":
    children = {"workspace": _workspace}
    print(json.dumps(children[sys.argv[1]](Path(sys.argv[2]))))
