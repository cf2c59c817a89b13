"""The expected failures of sync files: each rejection has its own class and reason code.

Every class is a :class:`fieldapp.errors.FieldappError`, so the CLI prints the message on one
line and the GUI shows it. Each class carries ``reason``, a short stable string that import
reports, logs and tests can rely on; messages are plain sentences for the officer or the
supervisor. Messages may name a file kind and an opaque device id, never a person, a place or
an answer. The readers in this package turn every failure of json, zlib, pyrage or
cryptography on hostile input into one of these classes, so damaged or forged files never
surface as tracebacks.
"""

from __future__ import annotations

from enum import Enum

from fieldapp.errors import FieldappError


class FileKind(Enum):
    """The five sync file types; the value is how messages name them."""

    BUNDLE = "bundle"
    RECEIPT = "receipt"
    ENROLLMENT = "enrollment file"
    REGISTRATION = "registration file"
    UPDATE = "update file"


class SyncError(FieldappError):
    """Base of every sync failure."""

    reason: str = "sync_error"


class InvalidKeyMaterial(SyncError):
    """Stored identity bytes, a public key or an age recipient are not valid."""

    reason = "invalid_key"


class InvalidRecord(SyncError):
    """A record handed to the writer breaks the record rules (bad uuid, revision, body)."""

    reason = "invalid_record"


class SyncFileUnavailable(SyncError):
    """The operating system refused to read or write a sync file (missing, permissions, full)."""

    reason = "file_unavailable"


