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


def _sentences() -> dict[NoticeKind, str]:
    # Literal ``translate`` calls, so that pyside6-lupdate finds every sentence.
    return {
        NoticeKind.KEYSTORE_UNWRITABLE: _T.translate(
            "AccountNotices", "The keystore file cannot be written, so the "
            "account roles could not be signed this time."),
        NoticeKind.NO_ADMIN_KEY: _T.translate(
            "AccountNotices", "This admin account does not hold the admin "
            "key: another admin must reset its password before it can change "
            "accounts."),
        NoticeKind.ROLES_SIGNED: _T.translate(
            "AccountNotices", "The account roles are now signed with the "
            "admin key. Check the list of accounts once: a role changed "
            "before now was signed with the rest."),
        NoticeKind.RECORD_REPLACED: _T.translate(
            "AccountNotices", "The record of accounts was removed or signed "
            "with a key that is not this vault's admin key. It is signed again; "
            "these accounts are refused until an admin removes them and adds "
            "them again: %1"),
        NoticeKind.ROLES_UNSIGNED: _T.translate(
            "AccountNotices", "The account roles are not signed yet: an "
            "admin's next sign-in signs them."),
        NoticeKind.SLOTS_ALTERED: _T.translate(
            "AccountNotices", "The key slots of these accounts were altered "
            "and they are refused: %1. Remove them and add them again with the "
            "right role."),
        NoticeKind.COUNTERS_WOUND_BACK: _T.translate(
            "AccountNotices", "Failed sign-in counters were set back by "
            "editing the keystore file for: %1. Someone may be guessing "
            "passwords."),
        NoticeKind.ANCHOR_MISMATCH: _T.translate(
            "AccountNotices", "The record of accounts is signed with another "
            "admin key than this account knows: its interview keys are not "
            "shared with other accounts until an admin signs in."),
        NoticeKind.CONTENT_SEALED: _T.translate(
            "AccountNotices", "Interviews are now sealed per officer (%1 "
            "officer(s)): each officer reads their own; supervisor accounts "
            "read every officer's."),
        NoticeKind.GRANTS_REFUSED: _T.translate(
            "AccountNotices", "%1 interview key(s) given to this account did "
            "not open: the vault was altered."),
        NoticeKind.OWN_KEY_LOST: _T.translate(
            "AccountNotices", "This account's own interview key is no longer "
            "given to it (the vault was altered): new interviews are sealed "
            "under a new key."),
        NoticeKind.CONTENT_KEYS_DEFERRED: _T.translate(
            "AccountNotices", "The interview keys could not be brought up to "
            "date this time: %1"),
        NoticeKind.CONTENT_KEY_UNANCHORED: _T.translate(
            "AccountNotices", "The keystore file cannot be written, so this "
            "account's interview key could not be sealed in its slot this time."),
    }


def notice_text(notice: AccountNotice) -> str:
    """The notice's sentence in the app's language: %1 is the accounts it names (names as
    they are) or else its detail (a count, a reason)."""
    filler = ", ".join(notice.accounts) if notice.accounts else notice.detail
    return _sentences()[notice.kind].replace("%1", filler)


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
