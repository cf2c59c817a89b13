"""Sync file formats and their cryptography: pure functions from records to bytes and back.

This package owns the device and supervisor identities (keys.py), the bundle a laptop sends
(bundle.py, with manifest.py, bundle_layout.py and records.py), the signed files a supervisor
sends back or out (receipt.py, enrollment.py, update.py) and the laptop's registration file
(registration.py), their shared framing (framing.py, signed_file.py, schema.py), atomic file
writes (files.py), the typed rejections (errors.py) and the reference model of an import
(ledger.py). It touches no database: the vault-side importer and exporter build on this API.
The byte layouts and the threat each check answers are described in docs/security.md.
"""

from fieldapp.sync.bundle import (
    BundleSummary,
    VerifiedBundle,
    bundle_file_name,
    inspect_bundle,
    read_bundle,
    read_bundle_for_recovery,
    verify_own_bundle,
    write_bundle,
)
from fieldapp.sync.enrollment import (
    Enrollment,
    FormFile,
    RetentionPolicy,
    read_enrollment,
    write_enrollment,
)
from fieldapp.sync.errors import FileKind, SyncError
from fieldapp.sync.files import opaque_file_name, read_sync_file, write_atomic
from fieldapp.sync.keys import (
    DeviceIdentity,
    SupervisorIdentity,
    SupervisorPublicKeys,
    fingerprint,
    normalise_fingerprint,
)
from fieldapp.sync.ledger import BundleOutcome, ImportLedger, RecordStatus, SequenceStatus
from fieldapp.sync.manifest import BundleManifest
from fieldapp.sync.receipt import Receipt, ReceivedRecord, read_receipt, write_receipt
from fieldapp.sync.records import SyncRecord
from fieldapp.sync.registration import Registration, read_registration, write_registration
from fieldapp.sync.update import Update, read_update, write_update

__all__ = [
    "BundleManifest",
    "BundleOutcome",
    "BundleSummary",
    "DeviceIdentity",
    "Enrollment",
    "FileKind",
    "FormFile",
    "ImportLedger",
    "Receipt",
    "ReceivedRecord",
    "RecordStatus",
    "Registration",
    "RetentionPolicy",
    "SequenceStatus",
    "SupervisorIdentity",
    "SupervisorPublicKeys",
    "SyncError",
    "SyncRecord",
    "Update",
    "VerifiedBundle",
    "bundle_file_name",
    "fingerprint",
    "inspect_bundle",
    "normalise_fingerprint",
    "opaque_file_name",
    "read_bundle",
    "read_bundle_for_recovery",
    "read_enrollment",
    "read_receipt",
    "read_registration",
    "read_sync_file",
    "read_update",
    "verify_own_bundle",
    "write_atomic",
    "write_bundle",
    "write_enrollment",
    "write_receipt",
    "write_registration",
    "write_update",
]
