"""The keystore file on disk: atomic saves with a backup, and clean errors for bad files."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from fieldapp.errors import FieldappError
from fieldapp.vault import keystore_file
from fieldapp.vault.errors import (
    KeystoreDamaged,
    KeystoreUnavailable,
    VaultNotFound,
    WrongPassword,
)
from fieldapp.vault.kdf import FAST_TEST_PARAMS
from fieldapp.vault.keystore import Keystore
from tests.core.test_keystore import PASSWORDS, START, Vault, make_vault


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return make_vault(tmp_path / "vault")


def test_save_keeps_the_previous_file_as_bak(vault: Vault) -> None:
    first = vault.path.read_bytes()
    keystore = vault.load()
    keystore.add_slot("lena", "supervisor", "lena pw", vault.key, FAST_TEST_PARAMS)
    keystore.save()
    backup = vault.path.with_name("keystore.json.bak")
    assert backup.read_bytes() == first
    assert "lena" in json.loads(vault.path.read_text())["slots"][2]["user"]
    assert sorted(p.name for p in vault.path.parent.iterdir()) == [
        "keystore.json", "keystore.json.bak"
    ]
    # The backup is a working keystore of the state before.
    assert [i.user for i in Keystore.load(backup).users()] == ["amira", "tomas"]


def test_failed_attempts_do_not_rotate_the_backup(vault: Vault) -> None:
    keystore = vault.load()
    keystore.remove_slot("tomas")
    keystore.save()
    backup = vault.path.with_name("keystore.json.bak")
    kept = backup.read_bytes()
    for _ in range(3):
        with pytest.raises(WrongPassword):
            keystore.unlock("amira", "guess", now=START)
    assert backup.read_bytes() == kept
    assert vault.load().users()[0].failed_attempts == 3


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_files_are_private_to_the_owner(vault: Vault) -> None:
    vault.load().save()
    for name in ("keystore.json", "keystore.json.bak"):
        mode = stat.S_IMODE(vault.path.with_name(name).stat().st_mode)
        assert mode & 0o077 == 0


def test_a_failed_rename_leaves_the_old_file_whole(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = vault.path.read_bytes()
    keystore = vault.load()
    keystore.add_slot("lena", "supervisor", "lena pw", vault.key, FAST_TEST_PARAMS)
    real_replace = os.replace

    def failing_replace(source: Any, target: Any) -> None:
        if Path(target) == vault.path:
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(KeystoreUnavailable, match="cannot write the keystore"):
        keystore.save()
    monkeypatch.undo()
    assert vault.path.read_bytes() == before
    leftovers = [p.name for p in vault.path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_unwritable_place_is_a_clean_error(vault: Vault, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(KeystoreUnavailable):
        vault.load().save_as(blocker / "keystore.json")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound, match="no keystore"):
        Keystore.load(tmp_path / "keystore.json")


def test_a_folder_instead_of_a_file(tmp_path: Path) -> None:
    (tmp_path / "keystore.json").mkdir()
    with pytest.raises(KeystoreUnavailable):
        Keystore.load(tmp_path / "keystore.json")


def _edited(vault: Vault, edit: Any) -> bytes:
    document = json.loads(vault.path.read_text())
    edit(document)
    return json.dumps(document).encode()


def _set(path: tuple[Any, ...], value: Any) -> Any:
    def edit(document: Any) -> None:
        for part in path[:-1]:
            document = document[part]
        document[path[-1]] = value
    return edit


def _delete(path: tuple[Any, ...]) -> Any:
    def edit(document: Any) -> None:
        for part in path[:-1]:
            document = document[part]
        del document[path[-1]]
    return edit


BAD_EDITS = {
    "format": _set(("format",), "something-else"),
    "newer version": _set(("version",), 3),
    "version as text": _set(("version",), "1"),
    "vault id missing": _delete(("vault_id",)),
    "slots not a list": _set(("slots",), {}),
    "slot not an object": _set(("slots", 0), "amira"),
    "salt missing": _delete(("slots", 0, "salt")),
    "extra field": _set(("slots", 0, "note"), "hello"),
    "salt too short": _set(("slots", 0, "salt"), "AAAA"),
    "salt not base64": _set(("slots", 0, "salt"), "!!!!!!!!!!!!!!!!!!!!!!!="),
    "salt non-canonical base64": _set(("slots", 0, "salt"), "AAAAAAAAAAAAAAAAAAAAAB=="),
    "nonce wrong size": _set(("slots", 0, "nonce"), "AAAA"),
    "tag wrong size": _set(("slots", 0, "tag"), "AAAA"),
    "unknown role": _set(("slots", 0, "role"), "owner"),
    "empty user": _set(("slots", 0, "user"), ""),
    "bad date": _set(("slots", 0, "created_at"), "yesterday"),
    "date without zone": _set(("slots", 0, "created_at"), "2026-01-01T00:00:00"),
    "counter as text": _set(("slots", 0, "failed_attempts"), "0"),
    "counter negative": _set(("slots", 0, "failed_attempts"), -1),
    "disabled as number": _set(("slots", 0, "disabled"), 0),
    "last failure as text": _set(("slots", 0, "last_failure_at"), "now"),
    "kdf algorithm": _set(("slots", 0, "kdf", "algorithm"), "scrypt"),
    "kdf huge memory": _set(("slots", 0, "kdf", "memory_kib"), 2**40),
    "kdf zero passes": _set(("slots", 0, "kdf", "iterations"), 0),
    "kdf float": _set(("slots", 0, "kdf", "lanes"), 1.0),
    "recipient junk": _set(("slots", 0, "recipient"), "age1qqqq"),
    "recovery not an object": _set(("recovery",), []),
    "recovery recipient missing": _delete(("recovery", "recipient")),
    "duplicate user": _set(("slots", 1, "user"), "Amira"),
}


@pytest.mark.parametrize("edit", list(BAD_EDITS), ids=list(BAD_EDITS))
def test_malformed_content_is_damaged(vault: Vault, edit: str) -> None:
    vault.path.write_bytes(_edited(vault, BAD_EDITS[edit]))
    with pytest.raises(KeystoreDamaged) as error:
        Keystore.load(vault.path)
    assert str(vault.path) in str(error.value)


@pytest.mark.parametrize(
    "content",
    [
        b"", b"\n", b"{", b"[]", b"null", b"42", b"junk" * 100, b"\x00" * 4096,
        b"\xff\xfe{}", b'{"format": NaN}', b"[" * 100000,
        b'{"format": "fieldapp-keystore", "format": "x"}',
    ],
)
def test_junk_is_damaged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "keystore.json"
    path.write_bytes(content)
    with pytest.raises(KeystoreDamaged, match="damaged"):
        Keystore.load(path)


def test_every_truncation_is_damaged(vault: Vault) -> None:
    whole = vault.path.read_bytes()
    for length in range(0, len(whole) - 2, 7):  # the last bytes are "}\n": still valid JSON
        vault.path.write_bytes(whole[:length])
        with pytest.raises(KeystoreDamaged):
            Keystore.load(vault.path)


def test_huge_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "keystore.json"
    path.write_bytes(b" " * (keystore_file.MAX_KEYSTORE_BYTES + 10))
    with pytest.raises(KeystoreDamaged, match="too large"):
        Keystore.load(path)


def test_damage_message_points_at_the_backup(vault: Vault) -> None:
    vault.load().save()  # now a .bak exists
    vault.path.write_bytes(vault.path.read_bytes()[:100])
    with pytest.raises(KeystoreDamaged) as error:
        Keystore.load(vault.path)
    assert "keystore.json.bak" in str(error.value)
    # The backup itself still opens.
    backup = Keystore.load(vault.path.with_name("keystore.json.bak"))
    assert backup.unlock("amira", PASSWORDS["amira"], now=START) == vault.key


def test_errors_are_plain_one_line_messages(vault: Vault) -> None:
    vault.path.write_bytes(b"{ this is not json")
    with pytest.raises(FieldappError) as error:
        Keystore.load(vault.path)
    assert "\n" not in str(error.value) and "Traceback" not in str(error.value)