class SyncFileError(SyncError):
    """A sync file was read and rejected; ``kind`` says which type of file was expected."""

    reason = "sync_file_error"

    def __init__(self, kind: FileKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class EmptyFile(SyncFileError):
    reason = "empty_file"

    def __init__(self, kind: FileKind) -> None:
        super().__init__(kind, f"the {kind.value} is empty (0 bytes)")


class Truncated(SyncFileError):
    """The file ends early: typically a copy to a USB stick that did not finish."""

    reason = "truncated"

    def __init__(self, kind: FileKind, size: int, needed: int) -> None:
        super().__init__(
            kind,
            f"the {kind.value} is incomplete ({size} bytes, at least {needed} expected): "
            "copy it again from the source",
        )


class TrailingData(SyncFileError):
    reason = "trailing_data"

    def __init__(self, kind: FileKind, extra: int) -> None:
        super().__init__(kind, f"the {kind.value} has {extra} unexpected bytes after its end")


class FileTooLarge(SyncFileError):
    reason = "file_too_large"

    def __init__(self, kind: FileKind, limit: int) -> None:
        super().__init__(kind, f"the {kind.value} is larger than the {limit} bytes allowed")


class UnsupportedVersion(SyncFileError):
    reason = "unsupported_version"

    def __init__(self, kind: FileKind, version: int) -> None:
        super().__init__(
            kind,
            f"the {kind.value} uses format version {version}, which this version of the app "
            "cannot read: update the app",
        )


def _a(kind: FileKind) -> str:
    """The kind's name with its article: "a bundle", "an enrollment file"."""
    return ("an " if kind.value[0] in "aeiou" else "a ") + kind.value


class UnrecognisedFile(SyncFileError):
    """Bad magic: junk, another program's file, or a sync file of another kind."""

    reason = "not_a_sync_file"

    def __init__(self, kind: FileKind, found: FileKind | None = None) -> None:
        if found is None:
            message = f"this is not {_a(kind)} (unrecognised content)"
        else:
            message = f"this is {_a(found)}, not {_a(kind)}"
        super().__init__(kind, message)
        self.found = found


class NotABundle(UnrecognisedFile):
    reason = "not_a_bundle"


class NotAReceipt(UnrecognisedFile):
    reason = "not_a_receipt"


class NotAnEnrollment(UnrecognisedFile):
    reason = "not_an_enrollment"


class NotARegistration(UnrecognisedFile):
    reason = "not_a_registration"


class NotAnUpdate(UnrecognisedFile):
    reason = "not_an_update"


UNRECOGNISED: dict[FileKind, type[UnrecognisedFile]] = {
    FileKind.BUNDLE: NotABundle,
    FileKind.RECEIPT: NotAReceipt,
    FileKind.ENROLLMENT: NotAnEnrollment,
    FileKind.REGISTRATION: NotARegistration,
    FileKind.UPDATE: NotAnUpdate,
}


class BadSignature(SyncFileError):
    """A signature does not verify: the file was altered or signed by another key."""

    reason = "bad_signature"


class BadOuterSignature(BadSignature):
    """The bundle's outer signature fails for the device it names (forged or damaged header)."""

    reason = "bad_outer_signature"


class BadManifestSignature(BadSignature):
    """The decrypted manifest is not signed by the device named in the header."""

    reason = "bad_manifest_signature"


class BadReceiptSignature(BadSignature):
    reason = "bad_receipt_signature"


class BadEnrollmentSignature(BadSignature):
    reason = "bad_enrollment_signature"


class BadRegistrationSignature(BadSignature):
    reason = "bad_registration_signature"


class BadUpdateSignature(BadSignature):
    reason = "bad_update_signature"


BAD_SIGNATURE: dict[FileKind, type[BadSignature]] = {
    FileKind.RECEIPT: BadReceiptSignature,
    FileKind.ENROLLMENT: BadEnrollmentSignature,
    FileKind.REGISTRATION: BadRegistrationSignature,
    FileKind.UPDATE: BadUpdateSignature,
}


class MalformedFile(SyncFileError):
    """The file's signed content does not follow the format (bad JSON, fields, values)."""

    reason = "malformed"


class MalformedPayload(MalformedFile):
    reason = "malformed_payload"


class MalformedReceipt(MalformedFile):
    reason = "malformed_receipt"


class MalformedEnrollment(MalformedFile):
    reason = "malformed_enrollment"


class MalformedRegistration(MalformedFile):
    reason = "malformed_registration"


class MalformedUpdate(MalformedFile):
    reason = "malformed_update"


MALFORMED: dict[FileKind, type[MalformedFile]] = {
    FileKind.BUNDLE: MalformedPayload,
    FileKind.RECEIPT: MalformedReceipt,
    FileKind.ENROLLMENT: MalformedEnrollment,
    FileKind.REGISTRATION: MalformedRegistration,
    FileKind.UPDATE: MalformedUpdate,
}


class UnknownDevice(SyncFileError):
    """The bundle names a device this supervisor has not accepted."""

    reason = "unknown_device"

    def __init__(self, device_id: str) -> None:
        super().__init__(
            FileKind.BUNDLE,
            f"the bundle comes from device {device_id}, which is not enrolled here: accept "
            "its registration file first",
        )
        self.device_id = device_id


class CiphertextHashMismatch(SyncFileError):
    """The encrypted part differs from what the device signed (damaged or altered in transit)."""

    reason = "ciphertext_hash_mismatch"

    def __init__(self) -> None:
        super().__init__(
            FileKind.BUNDLE,
            "the bundle's encrypted content does not match its signed hash: the file is "
            "damaged or was altered",
        )


class WrongRecipient(SyncFileError):
    """The bundle was encrypted for another supervisor's key."""

    reason = "wrong_recipient"

    def __init__(self) -> None:
        super().__init__(
            FileKind.BUNDLE,
            "this bundle was made for another supervisor and cannot be opened with this "
            "supervisor's key",
        )


class ManifestMismatch(SyncFileError):
    """The signed manifest disagrees with the header or with the payload it describes."""

    reason = "manifest_mismatch"

    def __init__(self, detail: str) -> None:
        super().__init__(FileKind.BUNDLE, f"the bundle's manifest does not match: {detail}")


class PayloadHashMismatch(SyncFileError):
    reason = "payload_hash_mismatch"

    def __init__(self) -> None:
        super().__init__(
            FileKind.BUNDLE, "the bundle's records do not match the hash in its signed manifest"
        )


class WrongSupervisor(SyncFileError):
    """A supervisor-signed file (receipt, enrollment, update) comes from another supervisor."""

    reason = "wrong_supervisor"

    def __init__(self, kind: FileKind) -> None:
        super().__init__(
            kind,
            f"this {kind.value} was signed by another supervisor than the one this laptop "
            "trusts",
        )


class ReceiptForAnotherDevice(SyncFileError):
    reason = "receipt_other_device"

    def __init__(self) -> None:
        super().__init__(FileKind.RECEIPT, "this receipt is for another device")


class UpdateRollback(SyncFileError):
    """An update older than (or the same as) the last one applied: never go backwards."""

    reason = "update_rollback"

    def __init__(self, sequence: int, last_applied: int) -> None:
        super().__init__(
            FileKind.UPDATE,
            f"this update (number {sequence}) is not newer than the last one applied "
            f"(number {last_applied}): it was not applied",
        )
        self.sequence = sequence
        self.last_applied = last_applied
