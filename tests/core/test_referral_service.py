"""The referral service over a real vault: made, encrypted, recorded, audited, followed."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from fieldapp.referral import ConsentError, OutputExistsError
from fieldapp.services import referrals
from fieldapp.services.interviews import InterviewService, VaultFormStore
from fieldapp.services.referrals import NotReadyForReferral, UnknownService
from fieldapp.services.session import Vault
from fieldapp.vault import audit, interviews, sync_store
from fieldapp.vault.interviews import InterviewNotFound
from fieldapp.vault.referrals import AmbiguousReferralId, ReferralNotFound, UnknownReferralStatus
from fieldapp.xlsform import FormLibrary
from tests.conftest import REPO_ROOT

FORMS = REPO_ROOT / "forms"
NATIONAL = "national-referral-office"


def encryption(reader: PdfReader) -> Any:
    """The document's encryption dictionary (/V, /R, ...)."""
    trailer: Any = reader.trailer
    return trailer["/Encrypt"]


def scenario(form: str, name_start: str) -> dict[str, Any]:
    data = json.loads((FORMS / f"{form}.tests.json").read_text(encoding="utf-8"))
    return dict(next(s for s in data["scenarios"] if s["name"].startswith(name_start)))


@pytest.fixture(scope="module")
def parsed() -> FormLibrary:
    library = FormLibrary(builtin_dir=FORMS)
    library.builtin_forms()
    return library


@pytest.fixture
def library(vault: Vault, parsed: FormLibrary) -> FormLibrary:
    library = FormLibrary(VaultFormStore(lambda: vault.connection), builtin_dir=FORMS)
    library._builtin = parsed._builtin  # the shipped forms, parsed once for the module
    return library


@pytest.fixture
def recorded(vault: Vault, library: FormLibrary) -> str:
    """The reference of a finalised adult labour screening (full consent)."""
    answers = scenario("rapid_screening", "adult labour case")["answers"]
    return InterviewService(vault, library).record_answers("rapid_screening", answers).reference


