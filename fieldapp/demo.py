"""Fictional demo data: a throwaway vault to try the app, and bulk rows to measure it.

:func:`create_demo_vault` makes a vault whose account is a supervisor and records interviews on
both screening forms covering every result level, from the answer sets that ship beside the
forms as their test scenarios (``forms/*.tests.json``, fictional people and places), spread over
the last weeks; a few are left as drafts part-way through, a few are marked referred and a few
synced, so every status of the case list shows. ``fieldapp --demo`` and ``fieldapp demo`` both
use it. The demo vault uses the Argon2id floor (64 MiB, 3 passes) instead of calibrating, so it
opens without the calibration wait; it holds nothing real.

:func:`add_scale_interviews` inserts many minimal fictional interview rows in one transaction,
for the 100,000-interview case-list tests and benchmarks.
"""

from __future__ import annotations

import json
import os
import random
import secrets
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fieldapp.interview import Change
from fieldapp.paths import VaultPaths, forms_dir
from fieldapp.services.interviews import InterviewService, VaultFormStore
from fieldapp.services.session import create_vault
from fieldapp.vault import revisions, sync_outbox
from fieldapp.vault.database import Connection, transaction
from fieldapp.vault.kdf import FLOOR_PARAMS, INSECURE_TEST_KDF_ENV, params_for_new_slot
from fieldapp.vault.sync_outbox import INTERVIEW_KIND, ExportedRecord
from fieldapp.xlsform import FormLibrary

DEMO_USER = "demo"
DEMO_DRAFT_PAGES = (2, 5, 9)
Progress = Callable[[int, int], None]

SITES = ("Central bus station, gate 3", "North port ferry terminal", "Airport arrivals hall",
         "Eastern border crossing", "Railway station, platform 1", "Outreach van, market square")
FIRST_NAMES = ("Alex", "Sam", "Noor", "Luca", "Mira", "Tomas", "Ines", "Yara", "Jonas", "Lea")
FAMILY_NAMES = ("Sample", "Example", "Placeholder", "Fictional", "Demo")


@dataclass(frozen=True)
class DemoSummary:
    user: str
    interviews: int
    drafts: int


def demo_password() -> str:
    """A fresh password for a throwaway demo vault (printed once, never stored)."""
    return "demo-" + secrets.token_urlsafe(9)


