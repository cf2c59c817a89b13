"""Run the benchmarks and print a table: ``python -m benchmarks [NAME ...]``.

Each ``benchmarks/bench_<name>.py`` exposes ``run() -> list[BenchRow]``. Naming some modules
(``vault``, ``forms``...) runs only those. Figures are recorded in docs/performance.md.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

from benchmarks.table import BenchRow, render


def main(argv: list[str]) -> int:
    folder = Path(__file__).parent
    names = sorted(
        info.name.removeprefix("bench_")
        for info in pkgutil.iter_modules([str(folder)])
        if info.name.startswith("bench_")
    )
    wanted = argv or names
    rows: list[BenchRow] = []
    for name in wanted:
        module = importlib.import_module(f"benchmarks.bench_{name}")
        print(f"running {name} ...", file=sys.stderr, flush=True)
        rows.extend(module.run())
    print(render(rows))
    return 1 if any(row.passed is False for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
