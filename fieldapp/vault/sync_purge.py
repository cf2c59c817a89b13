"""The laptop's retention purge: interviews the supervisor holds leave the laptop after N days.

An interview is purged only when it is finalised (not being edited), every one of its revisions
left in a bundle and was acknowledged by a signed receipt naming the exact content hash, the
last acknowledgement is at least ``purge_after_days`` old, and the caller does not name it as
still owing something (a referral whose latest state was not received). Anything else stays,
whatever the policy says: nothing unacknowledged is ever purged. With ``keep_stub`` the
interview row stays as a stub for the officer's log (reference, form, dates, result level,
interviewer, ``purged_at``) and its answers, revisions, site and person label go; without it the
row goes too. The purge runs with ``secure_delete`` so freed pages are overwritten; the caller's
``forget`` hook removes the ids from the search index in the same transaction (merging its
segments, since a contentless index keeps a deleted row's words in its data pages until then);
the WAL is checkpointed and truncated afterwards, so no old page version stays in it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from fieldapp.sync import RetentionPolicy
from fieldapp.vault.database import Connection, secure_delete, transaction
from fieldapp.vault.sync_outbox import INTERVIEW_KIND
from fieldapp.vault.sync_store import stamp

PURGED = "purged"

# Called inside the purge transaction with the ids of removed or emptied interviews, so an
# index of searchable words (the case list's) forgets them in the same commit.
Forget = Callable[[Connection, Sequence[int]], None]


@dataclass(frozen=True)
class PurgeResult:
    interviews: int
    kept_stubs: bool


def _cutoff(now: datetime, days: int) -> str:
    return stamp(now - timedelta(days=days))


def purgeable(connection: Connection, policy: RetentionPolicy, now: datetime,
              keep: Collection[int] = ()) -> list[int]:
    """Ids of interviews the policy allows to purge at ``now`` (never those in ``keep``)."""
    rows = connection.execute(
        "SELECT i.id FROM interviews i"
        " WHERE i.status = 'finalised' AND i.purged_at IS NULL AND i.revision >= 1"
        " AND (SELECT count(*) FROM interview_revisions r WHERE r.interview_id = i.id)"
        "     = i.revision"
        " AND NOT EXISTS (SELECT 1 FROM interview_revisions r LEFT JOIN sync_outbox o"
        "     ON o.uuid = i.uuid AND o.revision = r.revision AND o.kind = ?"
        "     WHERE r.interview_id = i.id AND o.acknowledged_at IS NULL)"
        " AND (SELECT max(o.acknowledged_at) FROM sync_outbox o WHERE o.uuid = i.uuid"
        "     AND o.kind = ?) <= ?"
        " ORDER BY i.id",
        (INTERVIEW_KIND, INTERVIEW_KIND, _cutoff(now, policy.purge_after_days)),
    ).fetchall()
    return [int(row[0]) for row in rows if int(row[0]) not in keep]


def purge(
    connection: Connection, policy: RetentionPolicy, now: datetime, *, forget: Forget,
    keep: Collection[int] = (),
) -> PurgeResult:
    """Apply ``policy`` at ``now``; returns how many interviews were purged. ``keep``: ids the
    caller knows still owe something (a referral whose latest state was not received)."""
    ids = purgeable(connection, policy, now, keep)
    if not ids:
        return PurgeResult(0, policy.keep_stub)
    purged_at = stamp(now)
    with secure_delete(connection), transaction(connection):
        chunked = [(interview_id,) for interview_id in ids]
        connection.executemany("DELETE FROM answers WHERE interview_id = ?", chunked)
        connection.executemany(
            "DELETE FROM interview_revisions WHERE interview_id = ?", chunked
        )
        # And the copies sealed to the supervisor for other accounts' exports (sealed_outbox).
        connection.executemany(
            "DELETE FROM sealed_revisions WHERE uuid = (SELECT uuid FROM interviews"
            " WHERE id = ?)", chunked)
        if policy.keep_stub:
            connection.executemany(
                "UPDATE interviews SET purged_at = ?, person_label = '', site = '',"
                " position = '', revision_reason = '', updated_at = ? WHERE id = ?",
                [(purged_at, purged_at, interview_id) for interview_id in ids],
            )
        else:
            connection.executemany("DELETE FROM interviews WHERE id = ?", chunked)
        forget(connection, ids)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    return PurgeResult(len(ids), policy.keep_stub)


def stub_count(connection: Connection) -> int:
    row = connection.execute(
        "SELECT count(*) FROM interviews WHERE purged_at IS NOT NULL"
    ).fetchone()
    return int(row[0])
