"""``fieldapp directory``, ``referral`` and ``referrals``, run as a user would: a real process.

Interviews are recorded beforehand through the interview service from the forms' scenarios;
each check reads the written PDF back with pypdf.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from fieldapp.paths import VaultPaths
from fieldapp.services.interviews import InterviewService, VaultFormStore
from fieldapp.services.session import create_vault
from fieldapp.xlsform import FormLibrary
from tests.conftest import REPO_ROOT

PASSWORD = "field office passphrase"
USER = "chief"
FORMS = REPO_ROOT / "forms"
PASSPHRASE = re.compile(r"^[2-9A-HJ-NP-TV-Z]{4}(-[2-9A-HJ-NP-TV-Z]{4}){5}$")
MARKER = "Marker observation QZX"


def run(data_dir: Path, *args: str, unlock: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "FIELDAPP_INSECURE_TEST_KDF": "1"}
    auth = ("--user", USER, "--password-stdin") if unlock else ()
    return subprocess.run(
        [sys.executable, "-m", "fieldapp", "--data-dir", str(data_dir), *auth, *args],
        input=PASSWORD + "\n", capture_output=True, text=True, env=env, timeout=120,
        check=False,
    )


def encryption(reader: PdfReader) -> Any:
    """The document's encryption dictionary (/V, /R, ...)."""
    trailer: Any = reader.trailer
    return trailer["/Encrypt"]


def scenario(form: str, name_start: str) -> dict[str, Any]:
    data = json.loads((FORMS / f"{form}.tests.json").read_text(encoding="utf-8"))
    return dict(next(s for s in data["scenarios"] if s["name"].startswith(name_start))["answers"])


@pytest.fixture(scope="module")
def vault_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str]]]:
    """One vault for the module, with a journey interview, an anonymous one and a draft."""
    paths = VaultPaths(tmp_path_factory.mktemp("referral-cli") / "vault")
    refs: dict[str, str] = {}
    with create_vault(paths, user=USER, password=PASSWORD) as vault:
        service = InterviewService(vault, FormLibrary(VaultFormStore(lambda: vault.connection),
                                                      builtin_dir=FORMS))
        journey = scenario("full_screening", "full interview with journey")
        refs["journey"] = service.record_answers("full_screening", journey).reference
        anonymous = scenario("rapid_screening", "anonymous consent")
        anonymous["observations"] = MARKER
        refs["anonymous"] = service.record_answers("rapid_screening", anonymous).reference
        refs["draft"] = service.start("rapid_screening", language="en").record.reference
    yield paths.data_dir, refs


def pdf_text(path: Path, password: str | None = None) -> str:
    reader = PdfReader(path)
    if password is not None:
        assert reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def test_directory_list_without_a_vault(tmp_path: Path) -> None:
    listed = run(tmp_path / "none", "directory", "list", "--json", unlock=False)
    assert listed.returncode == 0, listed.stderr
    ids = [service["id"] for service in json.loads(listed.stdout)]
    assert "national-referral-office" in ids and "port-east-clinic" in ids
    shelters = run(tmp_path / "none", "directory", "list", "--type", "shelter", "--area",
                   "PORT-EAST", unlock=False)
    lines = shelters.stdout.splitlines()
    assert shelters.returncode == 0 and lines[-1] == f"{len(lines) - 1} service(s)"
    assert all(" shelter " in line for line in lines[:-1]) and len(lines) > 1


