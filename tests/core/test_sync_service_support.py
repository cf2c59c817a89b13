"""Makers shared by the vault-side sync tests: an office of real vaults, interviews, bundles.

:func:`make_office` builds what the sync flow needs on real encrypted vaults (fast test KDF):
a supervisor vault, an enrollment file carrying a small fictional form with ``fa:role`` tags,
and laptops enrolled from it and registered with the supervisor after the fingerprint check.
Time is a :class:`StepClock` the tests move forward, so retention can be tested in days.
:func:`interview_bundle` makes bundles of fictional interview revisions straight from the file
format, for the importer tests that need many of them. No test lives here.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fieldapp.paths import VaultPaths
from fieldapp.services.interviews import InterviewService, VaultFormStore
from fieldapp.services.session import Vault, create_vault
from fieldapp.services.sync import LaptopSync, SupervisorSync
from fieldapp.sync import DeviceIdentity, RetentionPolicy, SupervisorPublicKeys, SyncRecord
from fieldapp.sync import write_bundle as format_write_bundle
from fieldapp.vault.interviews import InterviewRecord
from fieldapp.xlsform import FormLibrary
from tests.conftest import REPO_ROOT

PASSWORD = "office test passphrase"
DIRECTORY = REPO_ROOT / "resources" / "referral_directory.csv"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
MINI_FORM = """\
# A fictional one-page screening for the sync tests.
| survey |
| | type | name | label::English (en) | required | calculation | bind::fa:role |
| | text | site | Place of the screening | yes | | site |
| | text | alias | Name or alias | | | person_name |
| | integer | age | Age | yes | | |
| | select_one level | level_given | Result | yes | | |
| | calculate | result_level | | | ${level_given} | result_level |
| choices |
| | list_name | name | label::English (en) |
| | level | refer_now | Refer now |
| | level | no_indicators | No indicators |
| settings |
| | form_id | version | default_language |
| | sync_mini | 1 | English (en) |
"""


class StepClock:
    """A clock tests move by hand; each reading is one millisecond after the last."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(milliseconds=1)
        return self.now

    def advance(self, *, days: float = 0, seconds: float = 0) -> None:
        self.now += timedelta(days=days, seconds=seconds)


def mini_form(folder: Path) -> Path:
    path = folder / "sync_mini.md"
    if not path.exists():
        path.write_text(MINI_FORM, encoding="utf-8")
    return path


def answers(index: int, *, level: str = "refer_now") -> dict[str, Any]:
    return {"site": f"Gate {index % 4}", "alias": f"Test Person {index}", "age": 20 + index,
            "level_given": level}


@dataclass
class Office:
    """A supervisor and its enrolled, registered laptops, all on real vaults."""

    root: Path
    clock: StepClock
    supervisor: Vault
    laptops: list[Vault] = field(default_factory=list)
    enrollment: Path | None = None
    code: str = ""

    @property
    def stick(self) -> Path:
        path = self.root / "stick"
        path.mkdir(exist_ok=True)
        return path

    def folder(self, name: str) -> Path:
        path = self.root / name
        path.mkdir(exist_ok=True)
        return path

    def boss(self) -> SupervisorSync:
        return SupervisorSync(self.supervisor, clock=self.clock)

    def laptop(self, index: int = 0) -> LaptopSync:
        vault = self.laptops[index]
        return LaptopSync(vault, self.library(vault), clock=self.clock)

    def library(self, vault: Vault) -> FormLibrary:
        return FormLibrary(VaultFormStore(lambda: vault.connection), builtin_dir=self.root)

    def record(self, index: int, number: int, *, level: str = "refer_now") -> InterviewRecord:
        vault = self.laptops[index]
        service = InterviewService(vault, self.library(vault), clock=self.clock)
        return service.record_answers("sync_mini", answers(number, level=level))

    def add_laptop(self, name: str, *, register: bool = True) -> Vault:
        vault = create_vault(VaultPaths(self.root / name), user=name, password=PASSWORD,
                             clock=self.clock)
        self.laptops.append(vault)
        assert self.enrollment is not None
        done = self.laptop(len(self.laptops) - 1).apply_enrollment(
            self.enrollment, fingerprint=self.code, label=name.title(),
            registration_dir=self.folder(f"{name}-registration"),
        )
        if register:
            assert done.registration is not None
            self.boss().register_device(done.registration, done.device_fingerprint)
        return vault

    def close(self) -> None:
        for vault in [self.supervisor, *self.laptops]:
            vault.lock()


IMMEDIATE_PURGE = RetentionPolicy(0, True)


def make_office(root: Path, *, laptops: int = 2,
                retention: RetentionPolicy = IMMEDIATE_PURGE) -> Office:
    clock = StepClock()
    supervisor = create_vault(VaultPaths(root / "supervisor"), user="chief",
                              password=PASSWORD, clock=clock, vault_role="supervisor")
    office = Office(root, clock, supervisor)
    office.enrollment, office.code = office.boss().create_enrollment(
        office.stick, organisation="Example Outreach (test)", directory=DIRECTORY,
        forms=[mini_form(office.folder("forms"))], retention=retention,
    )
    for number in range(laptops):
        office.add_laptop(f"laptop{number + 1}")
    return office


def office_of(root: Path, **options: Any) -> Iterator[Office]:
    office = make_office(root, **options)
    try:
        yield office
    finally:
        office.close()


def interview_body(number: int, *, answers_count: int = 8, site: str = "Gate 1",
                   created: datetime = START) -> dict[str, Any]:
    """An interview revision body as a laptop sends it (fictional)."""
    rows = {f"/data/q{n}": f"answer {number}-{n}" for n in range(answers_count)}
    return {
        "reference": f"R-{number:04d}-TEST", "form_id": "sync_mini", "form_version": "1",
        "language": "en", "interviewer": "amira", "created_at": created.isoformat(),
        "finalised_at": created.isoformat(), "author": "amira", "reason": "", "site": site,
        "result_level": "refer_now", "person_label": "",
        "content": {"interview": {"answers": rows}, "values": {"site": site}},
    }


def interview_records(device: DeviceIdentity, count: int, *, first: int = 0,
                      revision: int = 1) -> list[SyncRecord]:
    namespace = uuid.UUID(int=int(device.device_id, 16))
    return [
        SyncRecord("interview_revision", str(uuid.uuid5(namespace, str(number))), revision,
                   device.device_id, interview_body(number))
        for number in range(first, first + count)
    ]


def interview_bundle(device: DeviceIdentity, keys: SupervisorPublicKeys,
                     records: list[SyncRecord], *, sequence: int = 1) -> bytes:
    return format_write_bundle(records, device=device, sequence=sequence, recipients=keys,
                               app_version="test", schema_version=4, created_at=START)
