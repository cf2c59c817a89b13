"""Every command in README.md and docs/*.md runs as written, in order.

The ``sh`` and ``bash`` blocks of each page are joined into one script (plain ````` blocks are
synopses with ``[OPTIONS]``, not commands) and run by bash with ``-euo pipefail`` in a fresh
folder: one failing command fails the page. What the reader would type is run unchanged, with
three allowances, all explicit below:

- commands that open a window, set up the checkout, run the whole test suite or the
  benchmarks, rewrite the translation sources, or build and install the wheel or the frozen
  app (which .ci/run does, and self-tests) are not run (:data:`NOT_RUN`);
- absolute ``/tmp/`` paths point into the test's folder, so runs never collide or find the
  previous run's vault;
- the folder holds ``forms`` and ``resources`` (links to the repository's), as the repository
  root does, and ``answers.json``, the one input a reader brings: a paper form's answers
  (the first scenario shipped beside the rapid screening form).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

PAGES = [REPO_ROOT / "README.md", *sorted((REPO_ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"^```(?:sh|bash)\n(.*?)^```", re.S | re.M)

# Commands left out, by how they start (after joining continued lines).
NOT_RUN = (
    "python3 -m venv .venv",          # set-up of a checkout; the first one also opens the app
    ".venv/bin/ruff check",           # the lint run of CI
    ".venv/bin/python -m pytest",     # the whole or the slow test suite
    ".venv/bin/python -m benchmarks", # minutes of benchmarks
    ".venv/bin/pyinstaller",          # the frozen build: CI builds it
    ".venv/bin/npm ci",               # ODK's engines for tests/conformance: CI installs them
    ".venv/bin/pyside6-lupdate",      # rewrites resources/translations/*.ts
    ".venv/bin/pyside6-linguist",     # opens Qt Linguist
    "for l in fr es ar; do .venv/bin/pyside6-lrelease",  # rewrites the .qm files
    "dist/fieldapp/fieldapp-gui",     # opens the app
    # docs/install.md: the frozen build and the wheel, which .ci/run builds and self-tests
    "QT_QPA_PLATFORM=offscreen dist/fieldapp/fieldapp selftest",
    "python3 -m venv ~/fieldapp-venv",
    "~/fieldapp-venv/bin/fieldapp selftest",
)


def _opens_the_app(command: str) -> bool:
    """``fieldapp`` alone (with options but no sub-command) opens the desktop app."""
    words = command.split("#", 1)[0].split()
    return words in (["fieldapp"], ["fieldapp", "--demo"]) or (
        bool(words) and words[-1] == "fieldapp-gui")


def _commands(text: str) -> list[str]:
    """Logical commands: continued lines joined, comments and blank lines kept out."""
    commands: list[str] = []
    pending = ""
    for line in text.splitlines():
        if not pending and (not line.strip() or line.lstrip().startswith("#")):
            continue
        pending += line
        if line.endswith("\\"):
            pending += "\n"
            continue
        commands.append(pending)
        pending = ""
    if pending:
        commands.append(pending)
    return commands


def script_of(page: Path) -> tuple[list[str], list[str]]:
    """The commands of ``page`` to run, and those left out."""
    run: list[str] = []
    skipped: list[str] = []
    for block in BLOCK.findall(page.read_text(encoding="utf-8")):
        for command in _commands(block):
            stripped = command.strip()
            if _opens_the_app(stripped) or stripped.startswith(NOT_RUN):
                skipped.append(stripped)
            else:
                run.append(command)
    return run, skipped


def _work_folder(tmp_path: Path) -> Path:
    work = tmp_path / "work"
    work.mkdir()
    (tmp_path / "tmp").mkdir()
    (tmp_path / "home").mkdir()
    for name in ("forms", "resources"):
        (work / name).symlink_to(REPO_ROOT / name, target_is_directory=True)
    scenarios = json.loads((REPO_ROOT / "forms" / "rapid_screening.tests.json").read_text(
        encoding="utf-8"))["scenarios"]
    (work / "answers.json").write_text(json.dumps(scenarios[0]["answers"]), encoding="utf-8")
    return work


@pytest.mark.skipif(shutil.which("bash") is None, reason="the docs' commands are bash")
@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_the_commands_of_the_page_run_in_order(page: Path, tmp_path: Path) -> None:
    commands, _ = script_of(page)
    if not commands:
        pytest.skip(f"{page.name} has no command to run")
    work = _work_folder(tmp_path)
    script = "\n".join(commands).replace("/tmp/", f"{tmp_path}/tmp/")
    env = {key: value for key, value in os.environ.items() if not key.startswith("FIELDAPP_")}
    env.update({
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
        "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "home" / "data"),
        "TMPDIR": str(tmp_path / "tmp"),
        # Key slots made here use the fast test derivation (an explicit, test-only setting).
        "FIELDAPP_INSECURE_TEST_KDF": "1", "QT_QPA_PLATFORM": "offscreen",
    })
    done = subprocess.run(["bash", "-euo", "pipefail", "-x", "-c", script], cwd=work,
                          env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, (
        f"{page.name}: a command failed (exit {done.returncode})\n"
        f"--- trace and errors (last 60 lines)\n"
        + "\n".join(done.stderr.splitlines()[-60:]))


def test_every_left_out_command_is_one_that_must_not_run_here() -> None:
    skipped = [c for page in PAGES for c in script_of(page)[1]]
    assert skipped, "README.md's set-up lines are expected here"
    for command in skipped:
        assert _opens_the_app(command) or command.startswith(NOT_RUN)
    # The README's first command (set-up and the demo app) and its test command are skipped;
    # its vault commands are run.
    readme_run, readme_skipped = script_of(REPO_ROOT / "README.md")
    assert any("init" in c for c in readme_run)
    assert any(c.endswith(".venv/bin/fieldapp --demo") for c in readme_skipped)


def test_commands_are_split_on_continued_lines() -> None:
    text = "# a comment\nfoo \\\n    --bar\n\nbaz # trailing\n"
    assert _commands(text) == ["foo \\\n    --bar", "baz # trailing"]
