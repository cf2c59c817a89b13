"""The database thread: jobs off the GUI thread, callbacks back on it, in order, errors typed."""

from __future__ import annotations

import errno
import threading

import pytest
from pytestqt.qtbot import QtBot

from fieldapp.errors import FieldappError
from fieldapp.vault.database import DiskFull
from ui.tasks import DatabaseThread, ImmediateRunner, Progress, UnexpectedProblem


def test_jobs_run_on_one_other_thread_and_report_in_order(qtbot: QtBot) -> None:
    runner = DatabaseThread()
    seen: list[tuple[int, str]] = []
    callback_threads: set[str] = set()
    gui = threading.current_thread().name

    def job(n: int) -> tuple[int, str]:
        return n, threading.current_thread().name

    def done(result: tuple[int, str]) -> None:
        callback_threads.add(threading.current_thread().name)
        seen.append(result)

    for n in range(20):
        runner.submit(lambda n=n: job(n), done)
    qtbot.waitUntil(lambda: len(seen) == 20, timeout=5000)
    assert [n for n, _ in seen] == list(range(20))
    assert {name for _, name in seen} == {"fieldapp-db"}
    assert callback_threads == {gui}
    assert runner.pending == 0
    runner.shutdown()


def test_failures_arrive_typed(qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    runner = DatabaseThread()
    errors: list[FieldappError] = []

    def disk_full() -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def bug() -> None:
        raise KeyError("boom")

    runner.submit(disk_full, None, errors.append)
    runner.submit(bug, None, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=5000)
    assert isinstance(errors[0], DiskFull)
    assert isinstance(errors[1], UnexpectedProblem)
    assert "KeyError" in capsys.readouterr().err
    runner.shutdown()


def test_busy_signal_brackets_the_work(qtbot: QtBot) -> None:
    runner = DatabaseThread()
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    release = threading.Event()
    runner.submit(lambda: release.wait(5))
    runner.submit(lambda: None)
    assert states == [True]
    release.set()
    qtbot.waitUntil(lambda: states == [True, False], timeout=5000)
    runner.shutdown()


def test_immediate_runner_raises_without_failure_callback() -> None:
    runner = ImmediateRunner()
    results: list[int] = []
    runner.submit(lambda: 3, results.append)
    assert results == [3]
    with pytest.raises(DiskFull):
        runner.submit(lambda: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full")))


def test_progress_is_a_plain_cancel_flag(qtbot: QtBot) -> None:
    progress = Progress()
    reports: list[tuple[int, int]] = []
    progress.changed.connect(lambda done, total: reports.append((done, total)))
    progress.report(1, 4)
    assert reports == [(1, 4)] and not progress.cancelled()
    progress.cancel()
    assert progress.cancelled()
