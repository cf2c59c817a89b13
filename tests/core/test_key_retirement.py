"""Removing an account retires every content key its slot could unwrap: checked on the files.

Chief is the laptop's admin, Ines and Omar its interviewers, Sara and Yusuf its supervisors; the
supervisor's recovery key is set. Sara keeps a copy of her key slot (``keystore.json``) and of
``vault.db`` before Chief removes her; afterwards she obtains the live ``vault.db`` and the new
shared data key (any current account holds it). Everything Ines writes after the removal must be
closed to every key Sara's old identity opens, from either file; what was written before stays
readable by everyone who could read it, and by the remaining supervisor and the recovery key.
"""

from __future__ import annotations

import json
import shutil
import time
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldapp.services import accounts
from fieldapp.services.session import unlock_vault
from fieldapp.vault import audit, interviews
from fieldapp.vault.content_seal import ContentSealed, Keyring, is_sealed, key_id_of, seal_with
from fieldapp.vault.database import open_database
from fieldapp.vault.keystore import Keystore
from fieldapp.vault.keystore_records import document_to_json, parse_document
from tests.core.officer_laptop import (
    AFTER,
    BEFORE,
    CHIEF,
    CHIEF_PW,
    INES,
    INES_PW,
    OMAR,
    OMAR_PW,
    SARA,
    SARA_PW,
    YUSUF,
    YUSUF_PW,
    identity_of,
    keys_opened_by,
    live_data_key,
    make_laptop,
    names_read_by,
    names_read_by_recovery,
    sealed_values,
    write_interview,
)


def test_a_removed_supervisors_old_slot_opens_nothing_written_after_the_removal(
        tmp_path: Path) -> None:
    paths, identity_file = make_laptop(tmp_path)
    with unlock_vault(paths, user=INES, password=INES_PW) as ines:
        before = write_interview(ines, BEFORE)
    everything_before = {before: BEFORE}
    for user, password in ((SARA, SARA_PW), (YUSUF, YUSUF_PW)):
        assert names_read_by(paths, user, password) == everything_before
    assert names_read_by_recovery(paths, identity_file, tmp_path) == everything_before
    # Sara keeps her slot and the file as they are while she is a supervisor.
    with unlock_vault(paths, user=SARA, password=SARA_PW) as sara:
        old_data_key = sara.key
    kept = tmp_path / "kept-by-sara"
    kept.mkdir()
    shutil.copy2(paths.keystore, kept / "keystore.json")
    shutil.copy2(paths.database, kept / "vault.db")

    with unlock_vault(paths, user=CHIEF, password=CHIEF_PW) as chief:
        accounts.remove_user(chief, SARA)
    with unlock_vault(paths, user=INES, password=INES_PW) as ines:
        after = write_interview(ines, AFTER)
        draft = write_interview(ines, AFTER + " draft", finalise=False)

    # Sara, with her old identity, the old file and the live file (and its current key).
    sara_identity = identity_of(kept / "keystore.json", SARA, SARA_PW)
    data_key = live_data_key(paths)
    stolen = Keyring()
    keys_opened_by(kept / "vault.db", old_data_key, sara_identity, stolen)
    keys_opened_by(paths.database, data_key, sara_identity, stolen)
    assert stolen.key_ids()
    raw = open_database(paths.database, data_key)
    try:
        for interview_id in (after, draft):
            values = sealed_values(raw, interview_id)
            assert values and all(is_sealed(value) for _purpose, value in values)
            for purpose, value in values:
                with pytest.raises(ContentSealed):
                    stolen.open(value, purpose)
        # What she could read before stays under the key she holds (docs/security.md).
        assert json.dumps(BEFORE) in [stolen.open(value, purpose)
                                      for purpose, value in sealed_values(raw, before)]
        sara_recipient = str(sara_identity.to_public())
        assert raw.execute("SELECT count(*) FROM content_key_grants WHERE recipient = ?",
                           (sara_recipient,)).fetchone() == (0,)
    finally:
        raw.close()

    everything = {before: BEFORE, after: AFTER, draft: AFTER + " draft"}
    assert names_read_by(paths, YUSUF, YUSUF_PW) == everything
    assert names_read_by(paths, INES, INES_PW) == everything
    assert names_read_by(paths, OMAR, OMAR_PW) == {}
    recovered = names_read_by_recovery(paths, identity_file, tmp_path)
    assert {key: recovered[key] for key in everything} == everything


