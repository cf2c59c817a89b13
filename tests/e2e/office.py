"""A fictional office for the supervisor's journeys, set up as docs/supervisor.md sets one up.

:func:`build_office` runs the ``fieldapp`` commands of the documentation (``init``,
``enrollment create``/``apply``, ``device register``, ``sync status``, ``bundle export``) in
this process, through :func:`fieldapp.cli.main` with the passwords on standard input, as a
shell script pipes them. Two laptops record interviews of the rapid screening form from its
test scenarios through the service ``interview record`` calls, with the laptop's clock set
back so that they spread over the last weeks (the command dates them now, and reads the form
again for each one). The child's referral is recorded as the referral screen records the
document it makes, and the child's interview gets a second revision as the result screen's
"Correct" makes one (the command line has neither with a past date). One bundle is then sent
again in a second version, as a laptop restored from an old backup sends it, so the
supervisor has a conflict to resolve. Every name, place and answer is fictional.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fieldapp.cli import main
from fieldapp.paths import VaultPaths
from fieldapp.services.interviews import InterviewService, VaultFormStore
from fieldapp.services.session import unlock_vault
from fieldapp.sync import SyncRecord, read_bundle
from fieldapp.sync import write_bundle as format_write_bundle
from fieldapp.vault import interviews, referrals, sync_store
from fieldapp.vault.migrations import LATEST_VERSION
from fieldapp.vault.sync_outbox import INTERVIEW_KIND
from fieldapp.xlsform import FormLibrary
from tests.conftest import REPO_ROOT

SUPERVISOR_PASSWORD = "supervisor passphrase"
LAPTOP_PASSWORD = "laptop passphrase"
CHILD_SERVICE = ("port-east-childrens-services", "Port East Children's Services (sample)",
                 "child_protection")
# The interviews were made over the last weeks, one every DAYS_APART days, the first
# FIRST_DAYS_AGO days ago; the child's referral a day after its interview, so it has waited
# longer than the 14 days of the waiting list.
FIRST_DAYS_AGO = 60
DAYS_APART = 3
# Scenarios of forms/rapid_screening.tests.json: (name starts with, how many per laptop).
# Twelve adults of one kind over two laptops make cells of 11 or more in the aggregate.
MIX = (("adult labour case", 6), ("child case", 2), ("no indicators", 2))


class CommandFailed(AssertionError):
    pass


def fieldapp(data_dir: Path, user: str, *args: str, stdin: str) -> str:
    """``fieldapp --data-dir DIR --user USER --password-stdin ARGS`` with ``stdin``."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--data-dir", str(data_dir), "--user", user, "--password-stdin",
                         *args])
    finally:
        sys.stdin = saved
    if code != 0 or err.getvalue():
        raise CommandFailed(f"fieldapp {' '.join(args)}: exit {code}\n{err.getvalue()}")
    return out.getvalue()


def _value(printed: str, label: str) -> str:
    for line in printed.splitlines():
        if line.startswith(label):
            return line[len(label):].strip()
    raise CommandFailed(f"{label!r} not printed:\n{printed}")


def scenario_answers(name: str) -> dict[str, Any]:
    scenarios = json.loads((REPO_ROOT / "forms" / "rapid_screening.tests.json")
                           .read_text(encoding="utf-8"))["scenarios"]
    found = next(s for s in scenarios if s["name"].startswith(name))
    return dict(found["answers"])


@dataclass(frozen=True)
class Office:
    root: Path
    supervisor: Path  # data dir
    laptops: tuple[Path, ...]  # data dirs, accounts "amira" and "jonas"
    inbox: Path  # the laptops' first bundles
    late: Path  # a bundle sent again by a laptop restored from a backup
    stick: Path  # the enrollment and registration files; updates go here later
    child_reference: str  # a child case of laptop 1, referred, then corrected (2 revisions)
    conflict_reference: str  # a case of laptop 2 received in two versions


OFFICERS = ("amira", "jonas")
SITES = ("Central bus station, gate 3", "Northern border crossing")


