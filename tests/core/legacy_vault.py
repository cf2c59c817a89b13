"""Test support: a vault whose keystore is in the layout of release 0.1.0 (format version 1).

The database is made by this version (with interviews of two officers); the keystore is then
rebuilt over the same data key the way release 0.1.0 wrote it: no accounts record, no admin
key, no running failure totals. That is the state an existing laptop is in before its first
unlock by an admin with this release.
"""

from __future__ import annotations

import json
from pathlib import Path

from fieldapp.paths import VaultPaths
from fieldapp.services import accounts
from fieldapp.services.session import create_vault
from fieldapp.vault import interviews
from fieldapp.vault.database import Connection
from fieldapp.vault.kdf import FAST_TEST_PARAMS
from fieldapp.vault.keystore import Keystore

ADMIN, ADMIN_PASSWORD = "chief", "legacy admin passphrase"
SECOND_ADMIN, SECOND_PASSWORD = "deputy", "legacy deputy passphrase"
OFFICER, OFFICER_PASSWORD = "ines", "legacy interviewer passphrase"
INTERVIEWS = 12


def make_legacy_vault(folder: Path) -> VaultPaths:
    paths = VaultPaths(folder)
    with create_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as vault:
        accounts.add_user(vault, OFFICER, "interviewer", OFFICER_PASSWORD)
        for index in range(INTERVIEWS):
            officer = ADMIN if index % 2 else OFFICER
            record = interviews.create_interview(
                vault.connection, form_id="f", form_version="1", language="en",
                interviewer=officer)
            interviews.save_answers(vault.connection, record.id,
                                    [("/data/name", f"fictional {index}")], position="p")
        # What release 0.1.0 did not write: the marks of a vault whose accounts were signed.
        vault.connection.execute(
            "DELETE FROM meta WHERE key IN ('accounts_signed', 'lockout_record')")
        key = vault.key
        vault_id = vault.keystore.vault_id
    keystore = Keystore.create(paths.keystore, vault_id=vault_id)
    for user, role, password in ((ADMIN, "admin", ADMIN_PASSWORD),
                                 (SECOND_ADMIN, "admin", SECOND_PASSWORD),
                                 (OFFICER, "interviewer", OFFICER_PASSWORD)):
        keystore.add_slot(user, role, password, key, FAST_TEST_PARAMS)
    keystore.save()
    paths.keystore.write_bytes(as_release_one(paths.keystore.read_bytes()))
    paths.keystore.with_name("keystore.json.bak").unlink()
    return paths


def as_release_one(current: bytes) -> bytes:
    """An unsigned keystore in the version 1 layout."""
    document = json.loads(current)
    assert document["accounts"] is None, "only an unsigned keystore has a version 1 form"
    del document["accounts"]
    document["version"] = 1
    for slot in document["slots"]:
        assert slot.pop("admin_key_wrapped") is None
        del slot["failures_total"]
    if document["recovery"] is not None:
        del document["recovery"]["admin_key_wrapped"]
    return (json.dumps(document, indent=2) + "\n").encode()


def interview_names(connection: Connection) -> set[str]:
    """Every interview's fictional name, read back from the vault."""
    rows = connection.execute("SELECT id FROM interviews").fetchall()
    return {
        str(dict(interviews.load_answers(connection, row[0]))["/data/name"]) for row in rows
    }


ALL_NAMES = {f"fictional {index}" for index in range(INTERVIEWS)}
