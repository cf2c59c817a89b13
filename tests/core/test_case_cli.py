"""``fieldapp case``, run as a supervisor would: a real process on a real supervisor vault."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from fieldapp.vault import referrals
from tests.conftest import REPO_ROOT
from tests.core.test_conflicts import _export, _restored_version
from tests.core.test_sync_service_support import PASSWORD, make_office


@dataclass
class Office:
    data_dir: Path
    references: list[str]
    referral: str


def run(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "FIELDAPP_INSECURE_TEST_KDF": "1"}
    return subprocess.run(
        [sys.executable, "-m", "fieldapp", "--data-dir", str(data_dir), "--user", "chief",
         "--password-stdin", *args],
        input=PASSWORD + "\n" + stdin, capture_output=True, text=True, env=env, timeout=120,
        check=False)


def ok(data_dir: Path, *args: str, stdin: str = "") -> str:
    done = run(data_dir, *args, stdin=stdin)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return done.stdout


def refused(data_dir: Path, *args: str, stdin: str = "") -> str:
    done = run(data_dir, *args, stdin=stdin)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr, done.stderr
    return done.stderr.strip().splitlines()[-1]  # the one message (after usage, if any)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    """A supervisor vault with three interviews from a laptop, a referral and a conflict."""
    built = make_office(tmp_path_factory.mktemp("case-cli"), laptops=1)
    try:
        done = [built.record(0, n) for n in range(3)]
        made = referrals.add_referral(
            built.laptops[0].connection, interview_id=done[0].id,
            service_id="safe-passage-helpline", service_name="Safe Passage Helpline (sample)",
            service_type="hotline", language="en", encrypted=True, created_by="laptop1",
            clock=built.clock)
        first = _export(built)
        built.boss().import_files([first])
        built.boss().import_files([_restored_version(built, first, {"site": "Gate 9"},
                                                     sequence=2)])
    finally:
        built.close()
    yield Office(built.root / "supervisor", [r.reference for r in done], made.uuid)


def test_list_filters_like_the_review_screen(office: Office) -> None:
    rows = json.loads(ok(office.data_dir, "case", "list", "--json"))
    assert sorted(row["reference"] for row in rows) == sorted(office.references)
    assert {row["case_status"] for row in rows} == {"Active"}
    gate = json.loads(ok(office.data_dir, "case", "list", "--site", "Gate 2", "--json"))
    assert [row["site"] for row in gate] == ["Gate 2"]
    conflicted = json.loads(ok(office.data_dir, "case", "list", "--conflict", "--json"))
    assert len(conflicted) == 1 and conflicted[0]["open_conflict"] is True
    text = ok(office.data_dir, "case", "list", "--status", "closed", "--age", "unknown")
    assert text.strip().endswith("0 case(s)")
    assert "is not a date" in refused(office.data_dir, "case", "list", "--from", "yesterday")
    assert "unknown case status 'Open'" in refused(office.data_dir, "case", "list",
                                                   "--status", "Open")


def test_status_note_and_show(office: Office) -> None:
    ref = office.references[1]
    out = ok(office.data_dir, "case", "status", ref, "FollowUp", "--on", "2026-03-02")
    assert out.strip() == f"{ref}: Active -> FollowUp (2026-03-02)"
    stderr = refused(office.data_dir, "case", "status", ref, "FollowUp")
    assert "already" in stderr
    ok(office.data_dir, "case", "status", ref, "ClosedReferred")
    assert "cannot become FollowUp: it can become Active" in refused(
        office.data_dir, "case", "status", ref, "FollowUp")
    ok(office.data_dir, "case", "note", ref, "--text-stdin",
       stdin="Handed over to the regional office.\nSecond line.\n")
    shown = json.loads(ok(office.data_dir, "case", "show", ref, "--json"))
    assert shown["case_status"] == "ClosedReferred"
    assert [c["to"] for c in shown["status_changes"]] == ["FollowUp", "ClosedReferred"]
    assert [n["text"] for n in shown["notes"]] == [
        "Handed over to the regional office.\nSecond line."]
    assert "a case note holds 1 to 4000" in refused(office.data_dir, "case", "note", ref,
                                                    "--text-stdin", stdin="  \n")
    text = ok(office.data_dir, "case", "show", ref)
    assert "Case status: ClosedReferred" in text and "Notes: 1" in text
    audit = ok(office.data_dir, "audit", "--json")
    assert "regional office" not in audit and "case_note_added" in audit


def test_referral_follow_up_and_waiting(office: Office) -> None:
    short = office.referral[:8]
    assert "1 referral(s) waiting" in ok(office.data_dir, "case", "waiting", "--days", "0")
    assert "give a reason" in refused(office.data_dir, "case", "followup", short, "declined")
    ok(office.data_dir, "case", "followup", short, "received")
    ok(office.data_dir, "case", "followup", short, "accepted")
    assert "0 referral(s) waiting" in ok(office.data_dir, "case", "waiting", "--days", "0")
    out = ok(office.data_dir, "case", "followup", short, "closed", "--reason", "moved away")
    assert "(unsuccessful)" in out
    history = json.loads(ok(office.data_dir, "case", "referral", short, "--json"))
    assert [e["step"] for e in history["events"]] == ["received", "accepted", "closed"]
    assert history["events"][-1]["reason"] == "moved away"
    assert "cannot be marked received" in refused(office.data_dir, "case", "followup", short,
                                                  "received")


def test_conflict_resolve_and_undo(office: Office) -> None:
    [conflict] = json.loads(ok(office.data_dir, "case", "conflicts", "--json"))
    ref = conflict["reference"]
    view = json.loads(ok(office.data_dir, "case", "conflict", ref, "--revision", "1", "--json"))
    assert [v["shown"] for v in view["versions"]] == [True, False]
    assert view["versions"][1]["changes"][0]["this_version"] == "Gate 9"
    assert "version 2 shown" in ok(office.data_dir, "case", "resolve", ref, "--revision", "1",
                                   "--version", "2", "--reason", "checked with the officer")
    assert json.loads(ok(office.data_dir, "case", "list", "--conflict", "--json")) == []
    assert "undone" in ok(office.data_dir, "case", "unresolve", ref, "--revision", "1")
    assert "no resolution to undo" in refused(office.data_dir, "case", "unresolve", ref,
                                              "--revision", "1")
    assert "1 conflict(s)" in ok(office.data_dir, "case", "conflicts")


def test_revisions_listed_and_compared(office: Office) -> None:
    ref = office.references[2]
    listing = json.loads(ok(office.data_dir, "case", "revisions", ref, "--json"))
    assert [r["revision"] for r in listing] == [1]
    assert "no revision 2" in refused(office.data_dir, "case", "revisions", ref, "--diff",
                                      "1", "2")
    same = json.loads(ok(office.data_dir, "case", "revisions", ref, "--diff", "1", "1",
                         "--json"))
    assert same["changes"] == []
