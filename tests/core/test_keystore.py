"""Key slots: unlock, wrong passwords, back-off, recovery, password changes, key rotation.

Real Argon2id (with the fast test parameters), real AES-GCM and real age throughout. The
``Vault`` helper here is shared by the other keystore test files.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass, replace
from pathlib import Path

import pyrage
import pytest

from fieldapp.errors import UsageError
from fieldapp.vault import keystore_crypto
from fieldapp.vault.errors import (
    KeystoreTampered,
    RecoveryNotSet,
    SlotDisabled,
    SlotLockedOut,
    UnknownUser,
    UserExists,
    WrongPassword,
    WrongRecoveryKey,
)
from fieldapp.vault.kdf import FAST_TEST_PARAMS, KdfParams, derive_key
from fieldapp.vault.keystore import Keystore
from fieldapp.vault.keystore_backoff import delay_after

START = 1_790_000_000.0
PASSWORDS = {"amira": "first admin passphrase", "tomas": "interviewer passphrase"}


class CountingDerive:
    """The real Argon2id, counting how often it runs."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, password: str, salt: bytes, params: KdfParams) -> bytes:
        self.calls += 1
        return derive_key(password, salt, params)


@dataclass
class Vault:
    """A saved keystore with two users and a recovery slot, and what opens it."""

    path: Path
    key: bytes
    recovery: pyrage.x25519.Identity
    derive: CountingDerive

    def load(self) -> Keystore:
        return Keystore.load(self.path, clock=lambda: START, derive=self.derive)


def make_vault(folder: Path, *, recovery: bool = True, vault_id: str | None = None) -> Vault:
    folder.mkdir(parents=True, exist_ok=True)
    key = os.urandom(32)
    derive = CountingDerive()
    keystore = Keystore.create(folder / "keystore.json", vault_id=vault_id, clock=lambda: START,
                               derive=derive)
    keystore.add_slot("amira", "admin", PASSWORDS["amira"], key, FAST_TEST_PARAMS)
    keystore.add_slot("tomas", "interviewer", PASSWORDS["tomas"], key, FAST_TEST_PARAMS)
    identity = pyrage.x25519.Identity.generate()
    if recovery:
        keystore.set_recovery_recipient(str(identity.to_public()), key)
    keystore.save()
    return Vault(folder / "keystore.json", key, identity, derive)


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return make_vault(tmp_path / "vault")


def test_every_user_unlocks_the_same_key(vault: Vault) -> None:
    keystore = vault.load()
    for user, password in PASSWORDS.items():
        assert keystore.unlock(user, password, now=START) == vault.key
    assert len(keystore.vault_id) == 32
    infos = {info.user: info for info in keystore.users()}
    assert infos["amira"].role == "admin" and infos["tomas"].role == "interviewer"
    assert infos["amira"].created_at.timestamp() == START
    assert infos["amira"].failed_attempts == 0 and not infos["amira"].disabled
    assert infos["amira"].weak_kdf  # the fast test parameters are below the floor


def test_wrong_password_and_unknown_user_look_the_same(vault: Vault) -> None:
    keystore = vault.load()
    with pytest.raises(WrongPassword) as wrong:
        keystore.unlock("amira", "not it", now=START)
    calls = vault.derive.calls
    with pytest.raises(WrongPassword) as unknown:
        keystore.unlock("nobody", "not it", now=START)
    assert str(wrong.value) == str(unknown.value) == "wrong user name or password"
    assert vault.derive.calls == calls + 1  # an unknown name costs a derivation too
    with pytest.raises(WrongPassword):
        keystore.unlock("Amira", PASSWORDS["amira"], now=START)  # names are exact


