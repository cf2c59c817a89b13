"""Forms compiled once: ``form check``, a referral through the service and ``fieldapp referral``.

Rows, each beside a baseline measured in the same run, interleaved round by round:

- ``fieldapp form check forms/rapid_screening.xlsx`` as a new process, with the compiled-form
  cache holding the form (unchanged workbook) and with an empty cache (what every run cost
  before the cache), against ``python -c pass``.
- a referral rendered and encrypted through ``services.referrals.make_referral`` in a process
  whose form library is cold (no form in memory, as the CLI or the app's first referral),
  reading the form's conversion from the disk cache, against rendering and encrypting the
  same request directly (the bare cost of the document).
- ``fieldapp referral REF --service ID --out FILE --encrypt``, the whole process, against
  ``fieldapp referrals list REF`` (the same start-up, unlock and vault opening, no form and
  no PDF) and ``python -c pass``.

Child processes get a bytecode cache (PYTHONPYCACHEPREFIX in the run's folder) as an installed
app has; the vault's slot uses the floor key-derivation parameters (64 MiB, t=3).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.bench_cli import _fieldapp
from benchmarks.table import BenchRow, median
from fieldapp.paths import VaultPaths, forms_dir
from fieldapp.services import form_library, referrals
from fieldapp.services.form_library import vault_library
from fieldapp.services.interviews import InterviewService
from fieldapp.services.session import Vault, create_vault
from fieldapp.xlsform import cache as form_cache

PROCESS_ROUNDS = 7
SERVICE_ROUNDS = 15
USER, PASSWORD = "bench", "bench password, long enough"
SERVICE = "national-referral-office"


def _scenario_answers() -> dict[str, object]:
    import json

    scenarios = json.loads((forms_dir() / "rapid_screening.tests.json")
                           .read_text(encoding="utf-8"))["scenarios"]
    found = next(s for s in scenarios if s["name"].startswith("adult labour case"))
    return dict(found["answers"])


def _wall(command: Sequence[str], env: dict[str, str], stdin: str | None = None,
          cpu: list[float] | None = None) -> float:
    """Wall seconds of one run; its CPU seconds (user + system) go to ``cpu``."""
    before = os.times()
    start = time.perf_counter()
    subprocess.run(command, input=stdin, text=True, env=env, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = os.times()
    if cpu is not None:  # children's times (0 where the platform does not count them)
        cpu.append(after.children_user - before.children_user
                   + after.children_system - before.children_system)
    return wall


def run() -> list[BenchRow]:
    with tempfile.TemporaryDirectory(dir=Path.cwd(), prefix=".bench-") as folder:
        work = Path(folder)
        previous = form_cache.use_compiled_forms(
            form_cache.CompiledForms(form_cache.ConversionStore(work / "cache" / "forms")))
        try:
            vault = create_vault(VaultPaths(work / "vault"), user=USER, password=PASSWORD,
                                 params=_floor())
            try:
                reference = InterviewService(vault, vault_library(vault)).record_answers(
                    "rapid_screening", _scenario_answers()).reference
                rows = _service_rows(vault, reference, work)
            finally:
                vault.lock()
            rows += _process_rows(work, reference)
        finally:
            form_cache.use_compiled_forms(previous)
    return rows


def _floor() -> object:
    from fieldapp.vault.kdf import FLOOR_PARAMS

    return FLOOR_PARAMS


def _service_rows(vault: Vault, reference: str, work: Path) -> list[BenchRow]:
    store = form_cache.ConversionStore(work / "cache" / "forms")
    _record, request = referrals._request(
        vault, reference, SERVICE, "en", reason="", urgency=None, officer_name=None,
        organisation=None, library=None, created_at=vault.clock())
    from fieldapp.referral import encrypt_pdf, generate_passphrase, render_referral

    encrypt_pdf(render_referral(request), generate_passphrase())  # fonts, once per process
    bare: list[float] = []
    service: list[float] = []
    cold: list[float] = []
    cpu_bare: list[float] = []
    cpu_service: list[float] = []
    for index in range(SERVICE_ROUNDS):
        start, processor = time.perf_counter(), time.process_time()
        encrypt_pdf(render_referral(request), generate_passphrase())
        bare.append(time.perf_counter() - start)
        cpu_bare.append(time.process_time() - processor)

        form_cache.use_compiled_forms(form_cache.CompiledForms(store))  # nothing in memory
        form_library._LIBRARIES.clear()
        start, processor = time.perf_counter(), time.process_time()
        referrals.make_referral(vault, reference, SERVICE, "en", True)
        service.append(time.perf_counter() - start)
        cpu_service.append(time.process_time() - processor)

        if index < 3:  # no disk cache either: what every first referral of a process cost
            form_cache.use_compiled_forms(form_cache.CompiledForms(None))
            form_library._LIBRARIES.clear()
            start = time.perf_counter()
            referrals.make_referral(vault, reference, SERVICE, "en", True)
            cold.append(time.perf_counter() - start)
    form_cache.use_compiled_forms(form_cache.CompiledForms(store))
    base, through = median(bare) * 1000, median(service) * 1000
    cpu_base, cpu_through = median(cpu_bare) * 1000, median(cpu_service) * 1000
    return [
        BenchRow("referral render + encrypt, bare (median)", base, "ms", "", None,
                 f"baseline: the same request, no service; CPU {cpu_base:.0f} ms"),
        BenchRow("referral through the service, cold library, cached form (median)", through,
                 "ms", "< 150 ms", through < 150,
                 f"{through / base:.2f}x bare; CPU {cpu_through:.0f} ms; "
                 f"{SERVICE_ROUNDS} rounds"),
        BenchRow("referral through the service, no cache at all (median)",
                 median(cold) * 1000, "ms", "", None, "pyxform converts the form; 3 rounds"),
    ]


def _process_rows(work: Path, reference: str) -> list[BenchRow]:
    fieldapp = _fieldapp()
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    env["FIELDAPP_CACHE_DIR"] = str(work / "cache")
    workbook = str(forms_dir() / "rapid_screening.xlsx")
    unlock = ["--data-dir", str(work / "vault"), "--user", USER, "--password-stdin"]
    commands = {
        "bare": ([sys.executable, "-c", "pass"], None),
        "check": ([*fieldapp, "form", "check", workbook], None),
        "list": ([*fieldapp, *unlock, "referrals", "list", reference], PASSWORD + "\n"),
    }
    names = (*commands, "cold", "referral")
    samples: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    for command, stdin in commands.values():  # warm-up: bytecode, file cache, form cache
        _wall(command, env, stdin)
    for index in range(PROCESS_ROUNDS):
        for name, (command, stdin) in commands.items():
            samples[name].append(_wall(command, env, stdin, cpu[name]))
        empty = dict(env, FIELDAPP_CACHE_DIR=str(work / f"empty-{index}"))
        samples["cold"].append(_wall([*fieldapp, "form", "check", workbook], empty, None,
                                     cpu["cold"]))
        out = work / f"referral-{index}.pdf"
        samples["referral"].append(_wall(
            [*fieldapp, *unlock, "referral", reference, "--service", SERVICE, "--out",
             str(out), "--encrypt"], env, PASSWORD + "\n", cpu["referral"]))
    wall = {name: median(values) for name, values in samples.items()}
    used = {name: median(values) for name, values in cpu.items()}
    bare = wall["bare"]

    def note(name: str) -> str:
        return f"CPU {used[name]:.2f} s; {wall[name] / bare:.1f}x python -c pass"

    return [
        BenchRow("process: python -c pass (baseline)", bare, "s", "", None,
                 f"CPU {used['bare']:.2f} s; median of {PROCESS_ROUNDS}"),
        BenchRow("fieldapp form check rapid_screening.xlsx, unchanged (cache hit)",
                 wall["check"], "s", "< 0.3 s", wall["check"] < 0.3, note("check")),
        BenchRow("fieldapp form check rapid_screening.xlsx, empty cache", wall["cold"], "s",
                 "", None, f"pyxform runs; {note('cold')}"),
        BenchRow("fieldapp referrals list REF (unlock, no form, baseline)", wall["list"], "s",
                 "", None, note("list")),
        BenchRow("fieldapp referral REF --encrypt, whole process", wall["referral"], "s",
                 "< 0.6 s", wall["referral"] < 0.6,
                 f"{wall['referral'] - wall['list']:+.2f} s over referrals list; "
                 + note("referral")),
    ]
