"""The export facade: encryption by default, explicit plaintext, roles, audit, anonymity.

One vault holds scenario interviews and a few hundred copies with other fictional people, so
the aggregate has cells on both sides of the threshold.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pyrage
import pytest

from fieldapp.errors import UsageError
from fieldapp.exports.output import OutputExists, export_file
from fieldapp.paths import VaultPaths
from fieldapp.services.exports import ExportRequest, ExportService, NothingToExport
from fieldapp.services.session import PermissionDenied, Vault, create_vault
from fieldapp.vault import audit
from tests.core.export_support import MARKER_NAME, MARKER_TEXT, add_copies, record_scenarios

COPIES = 400


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    paths = VaultPaths(tmp_path_factory.mktemp("export-service") / "vault")
    with create_vault(paths, user="chief", password="service passphrase",
                      role="supervisor") as unlocked:
        record_scenarios(unlocked, per_form=3)
        add_copies(unlocked, COPIES)
        yield unlocked


@pytest.fixture(scope="module")
def identity() -> pyrage.x25519.Identity:
    return pyrage.x25519.Identity.generate()


def identifying_strings(vault: Vault) -> set[str]:
    """References, uuids, names, sites, officers and free text held in the vault."""
    found = {MARKER_NAME, MARKER_TEXT}
    for row in vault.connection.execute(
            "SELECT uuid, reference, site, interviewer FROM interviews"):
        found |= {str(value) for value in row if value}
    for (content,) in vault.connection.execute(
            "SELECT fa_open(content, 'revision') FROM interview_revisions"):
        values = json.loads(content)["values"]
        for key in ("given_name", "family_name", "name_or_alias", "person_name",
                    "safe_contact", "birth_date", "instanceID", "observations"):
            if values.get(key):
                found.add(str(values[key]))
    return found


def test_personal_data_needs_a_recipient_or_explicit_plaintext(vault: Vault,
                                                               tmp_path: Path) -> None:
    service = ExportService(vault)
    with pytest.raises(UsageError, match="personal data"):
        service.export(ExportRequest("csv", tmp_path / "x.zip"))
    with pytest.raises(UsageError, match="not both"):
        service.export(ExportRequest("csv", tmp_path / "x.zip", recipient="age1x",
                                     plaintext=True))
    assert list(tmp_path.iterdir()) == []


def test_encrypted_export_opens_only_with_the_identity(
        vault: Vault, identity: pyrage.x25519.Identity, tmp_path: Path) -> None:
    service = ExportService(vault)
    result = service.export(ExportRequest("xlsx", tmp_path / "cases.xlsx",
                                          recipient=str(identity.to_public())))
    assert result.encrypted and result.path == tmp_path / "cases.xlsx.age"
    assert [p.name for p in tmp_path.iterdir()] == ["cases.xlsx.age"]
    sealed = result.path.read_bytes()
    assert sealed.startswith(b"age-encryption.org/v1")
    assert MARKER_NAME.encode() not in sealed
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(sealed, [pyrage.x25519.Identity.generate()])
    plain = pyrage.decrypt(sealed, [identity])
    book = openpyxl.load_workbook(io.BytesIO(plain), read_only=True)
    rows = list(book["rapid_screening"].iter_rows(values_only=True))
    assert len(rows) > 100


def test_every_export_is_audited_without_its_content(
        vault: Vault, identity: pyrage.x25519.Identity, tmp_path: Path) -> None:
    service = ExportService(vault)
    before = max(e.seq for e in audit.entries(vault.connection))
    service.export(ExportRequest("htcds", tmp_path / "r.json",
                                 recipient=str(identity.to_public())))
    service.export(ExportRequest("openrosa", tmp_path / "o.zip", form_id="rapid_screening",
                                 plaintext=True))
    service.export(ExportRequest("aggregate", tmp_path / "a.csv"))
    new = [e for e in audit.entries(vault.connection, since=before)
           if e.event == "export_written"]
    assert [(e.details["kind"], e.details["encrypted"]) for e in new] == [
        ("htcds", True), ("openrosa", False), ("aggregate", False)]
    total = service.count()
    assert new[0].details["interviews"] == total and new[0].details["form"] == "all"
    assert new[1].details["interviews"] == service.count("rapid_screening")
    assert all(e.actor == "chief" for e in new)
    text = json.dumps([dict(e.details) for e in new])
    assert "r.json" not in text and str(tmp_path) not in text
    assert not any(s in text for s in identifying_strings(vault))
    assert audit.verify_chain(vault.connection).ok


def aggregate_cells(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_aggregate_publishes_no_small_cell_and_no_identifier(vault: Vault,
                                                             tmp_path: Path) -> None:
    service = ExportService(vault)
    out = tmp_path / "published.csv"
    result = service.export(ExportRequest("aggregate", out))
    assert result.interviews == service.count() and not result.encrypted
    cells = aggregate_cells(out)
    assert {c["table"] for c in cells} >= {"age_by_gender", "citizenship_by_gender"}
    published = [c for c in cells if c["status"] == "published"]
    assert published and all(int(c["count"]) >= 11 for c in published)
    assert any(c["status"] == "suppressed" for c in cells)
    total = next(c for c in cells if c["table"] == "age_by_gender" and c["row"] == "Total"
                 and c["column"] == "Total")
    assert total["count"] == str(service.count())
    assert {c["row"] for c in cells if c["table"] == "citizenship_by_gender"} <= {
        "MDA", "NGA", "VNM", "UKR", "ROU", "Total", "Unknown"}
    workbook = tmp_path / "published.xlsx"
    service.export(ExportRequest("aggregate", workbook))
    for data in (out.read_bytes(), _xlsx_text(workbook)):
        text = data.decode("utf-8", errors="replace")
        for secret in identifying_strings(vault):
            assert secret not in text, "an identifier reached the anonymised output"


def _xlsx_text(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return b"".join(archive.read(name) for name in archive.namelist())


def test_aggregate_bands_follow_ctdc(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "bands.csv"
    ExportService(vault).export(ExportRequest("aggregate", out))
    rows = [c["row"] for c in aggregate_cells(out) if c["table"] == "age_by_gender"
            and c["column"] == "Total"]
    assert rows == ["0-8", "9-17", "18-20", "21-23", "24-26", "27-29", "30-38", "39-47",
                    "48+", "Unknown", "Total"]
    columns = {c["column"] for c in aggregate_cells(out) if c["table"] == "age_by_gender"}
    assert columns == {"Woman", "Man", "Trans/NonConforming", "Unknown", "Total"}


def test_an_interviewer_cannot_export(vault: Vault, tmp_path: Path) -> None:
    officer = Vault(vault.paths, vault.connection, vault.keystore, "amira", "interviewer")
    with pytest.raises(PermissionDenied):
        ExportService(officer).export(ExportRequest("aggregate", tmp_path / "a.csv"))
    assert not (tmp_path / "a.csv").exists()


def test_an_existing_file_is_never_replaced(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "a.csv"
    out.write_text("keep me", encoding="utf-8")
    with pytest.raises(OutputExists):
        ExportService(vault).export(ExportRequest("aggregate", out))
    assert out.read_text(encoding="utf-8") == "keep me"


def test_a_form_without_interviews_is_reported(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(NothingToExport):
        ExportService(vault).export(ExportRequest("csv", tmp_path / "x.zip",
                                                  form_id="nope", plaintext=True))


@pytest.mark.parametrize("encrypted", [False, True])
def test_a_failed_export_leaves_no_file(tmp_path: Path, encrypted: bool) -> None:
    recipient = str(pyrage.x25519.Identity.generate().to_public()) if encrypted else None
    target = tmp_path / "out.zip"

    class Boom(Exception):
        pass

    with pytest.raises(Boom), export_file(target, recipient) as stream:
        stream.write(b"x" * 200_000)
        raise Boom
    assert list(tmp_path.iterdir()) == []


def test_the_shared_case_filter_narrows_an_export(vault: Vault, tmp_path: Path) -> None:
    from fieldapp.services.case_filter import CaseFilter

    service = ExportService(vault)
    chosen = CaseFilter(officers=frozenset({"chief"}))  # the scenarios, not the copies
    expected = service.count(case_filter=chosen)
    assert 0 < expected < service.count()
    out = tmp_path / "refer.json"
    result = service.export(ExportRequest("htcds", out, plaintext=True, case_filter=chosen))
    records = json.loads(out.read_text(encoding="utf-8"))["records"]
    assert result.interviews == len(records) == expected
    assert not any(r["reference"].startswith("C-") for r in records)
    assert all(r["cas_Status"] == "Active" for r in records)
    last = list(audit.entries(vault.connection))[-1]
    assert last.event == "export_written" and last.details["filtered"] is True
