"""Each officer's interview content is readable only with that officer's key, the laptop's
supervisor accounts and the recovery key: checked on the files, not through the app's queries.

Ines and Omar are interviewers on one laptop, Sara its supervisor, Chief its admin; the
supervisor's recovery key is set. Ines records and finalises an interview. Omar holds the
shared data key (every account does: it opens ``vault.db``) and his own age identity, the most
an interviewer's password gives; with them he opens the file with sqlcipher3 and tries every
sealed value with every content key he can unwrap.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pyrage
import pytest

from fieldapp.paths import VaultPaths
from fieldapp.services import accounts
from fieldapp.services.session import unlock_vault
from fieldapp.vault import content_access, content_keys, interviews, keystore_crypto, revisions
from fieldapp.vault.content_seal import ContentSealed, Keyring, is_sealed, key_id_of
from fieldapp.vault.database import Connection, open_database, transaction
from fieldapp.vault.kdf import derive_key
from fieldapp.vault.keystore import Keystore
from fieldapp.vault.keystore_accounts import AdminSigner, signed_record
from fieldapp.vault.keystore_records import document_to_json, parse_document
from tests.core.officer_laptop import (
    CHIEF,
    CHIEF_PW,
    INES,
    INES_PW,
    OBSERVED,
    OMAR,
    OMAR_PW,
    SARA,
    SARA_PW,
    grant_keys,
    identity_of,
    make_laptop,
    write_interview,
)
from tests.core.vault_pages import decrypted_pages

NAME = "Fictional Zarina Okonkwo-Lind"
REASON = "fictional reason: she gave her real name the second time"


def _sealed_values(connection: Connection, officer: str) -> list[tuple[str, bytes]]:
    """(purpose, stored value) of every answer and revision of ``officer``'s interviews."""
    rows = connection.execute(
        "SELECT 'answer', a.value FROM answers a JOIN interviews i ON i.id = a.interview_id"
        " WHERE i.interviewer = ? UNION ALL"
        " SELECT 'revision', r.content FROM interview_revisions r JOIN interviews i"
        " ON i.id = r.interview_id WHERE i.interviewer = ?", (officer, officer)).fetchall()
    return [(str(purpose), value) for purpose, value in rows]


def test_an_interviewers_key_cannot_decrypt_a_colleagues_content(tmp_path: Path) -> None:
    paths, _identity_file = make_laptop(tmp_path, second_supervisor=False)
    with unlock_vault(paths, user=INES, password=INES_PW) as ines:
        finalised = write_interview(ines, NAME, finalise=True)
        write_interview(ines, NAME + " draft", finalise=False)
        revisions.begin_revision(ines.connection, finalised, reason=REASON)
    with unlock_vault(paths, user=OMAR, password=OMAR_PW) as omar:
        data_key = omar.key
        # Through the app, too: the shared data key opens the row, not its content.
        ines_first = omar.connection.execute(
            "SELECT id FROM interviews WHERE interviewer = ? ORDER BY id", (INES,)).fetchone()[0]
        with pytest.raises(ContentSealed):
            interviews.load_answers(omar.connection, ines_first)
    omar_identity = identity_of(paths.keystore, OMAR, OMAR_PW)
    # The file as Omar can open it, with sqlcipher3 and his data key.
    raw = open_database(paths.database, data_key)
    try:
        values = _sealed_values(raw, INES)
        assert len(values) == 2 + 2 + 1  # two interviews' answers, the finalised revision
        assert all(is_sealed(value) for _purpose, value in values)
        stolen = grant_keys(raw, omar_identity, Keyring())
        assert stolen.key_ids() and all(stolen.owner(k) == OMAR for k in stolen.key_ids())
        for purpose, value in values:
            with pytest.raises(ContentSealed):
                stolen.open(value, purpose)
    finally:
        raw.close()
    every_page = decrypted_pages(paths.database, data_key)
    for secret in (NAME, OBSERVED, REASON):
        assert secret.encode() not in every_page
        assert json.dumps(secret).encode() not in every_page


def test_the_laptop_supervisor_reads_every_officers_interviews(tmp_path: Path) -> None:
    paths, _identity_file = make_laptop(tmp_path, second_supervisor=False)
    for user, password in ((INES, INES_PW), (OMAR, OMAR_PW)):
        with unlock_vault(paths, user=user, password=password) as officer:
            write_interview(officer, f"{NAME} by {user}", finalise=True)
    with unlock_vault(paths, user=SARA, password=SARA_PW) as sara:
        read = {}
        for interview_id, officer in sara.connection.execute(
                "SELECT id, interviewer FROM interviews").fetchall():
            read[officer] = dict(interviews.load_answers(sara.connection, interview_id))
            assert revisions.list_revisions(sara.connection, interview_id)
        data_key = sara.key
    assert {officer: answers["/data/name"] for officer, answers in read.items()} == {
        INES: f"{NAME} by {INES}", OMAR: f"{NAME} by {OMAR}"}
    # On the file: Sara's identity unwraps every officer's key from the grants.
    raw = open_database(paths.database, data_key)
    try:
        keys = grant_keys(raw, identity_of(paths.keystore, SARA, SARA_PW), Keyring())
        for officer in (INES, OMAR):
            texts = [keys.open(value, purpose) for purpose, value in _sealed_values(raw, officer)]
            assert json.dumps(f"{NAME} by {officer}") in texts
            assert any(f"{NAME} by {officer}" in json.loads(text).get("interview", {})
                       .get("answers", {}).values()
                       for text in texts if text.startswith("{"))
    finally:
        raw.close()