def test_the_officers_slot_moves_to_a_fresh_key_and_the_retired_one_is_never_current(
        tmp_path: Path) -> None:
    paths, _identity_file = make_laptop(tmp_path)
    with unlock_vault(paths, user=INES, password=INES_PW) as ines:
        before = write_interview(ines, BEFORE, finalise=False)
        old = key_id_of(ines.connection.execute(
            "SELECT value FROM answers WHERE interview_id = ?", (before,)).fetchone()[0])
    with unlock_vault(paths, user=CHIEF, password=CHIEF_PW) as chief:
        accounts.remove_user(chief, SARA)
        assert chief.connection.execute(
            "SELECT retired_at IS NOT NULL FROM content_keys WHERE key_id = ?",
            (old,)).fetchone() == (1,)
    with unlock_vault(paths, user=INES, password=INES_PW) as ines:
        keyring = ines.connection.keyring  # type: ignore[attr-defined]
        assert keyring.is_retired(old) and keyring.current_key_id(INES) not in (None, old)
        assert not any("altered" in str(notice) for notice in ines.notices)
        after = write_interview(ines, AFTER, finalise=False)
        fresh = {key_id_of(row[0]) for row in ines.connection.execute(
            "SELECT value FROM answers WHERE interview_id = ?", (after,))}
    assert len(fresh) == 1 and old not in fresh
    sealed_in_slot = Keystore.load(paths.keystore).open_account(INES, INES_PW, now=time.time())
    sealed_in_slot.wipe()
    assert {sealed_in_slot.content_key_id} == fresh
    # A second unlock keeps the fresh key: no key per unlock.
    with unlock_vault(paths, user=INES, password=INES_PW) as ines:
        third = write_interview(ines, AFTER + " again", finalise=False)
        assert {key_id_of(row[0]) for row in ines.connection.execute(
            "SELECT value FROM answers WHERE interview_id = ?", (third,))} == fresh


def test_a_retired_key_reads_but_never_seals() -> None:
    made: list[str] = []
    keyring = Keyring(sealing=True)
    old, fresh = "0a" * 16, "0b" * 16
    keyring.add(old, INES, bytes(32), retired=True)
    assert keyring.current_key_id(INES) is None  # nothing is sealed under a retired key
    assert keyring.open(seal_with(AESGCM(bytes(32)), old, "old text", "answer"),
                        "answer") == "old text"

    def maker(officer: str) -> None:
        made.append(officer)
        keyring.add(fresh, officer, bytes(range(32)))
    keyring.maker = maker
    value = keyring.seal("text", INES, "answer")
    assert made == [INES] and key_id_of(value) == fresh  # type: ignore[arg-type]
    assert not keyring.choose_current(INES, old)
    assert keyring.choose_current(INES, fresh)
    keyring.retire([fresh])
    assert keyring.current_key_id(INES) is None


def test_the_admins_own_writes_after_the_removal_use_a_fresh_key_granted_to_no_removed_slot(
        tmp_path: Path) -> None:
    paths, identity_file = make_laptop(tmp_path)
    sara_recipient = str(identity_of(paths.keystore, SARA, SARA_PW).to_public())
    with unlock_vault(paths, user=CHIEF, password=CHIEF_PW) as chief:
        before = write_interview(chief, BEFORE)
        old = chief.connection.keyring.current_key_id(CHIEF)  # type: ignore[attr-defined]
        accounts.remove_user(chief, SARA)
        fresh = chief.connection.keyring.current_key_id(CHIEF)  # type: ignore[attr-defined]
        assert fresh is not None and fresh != old
        after = write_interview(chief, AFTER)
        used = {key_id_of(row[0]) for row in chief.connection.execute(
            "SELECT value FROM answers WHERE interview_id = ?", (after,))}
        assert used == {fresh}
        assert chief.connection.execute(
            "SELECT count(*) FROM content_key_grants WHERE recipient = ?",
            (sara_recipient,)).fetchone() == (0,)
    assert names_read_by(paths, YUSUF, YUSUF_PW) == {before: BEFORE, after: AFTER}
    assert names_read_by(paths, CHIEF, CHIEF_PW) == {before: BEFORE, after: AFTER}
    assert names_read_by_recovery(paths, identity_file, tmp_path) == {before: BEFORE,
                                                                      after: AFTER}


def test_the_audit_log_records_the_retirement_in_counts(tmp_path: Path) -> None:
    paths, _identity_file = make_laptop(tmp_path)
    for user, password in ((INES, INES_PW), (OMAR, OMAR_PW)):
        with unlock_vault(paths, user=user, password=password) as officer:
            write_interview(officer, f"{BEFORE} by {user}")
    with unlock_vault(paths, user=CHIEF, password=CHIEF_PW) as chief:
        accounts.remove_user(chief, SARA)
        entries = [entry for entry in audit.entries(chief.connection)
                   if entry.event == "content_keys_retired"]
    assert len(entries) == 1
    details = entries[0].details
    assert set(details) == {"keys", "officers", "grants", "reason"}
    # Every key made so far was granted to Sara: Chief's, Ines's and Omar's.
    assert details["officers"] == 3 and details["keys"] == 3 and details["grants"] == 3
    assert details["reason"] == "account removed"
    text = json.dumps(details)
    assert all(name not in text for name in (SARA, INES, OMAR, BEFORE))


