"""Sync figures on real vaults: export 1,000 interviews; import 100,000 from 100 bundles.

Export: a laptop vault enrolled with a supervisor holds 1,000 finalised interviews (fictional,
40 answers each, about 3 KB of JSON with their named values, a quarter of them free text); the
figure is one ``LaptopSync.export`` call: reading the revisions and their facts through the
pinned form, building and signing the records, encryption, the atomic write, the read-back
check and the export state. Import: a supervisor vault imports 100 bundles of 1,000 interview
revisions from one enrolled laptop through ``BundleImporter``, end to end: reading, every
check, decryption, the ledger, the receipt and the interviews shown in the case list, one
transaction per bundle, from the files until the case list counts all 100,000. The baseline is
a bare sqlcipher3 ``executemany`` of the same records (uuid, revision, kind, device, hash,
line) into a table without indexes, one transaction per bundle. Both run three times,
interleaved (each import into a copy of the same empty supervisor vault); the rows give the
medians, with the CPU seconds of each side and the load average: the machine is shared, and
a loaded run stretches the wall times, the import's most (it works on both cores: the
importer and its reading helper process).
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.table import BenchRow, median
from fieldapp.demo import FAMILY_NAMES, FIRST_NAMES, SITES
from fieldapp.paths import VaultPaths, resource_path
from fieldapp.services import caselist
from fieldapp.services.session import Vault, create_vault, unlock_vault
from fieldapp.services.sync import LaptopSync, SupervisorSync
from fieldapp.sync import (
    DeviceIdentity,
    RetentionPolicy,
    SupervisorIdentity,
    SyncRecord,
    read_bundle,
    read_registration,
    write_bundle,
    write_registration,
)
from fieldapp.vault import interviews, revisions, sync_store
from fieldapp.vault.database import open_database, transaction
from fieldapp.vault.kdf import FLOOR_PARAMS
from fieldapp.xlsform import FormLibrary

EXPORT_INTERVIEWS = 1000
BUNDLES = 100
PER_BUNDLE = 1000
RUNS = 3
ANSWERS = 40
_CHOICES = ("yes", "no", "unknown", "declined")
# Free-text answers drawn from a vocabulary, so bundles compress like real ones (about 4:1),
# not like repeated strings.
_WORDS = tuple(f"{a}{b}" for a in ("ka", "lo", "mi", "tu", "re", "sa", "ne", "po", "di", "fu")
               for b in ("ran", "tel", "mos", "bik", "dun", "per", "lis", "gov", "zet", "hum",
                         "vak", "nor", "pil", "sud", "wex", "qua", "bry", "tok", "jam", "cel"))
_START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def _answer(rng: random.Random, n: int) -> Any:
    if n % 4 == 0:
        return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 8)))
    if n % 4 == 1:
        return rng.randint(0, 999)
    return rng.choice(_CHOICES)


def _content(rng: random.Random, form: tuple[str, str]) -> dict[str, Any]:
    """An interview as the interview service finalises it: answer rows and named values."""
    answers = {f"/data/section_{n // 8}/q_{n}": _answer(rng, n) for n in range(ANSWERS)}
    return {
        "interview": {"format": "fieldapp-interview", "format_version": 1,
                      "form_id": form[0], "form_version": form[1], "language": "English (en)",
                      "position": None, "history": [], "answers": answers},
        "values": {path.rsplit("/", 1)[1]: value for path, value in answers.items()},
    }


def _clock(start: datetime) -> Callable[[], datetime]:
    ticks = iter(range(10**9))
    return lambda: start + timedelta(milliseconds=next(ticks))


def _password(user: str) -> str:
    return f"{user} benchmark pass"


def _vault(folder: Path, role: str, user: str) -> Vault:
    return create_vault(VaultPaths(folder), user=user, password=_password(user),
                        params=FLOOR_PARAMS, vault_role=role)


def _export(work: Path) -> list[BenchRow]:
    stick = work / "stick"
    stick.mkdir()
    supervisor = _vault(work / "supervisor", sync_store.SUPERVISOR, "chief")
    laptop = _vault(work / "laptop", sync_store.LAPTOP, "amira")
    try:
        enrollment, code = SupervisorSync(supervisor).create_enrollment(
            stick, organisation="Benchmark", directory=resource_path("referral_directory.csv"),
            retention=RetentionPolicy(30, True),
        )
        sync = LaptopSync(laptop)
        sync.apply_enrollment(enrollment, fingerprint=code)
        form = next((e.form_id, e.version) for e in FormLibrary().entries()
                    if e.form_id == "rapid_screening")
        rng = random.Random(7)
        clock = _clock(_START)
        with transaction(laptop.connection):
            for _ in range(EXPORT_INTERVIEWS):
                record = interviews.create_interview(
                    laptop.connection, form_id=form[0], form_version=form[1], language="en",
                    interviewer="amira", clock=clock)
                revisions.finalise(laptop.connection, record.id, content=_content(rng, form),
                                   result_level="refer_now", author="amira", clock=clock)
        out = work / "out"
        out.mkdir()
        start = time.perf_counter()
        result = LaptopSync(laptop).export(out)
        seconds = time.perf_counter() - start
        assert result.path is not None and result.interview_revisions == EXPORT_INTERVIEWS
        size = result.path.stat().st_size / 1024
        return [BenchRow("sync: export 1,000 interviews (laptop, one bundle)", seconds, "s",
                         "< 3 s", seconds < 3,
                         f"{result.records:,} records incl. audit, {size:,.0f} KiB file")]
    finally:
        supervisor.lock()
        laptop.lock()


def _bundles(work: Path, supervisor: Vault, device: DeviceIdentity) -> list[Path]:
    keys = sync_store.load_supervisor_identity(supervisor.connection)
    assert keys is not None
    rng = random.Random(11)
    form = ("rapid_screening", "2026112201")
    folder = work / "bundles"
    folder.mkdir()
    paths = []
    for number in range(1, BUNDLES + 1):
        records = []
        for index in range(PER_BUNDLE):
            created = (_START + timedelta(seconds=number * PER_BUNDLE + index)).isoformat()
            body: dict[str, Any] = {
                "reference": f"R-{number:04d}-{index:04d}", "form_id": form[0],
                "form_version": form[1], "language": "en", "interviewer": "amira",
                "created_at": created, "finalised_at": created, "author": "amira",
                "reason": "", "site": SITES[index % len(SITES)], "result_level": "refer_now",
                "person_label": f"{rng.choice(FIRST_NAMES)} {rng.choice(FAMILY_NAMES)}",
                "content": _content(rng, form),
            }
            record_uuid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            records.append(SyncRecord("interview_revision", record_uuid, 1, device.device_id,
                                      body))
        data = write_bundle(records, device=device, sequence=number,
                            recipients=keys.public_keys(), app_version="bench",
                            schema_version=4)
        path = folder / f"{number:03d}.fsb"
        path.write_bytes(data)
        paths.append(path)
    return paths


@dataclass(frozen=True)
class Timing:
    """One measured run: wall seconds, and CPU seconds of this process (all its threads) and
    of the helper processes it waited for."""

    wall: float
    cpu: float
    helper_cpu: float = 0.0


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime)


def _bare_seconds(work: Path, identity: SupervisorIdentity, device: DeviceIdentity,
                  paths: list[Path], run: int) -> Timing:
    known = {device.device_id: device.public_key_bytes}
    bare = open_database(work / f"bare-{run}.db", os.urandom(32), create=True)
    bare.execute("CREATE TABLE records (uuid TEXT, revision INTEGER, kind TEXT,"
                 " device_id TEXT, content_hash TEXT, line BLOB)")
    seconds = cpu = 0.0
    for path in paths:
        bundle = read_bundle(path.read_bytes(), known_devices=known, supervisor=identity)
        rows = [(r.uuid, r.revision, r.kind, r.device_id, r.content_hash, r.wire)
                for r in bundle.records]
        start, processor = time.perf_counter(), time.thread_time()
        bare.execute("BEGIN IMMEDIATE")
        bare.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?)", rows)
        bare.execute("COMMIT")
        seconds += time.perf_counter() - start
        cpu += time.thread_time() - processor
    bare.close()
    return Timing(seconds, cpu)


def _import_seconds(folder: Path, paths: list[Path]) -> Timing:
    """One import, end to end: every file read, checked, recorded and shown."""
    vault = unlock_vault(VaultPaths(folder), user="chief", password=_password("chief"))
    try:
        start, (own, helper) = time.perf_counter(), _cpu()
        report = SupervisorSync(vault).importer().import_files(paths)
        seconds = time.perf_counter() - start
        own_after, helper_after = _cpu()
        assert report.count("imported") == BUNDLES, report.to_json()["totals"]
        assert report.interviews_shown == BUNDLES * PER_BUNDLE, report.interviews_shown
        shown = caselist.count_cases(vault.connection, caselist.CaseQuery())
        assert shown == BUNDLES * PER_BUNDLE, shown
        return Timing(seconds, own_after - own, helper_after - helper)
    finally:
        vault.lock()


def _import(work: Path) -> list[BenchRow]:
    blank = work / "supervisor-in"
    supervisor = _vault(blank, sync_store.SUPERVISOR, "chief")
    try:
        device = DeviceIdentity.generate()
        registration = read_registration(
            write_registration(device, label="Laptop 1", created_at=_START))
        sync_store.register_device(supervisor.connection, registration, now="2026-03-02",
                                   accepted_by="chief")
        identity = sync_store.load_supervisor_identity(supervisor.connection)
        assert identity is not None
        paths = _bundles(work, supervisor, device)
    finally:
        supervisor.lock()
    total = BUNDLES * PER_BUNDLE
    imports: list[Timing] = []
    bares: list[Timing] = []
    load_before = os.getloadavg()[0]
    for run in range(RUNS):  # interleaved, so both sides see the same machine
        bares.append(_bare_seconds(work, identity, device, paths, run))
        copy = work / f"supervisor-{run}"
        shutil.copytree(blank, copy)  # the vault before its import (locked, not live)
        imports.append(_import_seconds(copy, paths))
        shutil.rmtree(copy)
    load = f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after"
    wall, bare_wall = median([t.wall for t in imports]), median([t.wall for t in bares])
    rate, bare_rate = total / wall, total / bare_wall
    cpu = median([t.cpu for t in imports])
    helper = median([t.helper_cpu for t in imports])
    bare_cpu = median([t.cpu for t in bares])
    return [
        BenchRow("sync: import 100,000 interviews from 100 bundles, end to end",
                 rate, "interviews/s", ">= 10,000", rate >= 10_000,
                 f"median of {RUNS}: {wall:.1f} s from the files to the case list"
                 f" (runs {', '.join(f'{total / t.wall:,.0f}' for t in imports)}/s); {load}"),
        BenchRow("sync: bare sqlcipher3 insert of the same records", bare_rate,
                 "records/s", "-", None,
                 f"median of {RUNS}, same run (runs "
                 f"{', '.join(f'{total / t.wall:,.0f}' for t in bares)}/s)"),
        BenchRow("sync: end-to-end import speed / bare insert speed", rate / bare_rate, "x",
                 ">= 0.5", rate / bare_rate >= 0.5),
        BenchRow("sync: import CPU seconds, importer (all threads) + reading helper", cpu + helper,
                 "s", "-", None, f"median of {RUNS}: importer {cpu:.1f} s, helper {helper:.1f} s"
                 f" (while {wall:.1f} s passed)"),
        BenchRow("sync: bare insert CPU seconds", bare_cpu, "s", "-", None,
                 f"median of {RUNS} (while {bare_wall:.1f} s passed)"),
    ]


def run() -> list[BenchRow]:
    with tempfile.TemporaryDirectory(dir=Path.cwd(), prefix=".bench-") as folder:
        work = Path(folder)
        for part in ("export", "import"):
            (work / part).mkdir()
        return _export(work / "export") + _import(work / "import")
