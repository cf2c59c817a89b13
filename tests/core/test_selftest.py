"""``fieldapp selftest``: every step passes on a complete installation, a gap fails it.

The desktop-app step needs Qt and is run in tests/ui/test_selftest_window.py.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from fieldapp import cli
from fieldapp.services import selftest
from fieldapp.services.selftest import SelfTest, StepResult, run_selftest


def test_every_step_passes_and_nothing_is_left(tmp_path: Path) -> None:
    work = tmp_path / "work"
    results = list(SelfTest(work, gui=False).run())
    assert [r.name for r in results] == ["shipped files", "vault", "interview", "referral",
                                         "enrollment", "bundle", "clean up"]
    assert all(r.ok for r in results), [r.line() for r in results]
    assert not work.exists()


def test_the_command_prints_one_line_per_step(monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert cli.main(["selftest", "--no-gui"]) == 0
    out = capsys.readouterr().out
    steps = [line for line in out.splitlines() if re.match(r"^(ok  |FAIL) ", line)]
    assert len(steps) == 7 and all(line.startswith("ok   ") for line in steps), out
    assert out.rstrip().endswith("All steps passed.")


def test_a_missing_form_fails_with_one_line_and_exit_1(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "installed" / "forms"
    empty.mkdir(parents=True)
    monkeypatch.setattr(selftest, "forms_dir", lambda: empty)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    assert cli.main(["selftest", "--no-gui"]) == 1
    out = capsys.readouterr().out
    assert "FAIL shipped files: missing from the installation: forms/rapid_screening.xlsx" in out
    assert "Traceback" not in out
    assert out.rstrip().endswith("The self-test failed (see above).")
    # The throwaway folder is removed after a failure too.
    assert not list(tmp_path.glob("fieldapp-selftest-*"))


def test_a_failing_step_stops_the_run_and_cleans_up(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: SelfTest) -> str:
        raise OSError("disk full")

    monkeypatch.setattr(SelfTest, "record_interview", broken)
    seen: list[StepResult] = []
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    assert run_selftest(seen.append, gui=False) is False
    assert [(r.name, r.ok) for r in seen] == [("shipped files", True), ("vault", True),
                                              ("interview", False)]
    assert seen[-1].line().startswith("FAIL interview: disk full")
    assert not list(tmp_path.glob("fieldapp-selftest-*"))
