"""The expected failures of the vault: missing or damaged files, wrong passwords, locked slots.

Every class here is a :class:`fieldapp.errors.FieldappError`, so the CLI prints its message on
one line and the GUI shows it. Messages name files and states, never passwords, keys or
answers. A wrong password and an unknown user name give the very same message, so account
names cannot be probed at the login prompt.
"""

from __future__ import annotations

from fieldapp.errors import FieldappError

WRONG_CREDENTIALS_MESSAGE = "wrong user name or password"


class VaultError(FieldappError):
    """Base of every vault failure."""


class VaultNotFound(VaultError):
    """There is no vault (no keystore file) where one was expected."""


class KeystoreUnavailable(VaultError):
    """The operating system refused to read or write the keystore (permissions, full disk)."""


class KeystoreDamaged(VaultError):
    """The keystore file is not a readable keystore (junk, truncated, fields missing)."""


class KeystoreTampered(VaultError):
    """The keystore reads, but its parts do not belong together: it was edited or mixed up."""


class WrongPassword(VaultError):
    """The password does not open the slot, or there is no such user (same message)."""

    def __init__(self, message: str = WRONG_CREDENTIALS_MESSAGE) -> None:
        super().__init__(message)


class SlotLockedOut(VaultError):
    """Too many recent failures: the next attempt is allowed in ``retry_after`` seconds."""

    def __init__(self, retry_after: int) -> None:
        self.retry_after = retry_after
        super().__init__(
            f"too many failed attempts: wait {_duration(retry_after)} before trying again"
        )


class SlotDisabled(VaultError):
    """The slot was disabled after too many failures; only a reset or recovery re-enables it."""

    def __init__(self) -> None:
        super().__init__(
            "this account is disabled after too many failed attempts: a supervisor or admin "
            "must reset its password"
        )


class UserExists(VaultError):
    """An account with this name (ignoring case) already has a slot."""


class UnknownUser(VaultError):
    """An administrative action named an account that has no slot."""


class RecoveryNotSet(VaultError):
    """The keystore has no recovery slot to open."""


class WrongRecoveryKey(VaultError):
    """The recovery identity offered is not the one the recovery slot was sealed to."""


def _duration(seconds: int) -> str:
    if seconds < 120:
        return f"{seconds} seconds"
    return f"{-(-seconds // 60)} minutes"