def test_back_off_grows_then_disables_without_running_the_kdf(vault: Vault) -> None:
    now = START
    delays = []
    for attempt in range(1, 16):
        keystore = vault.load()  # a fresh process each time: the count is on disk
        if attempt > 5:
            calls = vault.derive.calls
            with pytest.raises(SlotLockedOut) as locked:
                keystore.unlock("tomas", "guess", now=now)
            assert vault.derive.calls == calls  # refused before the KDF
            delays.append(locked.value.retry_after)
            with pytest.raises(SlotLockedOut):
                keystore.unlock("tomas", "guess", now=now + locked.value.retry_after - 1)
            now += locked.value.retry_after
        expected = SlotDisabled if attempt == 15 else WrongPassword
        with pytest.raises(expected):
            keystore.unlock("tomas", "guess", now=now)
    assert delays == [30, 60, 120, 240, 480, 900, 900, 900, 900, 900]
    keystore = vault.load()
    assert next(i for i in keystore.users() if i.user == "tomas").disabled
    calls = vault.derive.calls
    with pytest.raises(SlotDisabled):
        keystore.unlock("tomas", PASSWORDS["tomas"], now=now + 86400)
    assert vault.derive.calls == calls
    # Other users are not affected.
    assert keystore.unlock("amira", PASSWORDS["amira"], now=now) == vault.key


def test_delay_table() -> None:
    assert [delay_after(n) for n in range(4, 12)] == [0, 30, 60, 120, 240, 480, 900, 900]
    assert delay_after(10**6) == 900


def test_correct_password_clears_the_count(vault: Vault) -> None:
    keystore = vault.load()
    for _ in range(4):
        with pytest.raises(WrongPassword):
            keystore.unlock("tomas", "guess", now=START)
    assert vault.load().users()[1].failed_attempts == 4
    assert keystore.unlock("tomas", PASSWORDS["tomas"], now=START) == vault.key
    info = vault.load().users()[1]
    assert info.failed_attempts == 0 and info.locked_until is None


def test_clock_moved_back_does_not_lock_for_ever(vault: Vault) -> None:
    keystore = vault.load()
    for _ in range(5):
        with pytest.raises(WrongPassword):
            keystore.unlock("tomas", "guess", now=START)
    with pytest.raises(SlotLockedOut) as locked:
        keystore.unlock("tomas", "guess", now=START - 86400)
    assert locked.value.retry_after == 30
    assert keystore.unlock("tomas", PASSWORDS["tomas"], now=START - 86400 + 30) == vault.key


def guess_until_disabled(keystore: Keystore, user: str) -> float:
    """Wrong guesses, waiting out each delay, until the slot is disabled; the time then."""
    now = START
    for _attempt in range(100):
        try:
            keystore.unlock(user, "guess", now=now)
        except SlotLockedOut as locked:
            now += locked.retry_after
        except WrongPassword:
            pass
        except SlotDisabled:
            return now
    raise AssertionError("the slot was never disabled")


def test_recovery_reenables_a_disabled_slot(vault: Vault) -> None:
    keystore = vault.load()
    now = guess_until_disabled(keystore, "tomas")
    assert keystore.users()[1].failed_attempts == 15
    with pytest.raises(SlotDisabled):
        keystore.unlock("tomas", PASSWORDS["tomas"], now=now)
    # On the supervisor's machine, from a copy of the file.
    copy = vault.path.with_name("copied.json")
    copy.write_bytes(vault.path.read_bytes())
    supervisor = Keystore.load(copy)
    data_key = supervisor.recover(vault.recovery)
    assert data_key == vault.key
    supervisor.reset_password("tomas", "a fresh passphrase", data_key, FAST_TEST_PARAMS)
    supervisor.save()
    returned = Keystore.load(copy)
    info = returned.users()[1]
    assert not info.disabled and info.failed_attempts == 0
    assert returned.unlock("tomas", "a fresh passphrase", now=now) == vault.key
    with pytest.raises(WrongPassword):
        returned.unlock("tomas", PASSWORDS["tomas"], now=now)


