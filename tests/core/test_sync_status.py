"""The laptop's sync state counts interviews the way the case list does."""

from __future__ import annotations

from datetime import UTC, datetime

from fieldapp import demo
from fieldapp.services import caselist
from fieldapp.services.caselist import CaseQuery, CaseStatus
from fieldapp.services.session import Vault
from fieldapp.services.sync import LaptopSync
from fieldapp.vault import interviews, revisions
from fieldapp.vault.database import Connection

WHEN = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def _count(connection: Connection, *statuses: CaseStatus) -> int:
    return caselist.count_cases(connection, CaseQuery(statuses=frozenset(statuses)))


def _finalised(connection: Connection, n: int) -> int:
    record = interviews.create_interview(
        connection, form_id="rapid_screening", form_version="1", language="en",
        interviewer="amira", site=f"Site {n}", clock=lambda: WHEN)
    revisions.finalise(connection, record.id, content={"values": {}},
                       result_level="assess_further", author="amira")
    return record.id


def test_counts_agree_with_the_case_list(vault: Vault) -> None:
    connection = vault.connection
    ids = [_finalised(connection, n) for n in range(5)]
    interviews.create_interview(connection, form_id="rapid_screening", form_version="1",
                                language="en", interviewer="amira", site="Draft site",
                                clock=lambda: WHEN)
    # The demo's "synced" interviews (as a receipt would have left them).
    demo._mark_synced(connection, ids[:2], WHEN)
    status = LaptopSync(vault).status()
    assert status.synced_interviews == _count(connection, CaseStatus.SYNCED) == 2
    assert status.waiting_interviews == _count(connection, CaseStatus.FINALISED) == 3
    assert status.never_sent_interviews == 3
