"""What may be shown about a key slot without unlocking it: :class:`SlotInfo`.

Names, roles, creation times, KDF parameters and the back-off state are in clear in the
keystore file; this is the read-only view the account list, the sign-in screen and the
failed-attempt record use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from fieldapp.vault import keystore_backoff as backoff
from fieldapp.vault.kdf import KdfParams
from fieldapp.vault.keystore_records import UserSlot


@dataclass(frozen=True)
class SlotInfo:
    """What may be shown about a slot without unlocking it."""

    slot_id: str
    user: str
    role: str
    created_at: datetime
    kdf: KdfParams
    failed_attempts: int
    failures_total: int
    disabled: bool
    # Earliest time (seconds since the epoch) of the next attempt, once delays apply.
    locked_until: float | None

    @property
    def weak_kdf(self) -> bool:
        """Sealed with parameters below the production floor: a new password re-seals it."""
        return not self.kdf.meets_floor()


def slot_info(slot: UserSlot) -> SlotInfo:
    locked_until = None
    if slot.last_failure_at is not None and backoff.delay_after(slot.failed_attempts) > 0:
        locked_until = slot.last_failure_at + backoff.delay_after(slot.failed_attempts)
    return SlotInfo(
        slot_id=slot.slot_id,
        user=slot.user,
        role=slot.role,
        created_at=datetime.fromisoformat(slot.created_at),
        kdf=slot.kdf,
        failed_attempts=slot.failed_attempts,
        failures_total=slot.failures_total,
        disabled=backoff.is_disabled(slot),
        locked_until=locked_until,
    )