def test_the_recovery_key_reads_every_officers_interviews(tmp_path: Path) -> None:
    paths, identity_file = make_laptop(tmp_path, second_supervisor=False)
    for user, password in ((INES, INES_PW), (OMAR, OMAR_PW)):
        with unlock_vault(paths, user=user, password=password) as officer:
            write_interview(officer, f"{NAME} by {user}", finalise=True)
    # The supervisor's machine: a copy of the laptop's folder and the recovery identity.
    copy = tmp_path / "copied"
    shutil.copytree(paths.data_dir, copy)
    identity = accounts.read_identity(identity_file)
    data_key = Keystore.load(copy / "keystore.json").recover(identity)
    connection = open_database(copy / "vault.db", data_key)
    try:
        keyring = content_access.recovery_keyring(connection, identity)
        names = {}
        for interview_id, officer in connection.execute(
                "SELECT id, interviewer FROM interviews").fetchall():
            names[officer] = dict(interviews.load_answers(connection, interview_id))["/data/name"]
            content = revisions.list_revisions(connection, interview_id)[-1].content
            assert content["interview"]["answers"]["/data/name"] == names[officer]
        keyring.wipe()
    finally:
        connection.close()
    assert names == {INES: f"{NAME} by {INES}", OMAR: f"{NAME} by {OMAR}"}


def test_a_supervisor_added_later_reads_after_an_officers_unlock(tmp_path: Path) -> None:
    paths, _identity_file = make_laptop(tmp_path, second_supervisor=False)
    with unlock_vault(paths, user=INES, password=INES_PW) as ines:
        interview_id = write_interview(ines, NAME, finalise=False)
    with unlock_vault(paths, user=CHIEF, password=CHIEF_PW) as chief:
        accounts.add_user(chief, "yusuf", "supervisor", "yusuf's long passphrase")
        with pytest.raises(ContentSealed):  # the admin is not a reader of Ines's content
            interviews.load_answers(chief.connection, interview_id)
    with (unlock_vault(paths, user="yusuf", password="yusuf's long passphrase") as yusuf,
          pytest.raises(ContentSealed)):  # nobody holding Ines's key has unlocked yet
        interviews.load_answers(yusuf.connection, interview_id)
    with unlock_vault(paths, user=SARA, password=SARA_PW):
        pass  # a supervisor's unlock wraps every key it holds to the new supervisor
    with unlock_vault(paths, user="yusuf", password="yusuf's long passphrase") as yusuf:
        assert dict(interviews.load_answers(yusuf.connection, interview_id)) == {
            "/data/name": NAME, "/data/observations": OBSERVED}


def test_a_reset_password_gets_the_officers_content_back(tmp_path: Path) -> None:
    paths, identity_file = make_laptop(tmp_path, second_supervisor=False)
    with unlock_vault(paths, user=INES, password=INES_PW) as ines:
        interview_id = write_interview(ines, NAME, finalise=True)
    # Forgotten password: the supervisor resets it from the laptop's copied folder.
    accounts.reset_password_with_recovery(paths.keystore, identity_file, INES,
                                          "ines's brand new passphrase")
    with unlock_vault(paths, user=INES, password="ines's brand new passphrase") as ines:
        assert dict(interviews.load_answers(ines.connection, interview_id))["/data/name"] == NAME


def test_a_key_made_in_a_rolled_back_transaction_seals_nothing(tmp_path: Path) -> None:
    paths, _identity_file = make_laptop(tmp_path, second_supervisor=False)
    with unlock_vault(paths, user=SARA, password=SARA_PW) as sara:
        connection = sara.connection
        record = interviews.create_interview(connection, form_id="f", form_version="1",
                                             language="en", interviewer="guest")
        with pytest.raises(RuntimeError), transaction(connection):
            # A key for "guest" is made inside this transaction, which then fails.
            interviews.apply_answers(connection, record.id, [("/data/name", NAME)])
            raise RuntimeError("the write fails after the key was made")
        interviews.save_answers(connection, record.id, [("/data/name", NAME)])
        stored = connection.execute("SELECT value FROM answers WHERE interview_id = ?",
                                    (record.id,)).fetchone()[0]
        assert is_sealed(stored)
        assert connection.execute("SELECT officer FROM content_keys WHERE key_id = ?",
                                  (key_id_of(stored),)).fetchone() == ("guest",)
    with unlock_vault(paths, user=SARA, password=SARA_PW) as again:
        assert dict(interviews.load_answers(again.connection, record.id)) == {
            "/data/name": NAME}