def test_referral_holds_the_profile_and_nothing_more(
        vault_dir: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    data_dir, refs = vault_dir
    national = tmp_path / "national.pdf"
    made = run(data_dir, "referral", refs["journey"], "--service", "national-referral-office",
               "--out", str(national))
    assert made.returncode == 0, made.stderr
    assert made.stdout == "" and "not encrypted" in made.stderr
    text = pdf_text(national)
    for expected in (refs["journey"], "Alex", "Sample Town", "Deceptive recruitment",
                     "Legal advice", "Employer"):
        assert expected in text, expected
    # A clinic gets consent, needs and safety only (its directory row narrows the profile).
    clinic = tmp_path / "clinic.pdf"
    made = run(data_dir, "referral", refs["journey"], "--service", "port-east-clinic",
               "--out", str(clinic), "--lang", "fr")
    assert made.returncode == 0, made.stderr
    text = pdf_text(clinic)
    assert "Conseil juridique" in text and refs["journey"] in text
    for withheld in ("Alex", "Sample Town", "Recrutement trompeur", "Employeur", "Moldavie"):
        assert withheld not in text, withheld
    assert not list(tmp_path.glob(".referral-*"))


def test_encrypted_referral(vault_dir: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    data_dir, refs = vault_dir
    out = tmp_path / "sealed.pdf"
    made = run(data_dir, "referral", refs["journey"], "--service", "national-referral-office",
               "--out", str(out), "--encrypt", "--lang", "es")
    assert made.returncode == 0, made.stderr
    passphrase = made.stdout.strip()
    assert made.stdout == passphrase + "\n" and PASSPHRASE.match(passphrase)
    reader = PdfReader(out)
    assert reader.is_encrypted and encryption(reader)["/R"] == 6
    assert encryption(reader)["/V"] == 5
    assert not PdfReader(out).decrypt("7KQ2-M9XD-4HPA-ZC3W-R8TN-F6GB")
    assert refs["journey"] in pdf_text(out, passphrase)
    assert b"Sample Town" not in out.read_bytes()
    if shutil.which("qpdf"):
        checked = subprocess.run(["qpdf", f"--password={passphrase}", "--check", str(out)],
                                 capture_output=True, text=True, check=False)
        assert checked.returncode == 0, checked.stdout + checked.stderr
        refused = subprocess.run(["qpdf", "--password=wrong", "--check", str(out)],
                                 capture_output=True, text=True, check=False)
        assert refused.returncode != 0


def test_anonymous_referral_holds_no_identifying_answer(
        vault_dir: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    data_dir, refs = vault_dir
    out = tmp_path / "anonymous.pdf"
    made = run(data_dir, "referral", refs["anonymous"], "--service",
               "national-referral-office", "--out", str(out))
    assert made.returncode == 0, made.stderr
    text = pdf_text(out)
    assert "Anonymous referral" in text or "anonymous" in text.lower()
    assert "QZX" not in text and "Marker" not in text
    assert "Female" in text  # a non-identifying answer is still there
    assert b"QZX" not in io.BytesIO(out.read_bytes()).getvalue()


@pytest.mark.parametrize(
    ("which", "service", "message"),
    [
        ("missing", "national-referral-office", "no interview with reference R-ZZZZ-ZZZZ"),
        ("draft", "national-referral-office", "is not finalised"),
        ("journey", "no-such-service", "no service with id 'no-such-service'"),
        ("anonymous", "harbour-light-shelter", "only referrals with full consent"),
        ("journey", "national-referral-office", "exists already"),
    ],
)
def test_errors_are_one_line(vault_dir: tuple[Path, dict[str, str]], tmp_path: Path,
                             which: str, service: str, message: str) -> None:
    data_dir, refs = vault_dir
    out = tmp_path / "out.pdf"
    if message == "exists already":
        out.write_bytes(b"keep me")
    made = run(data_dir, "referral", refs.get(which, "R-ZZZZ-ZZZZ"), "--service", service,
               "--out", str(out))
    assert made.returncode != 0 and made.stdout == ""
    assert made.stderr.startswith("fieldapp: ") and message in made.stderr
    assert len(made.stderr.strip().splitlines()) == 1, made.stderr
    assert out.exists() == (message == "exists already")
    if out.exists():
        assert out.read_bytes() == b"keep me"


def test_list_and_status(vault_dir: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    data_dir, refs = vault_dir
    made = run(data_dir, "referral", refs["anonymous"], "--service", "safe-passage-helpline",
               "--out", str(tmp_path / "helpline.pdf"), "--encrypt")
    assert made.returncode == 0, made.stderr
    listed = run(data_dir, "referrals", "list", refs["anonymous"], "--json")
    assert listed.returncode == 0, listed.stderr
    records = json.loads(listed.stdout)
    helpline = next(r for r in records if r["service"] == "safe-passage-helpline")
    assert helpline["status"] == "sent" and helpline["encrypted"] is True
    assert helpline["file_name"] == "helpline.pdf" and helpline["reference"] == refs["anonymous"]
    changed = run(data_dir, "referrals", "status", helpline["id"][:8], "accepted")
    assert changed.returncode == 0, changed.stderr
    assert changed.stdout.strip().endswith(": accepted")
    text = run(data_dir, "referrals", "list", refs["anonymous"])
    assert "accepted" in text.stdout and text.stdout.splitlines()[-1].endswith("referral(s)")
    wrong = run(data_dir, "referrals", "status", helpline["id"][:8], "lost")
    assert wrong.returncode != 0 and "invalid choice" in wrong.stderr


PROBE = """
import json, sys
from fieldapp.interview.session import InterviewSession
replays = []
restore = InterviewSession.restore.__func__
InterviewSession.restore = classmethod(
    lambda cls, *args, **kwargs: replays.append(1) or restore(cls, *args, **kwargs))
from fieldapp import cli
code = cli.main(sys.argv[1:])
print(json.dumps({"code": code, "replays": len(replays), "modules": sorted(sys.modules)}),
      file=sys.stderr)
"""


def test_a_referral_replays_the_interview_once_without_the_form_converter(
        vault_dir: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    data_dir, refs = vault_dir
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "FIELDAPP_INSECURE_TEST_KDF": "1"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--data-dir", str(data_dir), "--user", USER,
         "--password-stdin", "referral", refs["anonymous"], "--service",
         "national-referral-office", "--out", str(tmp_path / "once.pdf"), "--encrypt"],
        input=PASSWORD + "\n", capture_output=True, text=True, env=env, timeout=120,
        check=True)
    found = json.loads(done.stderr.strip().splitlines()[-1])
    assert found["code"] == 0
    # The interview's language is read from its row; its answers are replayed once, for the
    # document, from the form's cached conversion.
    assert found["replays"] == 1
    assert not [m for m in found["modules"] if m.split(".")[0] in ("pyxform", "openpyxl")]


def test_the_light_parts_of_the_referral_package_load_no_pdf_library() -> None:
    probe = ("import json, sys\n"
             "from fieldapp.referral import OutputExistsError, Service, filter_services\n"
             "from fieldapp.referral.model import LANGUAGES\n"
             "print(json.dumps(sorted(sys.modules)))")
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=env, timeout=60, check=True)
    modules = json.loads(done.stdout)
    assert not [m for m in modules if m.split(".")[0] in ("reportlab", "pypdf", "uharfbuzz")]
