"""The supervisor's journeys, in the real app on a real X server (see conftest): from a folder
of bundles to worked cases and exports, and the outcome back on the officer's laptop.

The office (vaults, laptops, interviews, bundles) is built once with the command line
(``office.py``); the supervisor's journey then runs on it, and the laptop's journey after it
reads the update the supervisor's work produced. The supervisor's journey runs again from
Review on at the largest text size (175 %) on a copy of the office, the bundles imported with
the command line.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from dataclasses import replace
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
def built(tmp_path_factory: pytest.TempPathFactory) -> Office:
    """The office as the laptops left it; each journey works on its own copy."""
    return build_office(tmp_path_factory.mktemp("office") / "built")


def copy_of(built: Office, name: str) -> Office:
    root = built.root.parent / name
    shutil.copytree(built.root, root)

    def moved(path: Path) -> Path:
        return root / path.relative_to(built.root)

    return replace(built, root=root, supervisor=moved(built.supervisor),
                   laptops=tuple(moved(p) for p in built.laptops), inbox=moved(built.inbox),
                   late=moved(built.late), stick=moved(built.stick))


@pytest.fixture(scope="module")
def office(built: Office) -> Office:
    return copy_of(built, "at100")


def run_supervisor(x_server: XServer, office: Office, scale: int,
                   env: dict[str, str] | None = None) -> Path:
    """The supervisor's journey on ``office``; the folder of the files it exported."""
    out = office.root / "exports"
    out.mkdir()
    (out / "updates").mkdir()
    identity = pyrage.x25519.Identity.generate()
    (office.root / "reader.pub").write_text(str(identity.to_public()) + "\n", encoding="utf-8")
    (office.root / "reader-key.txt").write_text(str(identity) + "\n", encoding="utf-8")
    run_journey(x_server, office.root / "home-supervisor", "supervisor_review", scale=scale,
                env={**(env or {}),
                     "FIELDAPP_DATA_DIR": str(office.supervisor),
                     "FIELDAPP_E2E_INBOX": str(office.inbox),
                     "FIELDAPP_E2E_LATE": str(office.late / "restored.fsb"),
                     "FIELDAPP_E2E_CHILD": office.child_reference,
                     "FIELDAPP_E2E_CONFLICT": office.conflict_reference,
                     "FIELDAPP_E2E_OUT": str(out),
                     "FIELDAPP_E2E_UPDATES": str(out / "updates"),
                     "FIELDAPP_E2E_KEY": str(office.root / "reader.pub")})
    return out


@pytest.fixture(scope="module")
def reviewed(x_server: XServer, office: Office) -> Path:
    """The supervisor's journey at 100 %, run once."""
    return run_supervisor(x_server, office, 100)


def test_supervisor_reviews_follows_up_and_exports(office: Office, reviewed: Path) -> None:
    check_exports(office, reviewed)


def test_review_screens_at_the_largest_text_size(x_server: XServer, built: Office) -> None:
    """The same journey at 175 %: every screen and dialog fits 1366x768."""
    office = copy_of(built, "at175")
    check_exports(office, run_supervisor(x_server, office, 175))


def check_exports(office: Office, reviewed: Path) -> None:
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
    # Written by the supervisor's journey, with "Send an update…" on the Import screen.
    [update] = (reviewed / "updates").glob("*.fsu")
    run_journey(x_server, office.root / "home-laptop", "outcome_on_laptop", env={
        "FIELDAPP_DATA_DIR": str(office.laptops[0]),
        "FIELDAPP_E2E_UPDATE": str(update),
        "FIELDAPP_E2E_CHILD": office.child_reference,
    })
