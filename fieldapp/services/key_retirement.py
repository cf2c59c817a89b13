"""An admin's retirement of the content keys removed slots could unwrap, for a vault.

Called by the account removal and every key rotation (:mod:`fieldapp.services.accounts`) and
by an admin's unlock (:mod:`fieldapp.services.session`), which finishes a removal a crash
interrupted. What it does to the keys is :mod:`fieldapp.vault.content_retirement`; this module
decides when it may run (an admin holding the admin key, a sealed laptop vault), which
recipients keep their grants (every slot of the keystore file and of the signed accounts
record, and the recovery recipient), and that keys made later in the session go only to the
remaining readers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fieldapp.vault import content_access, content_retirement
from fieldapp.vault.account_notices import AccountNotice, NoticeKind
from fieldapp.vault.content_migration import content_sealed
from fieldapp.vault.content_seal import keyring_of
from fieldapp.vault.database import DiskFull, VaultDatabaseError, VaultReadOnly, translate_error

if TYPE_CHECKING:
    from fieldapp.services.session import Vault


def retire_unreachable_keys(vault: Vault, *, reason: str
                            ) -> content_retirement.Retirement | None:
    """An admin's work: retire the content keys granted to slots no longer in the keystore
    (content_retirement; ``Keystore.readers(altered=True)`` names the slots that keep theirs);
    a full disk or read-only medium leaves it to the next admin unlock or key rotation, with
    a notice. What was retired, if anything."""
    connection = vault.connection
    if (vault.signer is None or not vault.keystore.signed or not content_sealed(connection)
            or not content_access.on_laptop(connection)):
        return None
    content_access.use_readers(connection, content_access.readers_of(vault.content_readers()))
    known = [recipient for recipient, _user, _role in vault.keystore.readers(altered=True)]
    try:
        return content_retirement.retire_unreachable(
            connection, known, keyring_of(connection), actor=vault.user, reason=reason,
            now=vault.clock().isoformat(timespec="milliseconds"), clock=vault.clock)
    except Exception as error:
        cause = error if isinstance(error, VaultDatabaseError) else translate_error(error)
        if not isinstance(cause, DiskFull | VaultReadOnly):
            raise
        vault.notices.append(AccountNotice(NoticeKind.CONTENT_KEYS_DEFERRED, detail=cause))
        return None