def _scenarios(folder: Path) -> list[tuple[str, dict[str, Any]]]:
    """One complete scenario per form and result level, plus one per other language.

    Each answer costs the form engine a recomputation, so the demo records a representative
    dozen rather than every scenario: it opens in seconds and still shows every result level,
    both forms and all four languages.
    """
    chosen: list[tuple[str, dict[str, Any]]] = []
    seen: set[tuple[str, str]] = set()
    for path in sorted(folder.glob("*.tests.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        form_id = Path(str(data.get("form", ""))).stem
        for scenario in data.get("scenarios", []):
            expect = scenario.get("expect", {})
            level = str(expect.get("values", {}).get("result_level", ""))
            language = str(scenario.get("lang", "en"))
            if expect.get("complete") is not True or not level:
                continue
            keys = {(form_id, f"level:{level}"), (form_id, f"language:{language}")}
            if not keys <= seen:
                seen |= keys
                chosen.append((form_id, scenario))
    return chosen


def create_demo_vault(
    paths: VaultPaths,
    *,
    user: str = DEMO_USER,
    password: str,
    progress: Progress | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> DemoSummary:
    """A new vault in ``paths`` with ``user`` as supervisor and fictional interviews."""
    params = params_for_new_slot() if os.environ.get(INSECURE_TEST_KDF_ENV) == "1" else (
        FLOOR_PARAMS)
    folder = forms_dir()
    picker = random.Random(20260301)  # noqa: S311 - fictional data, repeatable on purpose
    scenarios = _scenarios(folder)
    picker.shuffle(scenarios)
    total = len(scenarios) + len(DEMO_DRAFT_PAGES)
    now = clock()
    moments = sorted(now - timedelta(days=picker.uniform(0, 40)) for _ in range(total))
    moment = iter(moments)
    with create_vault(paths, user=user, password=password, role="supervisor",
                      params=params) as vault:
        library = FormLibrary(VaultFormStore(lambda: vault.connection), builtin_dir=folder)
        service = InterviewService(vault, library)
        done = 0
        synced: list[int] = []
        for form_id, scenario in scenarios:
            at = next(moment)
            service.clock = _fixed(at)
            answers = _personalise(scenario["answers"], picker)
            record = service.record_answers(form_id, answers, language=scenario.get("lang"))
            if record.result_level == "refer_now":
                revisions.mark_referred(vault.connection, record.id, clock=_fixed(at))
            if at < now - timedelta(days=20):
                synced.append(record.id)
            done += 1
            if progress is not None:
                progress(done, total)
        _mark_synced(vault.connection, synced, now - timedelta(days=20))
        drafts = _drafts(service, scenarios, moment)
        done += drafts
        if progress is not None:
            progress(done, total)
    return DemoSummary(user, len(scenarios) + drafts, drafts)


def _fixed(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment


def _personalise(answers: dict[str, Any], picker: random.Random) -> dict[str, Any]:
    """The scenario's answers with another fictional name and site, so the list varies."""
    varied = dict(answers)
    for key, value in answers.items():
        if key in ("name_or_alias", "alias") and isinstance(value, str):
            varied[key] = f"{picker.choice(FIRST_NAMES)} {picker.choice(FAMILY_NAMES)}"
        elif key == "given_name" and isinstance(value, str):
            varied[key] = picker.choice(FIRST_NAMES)
        elif key == "site" and isinstance(value, str):
            varied[key] = picker.choice(SITES)
    return varied


def _mark_synced(connection: Connection, interview_ids: Sequence[int], at: datetime) -> None:
    """Demo only: these interviews as an earlier sync file and its receipt left them.

    A real laptop gets there by exporting and importing the supervisor's receipt; the demo
    writes the same outbox rows, so the Sync screen and the case list agree on what is synced.
    """
    if not interview_ids:
        return
    marks = ", ".join("?" for _ in interview_ids)
    listed = connection.execute(
        "SELECT i.id, i.uuid, r.revision FROM interview_revisions r"  # noqa: S608 - marks only
        f" JOIN interviews i ON i.id = r.interview_id WHERE i.id IN ({marks})",
        list(interview_ids),
    ).fetchall()
    records = [ExportedRecord(str(uuid_), int(revision), INTERVIEW_KIND, int(row_id),
                              f"demo-{uuid_}-{revision}")
               for row_id, uuid_, revision in listed]
    stamp = at.isoformat(timespec="milliseconds")
    sequence = sync_outbox.reserve_sequence(connection)
    sync_outbox.record_export(connection, sequence=sequence, file_name="demo", records=records,
                              now=stamp)
    sync_outbox.acknowledge(connection, [(r.uuid, r.revision, r.content_hash) for r in records],
                            sequence=sequence, bundle_uuid=str(uuid.uuid4()), now=stamp)


def _drafts(service: InterviewService, scenarios: list[tuple[str, dict[str, Any]]],
            moments: Iterator[datetime]) -> int:
    """Interviews left part-way, as an officer interrupted at a checkpoint would leave them."""
    made = 0
    starters = [s for s in scenarios if s[1]["expect"].get("values", {}).get("result_level")
                in ("refer_now", "assess_further")]
    for pages, (form_id, scenario) in zip(DEMO_DRAFT_PAGES, starters, strict=False):
        at = next(moments)
        service.clock = _fixed(at)
        answers = scenario["answers"]
        opened = service.start(form_id, language="en", site=SITES[made % len(SITES)])
        session = opened.session
        for _ in range(pages):
            view = session.page_view()
            if view is None:
                break
            for question in view.questions:
                if question.name in answers and question.name != "site" and (
                        not question.read_only):
                    service.save(opened, session.answer(question.path, answers[question.name]))
            if not session.next().moved:
                break
        service.save(opened, Change(position=session.current_page))
        made += 1
    return made


def add_scale_interviews(connection: Connection, count: int, *, seed: int = 7) -> None:
    """``count`` minimal fictional interview rows (no answers), in one transaction."""
    picker = random.Random(seed)  # noqa: S311 - fictional data
    levels = ("refer_now", "assess_further", "no_indicators", "stopped", "")
    start = datetime(2026, 1, 1, tzinfo=UTC)
    officers = [f"officer{n:02d}" for n in range(20)]
    rows = []
    for n in range(count):
        created = (start + timedelta(minutes=n * 3)).isoformat(timespec="milliseconds")
        level = picker.choice(levels)
        rows.append((
            str(uuid.uuid4()), f"S-{n // 10_000:04d}-{n % 10_000:04d}",
            picker.choice(("rapid_screening", "full_screening")), "2026112201", "en",
            picker.choice(SITES), picker.choice(officers),
            "draft" if not level else "finalised", 0 if not level else 1, level,
            created, created,
            f"{picker.choice(FIRST_NAMES)} {picker.choice(FAMILY_NAMES)} {n}",
        ))
    with transaction(connection):
        connection.executemany(
            "INSERT INTO interviews (uuid, reference, form_id, form_version, language, site,"
            " interviewer, status, revision, result_level, created_at, updated_at,"
            " person_label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
