"""After signing in: what the unlock found about the accounts, in the app's language.

The core lists its findings as :class:`~fieldapp.vault.account_notices.AccountNotice`
(an altered key slot, failed-attempt counters set back by editing the keystore, a replaced
accounts record, the accounts signed for the first time). Warnings are shown to whoever signs
in, since any account may be the first to unlock after someone edited the files; the rest
("roles are now signed", "not signed yet") only to an admin, who can act on them. One
window-modal box, not blocking, with every notice of that sign-in; the audit log keeps them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldapp.vault.account_notices import AccountNotice, NoticeKind
from fieldapp.vault.keystore_accounts import ADMIN_ROLE

_T = QCoreApplication


def notice_text(notice: AccountNotice) -> str:
    """The notice's sentence in the app's language (account names as they are)."""
    names = ", ".join(notice.accounts)
    kind = notice.kind
    if kind is NoticeKind.KEYSTORE_UNWRITABLE:
        return _T.translate("AccountNotices", "The keystore file cannot be written, so the "
                            "account roles could not be signed this time.")
    if kind is NoticeKind.NO_ADMIN_KEY:
        return _T.translate("AccountNotices", "This admin account does not hold the admin "
                            "key: another admin must reset its password before it can change "
                            "accounts.")
    if kind is NoticeKind.ROLES_SIGNED:
        return _T.translate("AccountNotices", "The account roles are now signed with the "
                            "admin key. Check the list of accounts once: a role changed "
                            "before now was signed with the rest.")
    if kind is NoticeKind.RECORD_REPLACED:
        return _T.translate("AccountNotices", "The record of accounts was removed or signed "
                            "with a key that is not this vault's admin key. It is signed again; "
                            "these accounts are refused until an admin removes them and adds "
                            "them again: %1").replace("%1", names)
    if kind is NoticeKind.ROLES_UNSIGNED:
        return _T.translate("AccountNotices", "The account roles are not signed yet: an "
                            "admin's next sign-in signs them.")
    if kind is NoticeKind.SLOTS_ALTERED:
        return _T.translate("AccountNotices", "The key slots of these accounts were altered "
                            "and they are refused: %1. Remove them and add them again with the "
                            "right role.").replace("%1", names)
    if kind is NoticeKind.COUNTERS_WOUND_BACK:
        return _T.translate("AccountNotices", "Failed sign-in counters were set back by "
                            "editing the keystore file for: %1. Someone may be guessing "
                            "passwords.").replace("%1", names)
    return _content_key_text(notice)


def _content_key_text(notice: AccountNotice) -> str:
    """The notices of the officers' content keys (fieldapp.vault.content_access)."""
    kind = notice.kind
    if kind is NoticeKind.ANCHOR_MISMATCH:
        return _T.translate("AccountNotices", "The record of accounts is signed with another "
                            "admin key than this account knows: its interview keys are not "
                            "shared with other accounts until an admin signs in.")
    if kind is NoticeKind.CONTENT_SEALED:
        return _T.translate("AccountNotices", "Interviews are now sealed per officer (%1 "
                            "officer(s)): each officer reads their own; supervisor accounts "
                            "read every officer's.").replace("%1", notice.detail)
    if kind is NoticeKind.GRANTS_REFUSED:
        return _T.translate("AccountNotices", "%1 interview key(s) given to this account did "
                            "not open: the vault was altered.").replace("%1", notice.detail)
    if kind is NoticeKind.OWN_KEY_LOST:
        return _T.translate("AccountNotices", "This account's own interview key is no longer "
                            "given to it (the vault was altered): new interviews are sealed "
                            "under a new key.")
    if kind is NoticeKind.CONTENT_KEYS_DEFERRED:
        return _T.translate("AccountNotices", "The interview keys could not be brought up to "
                            "date this time: %1").replace("%1", notice.detail)
    return _T.translate("AccountNotices", "The keystore file cannot be written, so this "
                        "account's interview key could not be sealed in its slot this time.")


def shown_to(notices: Sequence[AccountNotice], role: str) -> list[AccountNotice]:
    """The notices this account is shown: every warning; the rest to an admin only."""
    return [n for n in notices if n.is_warning or role == ADMIN_ROLE]


def show_account_notices(parent: QWidget | None, notices: Sequence[AccountNotice],
                         role: str) -> QMessageBox | None:
    """One window-modal box with the notices for ``role``; None when there is none."""
    chosen = shown_to(notices, role)
    if not chosen:
        return None
    box = QMessageBox(parent)
    warning = any(n.is_warning for n in chosen)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(_T.translate("AccountNotices", "Accounts on this computer"))
    box.setText("\n\n".join(notice_text(n) for n in chosen))
    if warning:
        box.setInformativeText(_T.translate(
            "AccountNotices", "The audit log records this. An admin sees the accounts with "
            "\u201cfieldapp user list\u201d."))
    box.open()
    return box