def test_a_key_planted_for_an_officer_does_not_seal_her_content(tmp_path: Path) -> None:
    paths, _identity_file = make_laptop(tmp_path, second_supervisor=False)
    with unlock_vault(paths, user=INES, password=INES_PW) as ines:
        first = write_interview(ines, NAME, finalise=False)
        own = key_id_of(ines.connection.execute(
            "SELECT value FROM answers WHERE interview_id = ?", (first,)).fetchone()[0])
    # Omar, with the shared data key, adds a key he knows, granted to Ines's recipient.
    with unlock_vault(paths, user=OMAR, password=OMAR_PW) as omar:
        data_key = omar.key
    ines_recipient = next(recipient for recipient, user, _role
                          in Keystore.load(paths.keystore).readers() if user == INES)
    planted_id, planted_key = "ab" * 16, bytes(range(32))
    raw = open_database(paths.database, data_key)
    try:
        raw.execute("INSERT INTO content_keys (key_id, officer, created_at)"
                    " VALUES (?, ?, '2999-01-01T00:00:00.000+00:00')", (planted_id, INES))
        raw.execute("INSERT INTO content_key_grants (key_id, recipient, wrapped) VALUES (?, ?, ?)",
                    (planted_id, ines_recipient,
                     content_keys.wrap(planted_key, planted_id, INES, ines_recipient)))
    finally:
        raw.close()
    with unlock_vault(paths, user=INES, password=INES_PW) as ines:
        second = write_interview(ines, NAME + " later", finalise=False)
        used = {key_id_of(row[0]) for row in ines.connection.execute(
            "SELECT value FROM answers WHERE interview_id = ?", (second,))}
    assert used == {own}


def _officers_granted_to(paths: VaultPaths, data_key: bytes, recipient: str) -> set[str]:
    raw = open_database(paths.database, data_key)
    try:
        return {str(row[0]) for row in raw.execute(
            "SELECT k.officer FROM content_key_grants g JOIN content_keys k"
            " ON k.key_id = g.key_id WHERE g.recipient = ?", (recipient,))}
    finally:
        raw.close()


def test_a_record_signed_by_a_colleagues_own_key_gets_no_content_keys(tmp_path: Path) -> None:
    paths, _identity_file = make_laptop(tmp_path, second_supervisor=False)
    with unlock_vault(paths, user=INES, password=INES_PW) as ines:
        interview_id = write_interview(ines, NAME, finalise=True)
    with unlock_vault(paths, user=OMAR, password=OMAR_PW) as omar:
        data_key = omar.key
    # Omar raises himself to supervisor in an accounts record signed by a key of his own.
    document = parse_document(paths.keystore.read_bytes())
    slot = next(s for s in document.slots if s.user == OMAR)
    identity = keystore_crypto.open_identity(derive_key(OMAR_PW, slot.salt, slot.kdf),
                                             document.vault_id, slot)
    raised = keystore_crypto.resealed(document.vault_id, replace(slot, role="supervisor"),
                                      identity, OMAR_PW, slot.kdf, data_key,
                                      derive=derive_key)
    slots = tuple(raised if s.user == OMAR else s for s in document.slots)
    forged = signed_record(AdminSigner.generate(), document.vault_id, slots)
    paths.keystore.write_bytes(document_to_json(replace(document, slots=slots,
                                                        accounts=forged)))
    with unlock_vault(paths, user=INES, password=INES_PW) as ines:
        assert any("signed by another admin key" in notice for notice in ines.notices)
    assert INES not in _officers_granted_to(paths, data_key, slot.recipient)
    with unlock_vault(paths, user=OMAR, password=OMAR_PW) as omar:
        assert omar.role == "supervisor"  # the roles limit documented in docs/security.md
        with pytest.raises(ContentSealed):
            interviews.load_answers(omar.connection, interview_id)


def test_a_recovery_key_pointed_elsewhere_gets_no_content_keys(tmp_path: Path) -> None:
    paths, _identity_file = make_laptop(tmp_path, second_supervisor=False)
    with unlock_vault(paths, user=INES, password=INES_PW) as ines:
        write_interview(ines, NAME, finalise=True)
    with unlock_vault(paths, user=OMAR, password=OMAR_PW) as omar:
        data_key = omar.key
    # Omar, holding the data key, points the recovery slot at an age key of his own.
    his = str(pyrage.x25519.Identity.generate().to_public())
    document = parse_document(paths.keystore.read_bytes())
    assert document.recovery is not None
    recovery = keystore_crypto.new_recovery_slot(document.vault_id, his, data_key,
                                                 document.recovery.created_at)
    paths.keystore.write_bytes(document_to_json(replace(document, recovery=recovery)))
    for user, password in ((INES, INES_PW), (SARA, SARA_PW)):
        with unlock_vault(paths, user=user, password=password):
            pass
    assert _officers_granted_to(paths, data_key, his) == set()
