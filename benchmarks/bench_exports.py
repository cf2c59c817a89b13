"""Export figures on a supervisor vault of 100,000 interviews: each kind, time and memory.

The vault holds real interviews: complete scenarios of both shipped forms are finalised through
the interview service (form engine included), then copied to 100,000 finalised interviews with
other fictional people (gender, age, citizenship, names, dates), as an import leaves them: an
``interviews`` row and its revision. Each export then runs as a user runs it, one
``fieldapp export KIND`` process each (unlock included, Argon2id at the floor parameters), and
its wall time, CPU time and peak resident memory (``wait4``) are measured; the CPU time
includes the export's helper processes (reading and compressing, fieldapp.exports.reader and
zip_helper), the memory is the export process's. On a shared machine the wall time moves with
the load; the CPU time is the work itself. Personal-data kinds are
encrypted to an age recipient, as they are by default.

The machine these run on is shared, so a figure alone says little: with
``FIELDAPP_BENCH_EXPORTS_BASELINE=SOURCE:VAULT`` (a checkout of the code to compare with, e.g.
``git archive`` of main, and a copy of the vault at its schema) each kind also runs with that
code on that vault right before the current one, and the row shows both CPU times.
"""

from __future__ import annotations

import copy
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyrage

from benchmarks.table import BenchRow
from fieldapp.paths import VaultPaths, forms_dir
from fieldapp.services.interviews import InterviewService, VaultFormStore
from fieldapp.services.session import Vault, create_vault
from fieldapp.vault.database import transaction
from fieldapp.vault.kdf import FLOOR_PARAMS
from fieldapp.xlsform import FormLibrary

INTERVIEWS = 100_000
USER = "chief"
PASSWORD = "benchmark supervisor passphrase"
SECONDS = 20.0
MEGABYTES = 500.0
KINDS = (("csv", "cases.zip"), ("xlsx", "cases.xlsx"), ("htcds", "records.json"),
         ("htcds", "records.zip"), ("openrosa", "briefcase.zip"), ("aggregate", "stats.csv"))
_GENDERS = ("Feminine", "Masculine", "TransgenderFeminine", "NonConforming",
            "NonSpecifiedUnknown")
_COUNTRIES = ("MD", "NG", "VN", "UA", "RO", "AL", "ET", "PH", "BR", "IN")
_NAMES = ("Alex", "Sam", "Noor", "Luca", "Mira", "Tomas", "Ines", "Yara", "Jonas", "Lea")


def _seed_interviews(vault: Vault) -> None:
    library = FormLibrary(VaultFormStore(lambda: vault.connection), builtin_dir=forms_dir())
    service = InterviewService(vault, library)
    for form in ("full_screening", "rapid_screening"):
        data = json.loads((forms_dir() / f"{form}.tests.json").read_text(encoding="utf-8"))
        chosen = [s for s in data["scenarios"] if s["expect"].get("complete") is True][:5]
        for scenario in chosen:
            service.record_answers(form, scenario["answers"], language=scenario.get("lang"))


def _copies(vault: Vault, count: int) -> int:
    """``count`` finalised interviews copied from the seeds; returns the bytes of content."""
    connection = vault.connection
    seeds = connection.execute(
        "SELECT i.form_id, i.form_version, i.result_level, r.content FROM interviews i"
        " JOIN interview_revisions r ON r.interview_id = i.id AND r.revision = i.revision"
    ).fetchall()
    parsed = [(f, v, level, json.loads(content)) for f, v, level, content in seeds]
    rng = random.Random(13)
    start = datetime(2025, 1, 1, 8, 0, tzinfo=UTC)
    size = 0
    next_id = int(connection.execute("SELECT max(id) FROM interviews").fetchone()[0]) + 1
    batch_rows: list[tuple[Any, ...]] = []
    batch_revisions: list[tuple[Any, ...]] = []

    def flush() -> None:
        with transaction(connection):
            connection.executemany(
                "INSERT INTO interviews (id, uuid, reference, form_id, form_version, language,"
                " site, interviewer, status, revision, result_level, created_at, updated_at,"
                " finalised_at) VALUES (?, ?, ?, ?, ?, 'en', ?, ?, 'finalised', 1, ?, ?, ?, ?)",
                batch_rows)
            connection.executemany(
                "INSERT INTO interview_revisions (interview_id, revision, content, reason,"
                " author, created_at) VALUES (?, 1, ?, '', ?, ?)", batch_revisions)
        batch_rows.clear()
        batch_revisions.clear()

    for n in range(count):
        form_id, version, level, content = rng.choice(parsed)
        content = copy.deepcopy(content)
        values = content["values"]
        values["gender"] = rng.choice(_GENDERS)
        values["citizenship"] = [rng.choice(_COUNTRIES)]
        values["age_years"] = rng.randint(8, 70)
        values["instanceID"] = f"uuid:{uuid.uuid4()}"
        for key in ("name_or_alias", "given_name"):
            if key in values:
                values[key] = f"{rng.choice(_NAMES)} {n}"
        when = (start + timedelta(minutes=5 * n)).isoformat(timespec="milliseconds")
        officer = f"officer{n % 50:02d}"
        text = json.dumps(content, ensure_ascii=False)
        size += len(text)
        batch_rows.append((next_id + n, str(uuid.uuid4()), f"B-{n:06d}", form_id, version,
                           f"Site {n % 40}", officer, level, when, when, when))
        batch_revisions.append((next_id + n, text, officer, when))
        if len(batch_rows) >= 5000:
            flush()
    flush()
    return size