def test_a_supervisor_re_roled_to_interviewer_reads_only_her_own(tmp_path: Path) -> None:
    paths, _identity_file = make_laptop(tmp_path)
    with unlock_vault(paths, user=INES, password=INES_PW) as ines:
        hers = write_interview(ines, BEFORE)
    with unlock_vault(paths, user=SARA, password=SARA_PW) as sara:
        own = write_interview(sara, AFTER)
    kept = tmp_path / "keystore-kept.json"
    shutil.copy2(paths.keystore, kept)
    # Re-roling is removing the account and adding it again with the new role.
    with unlock_vault(paths, user=CHIEF, password=CHIEF_PW) as chief:
        accounts.remove_user(chief, SARA)
        accounts.add_user(chief, SARA, "interviewer", "sara's new passphrase")
    with unlock_vault(paths, user=YUSUF, password=YUSUF_PW):
        pass  # a supervisor's unlock gives Sara's new slot her own keys back
    assert names_read_by(paths, SARA, "sara's new passphrase") == {own: AFTER}
    with unlock_vault(paths, user=INES, password=INES_PW) as ines:
        later = write_interview(ines, AFTER + " later")
    data_key = live_data_key(paths)
    stolen = Keyring()
    keys_opened_by(paths.database, data_key, identity_of(kept, SARA, SARA_PW), stolen)
    assert stolen.key_ids() == []
    raw = open_database(paths.database, data_key)
    try:
        new_identity = identity_of(paths.keystore, SARA, "sara's new passphrase")
        keys_opened_by(paths.database, data_key, new_identity, stolen)
        for interview_id in (hers, later):
            for purpose, value in sealed_values(raw, interview_id):
                with pytest.raises(ContentSealed):
                    stolen.open(value, purpose)
    finally:
        raw.close()


def test_a_slot_taken_out_of_the_file_without_the_admin_key_keeps_its_grants(
        tmp_path: Path) -> None:
    paths, _identity_file = make_laptop(tmp_path)
    with unlock_vault(paths, user=INES, password=INES_PW) as ines:
        hers = write_interview(ines, BEFORE)
    original = paths.keystore.read_bytes()
    document = parse_document(original)
    paths.keystore.write_bytes(document_to_json(replace(
        document, slots=tuple(slot for slot in document.slots if slot.user != INES))))
    unlock_vault(paths, user=CHIEF, password=CHIEF_PW).lock()  # finds it, retires nothing
    paths.keystore.write_bytes(original)
    assert names_read_by(paths, INES, INES_PW) == {hers: BEFORE}
    raw = open_database(paths.database, live_data_key(paths))
    try:
        assert raw.execute("SELECT count(*) FROM content_keys WHERE retired_at IS NOT NULL"
                           ).fetchone() == (0,)
    finally:
        raw.close()


def test_a_supervisors_edit_before_the_officer_unlocks_uses_a_fresh_key(tmp_path: Path) -> None:
    paths, identity_file = make_laptop(tmp_path)
    with unlock_vault(paths, user=INES, password=INES_PW) as ines:
        hers = write_interview(ines, BEFORE, finalise=False)
        old = ines.connection.keyring.current_key_id(INES)  # type: ignore[attr-defined]
    shutil.copy2(paths.keystore, tmp_path / "kept.json")
    with unlock_vault(paths, user=CHIEF, password=CHIEF_PW) as chief:
        accounts.remove_user(chief, SARA)
    # Yusuf corrects Ines's draft before Ines has unlocked since the removal.
    with unlock_vault(paths, user=YUSUF, password=YUSUF_PW) as yusuf:
        interviews.save_answers(yusuf.connection, hers, [("/data/name", AFTER)])
    data_key = live_data_key(paths)
    raw = open_database(paths.database, data_key)
    try:
        edited = raw.execute("SELECT value FROM answers WHERE interview_id = ? AND path = ?",
                             (hers, "/data/name")).fetchone()[0]
    finally:
        raw.close()
    assert key_id_of(edited) != old
    stolen = Keyring()
    keys_opened_by(paths.database, data_key, identity_of(tmp_path / "kept.json", SARA, SARA_PW),
                   stolen)
    with pytest.raises(ContentSealed):
        stolen.open(edited, "answer")
    assert names_read_by(paths, INES, INES_PW) == {hers: AFTER}
    assert names_read_by_recovery(paths, identity_file, tmp_path) == {hers: AFTER}
