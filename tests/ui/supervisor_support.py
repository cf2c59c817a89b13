"""A supervisor's vault for the workspace tests: interviews as laptops would have sent them.

The demo vault (fictional scenarios of the shipped forms, made once per test session) gives
real finalised revisions; they are copied into a fresh supervisor vault as imported
interviews, with a second revision for one of them, a referral sent long ago, and bulk rows
(:mod:`benchmarks.supervisor_data`) so the lists and charts have something to count.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from fieldapp.demo import create_demo_vault
from fieldapp.paths import VaultPaths
from fieldapp.services.session import create_vault, unlock_vault
from fieldapp.vault import referrals
from fieldapp.vault.database import Connection, transaction
from fieldapp.vault.sync_store import SUPERVISOR
from tests.conftest import ADMIN, ADMIN_PASSWORD

DEMO_PASSWORD = "demo passphrase for tests"
REVISED_REFERENCE = "S-REVISED-0001"
REFERRED_REFERENCE = "S-REFERRED-0001"


@dataclass(frozen=True)
class DemoRevision:
    form_id: str
    form_version: str
    result_level: str
    content: str


def demo_revisions(folder: Path) -> list[DemoRevision]:
    create_demo_vault(VaultPaths(folder), password=DEMO_PASSWORD)
    vault = unlock_vault(VaultPaths(folder), user="demo", password=DEMO_PASSWORD)
    try:
        return [DemoRevision(*row) for row in vault.connection.execute(
            "SELECT i.form_id, i.form_version, i.result_level, fa_open(r.content, 'revision')"
            " FROM interviews i"
            " JOIN interview_revisions r ON r.interview_id = i.id AND r.revision = i.revision"
            " WHERE i.status = 'finalised' ORDER BY i.id")]
    finally:
        vault.lock()


def _insert(connection: Connection, reference: str, revision: DemoRevision, n: int,
            revisions: list[tuple[int, str, str, str]]) -> int:
    values = json.loads(revision.content).get("values", {})
    child = values.get("is_child")
    created = datetime(2026, 2, 1 + n % 27, 9, n % 60, tzinfo=UTC).isoformat(
        timespec="milliseconds")
    cursor = connection.execute(
        "INSERT INTO interviews (uuid, reference, form_id, form_version, language, site,"
        " interviewer, status, revision, result_level, created_at, updated_at, finalised_at,"
        " synced_at, is_child, citizenship)"
        " VALUES (?, ?, ?, ?, 'English (en)', ?, ?, 'finalised', ?, ?, ?, ?, ?, ?, ?, ?)",
        (str(uuid.uuid4()), reference, revision.form_id, revision.form_version,
         values.get("site") or "Central bus station", f"officer{n % 3:02d}", len(revisions),
         revision.result_level, created, created, created, created,
         None if child is None else int(str(child) == "1"),
         " ".join(values.get("citizenship") or [])))
    interview_id = int(cursor.lastrowid or 0)
    for number, content, author, reason in revisions:
        connection.execute(
            "INSERT INTO interview_revisions (interview_id, revision, content, reason, author,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (interview_id, number, content, reason, author, created))
    return interview_id


def supervisor_vault(paths: VaultPaths, demo: list[DemoRevision], *, bulk: int = 40) -> None:
    """A supervisor vault holding the demo interviews as imported ones, and ``bulk`` more."""
    from benchmarks.supervisor_data import add_imported_interviews

    vault = create_vault(paths, user=ADMIN, password=ADMIN_PASSWORD, role="supervisor",
                         vault_role=SUPERVISOR)
    try:
        connection = vault.connection
        with transaction(connection):
            for n, revision in enumerate(demo):
                _insert(connection, f"S-DEMO-{n:04d}", revision, n,
                        [(1, revision.content, f"officer{n % 3:02d}", "")])
            first = demo[0]
            content = json.loads(first.content)
            changed = json.loads(first.content)
            changed["values"]["site"] = "Changed site"
            changed["interview"]["answers"] = {
                path: ("Changed site" if path.endswith("/site") else value)
                for path, value in content["interview"]["answers"].items()}
            _insert(connection, REVISED_REFERENCE, first, 99,
                    [(1, first.content, "officer01", ""),
                     (2, json.dumps(changed), "officer01", "site name corrected")])
            referred = _insert(connection, REFERRED_REFERENCE, demo[-1], 7,
                               [(1, demo[-1].content, "officer02", "")])
        referrals.add_referral(
            connection, interview_id=referred, service_id="svc-1",
            service_name="Harbour Shelter (fictional)", service_type="shelter",
            language="en", encrypted=True, created_by="officer02",
            clock=lambda: datetime(2025, 11, 2, 10, 0, tzinfo=UTC))
        add_imported_interviews(connection, bulk, officers=3)
    finally:
        vault.lock()
