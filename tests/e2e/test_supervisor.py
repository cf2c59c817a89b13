"""The supervisor's journeys, in the real app on a real X server (see conftest): from a folder
of bundles to worked cases and exports, and the outcome back on the officer's laptop.

The office (vaults, laptops, interviews, bundles) is built once with the command line
(``office.py``); the supervisor's journey then runs on it, and the laptop's journey after it
reads the update the supervisor's work produced. Both run at 100 % text size only: the
screens' scaling is covered by the officer's journeys and the pytest-qt tests, and the two
together are the slowest of the suite.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest

from tests.e2e.conftest import XServer, run_journey
from tests.e2e.office import (
    SUPERVISOR_PASSWORD,
    Office,
    build_office,
    fieldapp,
)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    yield build_office(tmp_path_factory.mktemp("office"))


@pytest.fixture(scope="module")
def reviewed(x_server: XServer, office: Office) -> Path:
    """The supervisor's journey, run once; the folder of the files it exported."""
    out = office.root / "exports"
    out.mkdir()
    identity = pyrage.x25519.Identity.generate()
    (office.root / "reader.pub").write_text(str(identity.to_public()) + "\n", encoding="utf-8")
    (office.root / "reader-key.txt").write_text(str(identity) + "\n", encoding="utf-8")
    run_journey(x_server, office.root / "home-supervisor", "supervisor_review", env={
        "FIELDAPP_DATA_DIR": str(office.supervisor),
        "FIELDAPP_E2E_INBOX": str(office.inbox),
        "FIELDAPP_E2E_LATE": str(office.late / "restored.fsb"),
        "FIELDAPP_E2E_CHILD": office.child_reference,
        "FIELDAPP_E2E_CONFLICT": office.conflict_reference,
        "FIELDAPP_E2E_OUT": str(out),
        "FIELDAPP_E2E_KEY": str(office.root / "reader.pub"),
    })
    return out


def test_supervisor_reviews_follows_up_and_exports(office: Office, reviewed: Path) -> None:
    stats = reviewed / "stats.csv"
    rows = list(csv.DictReader(io.StringIO(stats.read_text(encoding="utf-8-sig"))))
    published = [row for row in rows if row["status"] != "suppressed"]
    assert published, "nothing at all published from 20 interviews"
    assert all(int(row["count"]) >= 11 for row in published), published
    assert all(row["count"] == "" for row in rows if row["status"] == "suppressed")
    assert not any(ref in stats.read_text(encoding="utf-8-sig")
                   for ref in (office.child_reference, office.conflict_reference))

    assert not (reviewed / "records.json").exists()
    identity = pyrage.x25519.Identity.from_str(
        (office.root / "reader-key.txt").read_text(encoding="utf-8").strip())
    records = json.loads(pyrage.decrypt((reviewed / "records.json.age").read_bytes(),
                                        [identity]))["records"]
    assert len(records) == 20
    assert {r["reference"] for r in records} >= {office.child_reference,
                                                 office.conflict_reference}

    shown = json.loads(fieldapp(office.supervisor, "chief", "case", "show",
                                office.child_reference, "--json",
                                stdin=SUPERVISOR_PASSWORD + "\n"))
    assert shown["case_status"] == "FollowUp"
    [referral] = shown["referrals"]
    assert [e["step"] for e in referral["events"]][-2:] == ["received", "declined"]
    audit = fieldapp(office.supervisor, "chief", "audit", "--json",
                     stdin=SUPERVISOR_PASSWORD + "\n")
    assert "foster place" not in audit and "No place for a boy" not in audit
    for event in ("case_status_changed", "case_note_added", "referral_followed_up",
                  "conflict_resolved", "export_written"):
        assert event in audit


def test_the_outcome_reaches_the_officer(x_server: XServer, office: Office,
                                         reviewed: Path) -> None:
    updates = office.root / "updates"
    updates.mkdir()
    fieldapp(office.supervisor, "chief", "update", "export", "--out", str(updates),
             stdin=SUPERVISOR_PASSWORD + "\n")
    [update] = updates.glob("*.fsu")
    run_journey(x_server, office.root / "home-laptop", "outcome_on_laptop", env={
        "FIELDAPP_DATA_DIR": str(office.laptops[0]),
        "FIELDAPP_E2E_UPDATE": str(update),
        "FIELDAPP_E2E_CHILD": office.child_reference,
    })
