"""Roles an interviewer cannot raise: the admin-signed accounts record, checked at unlock.

Each attack is made the way an interviewer on a shared laptop would make it: with her own
password, the data key her unlock hands out, and this project's own functions to seal slots
and write the keystore. The real admin must then see what happened in the audit log.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from fieldapp.errors import UsageError
from fieldapp.paths import VaultPaths
from fieldapp.services import accounts
from fieldapp.services.session import Vault, create_vault, unlock_vault
from fieldapp.vault import audit, keystore_crypto
from fieldapp.vault.errors import VaultError, WrongPassword
from fieldapp.vault.kdf import FAST_TEST_PARAMS, derive_key
from fieldapp.vault.keystore import Keystore
from fieldapp.vault.keystore_records import UserSlot, document_to_json, parse_document

ADMIN, ADMIN_PASSWORD = "amira", "admin passphrase of amira"
OFFICER, OFFICER_PASSWORD = "ines", "interviewer passphrase of ines"
ALTERED = "this account's key slot was altered"


def _new_vault(tmp_path: Path) -> VaultPaths:
    paths = VaultPaths(tmp_path / "vault")
    with create_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as admin:
        accounts.add_user(admin, OFFICER, "interviewer", OFFICER_PASSWORD)
    return paths


def _events(vault: Vault, name: str) -> list[audit.AuditEntry]:
    return [entry for entry in audit.entries(vault.connection) if entry.event == name]


def _rewrite_slot(paths: VaultPaths, slot: UserSlot) -> None:
    """Put ``slot`` in place of the slot of the same user, or add it, and save the file."""
    document = parse_document(paths.keystore.read_bytes())
    others = tuple(s for s in document.slots if s.user != slot.user)
    paths.keystore.write_bytes(document_to_json(replace(document, slots=(*others, slot))))


def _officer_slot(paths: VaultPaths) -> UserSlot:
    document = parse_document(paths.keystore.read_bytes())
    return next(slot for slot in document.slots if slot.user == OFFICER)


def _failures(paths: VaultPaths, user: str) -> int:
    return next(i.failed_attempts for i in Keystore.load(paths.keystore).users() if i.user == user)


def test_a_slot_resealed_with_a_raised_role_is_refused(tmp_path: Path) -> None:
    paths = _new_vault(tmp_path)
    with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD) as officer:
        data_key = officer.key
    vault_id = Keystore.load(paths.keystore).vault_id
    slot = _officer_slot(paths)
    identity = keystore_crypto.open_identity(
        derive_key(OFFICER_PASSWORD, slot.salt, slot.kdf), vault_id, slot)
    raised = keystore_crypto.resealed(vault_id, replace(slot, role="admin"), identity,
                                      OFFICER_PASSWORD, slot.kdf, data_key, derive=derive_key)
    _rewrite_slot(paths, raised)

    with pytest.raises(VaultError) as refused:
        unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD).lock()
    assert refused.value.message == ALTERED
    assert not isinstance(refused.value, WrongPassword)
    assert _failures(paths, OFFICER) == 0, "an altered slot is not a wrong password"

    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as admin:
        reported = _events(admin, "key_slot_altered")
        assert [entry.details for entry in reported] == [{"accounts": [OFFICER]}]
        assert any(OFFICER in notice and "altered" in notice for notice in admin.notices)
        assert {i.user: i.role for i in accounts.list_users(admin)}[ADMIN] == "admin"


def test_an_account_added_without_the_admin_key_is_refused(tmp_path: Path) -> None:
    paths = _new_vault(tmp_path)
    with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD) as officer:
        keystore = Keystore.load(paths.keystore)
        with pytest.raises(VaultError, match="admin's key"):
            keystore.add_slot("mallory", "admin", "mallory's passphrase", officer.key,
                              FAST_TEST_PARAMS)
        # The same slot built one level lower, as an editor of the file would.
        forged = keystore_crypto.new_user_slot(
            keystore.vault_id, "mallory", "admin", "mallory's passphrase", officer.key,
            FAST_TEST_PARAMS, created_at="2026-12-01T10:00:00+00:00", derive=derive_key)
    _rewrite_slot(paths, forged)
    with pytest.raises(VaultError) as refused:
        unlock_vault(paths, user="mallory", password="mallory's passphrase").lock()
    assert refused.value.message == ALTERED
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as admin:
        assert [e.details for e in _events(admin, "key_slot_altered")] == [
            {"accounts": ["mallory"]}]


def test_removing_an_account_takes_the_admin_key(tmp_path: Path) -> None:
    paths = _new_vault(tmp_path)
    with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD):
        keystore = Keystore.load(paths.keystore)
        with pytest.raises(VaultError, match="admin's key"):
            keystore.remove_slot(ADMIN)


def test_a_key_of_her_own_is_found_at_the_admins_next_unlock(tmp_path: Path) -> None:
    """The limit, and what catches it: an interviewer holding the data key can sign a record
    with a key of her own and get in as admin; the admin's sealed key exposes it."""
    from fieldapp.vault.keystore_accounts import AdminSigner, signed_record

    paths = _new_vault(tmp_path)
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as admin:
        accounts.add_user(admin, "nadia", "admin", "second admin passphrase")
    with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD) as officer:
        data_key = officer.key
    document = parse_document(paths.keystore.read_bytes())
    slot = _officer_slot(paths)
    identity = keystore_crypto.open_identity(
        derive_key(OFFICER_PASSWORD, slot.salt, slot.kdf), document.vault_id, slot)
    raised = keystore_crypto.resealed(document.vault_id, replace(slot, role="admin"), identity,
                                      OFFICER_PASSWORD, slot.kdf, data_key, derive=derive_key)
    slots = tuple(raised if s.user == OFFICER else s for s in document.slots)
    own_key = signed_record(AdminSigner.generate(), document.vault_id, slots)
    paths.keystore.write_bytes(document_to_json(replace(document, slots=slots,
                                                        accounts=own_key)))
    with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD) as officer:
        assert officer.role == "admin"
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as admin:
        assert [e.details for e in _events(admin, "admin_key_replaced")] == [
            {"accounts_refused": [OFFICER, "nadia"]}]
        assert admin.signer is not None
    with pytest.raises(VaultError) as refused:
        unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD).lock()
    assert refused.value.message == ALTERED
    # The other admin proves herself with the key sealed in her slot and is listed again;
    # a wrong password on her unlisted slot is refused as altered, not counted.
    with pytest.raises(VaultError, match=ALTERED):
        unlock_vault(paths, user="nadia", password="not her passphrase").lock()
    assert _failures(paths, "nadia") == 0
    with unlock_vault(paths, user="nadia", password="second admin passphrase") as second:
        assert second.signer is not None
    assert Keystore.load(paths.keystore).altered_accounts() == [OFFICER]
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as admin:
        with pytest.raises(UsageError, match="remove the account and add it again"):
            accounts.reset_password(admin, OFFICER, "a new interviewer passphrase")
        accounts.remove_user(admin, OFFICER)
        accounts.add_user(admin, OFFICER, "interviewer", "a new interviewer passphrase")
    with unlock_vault(paths, user=OFFICER, password="a new interviewer passphrase") as back:
        assert back.role == "interviewer"


