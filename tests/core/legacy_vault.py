"""Test support: a vault whose keystore is in the layout of release 0.1.0 (format version 1).

The database is made by this version (with interviews of two officers, their names in the
search index, child and citizenship facts in clear); the keystore is then
rebuilt over the same data key the way release 0.1.0 wrote it: no accounts record, no admin
key, no running failure totals. That is the state an existing laptop is in before its first
unlock by an admin with this release.
"""

from __future__ import annotations

import json
from pathlib import Path

from fieldapp.paths import VaultPaths
from fieldapp.services import accounts, caselist
from fieldapp.services.session import create_vault
from fieldapp.vault import interviews, revisions
from fieldapp.vault.content_seal import keyring_of
from fieldapp.vault.database import Connection
from fieldapp.vault.kdf import FAST_TEST_PARAMS
from fieldapp.vault.keystore import Keystore

ADMIN, ADMIN_PASSWORD = "chief", "legacy admin passphrase"
SECOND_ADMIN, SECOND_PASSWORD = "deputy", "legacy deputy passphrase"
OFFICER, OFFICER_PASSWORD = "ines", "legacy interviewer passphrase"
INTERVIEWS = 12
LEGACY_NOTE = "Fictional note: placed at the shelter"


def make_legacy_vault(folder: Path) -> VaultPaths:
    paths = VaultPaths(folder)
    with create_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as vault:
        accounts.add_user(vault, OFFICER, "interviewer", OFFICER_PASSWORD)
        # Release 0.1.0 wrote interview content in clear, under the shared data key only.
        keyring_of(vault.connection).sealing = False
        vault.connection.execute("DELETE FROM content_keys")
        vault.connection.execute("DELETE FROM meta WHERE key = 'content_sealed'")
        for index in range(INTERVIEWS):
            officer = ADMIN if index % 2 else OFFICER
            record = interviews.create_interview(
                vault.connection, form_id="f", form_version="1", language="en",
                interviewer=officer)
            interviews.save_answers(vault.connection, record.id,
                                    [("/data/name", f"fictional {index}")], position="p")
            vault.connection.execute("UPDATE interviews SET person_label = ? WHERE id = ?",
                                     (f"Fictional Legacyperson {index}", record.id))
            if index % 3 == 0:
                revisions.finalise(vault.connection, record.id, result_level="low",
                                   author=officer, content={"interview": {"answers": {
                                       "/data/name": f"fictional {index}"}}})
            if index in (0, 3):  # a reason for revising: free text, one kept, one pending
                revisions.begin_revision(vault.connection, record.id,
                                         reason=f"fictional reason {index}")
            if index == 0:
                revisions.finalise(vault.connection, record.id, result_level="low",
                                   author=officer, content={"interview": {"answers": {
                                       "/data/name": f"fictional {index}"}}})
        # What the supervisor's screens read, kept on every vault then; the index of names.
        vault.connection.execute("UPDATE interviews SET is_child = 1, citizenship = 'XK'")
        vault.connection.execute(
            "INSERT INTO interview_choice_facts (interview_id, revision, updated_at,"
            " exploitation, control) SELECT id, revision, updated_at, '[\"forced_labour\"]',"
            " NULL FROM interviews WHERE status = 'finalised'")
        caselist.refresh_search_index(vault.connection)
        # A supervisor's note sent back about the officer's first interview.
        vault.connection.execute(
            "INSERT INTO case_notes (uuid, interview_id, noted_on, text, recorded_at,"
            " recorded_by) VALUES ('legacy-note', 1, '2026-01-02', ?,"
            " '2026-01-02T10:00:00.000+00:00', 'sara')", (LEGACY_NOTE,))
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


def interview_names(connection: Connection, officer: str | None = None) -> set[str]:
    """The fictional name of every interview (of ``officer``), read back from the vault:
    its answers, and those of its revisions."""
    rows = connection.execute("SELECT id FROM interviews WHERE ? IS NULL OR interviewer = ?",
                              (officer, officer)).fetchall()
    names = set()
    for (interview_id,) in rows:
        names.add(str(dict(interviews.load_answers(connection, interview_id))["/data/name"]))
        for revision in revisions.list_revisions(connection, interview_id):
            names.add(str(revision.content["interview"]["answers"]["/data/name"]))
    return names


def names_of(officer: str) -> set[str]:
    """The names :func:`make_legacy_vault` gave ``officer``'s interviews."""
    return {f"fictional {index}" for index in range(INTERVIEWS)
            if (ADMIN if index % 2 else OFFICER) == officer}


ALL_NAMES = {f"fictional {index}" for index in range(INTERVIEWS)}
