"""Vaults for the export tests: real interviews from the forms' scenarios, and many copies.

:func:`record_scenarios` finalises complete scenarios of both shipped forms through the
interview service (the real path, form engine included). :func:`add_copies` then inserts
copies of those revisions with other fictional people (gender, age, citizenship, names vary),
straight into the tables as an import would leave them, so aggregate tests have counts above
and below the threshold without running the form engine thousands of times.
"""

from __future__ import annotations

import copy
import json
import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from fieldapp.services.interviews import InterviewService, VaultFormStore
from fieldapp.services.session import Vault
from fieldapp.vault.database import transaction
from fieldapp.vault.interviews import InterviewRecord
from fieldapp.xlsform import FormLibrary
from tests.conftest import REPO_ROOT

FORMS = REPO_ROOT / "forms"
MARKER_NAME = "Quillon Zephyrine"
MARKER_TEXT = "Marker narrative QZX"
GENDERS = ("Feminine", "Masculine", "TransgenderFeminine", "NonConforming", "NonSpecifiedUnknown")
COUNTRIES = ("MD", "NG", "VN", "UA", "RO")


def library(vault: Vault) -> FormLibrary:
    return FormLibrary(VaultFormStore(lambda: vault.connection), builtin_dir=FORMS)


def scenarios(form: str) -> list[dict[str, Any]]:
    data = json.loads((FORMS / f"{form}.tests.json").read_text(encoding="utf-8"))
    return [s for s in data["scenarios"] if s.get("expect", {}).get("complete") is True]


def record_scenarios(vault: Vault, per_form: int = 6) -> list[InterviewRecord]:
    """Complete scenarios of both forms, the journey one always among them, with markers."""
    service = InterviewService(vault, library(vault))
    records = []
    for form in ("full_screening", "rapid_screening"):
        chosen = scenarios(form)
        chosen.sort(key=lambda s: "journey" not in s["name"])
        for scenario in chosen[:per_form]:
            answers = dict(scenario["answers"])
            for key in ("name_or_alias", "given_name"):
                if key in answers:
                    answers[key] = MARKER_NAME
            if form == "rapid_screening" and answers.get("safe_to_continue") == "yes" and (
                    answers.get("consent") in ("full", "anonymous")):
                answers["observations"] = MARKER_TEXT  # free text, identifying by its tag
            records.append(service.record_answers(form, answers, language=scenario.get("lang")))
    return records


def add_copies(vault: Vault, count: int, *, seed: int = 11) -> None:
    """``count`` more finalised interviews, copied from the vault's with other people."""
    connection = vault.connection
    rows = connection.execute(
        "SELECT i.form_id, i.form_version, i.result_level, fa_open(r.content, 'revision')"
        " FROM interviews i"
        " JOIN interview_revisions r ON r.interview_id = i.id AND r.revision = i.revision"
        " WHERE i.status = 'finalised'").fetchall()
    picker = random.Random(seed)
    start = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    with transaction(connection):
        for n in range(count):
            form_id, version, level, content_text = picker.choice(rows)
            content = copy.deepcopy(json.loads(content_text))
            values = content["values"]
            values["gender"] = picker.choice(GENDERS)
            values["citizenship"] = [picker.choice(COUNTRIES)]
            values["instanceID"] = f"uuid:{uuid.uuid4()}"
            values["age_years"] = picker.choice((7, 12, 16, 19, 22, 25, 28, 33, 41, 55))
            if "name_or_alias" in values:
                values["name_or_alias"] = f"{MARKER_NAME} {n}"
            when = (start + timedelta(days=n % 300, minutes=n)).isoformat(
                timespec="milliseconds")
            cursor = connection.execute(
                "INSERT INTO interviews (uuid, reference, form_id, form_version, language,"
                " site, interviewer, status, revision, result_level, created_at, updated_at,"
                " finalised_at) VALUES (?, ?, ?, ?, 'en', 'Copy site', 'officer07',"
                " 'finalised', 1, ?, ?, ?, ?)",
                (str(uuid.uuid4()), f"C-{n:04d}-{picker.randrange(10**6):06d}", form_id,
                 version, level, when, when, when))
            connection.execute(
                "INSERT INTO interview_revisions (interview_id, revision, content, reason,"
                " author, created_at) VALUES (?, 1, ?, '', 'officer07', ?)",
                (cursor.lastrowid, json.dumps(content), when))
