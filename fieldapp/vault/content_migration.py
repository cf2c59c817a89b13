"""Sealing the content of a laptop written before per-officer keys: the admin's migration.

Until ``meta.content_sealed`` is set, answers and revisions are clear text under the shared
data key (as every release before wrote them). The first unlock by an admin seals them: for
each officer with clear content it makes a content key, wraps it to that officer's slot (if
the account still exists), every supervisor-role slot and the recovery recipient, and
rewrites the officer's clear answer values, revisions and reasons for revising sealed under
it, all in one transaction per officer. Then it sets the mark, and from then on every write
is sealed.

Crash safety: one officer's key, grants and sealed rows commit together or not at all, and
sealed rows are told from clear ones by their type (a BLOB with the seal marker), so a
migration killed at any point leaves each row either clear (readable as before) or sealed
under a key whose grants committed with it; the next admin unlock carries on with the rows
still clear. An officer who already has a key but wrote clear rows meanwhile (the mark was not
set yet) gets a second key for those: the admin does not hold the first one, by design. The
rewrite runs with ``secure_delete``, and the WAL is checkpointed at the end, so the clear
pages do not linger in the file; copies taken before (backups, a ``.bak``) still hold them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldapp.vault import content_keys
from fieldapp.vault.content_keys import Reader
from fieldapp.vault.content_seal import ANSWER, REASON, REVISION, Keyring, seal_with
from fieldapp.vault.database import Connection, secure_delete, transaction

SEALED_KEY = "content_sealed"
# Called between the migration's steps with a step name; tests stop the migration there.
Step = Callable[[str], None]


def content_sealed(connection: Connection) -> bool:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (SEALED_KEY,)).fetchone()
    return row is not None and row[0] == "1"


def mark_sealed(connection: Connection) -> None:
    connection.execute(
        "INSERT INTO meta (key, value) VALUES (?, '1')"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (SEALED_KEY,))


def officers_with_clear_content(connection: Connection) -> list[str]:
    rows = connection.execute(
        "SELECT DISTINCT i.interviewer FROM interviews i WHERE"
        " EXISTS (SELECT 1 FROM answers a WHERE a.interview_id = i.id"
        "         AND typeof(a.value) = 'text')"
        " OR EXISTS (SELECT 1 FROM interview_revisions r WHERE r.interview_id = i.id"
        "            AND (typeof(r.content) = 'text' OR (typeof(r.reason) = 'text'"
        "                                                AND r.reason != '')))"
        " OR (typeof(i.revision_reason) = 'text' AND i.revision_reason != '')"
        " ORDER BY i.interviewer").fetchall()
    return [str(row[0]) for row in rows]


def seal_existing(connection: Connection, readers: Iterable[Reader], keyring: Keyring, *,
                  admin: str, now: str, step: Step | None = None) -> list[str]:
    """Seal every officer's clear content (see the module text); the officers sealed.

    The admin's own key goes into ``keyring``; the others' are forgotten once used.
    """
    wanted = list(readers)
    sealed: list[str] = []
    for officer in officers_with_clear_content(connection):
        # Keys go into the admin's keyring only once committed: a rolled-back key must
        # never seal anything.
        scratch = Keyring()
        try:
            with secure_delete(connection), transaction(connection):
                key_id = content_keys.new_key(connection, scratch, officer, wanted, now=now)
                _seal_rows(connection, scratch, key_id, officer)
                if step is not None:
                    step(f"officer {len(sealed) + 1}")
            if officer == admin:
                keyring.add(key_id, officer, scratch.key(key_id))
        finally:
            scratch.wipe()
        sealed.append(officer)
        if step is not None:
            step(f"officer {len(sealed)} committed")
    scratch = Keyring()
    try:
        with transaction(connection):
            made = None
            if admin not in content_keys.officers_with_keys(connection):
                made = content_keys.new_key(connection, scratch, admin, wanted, now=now)
            mark_sealed(connection)
        if made is not None:
            keyring.add(made, admin, scratch.key(made))
    finally:
        scratch.wipe()
    if step is not None:
        step("marked")
    busy, _frames, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    del busy  # a reader holding the WAL only delays the overwrite to the next checkpoint
    return sealed


def _seal_rows(connection: Connection, keyring: Keyring, key_id: str, officer: str) -> None:
    cipher = AESGCM(keyring.key(key_id))
    answers = connection.execute(
        "SELECT a.interview_id, a.path, a.value FROM answers a"
        " JOIN interviews i ON i.id = a.interview_id"
        " WHERE i.interviewer = ? AND typeof(a.value) = 'text'", (officer,)).fetchall()
    connection.executemany(
        "UPDATE answers SET value = ? WHERE interview_id = ? AND path = ?",
        [(seal_with(cipher, key_id, str(value), ANSWER), interview_id, path)
         for interview_id, path, value in answers])
    revisions = connection.execute(
        "SELECT r.interview_id, r.revision, r.content FROM interview_revisions r"
        " JOIN interviews i ON i.id = r.interview_id"
        " WHERE i.interviewer = ? AND typeof(r.content) = 'text'", (officer,)).fetchall()
    connection.executemany(
        "UPDATE interview_revisions SET content = ? WHERE interview_id = ? AND revision = ?",
        [(seal_with(cipher, key_id, str(content), REVISION), interview_id, revision)
         for interview_id, revision, content in revisions])
    # Reasons for revising are the officer's free text too; an empty one says nothing.
    reasons = connection.execute(
        "SELECT r.interview_id, r.revision, r.reason FROM interview_revisions r"
        " JOIN interviews i ON i.id = r.interview_id"
        " WHERE i.interviewer = ? AND typeof(r.reason) = 'text' AND r.reason != ''",
        (officer,)).fetchall()
    connection.executemany(
        "UPDATE interview_revisions SET reason = ? WHERE interview_id = ? AND revision = ?",
        [(seal_with(cipher, key_id, str(reason), REASON), interview_id, revision)
         for interview_id, revision, reason in reasons])
    pending = connection.execute(
        "SELECT id, revision_reason FROM interviews WHERE interviewer = ?"
        " AND typeof(revision_reason) = 'text' AND revision_reason != ''",
        (officer,)).fetchall()
    connection.executemany(
        "UPDATE interviews SET revision_reason = ? WHERE id = ?",
        [(seal_with(cipher, key_id, str(reason), REASON), interview_id)
         for interview_id, reason in pending])
