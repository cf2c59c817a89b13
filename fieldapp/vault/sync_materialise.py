"""Supervisor side: imported interview revisions become interviews the case list shows.

The importer shows each bundle's new records with :func:`show_received` in the bundle's own
transaction, from what the reading helper prepared (:func:`shown_records`: each record's
facts and content text, so nothing is parsed twice). Records recorded without being shown (an
older version of the app queued them in ``sync_pending``) are shown by
:func:`materialise_pending`, which reads them back from the stored bundle files, a batch per
transaction. Referral records are shown as referral rows after the interviews of the same
batch (fieldapp.vault.sync_referrals).
Every revision goes into ``interview_revisions`` (content as the laptop finalised it, author,
reason, finalised time); the ``interviews`` row shows the latest revision received for that
uuid, finalised, with the laptop's interviewer and ``synced_at`` set. No ``answers`` rows are
written: the interview screens read a finalised interview's answers from its latest revision
(fieldapp.vault.interviews.load_answers), and a newer revision removes any working copy left,
so it is the one shown. A batch is idempotent: after a crash it runs again from the queue.

Rows are written in bulk: existing interviews and taken references are looked up once per
batch and new rows get their ids here (the batch holds the write lock). A revision is only
added to an interview that came from the same device: another laptop cannot change what a
colleague's interview shows (its record stays in the ledger all the same). References are
random; when two laptops drew the same one, the later interview is shown as
``<reference>-<first four of its device id>``, its record keeping the original.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from fieldapp.errors import FieldappError
from fieldapp.sync import VerifiedBundle
from fieldapp.vault.case_facts import ChoiceFactsRow, store_choice_facts
from fieldapp.vault.database import Connection
from fieldapp.vault.sync_bodies import ShownRevision, parse_interview_body, shown_revision
from fieldapp.vault.sync_inbox import atomic, json_values, stored_bundle, uuid_text
from fieldapp.vault.sync_referrals import ReferralBody, parse_referral_body, show_referrals

# Verifies and decrypts a stored bundle file again (the supervisor's key is the caller's).
OpenBundle = Callable[[bytes], VerifiedBundle]


class Received(Protocol):
    """What is read of a received record to show it (a ``SyncRecord`` has it all)."""

    @property
    def kind(self) -> str: ...
    @property
    def uuid(self) -> str: ...
    @property
    def revision(self) -> int: ...
    @property
    def device_id(self) -> str: ...
    @property
    def body(self) -> object: ...


@dataclass(frozen=True)
class Materialised:
    """What one batch did: records taken off the queue, interviews added and changed, and
    how many of the records were referrals (shown as referral rows, not interviews)."""

    records: int
    new_interviews: int
    updated_interviews: tuple[int, ...]
    referral_records: int = 0


def _existing(connection: Connection, uuids: Sequence[str]) -> dict[str, tuple[int, int, str]]:
    """uuid -> (id, revision shown, device it came from; '' for a local interview)."""
    shown = {str(uuid): (int(row_id), int(revision)) for uuid, row_id, revision in
             connection.execute(
                 "SELECT uuid, id, revision FROM interviews"
                 " WHERE uuid IN (SELECT value FROM json_each(?))", (json_values(uuids),))}
    devices = {(uuid_text(key), int(revision)): str(device) for key, revision, device in
               connection.execute(
                   "SELECT uuid, revision, device_id FROM sync_records"
                   " WHERE uuid IN (SELECT unhex(value) FROM json_each(?))",
                   (json_values(uuid.replace("-", "") for uuid in sorted(shown)),))}
    return {uuid: (row_id, revision, devices.get((uuid, revision), ""))
            for uuid, (row_id, revision) in shown.items()}


def _taken(connection: Connection, references: Sequence[str]) -> set[str]:
    return {str(row[0]) for row in connection.execute(
        "SELECT reference FROM interviews WHERE reference IN (SELECT value FROM json_each(?))",
        (json_values(references),))}


def _free_reference(connection: Connection, wanted: str, device_id: str,
                    taken: set[str]) -> str:
    candidate = wanted
    suffix = 1
    while candidate in taken or connection.execute(
        "SELECT 1 FROM interviews WHERE reference = ?", (candidate,)
    ).fetchone():
        candidate = f"{wanted}-{device_id[:4].upper()}" + (f"-{suffix}" if suffix > 1 else "")
        suffix += 1
    return candidate


class StoredBundles:
    """Reads bundles back from the ledger for the records queued in them (the last one kept,
    since a batch takes its records bundle by bundle)."""

    def __init__(self, connection: Connection, open_bundle: OpenBundle) -> None:
        self._connection = connection
        self._open = open_bundle
        self._last: tuple[int, VerifiedBundle] | None = None

    def get(self, bundle_id: int) -> VerifiedBundle | None:
        if self._last is None or self._last[0] != bundle_id:
            try:
                bundle = self._open(stored_bundle(self._connection, bundle_id))
            except FieldappError:
                return None  # it verified on arrival; the file itself stays in the ledger
            self._last = (bundle_id, bundle)
        return self._last[1]


Shown = ShownRevision | ReferralBody


def shown_records(records: Sequence[Received]) -> tuple[Shown | None, ...]:
    """For each record, what the case list shows of it: an interview revision, a referral,
    or ``None`` (another kind, or a body not in the expected shape, kept in the ledger only)."""
    return tuple(_shown(record) for record in records)


def _shown(record: Received) -> Shown | None:
    body = parse_interview_body(record.kind, record.uuid, record.revision, record.device_id,
                                record.body)
    if body is not None:
        return shown_revision(body)
    return parse_referral_body(record.kind, record.uuid, record.device_id, record.body)


def _queued(connection: Connection, bundles: StoredBundles, limit: int
            ) -> tuple[list[int], list[Shown]]:
    rows = connection.execute(
        "SELECT p.record_id, r.bundle_id, r.position FROM sync_pending p"
        " JOIN sync_records r ON r.id = p.record_id ORDER BY p.record_id LIMIT ?",
        (limit,),
    ).fetchall()
    found: list[Shown] = []
    for _record_id, bundle_id, position in rows:
        bundle = bundles.get(int(bundle_id))
        if bundle is None or not 0 <= position < len(bundle.records):
            continue
        shown = _shown(bundle.records[position])
        if shown is not None:
            found.append(shown)
    return [int(row[0]) for row in rows], found


def materialise_pending(connection: Connection, bundles: StoredBundles, *, limit: int,
                        now: str) -> Materialised:
    """Show up to ``limit`` queued interview revisions as interviews (one transaction)."""
    with atomic(connection):
        record_ids, found = _queued(connection, bundles, limit)
        batch = show_received(connection, found, now=now)
        connection.executemany("DELETE FROM sync_pending WHERE record_id = ?",
                               [(record_id,) for record_id in record_ids])
    return Materialised(len(record_ids), batch.new_interviews, batch.updated_interviews,
                        batch.referral_records)


def show_received(connection: Connection, found: Sequence[Shown], *, now: str) -> Materialised:
    """Show received interview revisions and referrals (one transaction, the caller's if it
    holds one): new interviews, newer revisions of those shown, every revision kept."""
    with atomic(connection):
        bodies = [item for item in found if isinstance(item, ShownRevision)]
        referral_bodies = [item for item in found if isinstance(item, ReferralBody)]
        groups: dict[str, list[ShownRevision]] = {}
        for body in bodies:
            groups.setdefault(body.uuid, []).append(body)
        existing = _existing(connection, sorted(groups))
        latest = {uuid: max(group, key=lambda body: body.revision)
                  for uuid, group in groups.items()}
        fresh = [uuid for uuid in groups if uuid not in existing]
        taken = _taken(connection, sorted({latest[uuid].facts["reference"] for uuid in fresh}))
        next_id = int(connection.execute(
            "SELECT coalesce(max(id), 0) + 1 FROM interviews").fetchone()[0])
        new_rows: list[tuple[object, ...]] = []
        updates: list[tuple[object, ...]] = []
        revision_rows: list[tuple[object, ...]] = []
        updated: list[int] = []
        choice_rows: list[ChoiceFactsRow] = []
        for uuid, group in groups.items():
            top = latest[uuid]
            facts = top.facts
            is_child, citizenship = top.is_child, top.citizenship
            if uuid in existing:
                interview_id, shown, device = existing[uuid]
                if device != top.device_id:
                    continue
                if top.revision > shown:
                    updates.append((top.revision, facts["site"], facts["result_level"],
                                    facts["finalised_at"], now, facts["person_label"], now,
                                    is_child, citizenship, interview_id))
                    updated.append(interview_id)
                    choice_rows.append((interview_id, top.revision, now, top.exploitation,
                                        top.control))
            else:
                interview_id = next_id
                next_id += 1
                reference = facts["reference"]
                if reference in taken:
                    reference = _free_reference(connection, reference, top.device_id, taken)
                taken.add(reference)
                new_rows.append((
                    interview_id, uuid, reference, facts["form_id"], facts["form_version"],
                    facts["language"], facts["site"], facts["interviewer"], top.revision,
                    facts["result_level"], facts["created_at"], now, facts["finalised_at"],
                    facts["person_label"], now, is_child, citizenship,
                ))
                choice_rows.append((interview_id, top.revision, now, top.exploitation,
                                    top.control))
            revision_rows.extend(
                (interview_id, body.revision, body.content_text, body.facts["reason"],
                 body.facts["author"], body.facts["finalised_at"])
                for body in group if body.device_id == top.device_id
            )
        with _checks_proven(connection):
            connection.executemany(
                "INSERT INTO interviews (id, uuid, reference, form_id, form_version, language,"
                " site, interviewer, status, revision, result_level, created_at, updated_at,"
                " finalised_at, person_label, synced_at, is_child, citizenship)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'finalised', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new_rows,
            )
        connection.executemany(
            "UPDATE interviews SET revision = ?, site = ?, result_level = ?, finalised_at = ?,"
            " updated_at = ?, person_label = ?, synced_at = ?, is_child = ?, citizenship = ?"
            " WHERE id = ?",
            updates,
        )
        connection.executemany(
            "INSERT INTO interview_revisions (interview_id, revision, content, reason, author,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (interview_id, revision) DO NOTHING",
            revision_rows,
        )
        # A working copy left from an edit on this machine must not hide the newer revision.
        connection.executemany("DELETE FROM answers WHERE interview_id = ?",
                               [(interview_id,) for interview_id in updated])
        store_choice_facts(connection, choice_rows)
        # Referrals after the interviews they belong to, which a batch may have just added.
        show_referrals(connection, referral_bodies)
    return Materialised(len(found), len(new_rows), tuple(updated), len(referral_bodies))


@contextlib.contextmanager
def _checks_proven(connection: Connection) -> Iterator[None]:
    """CHECK constraints off for the insert of new interview rows, whose checked columns this
    module sets itself: ``status`` 'finalised', ``case_status`` its default, ``is_child`` 1, 0
    or NULL from :func:`case_facts`.

    SQLite tests ``case_status IN (four values)`` by building a temporary b-tree for every
    row inserted; under ``cipher_memory_security`` each of its page allocations is an mlock
    and munlock system call: half of the insert's time. Any other statement keeps its checks.
    """
    connection.execute("PRAGMA ignore_check_constraints = ON")
    try:
        yield
    finally:
        connection.execute("PRAGMA ignore_check_constraints = OFF")


@contextlib.contextmanager
def parents_known(connection: Connection) -> Iterator[None]:
    """Foreign keys off around batches of :func:`materialise_pending` (outside a transaction).

    Every answer and revision row a batch writes belongs to an interview row written or read
    in the same batch, so SQLite's parent lookup for each row (a third of a batch's time)
    proves nothing. The pragma cannot change inside a transaction: there it stays on.
    """
    if connection.in_transaction:
        yield
        return
    connection.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        connection.execute("PRAGMA foreign_keys = ON")


def pending_count(connection: Connection) -> int:
    return int(connection.execute("SELECT count(*) FROM sync_pending").fetchone()[0])
