"""Laptop side: forms and choice files the supervisor sends, written into the vault's form store.

Forms from an enrollment or update land in the ``forms`` table in the encoding the interview
service's form store reads (sidecar files as base64 in a JSON object), so the form library
finds them like any imported version. A stored version is never replaced by other content
(interviews are pinned to it); the caller checks :func:`stored_form_data` first. When the
referral directory changes, the choice files generated from it (``services.csv``,
``areas.csv``) are replaced beside every stored form that uses them, so the service list an
officer picks from is the supervisor's current one.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from fieldapp.vault.database import Connection, transaction


@dataclass(frozen=True)
class ProvisionedForm:
    """A checked form version ready to store, with only the sidecar files it uses."""

    form_id: str
    version: str
    title: str
    filename: str
    data: bytes
    sidecars: Mapping[str, bytes]


def _encode(sidecars: Mapping[str, bytes]) -> str:
    return json.dumps(
        {name: base64.b64encode(blob).decode("ascii") for name, blob in sidecars.items()},
        sort_keys=True,
    )


def stored_form_data(connection: Connection, form_id: str, version: str) -> bytes | None:
    row = connection.execute(
        "SELECT content FROM forms WHERE form_id = ? AND version = ?", (form_id, version)
    ).fetchone()
    return None if row is None else bytes(row[0])


def store_forms(connection: Connection, forms: Sequence[ProvisionedForm], *, now: str) -> int:
    """Store the versions not held yet; returns how many were added."""
    added = 0
    with transaction(connection):
        for form in forms:
            added += connection.execute(
                "INSERT INTO forms (form_id, version, title, filename, content, sidecars,"
                " imported_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (form.form_id, form.version, form.title, form.filename, form.data,
                 _encode(form.sidecars), now),
            ).rowcount
    return added


def replace_sidecars(connection: Connection, files: Mapping[str, bytes]) -> int:
    """Put ``files`` in place of same-named sidecars of every stored form; returns forms changed."""
    changed = 0
    with transaction(connection):
        rows = connection.execute("SELECT form_id, version, sidecars FROM forms").fetchall()
        for form_id, version, text in rows:
            sidecars: dict[str, str] = json.loads(text)
            updated = dict(sidecars)
            for name, blob in files.items():
                if name in updated:
                    updated[name] = base64.b64encode(blob).decode("ascii")
            if updated != sidecars:
                connection.execute(
                    "UPDATE forms SET sidecars = ? WHERE form_id = ? AND version = ?",
                    (json.dumps(updated, sort_keys=True), form_id, version),
                )
                changed += 1
    return changed