def build_office(root: Path) -> Office:
    os.environ["FIELDAPP_INSECURE_TEST_KDF"] = "1"  # fictional accounts only
    stick, inbox, late = root / "stick", root / "inbox", root / "late"
    for folder in (stick, inbox, late):
        folder.mkdir(parents=True, exist_ok=True)
    supervisor = root / "supervisor"
    sup = SUPERVISOR_PASSWORD + "\n"
    fieldapp(supervisor, "chief", "init", "--role", "supervisor", stdin=sup)
    fieldapp(supervisor, "chief", "enrollment", "create", "--out", str(stick),
             "--organisation", "Example Outreach (fictional)", "--directory",
             str(REPO_ROOT / "resources" / "referral_directory.csv"), stdin=sup)
    code = _value(fieldapp(supervisor, "chief", "sync", "status", stdin=sup),
                  "supervisor fingerprint")
    [enrollment] = stick.glob("*.fse")
    laptops: list[Path] = []
    references: dict[str, list[str]] = {}
    for number, officer in enumerate(OFFICERS, start=1):
        data = root / f"laptop{number}"
        lap = LAPTOP_PASSWORD + "\n"
        fieldapp(data, officer, "init", stdin=lap)
        registration = root / f"registration{number}"
        registration.mkdir()
        fieldapp(data, officer, "enrollment", "apply", str(enrollment), "--fingerprint", code,
                 "--label", f"Laptop {number}", "--out", str(registration), stdin=lap)
        laptop_code = _value(fieldapp(data, officer, "sync", "status", stdin=lap),
                             "device fingerprint")
        [made] = registration.glob("*.fsd")
        fieldapp(supervisor, "chief", "device", "register", str(made), "--fingerprint",
                 laptop_code, stdin=sup)
        references[officer] = _record(data, officer, SITES[number - 1])
        laptops.append(data)
    child = references["amira"][6]
    _refer_and_revise(laptops[0], "amira", child)
    for number, (data, officer) in enumerate(zip(laptops, OFFICERS, strict=True), start=1):
        out = root / f"sent{number}"
        out.mkdir()
        fieldapp(data, officer, "bundle", "export", "--out", str(out),
                 stdin=LAPTOP_PASSWORD + "\n")
        for bundle in out.glob("*.fsb"):
            shutil.copy(bundle, inbox / bundle.name)
            os.utime(inbox / bundle.name, (time.time() - 60,) * 2)  # settled on the drive
    conflict = _restored_version(supervisor, laptops[1], "jonas", root / "sent2", late)
    return Office(root, supervisor, tuple(laptops), inbox, late, stick, child, conflict)


class DayClock:
    """The laptop's clock on a past day (each reading a millisecond later)."""

    def __init__(self, days_ago: float) -> None:
        self.now = datetime.now(UTC).replace(microsecond=0) - timedelta(days=days_ago)

    def __call__(self) -> datetime:
        self.now += timedelta(milliseconds=1)
        return self.now


def _record(data: Path, user: str, site: str) -> list[str]:
    """The interviews of :data:`MIX`, entered as ``fieldapp interview record`` enters them
    (the same service call) but on past days, in one session: the command would read the form
    again for each one, which costs seconds apiece."""
    vault = unlock_vault(VaultPaths(data), user=user, password=LAPTOP_PASSWORD)
    library = FormLibrary(VaultFormStore(lambda: vault.connection))
    made: list[str] = []
    try:
        for name, count in MIX:
            for _ in range(count):
                clock = DayClock(FIRST_DAYS_AGO - DAYS_APART * len(made))
                service = InterviewService(vault, library, clock=clock)
                made.append(service.record_answers(
                    "rapid_screening", {**scenario_answers(name), "site": site}).reference)
        return made
    finally:
        vault.lock()


def _refer_and_revise(data: Path, user: str, reference: str) -> None:
    """The child's referral, recorded as the referral screen records the document it makes,
    the day after the interview; then a second revision with the age corrected, as the
    officer's "Correct" makes it."""
    vault = unlock_vault(VaultPaths(data), user=user, password=LAPTOP_PASSWORD)
    try:
        record = interviews.get_by_reference(vault.connection, reference)
        made = datetime.fromisoformat(record.created_at)
        days_ago = (datetime.now(UTC) - made).total_seconds() / 86400 - 1
        service_id, name, kind = CHILD_SERVICE
        referrals.add_referral(vault.connection, interview_id=record.id,
                               service_id=service_id, service_name=name, service_type=kind,
                               language="en", encrypted=True, created_by=user,
                               clock=DayClock(days_ago))
        library = FormLibrary(VaultFormStore(lambda: vault.connection))
        service = InterviewService(vault, library, clock=DayClock(days_ago - 0.5))
        opened = service.begin_revision(reference, "The age was noted wrongly.")
        path = next(p for p in opened.session.answers() if p.rsplit("/", 1)[-1] == "age_years")
        service.save(opened, opened.session.answer(path, 14))
        service.finalise(opened)
    finally:
        vault.lock()


def _restored_version(supervisor: Path, data: Path, user: str, sent: Path,
                      out: Path) -> str:
    """Laptop 2's first interview again, same revision, another age: a conflict."""
    [bundle] = sent.glob("*.fsb")
    lap = unlock_vault(VaultPaths(data), user=user, password=LAPTOP_PASSWORD)
    boss = unlock_vault(VaultPaths(supervisor), user="chief", password=SUPERVISOR_PASSWORD)
    try:
        device = sync_store.load_device_identity(lap.connection)
        identity = sync_store.load_supervisor_identity(boss.connection)
        assert device is not None and identity is not None
        known = sync_store.known_devices(boss.connection)
        received = read_bundle(bundle.read_bytes(), known_devices=known, supervisor=identity)
        first = next(r for r in received.records if r.kind == INTERVIEW_KIND)
        body = dict(first.body)
        content = dict(body["content"])
        content["values"] = {**content["values"], "age_years": 41}
        body["content"] = content
        again = SyncRecord(first.kind, first.uuid, first.revision, device.device_id, body)
        (out / "restored.fsb").write_bytes(format_write_bundle(
            [again], device=device, sequence=2, recipients=identity.public_keys(),
            app_version="test", schema_version=LATEST_VERSION))
        return str(body["reference"])
    finally:
        lap.lock()
        boss.lock()