def test_recovery_needs_the_right_identity(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(WrongRecoveryKey):
        vault.load().recover(pyrage.x25519.Identity.generate())
    without = make_vault(tmp_path / "other", recovery=False)
    with pytest.raises(RecoveryNotSet):
        without.load().recover(vault.recovery)
    assert without.load().recovery_recipient is None
    assert vault.load().recovery_recipient == str(vault.recovery.to_public())


def test_change_password_keeps_the_key(vault: Vault) -> None:
    keystore = vault.load()
    before = keystore.users()[0]
    strong = KdfParams(memory_kib=2048, iterations=2, lanes=2)
    keystore.change_password("amira", PASSWORDS["amira"], "second passphrase", strong)
    keystore.save()
    again = vault.load()
    assert again.unlock("amira", "second passphrase", now=START) == vault.key
    with pytest.raises(WrongPassword):
        again.unlock("amira", PASSWORDS["amira"], now=START)
    after = again.users()[0]
    assert after.slot_id == before.slot_id and after.kdf == strong
    assert again.recover(vault.recovery) == vault.key


def test_change_password_with_a_wrong_old_password_counts(vault: Vault) -> None:
    keystore = vault.load()
    with pytest.raises(WrongPassword):
        keystore.change_password("amira", "guess", "new", FAST_TEST_PARAMS)
    assert vault.load().users()[0].failed_attempts == 1
    assert keystore.unlock("amira", PASSWORDS["amira"], now=START) == vault.key


def test_reseal_all_moves_every_slot_and_recovery_to_the_new_key(vault: Vault) -> None:
    keystore = vault.load()
    new_key = os.urandom(32)
    calls = vault.derive.calls
    keystore.reseal_all(new_key, current_key=vault.key)
    assert vault.derive.calls == calls  # no password needed
    keystore.save_as(vault.path.with_name("keystore.json.next"))
    assert keystore.path.name == "keystore.json.next"
    resealed = Keystore.load(keystore.path)
    for user, password in PASSWORDS.items():
        assert resealed.unlock(user, password, now=START) == new_key
    assert resealed.recover(vault.recovery) == new_key
    assert vault.load().unlock("amira", PASSWORDS["amira"], now=START) == vault.key


def test_reseal_all_refuses_a_wrong_current_key(vault: Vault) -> None:
    with pytest.raises(KeystoreTampered):
        vault.load().reseal_all(os.urandom(32), current_key=os.urandom(32))


def test_slot_changes_need_the_vaults_key(vault: Vault) -> None:
    keystore = vault.load()
    wrong = os.urandom(32)
    with pytest.raises(KeystoreTampered):
        keystore.add_slot("lena", "interviewer", "pw", wrong, FAST_TEST_PARAMS)
    with pytest.raises(KeystoreTampered):
        keystore.reset_password("tomas", "pw", wrong, FAST_TEST_PARAMS)
    with pytest.raises(KeystoreTampered):
        keystore.set_recovery_recipient(str(pyrage.x25519.Identity.generate().to_public()),
                                        wrong)


def test_account_rules(vault: Vault) -> None:
    keystore = vault.load()
    with pytest.raises(UserExists):
        keystore.add_slot("AMIRA", "interviewer", "pw", vault.key, FAST_TEST_PARAMS)
    for name in ("", " lead", "x" * 65, "tab\tname"):
        with pytest.raises(UsageError):
            keystore.add_slot(name, "interviewer", "pw", vault.key, FAST_TEST_PARAMS)
    with pytest.raises(UsageError):
        keystore.add_slot("lena", "owner", "pw", vault.key, FAST_TEST_PARAMS)
    with pytest.raises(UsageError):
        keystore.add_slot("lena", "interviewer", "", vault.key, FAST_TEST_PARAMS)
    with pytest.raises(UsageError):
        keystore.set_recovery_recipient("age1notakey", vault.key)
    with pytest.raises(UnknownUser):
        keystore.remove_slot("nobody")
    with pytest.raises(UnknownUser):
        keystore.reset_password("nobody", "pw", vault.key, FAST_TEST_PARAMS)
    with pytest.raises(UnknownUser):
        keystore.change_password("nobody", "pw", "pw2", FAST_TEST_PARAMS)
    info = keystore.add_slot("lena", "supervisor", "lena passphrase", vault.key,
                             FAST_TEST_PARAMS)
    assert info.role == "supervisor" and info.user == "lena"


def test_removed_user_cannot_unlock(vault: Vault) -> None:
    keystore = vault.load()
    keystore.remove_slot("tomas")
    keystore.save()
    again = vault.load()
    with pytest.raises(WrongPassword):
        again.unlock("tomas", PASSWORDS["tomas"], now=START)
    assert again.unlock("amira", PASSWORDS["amira"], now=START) == vault.key
    with pytest.raises(UsageError):
        again.remove_slot("amira")  # never leave a vault nobody can open


def _inserted_slot(vault: Vault, attacker_key: bytes) -> Keystore:
    """An editor of the file adds a slot of their own, sealed to a key they chose."""
    keystore = vault.load()
    intruder = keystore_crypto.new_user_slot(
        keystore.vault_id, "mallory", "admin", "mallory pw", attacker_key, FAST_TEST_PARAMS,
        created_at="2026-01-01T00:00:00+00:00", derive=derive_key,
    )
    document = keystore._document
    keystore._document = replace(document, slots=(*document.slots, intruder))
    keystore.save()
    return vault.load()


def test_an_inserted_slot_never_receives_a_key(vault: Vault) -> None:
    attacker_key = os.urandom(32)
    keystore = _inserted_slot(vault, attacker_key)
    with pytest.raises(KeystoreTampered):
        keystore.unlock("amira", PASSWORDS["amira"], now=START)
    with pytest.raises(KeystoreTampered):
        keystore.reseal_all(os.urandom(32), current_key=vault.key)
    with pytest.raises(KeystoreTampered):
        keystore.add_slot("lena", "interviewer", "pw", vault.key, FAST_TEST_PARAMS)


def test_a_replaced_recovery_recipient_never_receives_a_key(vault: Vault) -> None:
    keystore = vault.load()
    attacker = pyrage.x25519.Identity.generate()
    forged = keystore_crypto.new_recovery_slot(
        keystore.vault_id, str(attacker.to_public()), os.urandom(32), "2026-01-01T00:00:00+00:00"
    )
    keystore._document = replace(keystore._document, recovery=forged)
    keystore.save()
    edited = vault.load()
    with pytest.raises(KeystoreTampered):
        edited.unlock("tomas", PASSWORDS["tomas"], now=START)
    with pytest.raises(KeystoreTampered):
        edited.reseal_all(os.urandom(32), current_key=vault.key)


def test_a_damaged_slot_can_be_dropped_after_recovery(vault: Vault) -> None:
    keystore = vault.load()
    tomas = keystore._document.slots[1]
    broken = replace(tomas, tag=bytes(32))
    keystore._document = replace(keystore._document, slots=(keystore._document.slots[0], broken))
    keystore.save()
    damaged = vault.load()
    with pytest.raises(KeystoreTampered):
        damaged.unlock("amira", PASSWORDS["amira"], now=START)
    data_key = damaged.recover(vault.recovery)
    assert damaged.drop_unverified_slots(data_key) == ["tomas"]
    damaged.add_slot("tomas", "interviewer", "new tomas pw", data_key, FAST_TEST_PARAMS)
    damaged.save()
    repaired = vault.load()
    assert repaired.unlock("amira", PASSWORDS["amira"], now=START) == vault.key
    assert repaired.unlock("tomas", "new tomas pw", now=START) == vault.key


def test_no_secret_is_written_to_the_file(vault: Vault) -> None:
    keystore = vault.load()
    with pytest.raises(WrongPassword):
        keystore.unlock("amira", "wrong", now=START)
    assert keystore.unlock("amira", PASSWORDS["amira"], now=START) == vault.key
    keystore.change_password("tomas", PASSWORDS["tomas"], "changed", FAST_TEST_PARAMS)
    keystore.save()
    folder = vault.path.parent
    assert sorted(p.name for p in folder.iterdir()) == ["keystore.json", "keystore.json.bak"]
    written = b"".join(p.read_bytes() for p in folder.iterdir())
    needles = [
        vault.key, vault.key.hex().encode(), vault.key.hex().upper().encode(),
        base64.b64encode(vault.key), base64.urlsafe_b64encode(vault.key).rstrip(b"="),
        b"AGE-SECRET-KEY", str(vault.recovery).encode(), b"changed",
        *(password.encode() for password in PASSWORDS.values()),
    ]
    for needle in needles:
        assert needle not in written
