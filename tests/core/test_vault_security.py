"""SECURITY.md's vault rows: stolen files, wrong password, guessing, rotation, recovery."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fieldapp.paths import VaultPaths
from fieldapp.services import accounts, maintenance
from fieldapp.services.session import Vault, unlock_vault
from fieldapp.vault import interviews
from fieldapp.vault.content_seal import ContentSealed
from fieldapp.vault.errors import SlotDisabled, SlotLockedOut, WrongPassword
from tests.conftest import ADMIN, ADMIN_PASSWORD

MARKER = "ZQXMARKER-Amal-Haddad-7731"


def _add_marker_interview(vault: Vault) -> int:
    record = interviews.create_interview(
        vault.connection, form_id="rapid_screening", form_version="1", language="en",
        interviewer=vault.user,
    )
    interviews.save_answers(vault.connection, record.id, [("/data/name", MARKER)])
    return record.id


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_marker_absent_from_every_file(vault: Vault, tmp_path: Path) -> None:
    _add_marker_interview(vault)
    backup_file = maintenance.backup(vault, tmp_path / "backup.fab")
    # Files while the vault is open (WAL present) and the backup.
    wal = vault.paths.data_dir / "vault.db-wal"
    assert wal.exists()
    for encoding in ("utf-8", "utf-16-le"):
        needle = MARKER.encode(encoding)
        assert needle not in _all_bytes(vault.paths.data_dir)
        assert needle not in backup_file.read_bytes()
    vault.lock()
    assert MARKER.encode() not in _all_bytes(vault.paths.data_dir)


def test_plain_sqlite_cannot_read_the_vault(vault: Vault) -> None:
    _add_marker_interview(vault)
    plain = sqlite3.connect(vault.paths.database)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT name FROM sqlite_master").fetchall()
    plain.close()


def test_wrong_password_is_clean(vault: Vault, capfd: pytest.CaptureFixture[str]) -> None:
    paths = vault.paths
    vault.lock()
    with pytest.raises(WrongPassword):
        unlock_vault(paths, user=ADMIN, password="not the password")
    with pytest.raises(WrongPassword):
        unlock_vault(paths, user="nobody", password="not the password")
    assert capfd.readouterr().err == ""


def test_guessing_backs_off_then_disables_and_recovery_restores(
    vault: Vault, tmp_path: Path
) -> None:
    identity_file = tmp_path / "supervisor.age"
    recipient = accounts.new_recovery_identity(identity_file)
    (tmp_path / "recipient.txt").write_text(recipient + "\n")
    accounts.set_recovery_key(vault, tmp_path / "recipient.txt")
    record_id = _add_marker_interview(vault)
    paths = vault.paths
    vault.lock()

    now = [datetime(2026, 11, 22, 8, 0, tzinfo=UTC)]

    def clock() -> datetime:
        return now[0]

    outcomes: list[str] = []
    for _attempt in range(40):
        try:
            unlock_vault(paths, user=ADMIN, password="guess", clock=clock)
        except WrongPassword:
            outcomes.append("wrong")
        except SlotLockedOut as locked:
            outcomes.append("locked")
            assert locked.retry_after > 0
            now[0] += timedelta(seconds=locked.retry_after + 1)
        except SlotDisabled:
            outcomes.append("disabled")
            break
    assert outcomes[:5] == ["wrong"] * 5
    assert "locked" in outcomes
    assert outcomes[-1] == "disabled"
    # Even the right password no longer opens a disabled slot.
    with pytest.raises(SlotDisabled):
        unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD, clock=clock)

    accounts.reset_password_with_recovery(
        paths.keystore, identity_file, ADMIN, "a brand new passphrase"
    )
    with unlock_vault(paths, user=ADMIN, password="a brand new passphrase", clock=clock) as again:
        assert interviews.load_answers(again.connection, record_id) == [("/data/name", MARKER)]


def test_password_change_and_rotation_keep_data(vault: Vault) -> None:
    record_id = _add_marker_interview(vault)
    accounts.add_user(vault, "officer", "interviewer", "officer password 1")
    accounts.change_password(vault, ADMIN_PASSWORD, "second admin password")
    old_key = vault.key
    accounts.rotate_key(vault)
    assert vault.key != old_key
    paths = vault.paths
    vault.lock()
    with unlock_vault(paths, user="admin", password="second admin password") as opened:
        assert interviews.load_answers(opened.connection, record_id)[0][1] == MARKER
    with unlock_vault(paths, user="officer", password="officer password 1") as opened:
        # The officer's password opens the rotated vault, not the admin's interview content.
        assert interviews.get_by_id(opened.connection, record_id).interviewer == "admin"
        with pytest.raises(ContentSealed):
            interviews.load_answers(opened.connection, record_id)
    with pytest.raises(WrongPassword):
        unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD)


def test_removing_a_user_rotates_the_key(vault: Vault) -> None:
    accounts.add_user(vault, "leaver", "interviewer", "leaver password")
    old_key = vault.key
    accounts.remove_user(vault, "leaver")
    assert vault.key != old_key
    events = [row[0] for row in vault.connection.execute("SELECT event FROM audit_log")]
    assert events[-2:] == ["user_removed", "key_rotated"]
    paths = vault.paths
    vault.lock()
    with pytest.raises(WrongPassword):
        unlock_vault(paths, user="leaver", password="leaver password")


def test_interrupted_rotation_is_completed_at_unlock(vault: Vault) -> None:
    """Simulate a crash after the rekey but before the keystore was replaced."""
    from fieldapp.services.session import pending_keystore_path
    from fieldapp.vault.keystore import Keystore

    record_id = _add_marker_interview(vault)
    pending = Keystore.load(vault.paths.keystore)
    new_key = bytes(range(32))
    pending.reseal_all(new_key, current_key=vault.key)
    pending.save_as(pending_keystore_path(vault.paths))
    vault.connection.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    paths = vault.paths
    vault.lock()
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as opened:
        assert interviews.load_answers(opened.connection, record_id)[0][1] == MARKER
    assert not pending_keystore_path(paths).exists()


def test_backup_restore_round_trip(vault: Vault, tmp_path: Path) -> None:
    record_id = _add_marker_interview(vault)
    backup_file = maintenance.backup(vault, tmp_path / "b.fab")
    interviews.save_answers(vault.connection, record_id, [("/data/later", "after backup")])
    accounts.rotate_key(vault)
    paths = vault.paths
    vault.lock()
    moved = maintenance.restore(paths, backup_file, user=ADMIN, password=ADMIN_PASSWORD)
    assert moved is not None and (moved / "vault.db").exists()
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as opened:
        answers = dict(interviews.load_answers(opened.connection, record_id))
        assert answers == {"/data/name": MARKER}
        assert all(r.ok for r in maintenance.check_vault(opened))


def test_restore_into_empty_folder(vault: Vault, tmp_path: Path) -> None:
    _add_marker_interview(vault)
    backup_file = maintenance.backup(vault, tmp_path / "b.fab")
    fresh = VaultPaths(tmp_path / "new-laptop")
    assert maintenance.restore(fresh, backup_file, user=ADMIN, password=ADMIN_PASSWORD) is None
    with unlock_vault(fresh, user=ADMIN, password=ADMIN_PASSWORD) as opened:
        assert opened.keystore.vault_id == vault.keystore.vault_id


@pytest.mark.parametrize("content", [b"", b"junk" * 100, b"\x00" * 10240])
def test_damaged_backup_is_refused(vault: Vault, tmp_path: Path, content: bytes) -> None:
    damaged = tmp_path / "damaged.fab"
    damaged.write_bytes(content)
    with pytest.raises(maintenance.BackupError):
        maintenance.restore(vault.paths, damaged, user=ADMIN, password=ADMIN_PASSWORD)
    assert vault.paths.database.exists()


def test_check_reports_healthy_vault(vault: Vault) -> None:
    results = maintenance.check_vault(vault)
    assert [r.name for r in results] == [
        "database structure", "encrypted pages", "file permissions", "audit log"]
    assert all(r.ok for r in results)


def test_keystore_backup_opens_the_vault_after_rotation(vault: Vault) -> None:
    """After a rotation, keystore.json.bak must seal the new key, not the old one."""
    import shutil

    accounts.rotate_key(vault)
    paths = vault.paths
    vault.lock()
    shutil.copy(paths.keystore_backup, paths.keystore)
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as opened:
        assert opened.role == "admin"
