"""One answer saved through the app's path, against a bare sqlcipher3 insert+commit.

The app saves an answer through ``InterviewService.save_writes`` (ui/interview/saver.py), not
through the repository function alone, so that is what is timed here: an ordinary question,
and a question tagged ``fa:role = person_name`` (whose answer also updates the name the case
list searches). The repository function ``vault.interviews.save_answers`` is timed too, and
the baseline is a bare ``BEGIN IMMEDIATE; INSERT OR REPLACE; COMMIT`` of the same row on a
connection with the same pragmas. All four are interleaved round by round in one run (in a
rotating order), so their ratios hold on a noisy machine. Every save is committed
(``synchronous = FULL``).
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.table import BenchRow, median, percentile
from fieldapp.paths import VaultPaths
from fieldapp.services.form_library import vault_library
from fieldapp.services.interviews import InterviewService, role_path
from fieldapp.services.session import create_vault
from fieldapp.vault import interviews
from fieldapp.vault.database import open_database
from fieldapp.vault.kdf import FLOOR_PARAMS

ROUNDS = 500
TARGET = 1.2


def run() -> list[BenchRow]:
    with tempfile.TemporaryDirectory(dir=Path.cwd(), prefix=".bench-") as work:
        vault = create_vault(VaultPaths(Path(work) / "vault"), user="bench",
                             password="bench password, long enough", params=FLOOR_PARAMS)
        try:
            return _measure(vault, Path(work))
        finally:
            vault.lock()


def _measure(vault: object, work: Path) -> list[BenchRow]:
    from fieldapp.services.session import Vault

    assert isinstance(vault, Vault)
    service = InterviewService(vault, vault_library(vault))
    opened = service.start("rapid_screening", language="en", site="Bench site")
    form, interview_id = opened.form, opened.record.id
    name_path = role_path(form, "person_name")
    assert name_path is not None
    plain = next(q.ref for q in form.questions.values()
                 if q.kind == "text" and q.bind_attributes.get("fa:role") is None)
    bare = open_database(work / "bare.db", vault.key, create=True)
    bare.execute("CREATE TABLE answers (interview_id INTEGER, path TEXT, value TEXT,"
                 " updated_at TEXT, PRIMARY KEY (interview_id, path)) WITHOUT ROWID")

    def bare_insert(index: int) -> None:
        bare.execute("BEGIN IMMEDIATE")
        bare.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?)",
                     (1, plain, f'"answer {index}"',
                      datetime.now(UTC).isoformat(timespec="milliseconds")))
        bare.execute("COMMIT")

    def repository(index: int) -> None:
        interviews.save_answers(vault.connection, interview_id, [(plain, f"answer {index}")])

    def app_plain(index: int) -> None:
        service.save_writes(interview_id, form, ((plain, f"answer {index}"),), {}, None)

    def app_role(index: int) -> None:
        service.save_writes(interview_id, form, ((name_path, f"Person {index}"),), {}, None)

    timed: dict[str, Callable[[int], None]] = {
        "bare": bare_insert, "repository": repository, "plain": app_plain, "role": app_role}
    samples: dict[str, list[float]] = {name: [] for name in timed}
    names = list(timed)
    for index in range(ROUNDS):
        # Each round in another order, so no path always follows the same neighbour.
        for name in names[index % len(names):] + names[:index % len(names)]:
            function = timed[name]
            start = time.perf_counter()
            function(index)
            samples[name].append((time.perf_counter() - start) * 1000)
    bare.close()
    base = median(samples["bare"])
    rows = [BenchRow("bare sqlcipher insert+commit (median)", base, "ms", "", None,
                     f"p95 {percentile(samples['bare'], 0.95):.2f} ms; baseline")]
    labels = {
        "repository": ("answer saved by vault.interviews.save_answers", None),
        "plain": ("answer saved through InterviewService (the app's path)", TARGET),
        "role": ("role-tagged answer (person_name) through InterviewService", TARGET),
    }
    for name, (label, target) in labels.items():
        value = median(samples[name])
        ratio = value / base
        rows.append(BenchRow(f"{label} (median)", value, "ms", "", None,
                             f"p95 {percentile(samples[name], 0.95):.2f} ms"))
        rows.append(BenchRow(f"{label} / bare insert", ratio, "x",
                             f"<= {target}x" if target else "",
                             ratio <= target if target else None, f"{ROUNDS} rounds"))
    ratio = median(samples["plain"]) / median(samples["repository"])
    rows.append(BenchRow("InterviewService / vault.interviews.save_answers", ratio, "x", "",
                         None, "what the service adds to the repository"))
    return rows
