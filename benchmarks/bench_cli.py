"""Command-line start-up: ``fieldapp --version`` and ``--help`` against a bare Python start.

Each command runs as a new process, as a user or a script runs it, ROUNDS times, interleaved
with ``python -c pass`` so the three share the machine's load; the figure is the median wall
time. The target (0.15 s) holds because building the parser imports no service, vault, form
engine or PDF library (tests/core/test_cli_startup.py holds the cause). When a frozen build
(``dist/fieldapp``, from build_installer.spec) or a wheel (``dist/*.whl``) is present, their
start-up and sizes are reported too.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.table import BenchRow, median

ROUNDS = 15
TARGET_SECONDS = 0.15
REPO = Path(__file__).resolve().parents[1]
FROZEN = REPO / "dist" / "fieldapp"


def _fieldapp() -> list[str]:
    """The installed ``fieldapp`` script beside this Python, else ``python -m fieldapp``."""
    script = Path(sys.executable).parent / ("fieldapp.exe" if os.name == "nt" else "fieldapp")
    return [str(script)] if script.exists() else [sys.executable, "-m", "fieldapp"]


def _wall(command: Sequence[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def _time_all(commands: dict[str, list[str]]) -> dict[str, float]:
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():  # one warm-up each: the file cache, not the code
        _wall(command)
    for _round in range(ROUNDS):
        for name, command in commands.items():
            samples[name].append(_wall(command))
    return {name: median(values) for name, values in samples.items()}


def _size_mib(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 2**20
    # Symbolic links (PyInstaller links libraries into the top folder) are not counted twice.
    return sum(p.stat().st_size for p in path.rglob("*")
               if p.is_file() and not p.is_symlink()) / 2**20


def run() -> list[BenchRow]:
    fieldapp = _fieldapp()
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "fieldapp --version": [*fieldapp, "--version"],
        "fieldapp --help": [*fieldapp, "--help"],
    }
    frozen = FROZEN / ("fieldapp.exe" if os.name == "nt" else "fieldapp")
    if frozen.exists():
        commands["frozen: fieldapp --version"] = [str(frozen), "--version"]
    medians = _time_all(commands)
    bare = medians["python -c pass"]
    rows = [BenchRow("cli: python -c pass (baseline)", bare, "s", "", None,
                     f"median of {ROUNDS}")]
    for name in ("fieldapp --version", "fieldapp --help"):
        seconds = medians[name]
        rows.append(BenchRow(f"cli: {name}", seconds, "s", f"< {TARGET_SECONDS:g} s",
                             seconds < TARGET_SECONDS,
                             f"{seconds / bare:.1f}x python -c pass; median of {ROUNDS}"))
    if frozen.exists():
        seconds = medians["frozen: fieldapp --version"]
        rows.append(BenchRow("cli: frozen fieldapp --version", seconds, "s", "", None,
                             f"{seconds / bare:.1f}x python -c pass"))
        rows.append(BenchRow("frozen folder size (dist/fieldapp)", _size_mib(FROZEN), "MiB"))
    for wheel in sorted((REPO / "dist").glob("fieldapp-*.whl")):
        rows.append(BenchRow(f"wheel size ({wheel.name})", _size_mib(wheel), "MiB"))
    return rows
