"""Fictional imported interviews at scale, shaped like those a supervisor's vault holds.

Each interview gets its ``interviews`` row (finalised, synced, with the laptop's officer,
site, ``is_child`` and citizenship) and one revision whose content has the layout the
interview service finalises (answer rows and named values), with the fields the dashboard
reads (``is_child``, ``citizenship``, ``exploitation_types``, ``methods_of_control``) drawn
at random from the forms' own choice names, and filler answers so a revision weighs what a
real one does (about 6 kB). As an import does, the last two are also kept in
``interview_choice_facts`` (unless ``choice_facts=False``: a vault whose interviews came some
other way, whose dashboard reads the revisions instead). Everything is fictional. Used by the
supervisor benchmark and, at small counts, by tests.
"""

from __future__ import annotations

import json
import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from fieldapp.vault.case_facts import choice_facts as facts_of
from fieldapp.vault.database import Connection, transaction

EXPLOITATION = ("ForcedLabour", "SexualExploitation", "ForcedCriminality", "ChildLabour",
                "ForcedMarriage", "Servitude", "ForcedBegging", "OrganRemoval", "Other")
CONTROL = ("PhysicalThreats", "DebtBondage", "FalsePromises", "PhysicalAbuse", "TakesEarnings",
           "WithholdsDocuments", "RestrictsMovement", "PsychologicalAbuse",
           "ExcessiveWorkingHours", "Other")
COUNTRIES = ("MD", "UA", "RO", "NG", "VN", "AL", "ER", "SY", "AF", "BG", "PH", "ET", "GH",
             "IN", "PK", "MA", "TN", "BD", "NP", "KE")
SITES = ("Central bus station, gate 3", "North port ferry terminal", "Airport arrivals hall",
         "Rail border crossing east", "Outreach van, market district", "Highway checkpoint 7")
LEVELS = ("refer_now", "assess_further", "no_indicators", "stopped")
FORMS = ("rapid_screening", "full_screening")
FORM_VERSION = "2026112201"
START = datetime(2025, 1, 1, tzinfo=UTC)
FILLER_FIELDS = 120


def _values(picker: random.Random, level: str, form_id: str) -> dict[str, Any]:
    child = picker.random() < 0.22
    values: dict[str, Any] = {
        "is_child": "1" if child else "0",
        "age_years": picker.randint(8, 17) if child else picker.randint(18, 60),
        "consent": picker.choice(("full", "full", "anonymous", "declined")),
        "gender": picker.choice(("Feminine", "Masculine", "NonSpecifiedUnknown")),
        "citizenship": [picker.choice(COUNTRIES)] if picker.random() < 0.95 else [],
        "result_level": level,
        "exploitation_types": (picker.sample(EXPLOITATION, picker.randint(1, 2))
                               if level in ("refer_now", "assess_further") else None),
        "methods_of_control": (picker.sample(CONTROL, picker.randint(0, 3))
                               if form_id == "full_screening" else None),
    }
    for n in range(FILLER_FIELDS):
        values[f"q_{n:03d}"] = picker.choice(("yes", "no", "not_sure", None))
    return values


def add_imported_interviews(connection: Connection, count: int, *, seed: int = 13,
                            officers: int = 50, days: int = 365,
                            choice_facts: bool = True) -> None:
    """``count`` finalised, synced interviews with one revision each, in one transaction."""
    picker = random.Random(seed)  # fictional data
    step = timedelta(days=days) / max(count, 1)
    interview_rows = []
    revision_rows = []
    fact_rows = []
    first = int(connection.execute("SELECT coalesce(max(id), 0) FROM interviews").fetchone()[0])
    for n in range(count):
        row_id = first + n + 1
        created = (START + step * n).isoformat(timespec="milliseconds")
        form_id = picker.choice(FORMS)
        level = picker.choice(LEVELS)
        officer = f"officer{picker.randrange(officers):02d}"
        values = _values(picker, level, form_id)
        answers = {f"/data/{name}": value for name, value in values.items()
                   if value is not None}
        content = {"interview": {"format": "fieldapp-interview", "format_version": 1,
                                 "form_id": form_id, "form_version": FORM_VERSION,
                                 "language": "en", "position": None, "history": [],
                                 "answers": answers},
                   "values": values}
        interview_rows.append((
            row_id, str(uuid.UUID(int=picker.getrandbits(128))), f"S-{row_id:09d}", form_id,
            FORM_VERSION, "en", picker.choice(SITES), officer, level, created, created,
            int(values["is_child"]), " ".join(values["citizenship"]),
        ))
        revision_rows.append((row_id, json.dumps(content, separators=(",", ":")), officer,
                              created))
        fact_rows.append((row_id, created, *facts_of(content)))
    with transaction(connection):
        connection.executemany(
            "INSERT INTO interviews (id, uuid, reference, form_id, form_version, language, site,"
            " interviewer, status, revision, result_level, created_at, updated_at,"
            " is_child, citizenship, finalised_at, synced_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'finalised', 1, ?, ?, ?, ?, ?, ?11, ?11)",
            interview_rows,
        )
        connection.executemany(
            "INSERT INTO interview_revisions (interview_id, revision, content, author,"
            " created_at) VALUES (?, 1, ?, ?, ?)",
            revision_rows,
        )
        if choice_facts:
            connection.executemany(
                "INSERT INTO interview_choice_facts (interview_id, revision, updated_at,"
                " exploitation, control) VALUES (?, 1, ?, ?, ?)",
                fact_rows,
            )
