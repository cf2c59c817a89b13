"""The sync files' refusals in the app language: one plain sentence per kind of reason.

The core's refusals (``fieldapp.sync.errors``) carry a stable ``reason`` code and an English
message fit for the command line. The screens show the sentence for the code, which says what
it means for the person at the machine and what to do; the core's own message stays available
for support (a table's tooltip). A code without a sentence here falls back to that message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_T = QCoreApplication

_DAMAGED = ("bad_signature", "bad_outer_signature", "bad_manifest_signature",
            "bad_receipt_signature", "bad_enrollment_signature", "bad_registration_signature",
            "bad_update_signature", "ciphertext_hash_mismatch", "payload_hash_mismatch",
            "manifest_mismatch", "invalid_key", "invalid_record")
_NOT_THIS_KIND = ("not_a_sync_file", "not_a_bundle", "not_a_receipt", "not_an_enrollment",
                  "not_a_registration", "not_an_update", "trailing_data", "malformed",
                  "malformed_payload", "malformed_receipt", "malformed_enrollment",
                  "malformed_registration", "malformed_update")


def reason_text(code: str | None) -> str | None:
    """The sentence for a refusal code, or ``None`` when there is none."""
    if code in _DAMAGED:
        return _T.translate("SyncReasons", "The file is damaged or was altered on the way: "
                            "its signature or its content does not check out. Nothing of it "
                            "was used. Ask for the file again.")
    if code in _NOT_THIS_KIND:
        return _T.translate("SyncReasons", "This is not a sync file of the expected kind, or "
                            "it is damaged. Nothing of it was used.")
    texts = {
        "empty_file": _T.translate("SyncReasons", "The file is empty. Copy it again."),
        "truncated": _T.translate("SyncReasons", "The file is incomplete (the copy was "
                                  "interrupted or is still going on). Copy it again."),
        "file_too_large": _T.translate("SyncReasons",
                                       "The file is far too large to be a sync file."),
        "file_unavailable": _T.translate("SyncReasons", "The file or folder could not be "
                                         "read: it was moved, or the stick or drive was taken "
                                         "out."),
        "unsupported_version": _T.translate("SyncReasons", "The file was made by a newer "
                                            "version of the app. Update the app here."),
        "unknown_device": _T.translate("SyncReasons", "The file comes from a laptop that was "
                                       "not accepted here. Accept the laptop first (its "
                                       "registration file and code), then import it again."),
        "wrong_recipient": _T.translate("SyncReasons", "The file was made for another "
                                        "supervisor. It cannot be read here."),
        "wrong_supervisor": _T.translate("SyncReasons", "The file was signed by another "
                                         "supervisor than the one this laptop trusts."),
        "receipt_other_device": _T.translate("SyncReasons", "This receipt is for another "
                                             "laptop."),
        "update_rollback": _T.translate("SyncReasons", "This update is not newer than the one "
                                        "already applied, so it was not applied."),
    }
    return texts.get(code or "")
