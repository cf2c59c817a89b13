"""Case-list search at 100,000 interviews: a vault filled by the demo generator and one filled by
sync import, every kind of search an officer types, each beside the bare count of its rows.

A search here is what the case list runs for it: the first page and the count of matching rows
(``caselist.fetch_page`` and ``caselist.count_cases``, newest first, sharing one
``SearchMatches`` as the case list's page source does), on an unlocked vault's connection. The
imported vault is filled as a supervisor's is: 100 bundles of 1,000 interview revisions from
one laptop through ``BundleImporter`` (its row order, ids and references are those of an
import: references grouped by bundle, ids in arrival order), which is not the order the demo
generator writes. Each search runs three times; the rows give the p95 over all of them (wall
and CPU) and the slowest kind. The baseline, measured right after each search, is the bare
count of the same matches on its index alone (``SELECT count(*) ... WHERE reference >= ? AND
reference < ?`` for a reference, ``... interviews_fts MATCH ?`` for words): the least any
search can do.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import bench_sync
from benchmarks.table import BenchRow, median, percentile
from fieldapp.demo import FAMILY_NAMES, FIRST_NAMES
from fieldapp.services import caselist
from fieldapp.services.case_search import SearchMatches
from fieldapp.services.session import Vault
from fieldapp.services.sync import SupervisorSync
from fieldapp.sync import DeviceIdentity, read_registration, write_registration
from fieldapp.vault import sync_store
from fieldapp.vault.database import Connection

SCALE = 100_000
RUNS = 3
TARGET_MS = 50.0
Search = tuple[str, str]  # (kind, text)


def _names() -> list[Search]:
    searches = [("name and family name", f"{FIRST_NAMES[n]} {FAMILY_NAMES[n % 5]}")
                for n in range(3)]
    searches += [("first name", FIRST_NAMES[n]) for n in range(4, 7)]
    searches += [("two letters", "Mi"), ("two letters", "Ce"), ("one letter", "J"),
                 ("site words", "Eastern border")]
    return searches


def _demo_searches() -> list[Search]:
    return [("whole reference", "S-0004-0001"), ("reference, lower case", "s-0004-0002"),
            ("reference prefix, 10,000 rows", "S-0007"),
            ("reference prefix, 10 rows", "S-0009-123"), *_names()]


def _imported_searches() -> list[Search]:
    return [("whole reference", "R-0042-0001"), ("reference, lower case", "r-0042-0002"),
            ("reference prefix, 10,000 rows", "R-001"),
            ("reference prefix, 1,000 rows", "R-0077"),
            ("reference prefix, 10 rows", "R-0009-012"), *_names()]


def _demo_vault(folder: Path) -> Vault:
    from fieldapp.demo import add_scale_interviews

    vault = bench_sync._vault(folder, sync_store.SUPERVISOR, "chief")
    add_scale_interviews(vault.connection, SCALE)
    return vault


def _imported_vault(folder: Path) -> Vault:
    vault = bench_sync._vault(folder / "vault", sync_store.SUPERVISOR, "chief")
    device = DeviceIdentity.generate()
    registration = read_registration(
        write_registration(device, label="Laptop 1", created_at=bench_sync._START))
    sync_store.register_device(vault.connection, registration, now="2026-03-02",
                               accepted_by="chief")
    paths = bench_sync._bundles(folder, vault, device)
    report = SupervisorSync(vault).importer().import_files(paths)
    assert report.interviews_shown == SCALE, report.to_json()["totals"]
    return vault


def _timed(action: Callable[[], object], cpu: list[float] | None = None) -> float:
    """Wall seconds of ``action``; its CPU seconds go to ``cpu``."""
    start, processor = time.perf_counter(), time.process_time()
    action()
    if cpu is not None:
        cpu.append(time.process_time() - processor)
    return time.perf_counter() - start


def _bare_count(connection: Connection, text: str) -> object:
    """The count of the search's matches on its index alone: the least a search can do."""
    prefix = caselist.reference_prefix(text)
    if prefix is not None:
        return connection.execute(
            "SELECT count(*) FROM interviews WHERE reference >= ? AND reference < ?",
            (prefix, prefix + "\U0010ffff")).fetchone()
    return connection.execute(
        "SELECT count(*) FROM interviews_fts WHERE interviews_fts MATCH ?",
        (caselist.search_expression(text),)).fetchone()


def _search_rows(label: str, connection: Connection, searches: list[Search]) -> list[BenchRow]:
    caselist.refresh_search_index(connection)
    samples: dict[str, list[float]] = {}
    cpu: list[float] = []
    bare: list[float] = []
    index_alone: list[float] = []
    for _run in range(RUNS):
        for kind, text in searches:
            query = caselist.CaseQuery(text=text)

            def search(query: caselist.CaseQuery = query) -> object:
                # As the case list's page source: a fresh search, its count and first page.
                matches = SearchMatches()
                return (caselist.fetch_page(connection, query, matches=matches),
                        caselist.count_cases(connection, query, matches))

            samples.setdefault(f"{kind} ({text})", []).append(_timed(search, cpu))
            alone = _timed(lambda text=text: _bare_count(connection, text))
            index_alone.append(alone)
            if "10,000" in kind:
                bare.append(alone)
    every = [value for values in samples.values() for value in values]
    p95 = percentile(every, 0.95) * 1000
    slowest, worst = max(samples.items(), key=lambda item: median(item[1]))
    prefix_kind = next(name for name in samples if "10,000" in name)
    prefix_ms = median(samples[prefix_kind]) * 1000
    return [
        BenchRow(f"search p95, {label} ({len(searches)} searches x {RUNS})", p95, "ms",
                 f"< {TARGET_MS:.0f} ms", p95 < TARGET_MS,
                 f"median {median(every) * 1000:.1f} ms, CPU p95 {percentile(cpu, 0.95) * 1000:.1f}"
                 f" ms; slowest kind: {slowest} {median(worst) * 1000:.1f} ms; baseline, the "
                 f"bare count on the index alone: p95 {percentile(index_alone, 0.95) * 1000:.1f}"
                 " ms, same run"),
        BenchRow(f"search {prefix_kind}, {label}, median", prefix_ms, "ms",
                 f"< {TARGET_MS:.0f} ms", prefix_ms < TARGET_MS,
                 f"bare count of the same prefix on the reference index "
                 f"{median(bare) * 1000:.1f} ms, same run"),
    ]


def run() -> list[BenchRow]:
    rows: list[BenchRow] = []
    with tempfile.TemporaryDirectory(dir=Path.cwd(), prefix=".bench-") as folder:
        work = Path(folder)
        for label, build, searches in (
                ("demo generator vault", _demo_vault, _demo_searches()),
                ("vault filled by sync import", _imported_vault, _imported_searches())):
            place = work / label.split()[0]
            place.mkdir()
            vault = build(place)
            try:
                rows += _search_rows(label, vault.connection, searches)
            finally:
                vault.lock()
    return rows