def text_of(pdf: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def test_referral_is_made_recorded_and_audited(vault: Vault, library: FormLibrary,
                                               recorded: str) -> None:
    made = referrals.make_referral(vault, recorded, NATIONAL, "en", False, library=library,
                                   reason="Needs protection tonight")
    assert made.passphrase is None
    text = text_of(made.pdf)
    assert recorded in text and "National Referral Office" in text
    assert "Needs protection tonight" in text
    record = made.record
    assert (record.reference, record.service_id, record.service_type, record.status,
            record.encrypted, record.created_by) == (recorded, NATIONAL, "national_referral",
                                                     "sent", False, vault.user)
    assert record.file_name.startswith("referral-") and record.file_name.endswith(".pdf")
    interview = interviews.get_by_reference(vault.connection, recorded)
    referred = vault.connection.execute(
        "SELECT referred_at FROM interviews WHERE id = ?", (interview.id,)).fetchone()[0]
    assert referred is not None
    made_events = [e for e in audit.entries(vault.connection) if e.event == "referral_made"]
    assert [dict(e.details) for e in made_events] == [{
        "reference": recorded, "referral": record.uuid, "service": NATIONAL, "encrypted": "no"}]
    assert referrals.list_referrals(vault, recorded) == [record]


def test_encrypted_referral_opens_only_with_the_passphrase(
        vault: Vault, library: FormLibrary, recorded: str) -> None:
    made = referrals.make_referral(vault, recorded, NATIONAL, "fr", True, library=library)
    assert made.passphrase is not None and made.record.encrypted
    reader = PdfReader(io.BytesIO(made.pdf))
    assert reader.is_encrypted and encryption(reader)["/R"] == 6
    assert not PdfReader(io.BytesIO(made.pdf)).decrypt("wrong passphrase, surely not")
    assert recorded in text_of(made.pdf, made.passphrase)
    assert made.record.language == "fr"
    event = [e for e in audit.entries(vault.connection) if e.event == "referral_made"][-1]
    assert dict(event.details)["encrypted"] == "yes"


def test_deliver_failure_records_nothing(vault: Vault, library: FormLibrary,
                                         recorded: str, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    taken = folder / "taken.pdf"
    taken.write_bytes(b"someone else's file")

    def deliver(pdf: bytes) -> None:
        referrals.save_referral(taken, pdf)

    with pytest.raises(OutputExistsError):
        referrals.make_referral(vault, recorded, NATIONAL, "en", True, library=library,
                                deliver=deliver)
    assert referrals.list_referrals(vault, recorded) == []
    assert not any(e.event == "referral_made" for e in audit.entries(vault.connection))
    assert taken.read_bytes() == b"someone else's file"
    assert sorted(p.name for p in folder.iterdir()) == ["taken.pdf"]  # no temporary left


def test_saved_file_is_the_encrypted_bytes(vault: Vault, library: FormLibrary, recorded: str,
                                           tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    made = referrals.make_referral(
        vault, recorded, NATIONAL, "en", True, library=library, file_name=str(out),
        deliver=lambda pdf: referrals.save_referral(out, pdf))
    assert out.read_bytes() == made.pdf and made.record.file_name == "out.pdf"
    assert PdfReader(out).is_encrypted


def test_preview_records_nothing(vault: Vault, library: FormLibrary, recorded: str) -> None:
    pdf = referrals.preview_referral(vault, recorded, NATIONAL, "es", library=library)
    assert recorded in text_of(pdf)
    assert referrals.list_referrals(vault, recorded) == []


def test_draft_unknown_and_refused(vault: Vault, library: FormLibrary, recorded: str) -> None:
    draft = InterviewService(vault, library).start("rapid_screening", language="en")
    with pytest.raises(NotReadyForReferral, match="not finalised"):
        referrals.make_referral(vault, draft.record.reference, NATIONAL, "en", False,
                                library=library)
    with pytest.raises(InterviewNotFound):
        referrals.make_referral(vault, "R-ZZZZ-ZZZZ", NATIONAL, "en", False, library=library)
    with pytest.raises(UnknownService):
        referrals.make_referral(vault, recorded, "no-such-service", "en", False,
                                library=library)
    assert referrals.list_referrals(vault, recorded) == []


def test_consent_refusal_records_nothing(vault: Vault, library: FormLibrary) -> None:
    answers = scenario("rapid_screening", "anonymous consent")["answers"]
    reference = InterviewService(vault, library).record_answers(
        "rapid_screening", answers).reference
    # This shelter takes referrals with full consent only.
    with pytest.raises(ConsentError, match="full consent"):
        referrals.make_referral(vault, reference, "harbour-light-shelter", "en", False,
                                library=library)
    assert referrals.list_referrals(vault, reference) == []


def test_status_changes_are_audited(vault: Vault, library: FormLibrary, recorded: str) -> None:
    made = referrals.make_referral(vault, recorded, NATIONAL, "en", False, library=library)
    changed = referrals.set_referral_status(vault, made.record.uuid[:8], "accepted")
    assert changed.status == "accepted" and changed.uuid == made.record.uuid
    referrals.set_referral_status(vault, made.record.uuid, "accepted")  # no change, no entry
    referrals.set_referral_status(vault, made.record.uuid.upper(), "completed")
    events = [dict(e.details) for e in audit.entries(vault.connection)
              if e.event == "referral_status_changed"]
    assert events == [
        {"reference": recorded, "referral": made.record.uuid, "from": "sent", "to": "accepted"},
        {"reference": recorded, "referral": made.record.uuid, "from": "accepted",
         "to": "completed"}]
    with pytest.raises(UnknownReferralStatus):
        referrals.set_referral_status(vault, made.record.uuid, "lost")
    with pytest.raises(ReferralNotFound):
        referrals.set_referral_status(vault, "abc", "accepted")  # too short to look up
    with pytest.raises(ReferralNotFound):
        referrals.set_referral_status(vault, "ffffffff-0000", "accepted")


def test_short_ids(vault: Vault, library: FormLibrary, recorded: str) -> None:
    made = [referrals.make_referral(vault, recorded, NATIONAL, "en", False, library=library)
            for _ in range(2)]
    for record, uuid in zip(made, ("abcdef01-0000-4000-8000-000000000001",
                                   "abcdef02-0000-4000-8000-000000000002"), strict=True):
        vault.connection.execute("UPDATE referrals SET uuid = ? WHERE id = ?",
                                 (uuid, record.record.id))
    with pytest.raises(AmbiguousReferralId):
        referrals.set_referral_status(vault, "abcdef", "declined")
    assert referrals.set_referral_status(vault, "ABCDEF02", "declined").id == made[1].record.id


def test_interviewers_refer_only_their_own(vault: Vault, library: FormLibrary,
                                           recorded: str) -> None:
    other = dataclasses.replace(vault, user="bo", role="interviewer")
    with pytest.raises(InterviewNotFound):
        referrals.make_referral(other, recorded, NATIONAL, "en", False, library=library)
    with pytest.raises(InterviewNotFound):
        referrals.list_referrals(other, recorded)


def test_directory_sources(vault: Vault, tmp_path: Path) -> None:
    sample = referrals.list_directory()
    assert referrals.list_directory(vault) == sample and NATIONAL in {s.id for s in sample}
    header = ("id,name,type,area,languages,hours,phone,email,address,consent_required,"
              "data_needed,notes\n")
    own = header + "valley-shelter,Valley Shelter (fictional),shelter,VALLEY,en,24/7,,,,full,,\n"
    sync_store.store_directory(vault.connection, own.encode(), now="2026-03-01T00:00:00")
    assert [s.id for s in referrals.list_directory(vault)] == ["valley-shelter"]
    path = tmp_path / "directory.csv"
    path.write_text(own, encoding="utf-8")
    assert [s.id for s in referrals.list_directory(path)] == ["valley-shelter"]