def test_normal_account_flows_stay_signed(tmp_path: Path) -> None:
    paths = _new_vault(tmp_path)
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as admin:
        assert admin.notices == []
        accounts.add_user(admin, "tomas", "supervisor", "supervisor passphrase")
        accounts.add_user(admin, "nadia", "admin", "second admin passphrase")
    with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD) as officer:
        assert officer.notices == [] and officer.signer is None
        accounts.change_password(officer, OFFICER_PASSWORD, "ines changed passphrase")
    with unlock_vault(paths, user="nadia", password="second admin passphrase") as second:
        assert second.signer is not None, "a second admin holds the admin key"
        accounts.change_password(second, "second admin passphrase", "nadia changed it")
    with unlock_vault(paths, user="nadia", password="nadia changed it") as second:
        assert second.signer is not None, "a password change keeps the admin key"
        accounts.remove_user(second, "tomas")
    with unlock_vault(paths, user=OFFICER, password="ines changed passphrase") as officer:
        assert officer.role == "interviewer" and officer.notices == []
        assert officer.keystore.signed and officer.keystore.altered_accounts() == []
        assert [i.user for i in accounts.list_users(officer)] == [ADMIN, OFFICER, "nadia"]


def test_recovery_resets_are_signed(tmp_path: Path) -> None:
    paths = _new_vault(tmp_path)
    identity_file = tmp_path / "recovery.key"
    recipient_file = tmp_path / "recovery.pub"
    recipient_file.write_text(accounts.new_recovery_identity(identity_file) + "\n")
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as admin:
        accounts.set_recovery_key(admin, recipient_file)
    copy = tmp_path / "copy.json"
    copy.write_bytes(paths.keystore.read_bytes())
    accounts.reset_password_with_recovery(copy, identity_file, OFFICER, "reset by supervisor")
    accounts.reset_password_with_recovery(copy, identity_file, ADMIN, "admin reset too")
    paths.keystore.write_bytes(copy.read_bytes())
    with unlock_vault(paths, user=OFFICER, password="reset by supervisor") as officer:
        assert officer.role == "interviewer"
    with unlock_vault(paths, user=ADMIN, password="admin reset too") as admin:
        assert admin.signer is not None and admin.notices == []
        accounts.add_user(admin, "tomas", "interviewer", "after recovery")


