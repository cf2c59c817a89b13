"""A shared laptop for the content-key tests: five accounts (four on request), a recovery
key, and the ways to read its interviews (through the app, on the file with an identity, with
the recovery identity from a copied folder). All names and answers are fictional.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pyrage

from fieldapp.paths import VaultPaths
from fieldapp.services import accounts
from fieldapp.services.session import Vault, create_vault, unlock_vault
from fieldapp.vault import content_access, interviews, revisions
from fieldapp.vault.content_seal import ContentSealed, Keyring
from fieldapp.vault.database import Connection, open_database
from fieldapp.vault.keystore import Keystore

CHIEF, CHIEF_PW = "chief", "chief's long passphrase"
INES, INES_PW = "ines", "ines's long passphrase"
OMAR, OMAR_PW = "omar", "omar's long passphrase"
SARA, SARA_PW = "sara", "sara's long passphrase"
YUSUF, YUSUF_PW = "yusuf", "yusuf's long passphrase"
BEFORE = "Fictional Amara Before-Removal"
AFTER = "Fictional Lucia After-Removal"
OBSERVED = "fictional observation: documents kept by the employer"


def make_laptop(root: Path, *, second_supervisor: bool = True) -> tuple[VaultPaths, Path]:
    """Chief (admin), Ines and Omar (interviewers), Sara and, unless told not to, Yusuf
    (supervisors), and a recovery key; the laptop's paths and the recovery identity file."""
    paths = VaultPaths(root / "vault")
    identity_file = root / "supervisor.age"
    recipient = accounts.new_recovery_identity(identity_file)
    (root / "recipient.txt").write_text(recipient + "\n")
    accounts_made = [(INES, "interviewer", INES_PW), (OMAR, "interviewer", OMAR_PW),
                     (SARA, "supervisor", SARA_PW)]
    if second_supervisor:
        accounts_made.append((YUSUF, "supervisor", YUSUF_PW))
    with create_vault(paths, user=CHIEF, password=CHIEF_PW) as chief:
        for name, role, password in accounts_made:
            accounts.add_user(chief, name, role, password)
        accounts.set_recovery_key(chief, root / "recipient.txt")
    return paths, identity_file


def write_interview(vault: Vault, name: str, *, finalise: bool = True) -> int:
    record = interviews.create_interview(vault.connection, form_id="f", form_version="1",
                                         language="en", interviewer=vault.user)
    interviews.save_answers(vault.connection, record.id,
                            [("/data/name", name), ("/data/observations", OBSERVED)])
    if finalise:
        revisions.finalise(vault.connection, record.id, result_level="high", author=vault.user,
                           content={"interview": {"answers": {"/data/name": name}}})
    return record.id


def sealed_values(connection: Connection, interview_id: int) -> list[tuple[str, bytes]]:
    rows = connection.execute(
        "SELECT 'answer', value FROM answers WHERE interview_id = ? UNION ALL"
        " SELECT 'revision', content FROM interview_revisions WHERE interview_id = ?",
        (interview_id, interview_id)).fetchall()
    return [(str(purpose), value) for purpose, value in rows]


def grant_keys(connection: Connection, identity: pyrage.x25519.Identity,
               into: Keyring) -> Keyring:
    """Every content key ``identity`` decrypts from any grant row, whatever it is bound to,
    added to ``into`` (returned)."""
    owners = dict(connection.execute("SELECT key_id, officer FROM content_keys").fetchall())
    for key_id, wrapped in connection.execute(
            "SELECT key_id, wrapped FROM content_key_grants").fetchall():
        try:
            plain = pyrage.decrypt(bytes(wrapped), [identity])
        except Exception:  # pyrage's errors share no base class but Exception
            continue
        into.add(key_id, owners[key_id], plain[-32:])
    return into


def keys_opened_by(database: Path, data_key: bytes, identity: pyrage.x25519.Identity,
                   into: Keyring) -> None:
    """:func:`grant_keys` of the file ``database``, opened with sqlcipher3 and ``data_key``."""
    raw = open_database(database, data_key)
    try:
        grant_keys(raw, identity, into)
    finally:
        raw.close()


def identity_of(keystore_file: Path, user: str, password: str) -> pyrage.x25519.Identity:
    opened = Keystore.load(keystore_file).open_account(user, password, now=time.time())
    opened.wipe()
    return opened.identity


def names_read_by(paths: VaultPaths, user: str, password: str) -> dict[int, str]:
    """The name answer and finalised name of every interview ``user`` reads through the app."""
    found: dict[int, str] = {}
    with unlock_vault(paths, user=user, password=password) as vault:
        for (interview_id,) in vault.connection.execute("SELECT id FROM interviews"):
            try:
                name = dict(interviews.load_answers(vault.connection, interview_id))
            except ContentSealed:
                continue
            for revision in revisions.list_revisions(vault.connection, interview_id):
                assert revision.content["interview"]["answers"]["/data/name"] == (
                    name["/data/name"])
            found[interview_id] = name["/data/name"]
    return found


def names_read_by_recovery(paths: VaultPaths, identity_file: Path, root: Path) -> dict[int, str]:
    copy = root / "supervisor-machine"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(paths.data_dir, copy)
    identity = accounts.read_identity(identity_file)
    connection = open_database(copy / "vault.db",
                               Keystore.load(copy / "keystore.json").recover(identity))
    try:
        keyring = content_access.recovery_keyring(connection, identity)
        found = {int(row[0]): dict(interviews.load_answers(connection, row[0]))["/data/name"]
                 for row in connection.execute("SELECT id FROM interviews").fetchall()}
        keyring.wipe()
    finally:
        connection.close()
    return found


def live_data_key(paths: VaultPaths) -> bytes:
    with unlock_vault(paths, user=OMAR, password=OMAR_PW) as omar:
        return omar.key
