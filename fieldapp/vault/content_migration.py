"""Sealing the content of a laptop written before per-officer keys: the admin's migration.

Until ``meta.content_sealed`` is set, answers and revisions are clear text under the shared
data key (as every release before wrote them). The first unlock by an admin seals them: for
each officer with clear content it makes a content key, wraps it to that officer's slot (if
the account still exists), every supervisor-role slot and the recovery recipient, and
rewrites the officer's clear answer values, revisions, reasons for revising, the names or
aliases the case list searches and the supervisor's case notes and failed steps' reasons sent
back about her interviews sealed under it, all in one transaction per officer. Then, in
one transaction, it forgets what the laptop kept of the person in clear for a supervisor's
screens and empties the search index (rebuilt without names at the next search), and sets
the mark; from then on every write is sealed. A vault the first release of per-officer keys
sealed (mark "1": names and those facts still clear) is brought to "2" the same way.

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

from fieldapp.vault import content_keys, search_index
from fieldapp.vault.content_keys import Reader
from fieldapp.vault.content_seal import (
    ANSWER,
    FOLLOW_UP,
    LABEL,
    NOTE,
    REASON,
    REVISION,
    Keyring,
    seal_with,
)
from fieldapp.vault.database import Connection, secure_delete, transaction

SEALED_KEY = "content_sealed"
# The mark's values: "1" answers, revisions and reasons sealed (the first release of per-officer
# keys); "2" names and what the dashboard reads of the person too. An admin's unlock brings a
# vault marked "1" to "2" the same way as a clear one.
_CONTENT, _NAMES = "1", "2"
# Called between the migration's steps with a step name; tests stop the migration there.
Step = Callable[[str], None]


def _mark(connection: Connection) -> str | None:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (SEALED_KEY,)).fetchone()
    return None if row is None else str(row[0])


def content_sealed(connection: Connection) -> bool:
    """Whether new content is sealed (the migration ran, wholly or in its first form)."""
    return _mark(connection) in (_CONTENT, _NAMES)


def fully_sealed(connection: Connection) -> bool:
    """Whether names and the person's facts are sealed or gone too (nothing left to do)."""
    return _mark(connection) == _NAMES


def mark_sealed(connection: Connection) -> None:
    connection.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (SEALED_KEY, _NAMES))


def officers_with_clear_content(connection: Connection) -> list[str]:
    rows = connection.execute(
        "SELECT DISTINCT i.interviewer FROM interviews i WHERE"
        " EXISTS (SELECT 1 FROM answers a WHERE a.interview_id = i.id"
        "         AND typeof(a.value) = 'text')"
        " OR EXISTS (SELECT 1 FROM interview_revisions r WHERE r.interview_id = i.id"
        "            AND (typeof(r.content) = 'text' OR (typeof(r.reason) = 'text'"
        "                                                AND r.reason != '')))"
        " OR (typeof(i.revision_reason) = 'text' AND i.revision_reason != '')"
        " OR (typeof(i.person_label) = 'text' AND i.person_label != '')"
        " OR EXISTS (SELECT 1 FROM case_notes n WHERE n.interview_id = i.id"
        "            AND typeof(n.text) = 'text')"
        " OR EXISTS (SELECT 1 FROM referral_events e JOIN referrals f ON f.id = e.referral_id"
        "            WHERE f.interview_id = i.id AND typeof(e.reason) = 'text'"
        "            AND e.reason != '')"
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
        with secure_delete(connection), transaction(connection):
            made = None
            if admin not in content_keys.officers_with_keys(connection):
                made = content_keys.new_key(connection, scratch, admin, wanted, now=now)
            _drop_shared_facts(connection)
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


def _drop_shared_facts(connection: Connection) -> None:
    """Forget what a laptop kept of the person in clear for a supervisor's screens (child or
    adult, citizenship, types of exploitation, means of control: a sealed laptop does not
    keep them; the revisions hold them, sealed) and every name the search index took in."""
    connection.execute("UPDATE interviews SET is_child = NULL, citizenship = ''"
                       " WHERE is_child IS NOT NULL OR citizenship != ''")
    connection.execute("DELETE FROM interview_choice_facts")
    search_index.forget_all(connection)


def _seal_rows(connection: Connection, keyring: Keyring, key_id: str, officer: str) -> None:
    cipher = AESGCM(keyring.key(key_id))
    labels = connection.execute(
        "SELECT id, person_label FROM interviews WHERE interviewer = ?"
        " AND typeof(person_label) = 'text' AND person_label != ''", (officer,)).fetchall()
    connection.executemany(
        "UPDATE interviews SET person_label = ? WHERE id = ?",
        [(seal_with(cipher, key_id, str(label), LABEL), interview_id)
         for interview_id, label in labels])
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
    notes = connection.execute(
        "SELECT n.id, n.text FROM case_notes n JOIN interviews i ON i.id = n.interview_id"
        " WHERE i.interviewer = ? AND typeof(n.text) = 'text'", (officer,)).fetchall()
    connection.executemany(
        "UPDATE case_notes SET text = ? WHERE id = ?",
        [(seal_with(cipher, key_id, str(text), NOTE), note_id) for note_id, text in notes])
    failed = connection.execute(
        "SELECT e.id, e.reason FROM referral_events e JOIN referrals f ON f.id = e.referral_id"
        " JOIN interviews i ON i.id = f.interview_id WHERE i.interviewer = ?"
        " AND typeof(e.reason) = 'text' AND e.reason != ''", (officer,)).fetchall()
    connection.executemany(
        "UPDATE referral_events SET reason = ? WHERE id = ?",
        [(seal_with(cipher, key_id, str(reason), FOLLOW_UP), event_id)
         for event_id, reason in failed])
    pending = connection.execute(
        "SELECT id, revision_reason FROM interviews WHERE interviewer = ?"
        " AND typeof(revision_reason) = 'text' AND revision_reason != ''",
        (officer,)).fetchall()
    connection.executemany(
        "UPDATE interviews SET revision_reason = ? WHERE id = ?",
        [(seal_with(cipher, key_id, str(reason), REASON), interview_id)
         for interview_id, reason in pending])
