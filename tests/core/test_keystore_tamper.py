"""Keystore tampering: any edited field or swapped slot makes unlock fail, never a wrong key.

The back-off counters are the one part that changes without a key; editing them may let the
right password through (with the right key) or lock the slot, but never yields another key.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.vault import keystore_crypto
from fieldapp.vault.errors import KeystoreTampered, VaultError, WrongPassword
from fieldapp.vault.kdf import derive_key
from fieldapp.vault.keystore import Keystore
from fieldapp.vault.keystore_records import UserSlot
from tests.core.test_keystore import PASSWORDS, START, Vault, make_vault

COUNTERS = {"failed_attempts", "last_failure_at", "disabled", "failures_total"}
BINARY = {"salt", "nonce", "sealed_identity", "wrapped_key", "tag"}
JsonPath = tuple[str | int, ...]


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return make_vault(tmp_path / "vault")


def outcomes(path: Path, vault: Vault) -> Iterator[tuple[str, bytes | VaultError]]:
    """Every way in: each user with each password, and the recovery identity."""
    for user in PASSWORDS:
        for password in PASSWORDS.values():
            try:
                yield f"{user}/{password}", Keystore.load(path).unlock(user, password, now=START)
            except VaultError as error:
                yield f"{user}/{password}", error
    try:
        yield "recovery", Keystore.load(path).recover(vault.recovery)
    except VaultError as error:
        yield "recovery", error


def assert_nothing_opens(path: Path, vault: Vault, *, recovery_too: bool) -> None:
    """No password opens the edited file; nor, if the edit touched it, the recovery slot.

    Recovery checks only the recovery slot, so a supervisor can still repair a keystore whose
    user slots were damaged; what it returns there is the right key or nothing.
    """
    for way, result in outcomes(path, vault):
        if way != "recovery" or recovery_too:
            assert isinstance(result, VaultError), f"{way} still opened the keystore"
        else:
            assert isinstance(result, VaultError) or result == vault.key, way


def assert_never_a_wrong_key(path: Path, vault: Vault) -> None:
    for way, result in outcomes(path, vault):
        assert isinstance(result, VaultError) or result == vault.key, way


def leaves(value: Any, path: JsonPath = ()) -> Iterator[tuple[JsonPath, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from leaves(item, (*path, index))
    else:
        yield path, value


def changed_values(path: JsonPath, value: Any) -> list[Any]:
    """Well-formed replacements for one field, so the check reached is the cryptographic one."""
    name = path[-1]
    if name in BINARY:
        data = bytearray(base64.b64decode(value))
        variants = []
        for position in (0, len(data) // 2, len(data) - 1):
            flipped = bytearray(data)
            flipped[position] ^= 0x01
            variants.append(base64.b64encode(bytes(flipped)).decode())
        return variants
    if name == "recipient":
        return [str(pyrage.x25519.Identity.generate().to_public())]
    if name == "created_at":
        return [(datetime.fromisoformat(value) + timedelta(seconds=1)).isoformat()]
    if name == "role":
        return ["supervisor" if value != "supervisor" else "admin"]
    if name == "algorithm":
        return ["argon2i"]
    if isinstance(value, bool):
        return [not value]
    if isinstance(value, int):
        return [value + 8]
    if value is None:
        return [START]
    if isinstance(value, str):
        return [value[:-1] + ("a" if value[-1] != "a" else "b")]
    raise AssertionError(f"no mutation for {path}")


def edited(original: Any, path: JsonPath, new: Any, *, delete: bool = False) -> bytes:
    document = json.loads(json.dumps(original))
    target = document
    for part in path[:-1]:
        target = target[part]
    if delete:
        del target[path[-1]]
    else:
        target[path[-1]] = new
    return json.dumps(document, indent=2).encode()


def field_edits(vault: Vault) -> Iterator[tuple[str, bool, bytes]]:
    """(label, is a counter, file bytes) for every field changed and every field deleted."""
    original = json.loads(vault.path.read_text())
    for path, value in leaves(original):
        counter = path[-1] in COUNTERS
        label = "/".join(map(str, path))
        for new in changed_values(path, value):
            yield f"{label} = {new!r}", counter, edited(original, path, new)
        yield f"{label} deleted", False, edited(original, path, None, delete=True)


def test_editing_any_field_makes_every_unlock_fail(vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / "edited" / "keystore.json"
    target.parent.mkdir()
    checked = 0
    for label, counter, content in field_edits(vault):
        target.write_bytes(content)
        if counter:
            assert_never_a_wrong_key(target, vault)
        else:
            try:
                recovery_too = not label.startswith("slots/")
                assert_nothing_opens(target, vault, recovery_too=recovery_too)
            except AssertionError as failure:
                raise AssertionError(f"after editing {label}: {failure}") from None
        checked += 1
    assert checked > 80  # every slot field, the recovery slot and the top level


def test_a_plain_copy_still_opens(vault: Vault, tmp_path: Path) -> None:
    """The control for the test above: an unedited copy opens for the right passwords."""
    copy = tmp_path / "copy.json"
    copy.write_bytes(edited(json.loads(vault.path.read_text()), ("version",), 2))
    results = dict(outcomes(copy, vault))
    assert results["amira/" + PASSWORDS["amira"]] == vault.key
    assert results["tomas/" + PASSWORDS["tomas"]] == vault.key
    assert results["recovery"] == vault.key
    assert isinstance(results["amira/" + PASSWORDS["tomas"]], VaultError)


SLOT_FIELDS = [
    "slot_id", "user", "role", "created_at", "kdf", "salt", "nonce", "sealed_identity",
    "recipient", "wrapped_key", "tag",
]
SWAPS: dict[str, list[str]] = {
    "everything but the name": [f for f in SLOT_FIELDS if f != "user"],
    "names": ["user"],
    "names and roles": ["user", "role"],
    "roles": ["role"],
    "wrapped keys": ["wrapped_key"],
    "wrapped keys and tags": ["wrapped_key", "tag"],
    "sealed identities": ["nonce", "sealed_identity"],
    "identities with their recipients": ["nonce", "sealed_identity", "recipient"],
    "salts and parameters": ["salt", "kdf"],
    "slot ids": ["slot_id"],
    "tags": ["tag"],
}


@pytest.mark.parametrize("fields", list(SWAPS.values()), ids=list(SWAPS))
def test_swapping_slot_contents_opens_nothing(vault: Vault, fields: list[str]) -> None:
    document = json.loads(vault.path.read_text())
    first, second = document["slots"]
    for field in fields:
        first[field], second[field] = second[field], first[field]
    vault.path.write_text(json.dumps(document))
    assert_nothing_opens(vault.path, vault, recovery_too=False)


def test_reordering_whole_slots_is_harmless(vault: Vault) -> None:
    document = json.loads(vault.path.read_text())
    document["slots"].reverse()
    vault.path.write_text(json.dumps(document))
    keystore = Keystore.load(vault.path)
    assert keystore.unlock("tomas", PASSWORDS["tomas"], now=START) == vault.key
    assert {i.user: i.role for i in keystore.users()} == {"tomas": "interviewer",
                                                         "amira": "admin"}


MixIn = Callable[[dict[str, Any], dict[str, Any]], None]


def _take_slot(field: str | None) -> MixIn:
    def mix(mine: dict[str, Any], theirs: dict[str, Any]) -> None:
        if field is None:
            mine["slots"][0] = theirs["slots"][0]
        else:
            mine["slots"][0][field] = theirs["slots"][0][field]
    return mix


def _take_top(field: str) -> MixIn:
    def mix(mine: dict[str, Any], theirs: dict[str, Any]) -> None:
        mine[field] = theirs[field]
    return mix


CROSS_VAULT: dict[str, MixIn] = {
    "whole slot": _take_slot(None),
    "wrapped key": _take_slot("wrapped_key"),
    "sealed identity": _take_slot("sealed_identity"),
    "vault id": _take_top("vault_id"),
    "recovery slot": _take_top("recovery"),
}


TOP_LEVEL_MIXES = (CROSS_VAULT["vault id"], CROSS_VAULT["recovery slot"])


@pytest.mark.parametrize("mix", list(CROSS_VAULT.values()), ids=list(CROSS_VAULT))
def test_parts_of_another_vault_open_nothing(tmp_path: Path, mix: MixIn) -> None:
    mine = make_vault(tmp_path / "mine")
    theirs = make_vault(tmp_path / "theirs")
    document = json.loads(mine.path.read_text())
    mix(document, json.loads(theirs.path.read_text()))
    mine.path.write_text(json.dumps(document))
    for who in (mine, theirs):  # same passwords in both; either recovery identity
        assert_nothing_opens(mine.path, who, recovery_too=mix in TOP_LEVEL_MIXES)


def _flip_outcome(vault: Vault, folder: Path, content: bytes) -> None:
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    target = folder / "keystore.json"
    target.write_bytes(content)
    assert_never_a_wrong_key(target, vault)


def _flipped(original: bytes, flips: list[tuple[int, int]]) -> bytes:
    data = bytearray(original)
    for position, mask in flips:
        data[position % len(data)] ^= mask
    return bytes(data)


FLIPS = st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(1, 255)), min_size=1,
                 max_size=3)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=FLIPS)
def test_random_flips_never_give_a_wrong_key(
    vault: Vault, tmp_path: Path, flips: list[tuple[int, int]]
) -> None:
    _flip_outcome(vault, tmp_path / "flipped", _flipped(vault.path.read_bytes(), flips))


@pytest.mark.slow
@settings(max_examples=3000, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=FLIPS)
def test_random_flips_never_give_a_wrong_key_long(
    vault: Vault, tmp_path: Path, flips: list[tuple[int, int]]
) -> None:
    _flip_outcome(vault, tmp_path / "flipped", _flipped(vault.path.read_bytes(), flips))


@pytest.mark.parametrize("stride", [pytest.param(1, marks=pytest.mark.slow), 29])
def test_each_single_bit_flip_never_gives_a_wrong_key(
    vault: Vault, tmp_path: Path, stride: int
) -> None:
    original = vault.path.read_bytes()
    for position in range(0, len(original), stride):
        _flip_outcome(vault, tmp_path / "flipped", _flipped(original, [(position, 0x04)]))


# Each layer on its own: the tests above would still pass with one layer missing, since the
# layers overlap on purpose; these fail if any single one is removed.


def _one_slot(vault: Vault) -> tuple[Keystore, UserSlot]:
    keystore = Keystore.load(vault.path)
    return keystore, keystore._document.slots[0]


AAD_EDITS: dict[str, Callable[[UserSlot], UserSlot]] = {
    "user": lambda slot: replace(slot, user="tomas"),
    "role": lambda slot: replace(slot, role="interviewer"),
    "slot id": lambda slot: replace(slot, slot_id="0" * 32),
    "created at": lambda slot: replace(slot, created_at="2030-01-01T00:00:00+00:00"),
    "kdf": lambda slot: replace(slot, kdf=replace(slot.kdf, iterations=2)),
    "recipient": lambda slot: replace(
        slot, recipient=str(pyrage.x25519.Identity.generate().to_public())
    ),
}


@pytest.mark.parametrize("edit", list(AAD_EDITS.values()), ids=list(AAD_EDITS))
def test_gcm_binds_each_public_field(vault: Vault, edit: Callable[[UserSlot], UserSlot]) -> None:
    keystore, slot = _one_slot(vault)
    slot_key = derive_key(PASSWORDS["amira"], slot.salt, slot.kdf)
    assert keystore_crypto.open_identity(slot_key, keystore.vault_id, slot)
    with pytest.raises(WrongPassword):
        keystore_crypto.open_identity(slot_key, keystore.vault_id, edit(slot))
    with pytest.raises(WrongPassword):
        keystore_crypto.open_identity(slot_key, "another-vault", slot)


@pytest.mark.parametrize(
    ("vault_id", "slot_id", "user"),
    [("other", "s1", "amira"), ("v1", "s2", "amira"), ("v1", "s1", "tomas"),
     ("v1", "s1", "amira2"), ("v", "1s1", "amira")],
)
def test_wrapped_key_names_its_slot(vault_id: str, slot_id: str, user: str) -> None:
    identity = pyrage.x25519.Identity.generate()
    key = bytes(range(32))
    wrapped = keystore_crypto.wrap_key(key, str(identity.to_public()), "v1", "s1", "amira")
    assert keystore_crypto.unwrap_key(wrapped, identity, "v1", "s1", "amira") == key
    with pytest.raises(KeystoreTampered):
        keystore_crypto.unwrap_key(wrapped, identity, vault_id, slot_id, user)


def test_a_wrapped_key_reencrypted_to_another_slot_is_caught(vault: Vault) -> None:
    """A user who can open their own wrapped key re-encrypts it to another slot's recipient."""
    document = json.loads(vault.path.read_text())
    keystore = Keystore.load(vault.path)
    amira, tomas = keystore._document.slots
    tomas_identity = keystore_crypto.open_identity(
        derive_key(PASSWORDS["tomas"], tomas.salt, tomas.kdf), keystore.vault_id, tomas
    )
    plain = pyrage.decrypt(tomas.wrapped_key, [tomas_identity])
    moved = pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(amira.recipient)])
    document["slots"][0]["wrapped_key"] = base64.b64encode(moved).decode()
    vault.path.write_text(json.dumps(document))
    with pytest.raises(KeystoreTampered):
        Keystore.load(vault.path).unlock("amira", PASSWORDS["amira"], now=START)
