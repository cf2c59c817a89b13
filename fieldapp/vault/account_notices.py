"""What an unlock found about the accounts, said to the person unlocking.

An unlock may find that a key slot was altered, that failed-attempt counters were set back by
editing the keystore, that the accounts record was replaced, or it may sign the accounts for
the first time (:mod:`fieldapp.services.session`), or work on the officers' content keys
(:mod:`fieldapp.vault.content_access`). Each finding is an :class:`AccountNotice`: a kind, the
accounts it names and a detail (a count or a reason), never anything an interview holds.
A notice *is* its English sentence (a ``str``), which the command line prints as it is; the
desktop app reads :attr:`AccountNotice.kind` and :attr:`AccountNotice.accounts` and says the
same in the app's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum


class NoticeKind(StrEnum):
    KEYSTORE_UNWRITABLE = "keystore_unwritable"
    NO_ADMIN_KEY = "no_admin_key"
    ROLES_SIGNED = "roles_signed"
    RECORD_REPLACED = "record_replaced"
    ROLES_UNSIGNED = "roles_unsigned"
    SLOTS_ALTERED = "slots_altered"
    COUNTERS_WOUND_BACK = "counters_wound_back"
    ANCHOR_MISMATCH = "anchor_mismatch"
    CONTENT_SEALED = "content_sealed"
    GRANTS_REFUSED = "grants_refused"
    OWN_KEY_LOST = "own_key_lost"
    CONTENT_KEYS_DEFERRED = "content_keys_deferred"
    CONTENT_KEY_UNANCHORED = "content_key_unanchored"


_ENGLISH = {
    NoticeKind.KEYSTORE_UNWRITABLE:
        "the keystore cannot be written, so account roles could not be signed this time",
    NoticeKind.NO_ADMIN_KEY:
        "this admin account does not hold the admin key: another admin must reset its "
        "password before it can change accounts",
    NoticeKind.ROLES_SIGNED:
        "account roles are now signed with the admin key; check the account list once",
    NoticeKind.RECORD_REPLACED:
        "the accounts record was removed or signed by a key that is not this vault's admin "
        "key; it was signed again, and until an admin removes and adds them again these "
        "accounts are refused (admins are let back in by their key): {accounts}",
    NoticeKind.ROLES_UNSIGNED:
        "account roles are not signed yet: an admin's next unlock signs them",
    NoticeKind.SLOTS_ALTERED:
        "these accounts' key slots were altered and are refused: {accounts}",
    NoticeKind.COUNTERS_WOUND_BACK:
        "failed-attempt counters were set back by editing the keystore for: {accounts}",
    NoticeKind.ANCHOR_MISMATCH:
        "the accounts record is signed by another admin key than this account knows: its "
        "interview keys are not shared with other accounts until an admin signs in",
    NoticeKind.CONTENT_SEALED:
        "interview content is now sealed per officer ({detail} officer(s)): each officer "
        "reads their own, supervisor accounts read every officer's",
    NoticeKind.GRANTS_REFUSED:
        "{detail} content key grant(s) to this account did not open: the vault was altered",
    NoticeKind.OWN_KEY_LOST:
        "this account's own content key is no longer granted to it (the vault was altered): "
        "new interviews are sealed under a new key",
    NoticeKind.CONTENT_KEYS_DEFERRED:
        "content keys could not be brought up to date: {detail}",
    NoticeKind.CONTENT_KEY_UNANCHORED:
        "the keystore cannot be written, so this account's content key could not be sealed "
        "in its slot this time",
}

# What an admin should act on; the others are information.
WARNINGS = frozenset({NoticeKind.KEYSTORE_UNWRITABLE, NoticeKind.NO_ADMIN_KEY,
                      NoticeKind.RECORD_REPLACED, NoticeKind.SLOTS_ALTERED,
                      NoticeKind.COUNTERS_WOUND_BACK, NoticeKind.ANCHOR_MISMATCH,
                      NoticeKind.GRANTS_REFUSED, NoticeKind.OWN_KEY_LOST,
                      NoticeKind.CONTENT_KEYS_DEFERRED, NoticeKind.CONTENT_KEY_UNANCHORED})


class AccountNotice(str):
    """One finding of an unlock: its English sentence, with its kind and accounts."""

    kind: NoticeKind
    accounts: tuple[str, ...]
    detail: str

    def __new__(cls, kind: NoticeKind, accounts: Sequence[str] = (),
                detail: object = "") -> AccountNotice:
        names = tuple(accounts)
        notice = super().__new__(cls, _ENGLISH[kind].format(accounts=", ".join(names),
                                                            detail=detail))
        notice.kind = kind
        notice.accounts = names
        notice.detail = str(detail)
        return notice

    @property
    def is_warning(self) -> bool:
        return self.kind in WARNINGS
