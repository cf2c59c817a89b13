"""Desktop app figures: cold start, page turns, the case list at 100,000 interviews, memory.

Rows: cold start to the unlock window (a fresh process, imports included); page-to-page
navigation p95 on the full screening form (the GUI thread's work: validate, move, render;
saves go to the database thread as in the app); opening the case list and searching it over
100,000 interviews (until the rows are on screen, through the database thread); resident
memory of a fresh app process showing those 100,000 interviews, first page and after
scrolling through every row. Runs offscreen. The child processes are this module run as
``python -m benchmarks.bench_app CHILD DATA_DIR``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.table import BenchRow, median, percentile

PASSWORD = "benchmark passphrase"
USER = "bench"
SCALE = 100_000
PAGE_TURNS = 120
REPO = Path(__file__).resolve().parents[1]


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO),
            "FIELDAPP_INSECURE_TEST_KDF": "1"}


def _child(mode: str, data_dir: Path) -> dict[str, Any]:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_app", mode, str(data_dir)],
        capture_output=True, text=True, env=_env(), cwd=REPO, timeout=600, check=False,
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"benchmark child {mode} failed: {result.stderr[-2000:]}")
    data: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    data["wall"] = elapsed
    return data


def _scale_vault(folder: Path) -> Path:
    from fieldapp.demo import add_scale_interviews
    from fieldapp.paths import VaultPaths
    from fieldapp.services import caselist
    from fieldapp.services.session import create_vault

    data_dir = folder / "scale"
    with create_vault(VaultPaths(data_dir), user=USER, password=PASSWORD,
                      role="supervisor") as vault:
        add_scale_interviews(vault.connection, SCALE)
        caselist.refresh_search_index(vault.connection)
    return data_dir


def run() -> list[BenchRow]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["FIELDAPP_INSECURE_TEST_KDF"] = "1"
    rows: list[BenchRow] = []
    with tempfile.TemporaryDirectory(dir=Path.cwd(), prefix=".bench-") as work:
        folder = Path(work)
        scale = _scale_vault(folder)
        starts = [_child("coldstart", scale)["wall"] for _ in range(3)]
        rows.append(BenchRow("app cold start to unlock window (median of 3)",
                             median(starts) * 1000, "ms", "-", None))
        turns = _child("pages", folder / "pages")
        p95 = percentile(turns["samples"], 0.95) * 1000
        rows.append(BenchRow("page-to-page navigation p95 (full screening)", p95, "ms",
                             "< 50 ms", p95 < 50, f"median {median(turns['samples']) * 1000:.1f}"))
        listing = _child("caselist", scale)
        rows.append(BenchRow("case list open at 100,000 interviews", listing["open"] * 1000,
                             "ms", "< 1000 ms", listing["open"] < 1.0))
        search_p95 = percentile(listing["search"], 0.95)
        rows.append(BenchRow(f"case list search p95 at 100,000 interviews "
                             f"({len(listing['search'])} searches)",
                             search_p95 * 1000, "ms", "< 100 ms", search_p95 < 0.1,
                             f"median {median(listing['search']) * 1000:.0f} ms, "
                             f"slowest {max(listing['search']) * 1000:.0f} ms"))
        rows.append(BenchRow("resident memory, 100,000 interviews listed", listing["rss_open"],
                             "MB", "< 300 MB", listing["rss_open"] < 300))
        rows.append(BenchRow("resident memory, all 100,000 rows scrolled through",
                             listing["rss_all"], "MB", "< 300 MB", listing["rss_all"] < 300))
    return rows


# -- child processes -------------------------------------------------------------------------

def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _wait(app: Any, done: Any, timeout: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not finish in time")
        app.processEvents()
        time.sleep(0.0005)


def _coldstart(data_dir: Path) -> dict[str, Any]:
    from ui.app import application, build_window

    app = application()
    window = build_window(data_dir)
    window.show()
    app.processEvents()
    ready = window.stack.currentWidget() is window.unlock
    window.shut_down()
    return {"ready": ready}


def _signed_in(data_dir: Path) -> tuple[Any, Any]:
    from ui.app import application, build_window

    app = application()
    window = build_window(data_dir)
    window.show()
    window.unlock.password.setText(PASSWORD)
    window.unlock._on_submit()
    _wait(app, lambda: window.stack.currentWidget() is window.cases)
    return app, window


def _pages(data_dir: Path) -> dict[str, Any]:
    from fieldapp.paths import VaultPaths
    from fieldapp.services.session import create_vault

    create_vault(VaultPaths(data_dir), user=USER, password=PASSWORD, role="supervisor").lock()
    app, window = _signed_in(data_dir)
    scenario = json.loads((REPO / "forms" / "full_screening.tests.json").read_text("utf-8"))
    answers = scenario["scenarios"][0]["answers"]
    opened: list[Any] = []
    window.gateway.interviews(lambda s: s.start("full_screening", language="en"), opened.append)
    _wait(app, lambda: bool(opened))
    window._on_opened(opened[0])
    panel = window.interview
    session = opened[0].session
    samples: list[float] = []
    forward = True
    for _ in range(PAGE_TURNS):
        view = session.page_view()
        if view is not None:
            for question in view.questions:
                if question.name in answers and question.value in (None, "", []):
                    panel.saver.save(session.answer(question.path, answers[question.name]))
            panel._render()
        _wait(app, lambda: window.gateway.runner.pending == 0)
        start = time.perf_counter()
        if forward:
            panel.go_next()
        else:
            panel.go_back()
        app.processEvents()
        samples.append(time.perf_counter() - start)
        if session.current_page is None:
            forward = False
        elif not session.history:
            forward = True
    window.shut_down()
    return {"samples": samples}


def _caselist(data_dir: Path) -> dict[str, Any]:
    from fieldapp.services.caselist import PAGE_SIZE

    app, window = _signed_in(data_dir)
    cases = window.cases
    window.show_cases()
    _wait(app, lambda: cases.proxy.rowCount() == PAGE_SIZE and cases.model.total == SCALE)
    cases.clear()
    start = time.perf_counter()
    cases.show_cases(None)
    _wait(app, lambda: cases.proxy.rowCount() == PAGE_SIZE)
    opened = time.perf_counter() - start
    _wait(app, lambda: cases.model.total == SCALE)
    rss_open = _rss_mb()
    from fieldapp.demo import FAMILY_NAMES, FIRST_NAMES

    # What an officer types: a reference read from a paper (whole, or its start), a name and
    # family name, a first name (a tenth of the vault each), the first letters of a name or a
    # site as the pause in typing catches them (a quarter of the vault for one letter).
    texts = [f"S-0004-0{n:03d}" for n in range(4)] + ["s-0007", "S-0009-12"]
    texts += [f"{FIRST_NAMES[n]} {FAMILY_NAMES[n % len(FAMILY_NAMES)]}" for n in range(4)]
    texts += [FIRST_NAMES[n] for n in range(4, 8)]
    texts += ["Mi", "Ce", "J", "Eastern border"]
    searches = []
    for text in texts:
        cases.search.setText(text)
        start = time.perf_counter()
        cases._apply_filters()
        _wait(app, lambda: cases.proxy.rowCount() >= 1)
        searches.append(time.perf_counter() - start)
    cases.search.clear()
    cases._apply_filters()
    _wait(app, lambda: cases.proxy.rowCount() == PAGE_SIZE)
    while cases.model.canFetchMore() or window.gateway.runner.pending:
        if cases.model.canFetchMore():
            cases.model.fetchMore()
        app.processEvents()
    rss_all = _rss_mb()
    loaded = cases.proxy.rowCount()
    window.shut_down()
    return {"open": opened, "search": searches, "rss_open": rss_open, "rss_all": rss_all,
            "loaded": loaded}


if __name__ == "__main__":
    children = {"coldstart": _coldstart, "pages": _pages, "caselist": _caselist}
    print(json.dumps(children[sys.argv[1]](Path(sys.argv[2]))))
