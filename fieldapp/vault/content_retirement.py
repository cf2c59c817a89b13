"""Retiring the content keys a key slot that is gone could unwrap.

A removed account (or one removed and added again with another role, or whose slot a password
reset replaced) may have kept a copy of its old slot; with it, the age identity inside opens
every grant in ``vault.db`` wrapped to its recipient. Rotating the shared data key does not
help against someone who obtains the new one from any current account. So when an admin
removes an account (and at every key rotation, and at every admin unlock, which finishes a
removal a crash interrupted), :func:`retire_unreachable`:

1. finds the grants wrapped to recipients that no slot of the keystore file and not the
   recovery slot holds any more;
2. in one transaction, marks every key with such a grant retired (``content_keys.retired_at``),
   deletes those grants and writes the audit entry ``content_keys_retired`` (counts only);
3. from then on no account seals new content under a retired key: the keyring keeps it for
   reading (everything it sealed stays readable by every remaining reader, whose grants are
   untouched) and never makes it current, and the next content of its officer is sealed under
   a fresh key granted to the officer's slot, the supervisor-role slots and the recovery
   recipient as any key is. The fresh key is made by whoever writes that officer's content
   next: the admin's own action for keys its keyring holds, the officer's next unlock (which
   seals the new key id in her slot), or a supervisor's first edit after her next unlock.

Content already sealed under a retired key is not re-sealed: the removed account could read it
before and may have copied it (docs/security.md, *Keys of removed accounts*).

Crash safety: the retirement is one transaction, and it only removes what no current slot can
use, so a crash before it commits leaves the grants as they were (the next admin unlock or key
rotation retires them) and a crash after leaves every remaining reader's grants in place.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from fieldapp.vault import audit
from fieldapp.vault.content_seal import Keyring
from fieldapp.vault.database import Connection, secure_delete, transaction

EVENT = "content_keys_retired"
# Called inside the retirement's transaction, before it commits; tests stop there.
Step = Callable[[str], None]


@dataclass(frozen=True)
class Retirement:
    """What one retirement did, in counts (the audit entry holds the same)."""

    keys: int  # keys retired now (a key retired before is not counted again)
    officers: int  # officers whose new content moves to a fresh key
    grants: int  # grants deleted


def stale_recipients(connection: Connection, known: Iterable[str]) -> list[str]:
    """Recipients holding grants that are not ``known`` (the keystore's slots, the slots its
    signed record lists, the recovery recipient)."""
    kept = set(known)
    rows = connection.execute("SELECT DISTINCT recipient FROM content_key_grants").fetchall()
    return sorted(str(row[0]) for row in rows if str(row[0]) not in kept)


def retire_unreachable(connection: Connection, known: Collection[str], keyring: Keyring, *,
                       actor: str, now: str, reason: str, clock: audit.Clock = audit.utc_now,
                       step: Step | None = None) -> Retirement | None:
    """Retire every key granted to a recipient not in ``known`` and delete those grants (see
    the module text); None if there were none. ``keyring`` (this connection's) stops
    sealing with the retired keys, and officers whose current key it held get a fresh one in
    the same transaction when the keyring can make keys."""
    stale = stale_recipients(connection, known)
    if not stale:
        return None
    with secure_delete(connection), transaction(connection):
        # Again inside the transaction: another program may have granted since.
        stale = stale_recipients(connection, known)
        if not stale:
            return None
        key_ids = sorted({str(row[0]) for recipient in stale for row in connection.execute(
            "SELECT key_id FROM content_key_grants WHERE recipient = ?", (recipient,))})
        owners = {key_id: str(connection.execute(
            "SELECT officer FROM content_keys WHERE key_id = ?", (key_id,)).fetchone()[0])
            for key_id in key_ids}
        officers = set(owners.values())
        newly = sum(connection.execute(
            "UPDATE content_keys SET retired_at = ? WHERE key_id = ? AND retired_at IS NULL",
            (now, key_id)).rowcount for key_id in key_ids)
        grants = sum(connection.execute(
            "DELETE FROM content_key_grants WHERE recipient = ?", (recipient,)).rowcount
            for recipient in stale)
        held = {officer for officer in officers
                if keyring.current_key_id(officer) in key_ids}
        keyring.retire(key_ids)
        if keyring.sealing and keyring.maker is not None:
            for officer in sorted(held):
                keyring.ensure_key(officer)
        done = Retirement(keys=newly, officers=len(officers), grants=grants)
        audit.append(connection, EVENT, actor, {
            "keys": done.keys, "officers": done.officers, "grants": done.grants,
            "reason": reason}, clock=clock)
        if step is not None:
            step("retired")
    return done
