"""End-to-end set-up: a real X server (Xvfb) with a window manager (openbox) per test session,
and :func:`run_journey`, which starts the real app as a child process through its entry point
with one journey driving it (see ``launcher.py`` and ``driver.py``).

Without Xvfb or openbox the journeys skip with the reason, except when ``CI=true``: CI installs
them, so a missing one there is a failure, never a silent skip.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

SCREEN = "1366x768x24"
TOOLS = ("Xvfb", "openbox", "xdotool")
JOURNEY_TIMEOUT_S = 180
# Lines on stderr that say nothing about the app: the X server's keyboard map, printed by
# xkbcommon for keys Xvfb's default map lacks.
HARMLESS = (
    re.compile(r"^xkbcommon: "),
)



def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def _missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@dataclass(frozen=True)
class XServer:
    display: str


def _wait_for_wm(display: str, deadline: float) -> None:
    # openbox sets _NET_SUPPORTING_WM_CHECK on the root window once it manages windows.
    while time.monotonic() < deadline:
        found = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
                               capture_output=True, text=True, check=False,
                               env={**os.environ, "DISPLAY": display})
        if "window id" in found.stdout:
            return
        time.sleep(0.1)
    raise RuntimeError("openbox did not start")


@pytest.fixture(scope="session")
def x_server() -> Iterator[XServer]:
    missing = _missing_tools() + ([] if shutil.which("xprop") else ["xprop"])
    if missing:
        reason = "end-to-end tests need " + ", ".join(missing) + " (Debian: xvfb openbox " \
                 "xdotool x11-utils)"
        if _in_ci():
            pytest.fail(reason + "; CI=true, so this is a failure")
        pytest.skip(reason)
    read, write = os.pipe()
    # FIELDAPP_E2E_DISPLAY (":NN") pins the display; otherwise Xvfb picks a free one.
    pinned = [os.environ["FIELDAPP_E2E_DISPLAY"]] if os.environ.get("FIELDAPP_E2E_DISPLAY") \
        else []
    xvfb = subprocess.Popen(
        ["Xvfb", *pinned, "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten", "tcp",
         "-noreset"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        xvfb.kill()
        pytest.fail("Xvfb did not report a display number")
    display = f":{number}"
    wm = subprocess.Popen(["openbox"], env={**os.environ, "DISPLAY": display},
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for_wm(display, time.monotonic() + 15)
        yield XServer(display)
    finally:
        for process in (wm, xvfb):
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@dataclass(frozen=True)
class Outcome:
    returncode: int
    stdout: str
    stderr: str

    def problems(self) -> list[str]:
        return [line for line in self.stderr.splitlines()
                if line.strip() and not any(p.search(line) for p in HARMLESS)]


def run_journey(server: XServer, home: Path, journey: str, *args: str, scale: int = 100,
                stdin: str | None = None, env: dict[str, str] | None = None) -> Outcome:
    """Run ``python -X faulthandler -m tests.e2e.launcher JOURNEY ARGS`` on ``server`` and
    fail the test on a crash, a non-zero exit, anything on stderr, or an unfinished journey."""
    home.mkdir(parents=True, exist_ok=True)
    child_env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(_runtime_dir(home)),
        "TMPDIR": str(_tmp_dir(home)),
        "LANG": "C.UTF-8",
        "DISPLAY": server.display,
        "QT_QPA_PLATFORM": "xcb",
        "PYTHONFAULTHANDLER": "1",
        "PYTHONPATH": str(REPO_ROOT),
        "FIELDAPP_DATA_DIR": str(home / "vault"),
        "FIELDAPP_E2E_SCALE": str(scale),
        "FIELDAPP_E2E_SHOTS": os.environ.get("FIELDAPP_E2E_SHOTS", ""),
        # Only accounts made by the journeys themselves: the fast key stretching of the tests.
        "FIELDAPP_INSECURE_TEST_KDF": "1",
        **(env or {}),
    }
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-m", "tests.e2e.launcher", journey, *args],
        cwd=REPO_ROOT, env=child_env, input=stdin, capture_output=True, text=True,
        timeout=JOURNEY_TIMEOUT_S, check=False)
    outcome = Outcome(done.returncode, done.stdout, done.stderr)
    took = time.monotonic() - started
    report = (f"journey {journey} at {scale} % ({took:.1f} s), exit {done.returncode}\n"
              f"--- stdout ---\n{done.stdout}\n--- stderr ---\n{done.stderr}")
    assert done.returncode == 0, report
    assert f"E2E PASSED {journey}" in done.stdout, report
    assert not outcome.problems(), report
    return outcome


def _runtime_dir(home: Path) -> Path:
    path = home / "runtime"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def _tmp_dir(home: Path) -> Path:
    path = home / "tmp"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture(params=[100, 175], ids=["scale100", "scale175"])
def scale(request: pytest.FixtureRequest) -> int:
    return int(request.param)
