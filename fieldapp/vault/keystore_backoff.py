"""The failed-password policy of a slot: free attempts, growing delays, then disabled.

The first five wrong passwords cost nothing but the Argon2id time. After that each attempt
must wait since the last failure: 30 s, doubling each time, at most 15 minutes. The fifteenth
failure disables the slot until an admin resets the password or a supervisor recovers it.
A correct password clears the count. The vault is never wiped: that would lose testimony and
could be set off on purpose by the very person a victim fears.

This guards the keyboard only. Someone who copies ``keystore.json`` can guess offline at the
cost of one Argon2id derivation per guess, and someone who can write the file can reset the
counters (they are the one part of a slot that changes without any key, so they cannot be
authenticated). Time comes from the caller's clock; if that clock has moved back since the
last failure, the failure is re-dated to now rather than locking the slot until the clock
catches up. A locked or disabled slot answers differently from an unknown name, which tells
someone at the keyboard that the name exists; the names are stored in clear in the file.
"""

from __future__ import annotations

import math
from dataclasses import replace

from fieldapp.vault.errors import SlotDisabled, SlotLockedOut
from fieldapp.vault.keystore_records import UserSlot

FREE_ATTEMPTS = 5
DISABLE_AFTER = 15
FIRST_DELAY_SECONDS = 30.0
MAX_DELAY_SECONDS = 15 * 60.0


def delay_after(failures: int) -> float:
    """Seconds an attempt must wait after the last of ``failures`` consecutive failures."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    doublings = min(failures - FREE_ATTEMPTS, 16)
    return min(FIRST_DELAY_SECONDS * 2.0**doublings, MAX_DELAY_SECONDS)


def is_disabled(slot: UserSlot) -> bool:
    return slot.disabled or slot.failed_attempts >= DISABLE_AFTER


def redated(slot: UserSlot, now: float) -> UserSlot:
    """``slot`` with a last failure dated in the future (clock moved back) moved to ``now``."""
    if slot.last_failure_at is not None and slot.last_failure_at > now:
        return replace(slot, last_failure_at=now)
    return slot


def retry_after(slot: UserSlot, now: float) -> int:
    """Whole seconds until the next attempt is allowed (0: allowed now)."""
    if slot.last_failure_at is None:
        return 0
    delay = delay_after(slot.failed_attempts)
    wait = min(slot.last_failure_at + delay - now, delay)
    return math.ceil(wait) if wait > 0 else 0


def check_attempt(slot: UserSlot, now: float) -> None:
    """Raise SlotDisabled or SlotLockedOut if ``slot`` may not try a password at ``now``."""
    if is_disabled(slot):
        raise SlotDisabled()
    wait = retry_after(slot, now)
    if wait > 0:
        raise SlotLockedOut(wait)


def after_failure(slot: UserSlot, now: float) -> UserSlot:
    failures = slot.failed_attempts + 1
    return replace(
        slot,
        failed_attempts=failures,
        failures_total=slot.failures_total + 1,
        last_failure_at=now,
        disabled=slot.disabled or failures >= DISABLE_AFTER,
    )


def after_success(slot: UserSlot) -> UserSlot:
    return replace(slot, failed_attempts=0, last_failure_at=None)
