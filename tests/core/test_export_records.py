"""HTCDS records and OpenRosa submissions, checked against their standards.

The HTCDS JSON is validated with jsonschema against docs/htcds-export.schema.json (the schema
is itself checked as a valid 2020-12 schema); each OpenRosa submission is parsed and every
element checked against the form's primary instance.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from lxml import etree

from fieldapp.paths import VaultPaths
from fieldapp.services.exports import ExportRequest, ExportService
from fieldapp.services.session import Vault, create_vault
from fieldapp.vault.content_seal import REVISION, keyring_of
from fieldapp.xlsform import load_form
from tests.conftest import REPO_ROOT
from tests.core.export_support import FORMS, record_scenarios

SCHEMA = REPO_ROOT / "docs" / "htcds-export.schema.json"


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    paths = VaultPaths(tmp_path_factory.mktemp("export-records") / "vault")
    with create_vault(paths, user="chief", password="records passphrase",
                      role="supervisor") as unlocked:
        record_scenarios(unlocked, per_form=4)
        yield unlocked


def stored(vault: Vault) -> dict[str, tuple[str, dict[str, Any]]]:
    """uuid -> (form id, values) of every finalised interview."""
    rows = vault.connection.execute(
        "SELECT i.uuid, i.form_id, fa_open(r.content, 'revision')"
        " FROM interviews i JOIN interview_revisions r"
        " ON r.interview_id = i.id AND r.revision = i.revision").fetchall()
    return {u: (f, json.loads(c)["values"]) for u, f, c in rows}


def test_htcds_json_is_valid_against_the_published_schema(vault: Vault, tmp_path: Path) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    out = tmp_path / "records.json"
    result = ExportService(vault).export(ExportRequest("htcds", out, plaintext=True))
    document = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)
    assert result.interviews == len(document["records"]) == 8
    values = stored(vault)
    for record in document["records"]:
        form_id, answers = values[record["record_id"]]
        assert record["form_id"] == form_id
        if answers.get("gender"):
            assert record["prs_Gender"] == answers["gender"]
        if answers.get("citizenship"):
            assert record["prs_Citizenship"] == answers["citizenship"]
        if answers.get("con_consent"):
            assert record["con_Consent"] is (answers["con_consent"] == "TRUE")
        assert "local" in record and record["local"]["result_level"] == answers["result_level"]
        for event, step in zip(record.get("historic_events", []), answers.get("journey") or [],
                               strict=False):
            assert event["hte_Type"] == step["event_type"]
    assert any("historic_events" in r for r in document["records"])


def test_a_record_breaking_the_vocabulary_is_refused_by_the_schema() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    record = {"record_id": "0" * 8 + "-0000-0000-0000-" + "0" * 12, "reference": "R-1",
              "form_id": "f", "form_version": "1", "interviewed_at": "2026-01-01",
              "prs_Gender": "Female"}
    document = {"format": "fieldapp-htcds", "standard": "HTCDS", "standard_version": "2.0",
                "exported_at": "2026-01-01T00:00:00", "records": [record]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)


def test_htcds_csv_zip_has_records_and_events(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "records.zip"
    ExportService(vault).export(ExportRequest("htcds", out, plaintext=True))
    with zipfile.ZipFile(out) as archive:
        records = list(csv.DictReader(io.StringIO(
            archive.read("records.csv").decode("utf-8-sig"))))
        events = list(csv.DictReader(io.StringIO(
            archive.read("events.csv").decode("utf-8-sig"))))
    assert len(records) == 8
    assert "prs_Gender" in records[0] and "local.result_level" in records[0]
    ids = {r["record_id"] for r in records}
    assert events and all(e["record_id"] in ids and e["hte_Type"] for e in events)


def _generic(path: str) -> str:
    return "/".join(step.split("[")[0] for step in path.split("/"))


def test_openrosa_submissions_follow_the_form_instance(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "briefcase.zip"
    result = ExportService(vault).export(ExportRequest("openrosa", out, plaintext=True))
    values = stored(vault)
    forms = {name: load_form(FORMS / f"{name}.xlsx")
             for name in ("full_screening", "rapid_screening")}
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        submissions = [n for n in names if n.endswith("/submission.xml")]
        assert len(submissions) == result.interviews == len(values)
        for form_id in forms:
            assert f"forms/{form_id}/{form_id}.xml" in names
        seen = set()
        for name in submissions:
            _, form_id, instances, folder, _ = name.split("/")
            assert instances == "instances" and folder.startswith("uuid")
            root = etree.fromstring(archive.read(name))
            form = forms[form_id]
            assert root.tag == form.template.tag
            assert (root.get("id"), root.get("version")) == (form.form_id, form.version)
            instance_id = root.findtext("meta/instanceID")
            assert instance_id is not None and instance_id.startswith("uuid:")
            assert folder == "uuid" + instance_id[5:]
            allowed = {form.template.getroottree().getpath(e) for e in form.template.iter()}
            for ref, prototype in form.repeat_prototypes.items():
                base = ref.rsplit("/", 1)[0]
                allowed |= {base + prototype.getroottree().getpath(e)
                            for e in prototype.iter()}
            for element in root.iter():
                assert _generic(root.getroottree().getpath(element)) in allowed
            # Every leaf of the form is present (an unanswered one empty).
            for element in form.template.iter():
                if len(element) == 0:
                    assert root.find(form.template.getroottree().getpath(element)[
                        len(form.template.tag) + 2:]) is not None
            uuid = next(u for u, (f, v) in values.items()
                        if f == form_id and v.get("instanceID") == instance_id)
            seen.add(uuid)
            answers = values[uuid][1]
            assert root.findtext("safety/safe_to_continue") == answers["safe_to_continue"]
            assert root.findtext("result_level") == answers["result_level"]
            journey = answers.get("journey") or []
            assert len(root.findall("journey_page/journey")) == len(journey)
        assert len(seen) == len(values)


def test_two_interviews_with_one_instance_id_get_two_submissions(tmp_path: Path) -> None:
    from tests.core.export_support import add_copies

    paths = VaultPaths(tmp_path / "vault")
    with create_vault(paths, user="chief", password="records passphrase",
                      role="supervisor") as unlocked:
        record_scenarios(unlocked, per_form=1)
        add_copies(unlocked, 3)
        connection, keyring = unlocked.connection, keyring_of(unlocked.connection)
        for interview_id, revision, officer, content in connection.execute(
                "SELECT r.interview_id, r.revision, i.interviewer,"
                " fa_open(r.content, 'revision') FROM interview_revisions r"
                " JOIN interviews i ON i.id = r.interview_id").fetchall():
            changed = json.loads(content)
            changed["values"]["instanceID"] = "uuid:11111111-2222-3333-4444-555555555555"
            connection.execute(
                "UPDATE interview_revisions SET content = ? WHERE interview_id = ?"
                " AND revision = ?",
                (keyring.seal(json.dumps(changed), officer, REVISION), interview_id, revision))
        out = tmp_path / "o.zip"
        result = ExportService(unlocked).export(ExportRequest("openrosa", out, plaintext=True))
    with zipfile.ZipFile(out) as archive:
        submissions = [n for n in archive.namelist() if n.endswith("submission.xml")]
        ids = {etree.fromstring(archive.read(n)).findtext("meta/instanceID")
               for n in submissions}
    assert len(submissions) == len(ids) == result.interviews == 5