def test_a_key_rotation_does_not_hand_the_new_key_to_a_slot_of_her_own(tmp_path: Path) -> None:
    """Removing an account rotates the key so the removed person loses it; a slot she slipped
    into the file (tagged with the old key she held) must not receive the new one."""
    import pyrage

    paths = _new_vault(tmp_path)
    with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD) as officer:
        vault_id = officer.keystore.vault_id
        forged = keystore_crypto.new_user_slot(
            vault_id, "spare", "interviewer", "spare passphrase", officer.key,
            FAST_TEST_PARAMS, created_at="2026-12-01T10:00:00+00:00", derive=derive_key)
    spare = keystore_crypto.open_identity(
        derive_key("spare passphrase", forged.salt, forged.kdf), vault_id, forged)
    _rewrite_slot(paths, forged)
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as admin:
        accounts.remove_user(admin, OFFICER)
        new_key = admin.key
    document = parse_document(paths.keystore.read_bytes())
    for slot in document.slots:
        with pytest.raises(pyrage.DecryptError):
            pyrage.decrypt(slot.wrapped_key, [spare])
    assert new_key != b"" and "spare" not in {slot.user for slot in document.slots}


def test_a_record_removed_to_look_unsigned_is_refused(tmp_path: Path) -> None:
    """Setting the keystore back to the state before roles were signed would let a raised
    role open, and be signed by the admin's next unlock."""
    paths = _new_vault(tmp_path)
    with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD) as officer:
        data_key = officer.key
    document = parse_document(paths.keystore.read_bytes())
    slot = _officer_slot(paths)
    identity = keystore_crypto.open_identity(
        derive_key(OFFICER_PASSWORD, slot.salt, slot.kdf), document.vault_id, slot)
    raised = keystore_crypto.resealed(document.vault_id, replace(slot, role="admin"), identity,
                                      OFFICER_PASSWORD, slot.kdf, data_key, derive=derive_key)
    slots = tuple(raised if s.user == OFFICER else s for s in document.slots)
    paths.keystore.write_bytes(document_to_json(replace(document, slots=slots, accounts=None)))

    with pytest.raises(VaultError) as refused:
        unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD).lock()
    assert refused.value.message == ALTERED
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as admin:
        assert [e.details for e in _events(admin, "admin_key_replaced")] == [
            {"accounts_refused": [OFFICER]}]
        assert {"accounts": [OFFICER], "accounts_record": "removed"} in [
            e.details for e in _events(admin, "key_slot_altered")]
    with pytest.raises(VaultError, match=ALTERED):
        unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD).lock()


def test_the_command_line_refuses_an_altered_slot_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    import io

    from fieldapp import cli

    paths = _new_vault(tmp_path)
    with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD) as officer:
        data_key = officer.key
    vault_id = Keystore.load(paths.keystore).vault_id
    slot = _officer_slot(paths)
    identity = keystore_crypto.open_identity(
        derive_key(OFFICER_PASSWORD, slot.salt, slot.kdf), vault_id, slot)
    _rewrite_slot(paths, keystore_crypto.resealed(
        vault_id, replace(slot, role="admin"), identity, OFFICER_PASSWORD, slot.kdf, data_key,
        derive=derive_key))
    monkeypatch.setattr("sys.stdin", io.StringIO(OFFICER_PASSWORD + "\n"))
    code = cli.main(["--data-dir", str(paths.data_dir), "--user", OFFICER, "--password-stdin",
                     "interview", "list"])
    out, err = capsys.readouterr()
    assert (code, out, err) == (1, "", f"fieldapp: {ALTERED}\n")
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = cli.main(["--data-dir", str(paths.data_dir), "--user", ADMIN, "--password-stdin",
                     "user", "list"])
    out, err = capsys.readouterr()
    assert code == 0
    assert out.splitlines()[1].split() == [OFFICER, "admin", "altered"]
    assert err == ("fieldapp: note: these accounts' key slots were altered and are refused: "
                   f"{OFFICER}\n")
