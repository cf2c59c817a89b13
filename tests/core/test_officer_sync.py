"""Sync without officers' passwords: any account exports every officer's finalised work.

On a shared laptop each officer's content is sealed under her own key, so an account cannot
put a colleague's revision into a bundle in clear. A finalised revision is therefore sealed to
the supervisor's sync recipient as a whole record when it is finalised; any account's export
carries those sealed records, and only the supervisor's importer opens them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp.services import accounts
from fieldapp.services.interviews import InterviewService
from fieldapp.services.session import unlock_vault
from fieldapp.services.sync import LaptopSync
from fieldapp.vault import interviews
from fieldapp.vault.content_seal import ContentSealed
from tests.core.test_sync_service_support import PASSWORD, answers, make_office

OFFICERS = ("ines", "omar")


def test_export_by_any_account_is_imported_in_full(tmp_path: Path) -> None:
    office = make_office(tmp_path, laptops=1)
    try:
        laptop = office.laptops[0]
        for officer in OFFICERS:
            accounts.add_user(laptop, officer, "interviewer", PASSWORD)
        paths = laptop.paths
        laptop.lock()
        for number, officer in enumerate(OFFICERS):
            with unlock_vault(paths, user=officer, password=PASSWORD,
                              clock=office.clock) as vault:
                service = InterviewService(vault, office.library(vault), clock=office.clock)
                for index in (2 * number, 2 * number + 1):
                    service.record_answers("sync_mini", answers(index))
        # Omar exports: he cannot read Ines's interviews, and his bundle carries them all.
        with unlock_vault(paths, user="omar", password=PASSWORD, clock=office.clock) as omar:
            ines_ids = [row[0] for row in omar.connection.execute(
                "SELECT id FROM interviews WHERE interviewer = 'ines'")]
            with pytest.raises(ContentSealed):
                interviews.load_answers(omar.connection, ines_ids[0])
            sent = LaptopSync(omar, office.library(omar), clock=office.clock).export(
                office.stick)
        assert sent.path is not None and sent.interview_revisions == 4
        report = office.boss().import_files([sent.path])
        assert report.interviews_shown == 4 and not report.rejected
        shown = dict(office.supervisor.connection.execute(
            "SELECT person_label, interviewer FROM interviews").fetchall())
        assert shown == {f"Test Person {index}": OFFICERS[index // 2] for index in range(4)}
        for (interview_id,) in office.supervisor.connection.execute(
                "SELECT id FROM interviews").fetchall():
            assert dict(interviews.load_answers(office.supervisor.connection,
                                                interview_id))["/data/alias"].startswith(
                "Test Person")
        # The receipt acknowledges every revision, whoever imports it on the laptop.
        receipts = office.boss().export_receipts(office.folder("receipts"))
        with unlock_vault(paths, user="ines", password=PASSWORD, clock=office.clock) as ines:
            LaptopSync(ines, office.library(ines), clock=office.clock).import_receipts(receipts)
            again = LaptopSync(ines, office.library(ines), clock=office.clock).export(
                office.stick)
            # Purged once acknowledged (the retention policy says at once), sealed copies too.
            left = ines.connection.execute(
                "SELECT (SELECT count(*) FROM sealed_revisions),"
                " (SELECT count(*) FROM interview_revisions)").fetchone()
        assert again.interview_revisions == 0 and left == (0, 0)
    finally:
        office.close()