def _export(data_dir: Path, kind: str, out: Path, recipient: Path,
            source: Path | None = None) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak MB of one ``fieldapp export`` process.

    ``source``: run the code of that checkout instead of this one.
    """
    protect = [] if kind == "aggregate" else ["--recipient", str(recipient)]
    env = {**os.environ, "PYTHONPATH": str(source)} if source is not None else None
    command = [sys.executable, "-m", "fieldapp", "--data-dir", str(data_dir), "--user", USER,
               "--password-stdin", "export", kind, "--out", str(out), *protect]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, env=env,
                               cwd=source if source is not None else None)
    assert process.stdin is not None and process.stderr is not None
    process.stdin.write(PASSWORD + "\n")
    process.stdin.close()
    said = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"export {kind} failed: {said}")
    # ru_maxrss is in KiB on Linux.
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def run() -> list[BenchRow]:
    rows: list[BenchRow] = []
    with tempfile.TemporaryDirectory(dir=Path.cwd(), prefix=".bench-") as folder:
        work = Path(folder)
        # FIELDAPP_BENCH_EXPORTS_VAULT names a vault folder to keep between runs (made once).
        kept = os.environ.get("FIELDAPP_BENCH_EXPORTS_VAULT")
        paths = VaultPaths(Path(kept) if kept else work / "vault")
        if not paths.exists():
            started = time.perf_counter()
            with create_vault(paths, user=USER, password=PASSWORD, role="supervisor",
                              params=FLOOR_PARAMS, vault_role="supervisor") as vault:
                _seed_interviews(vault)
                size = _copies(vault, INTERVIEWS - 10)
            build = time.perf_counter() - started
            rows.append(BenchRow("exports: vault of 100,000 interviews built", build, "s",
                                 "-", None, f"{size / 2**20:,.0f} MiB of revision JSON"))
        identity = pyrage.x25519.Identity.generate()
        recipient = work / "supervisor.pub"
        recipient.write_text(f"{identity.to_public()}\n", encoding="utf-8")
        baseline = os.environ.get("FIELDAPP_BENCH_EXPORTS_BASELINE")
        base_source, _, base_vault = (baseline or "").partition(":")
        for kind, name in KINDS:
            out = work / name
            written = out if kind == "aggregate" else out.with_name(out.name + ".age")
            before = ""
            if baseline:
                base_wall, base_cpu, _ = _export(Path(base_vault), kind, out, recipient,
                                                 Path(base_source))
                before = f" (baseline: {base_cpu:.1f} s of CPU, {base_wall:.0f} s wall)"
                written.unlink()
            seconds, cpu, megabytes = _export(paths.data_dir, kind, out, recipient)
            file_mb = written.stat().st_size / 2**20
            label = f"exports: {kind} ({name.rsplit('.', 1)[1]}), 100,000 interviews"
            rows.append(BenchRow(label, seconds, "s", f"< {SECONDS:.0f} s", seconds < SECONDS,
                                 f"{file_mb:,.1f} MiB file; {cpu:.1f} s of CPU{before}"))
            rows.append(BenchRow(f"{label}: peak memory", megabytes, "MB",
                                 f"< {MEGABYTES:.0f} MB", megabytes < MEGABYTES,
                                 "whole process, unlock included"))
            written.unlink()
    return rows
