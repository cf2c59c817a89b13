"""Sync bundles, laptop to supervisor: records in, bytes out; bytes in, verified records out.

A bundle is sign, encrypt, sign (layout in bundle_layout.py). :func:`write_bundle` signs a
manifest with the device key, encrypts manifest + signature + payload with age to the
supervisor (and the organisation's recovery recipient when given), and signs an outer header
binding the device id, the supervisor key id and the ciphertext hash. :func:`read_bundle`
checks in an order where each check only trusts what earlier ones proved: structure, known
device, outer signature, ciphertext hash, addressee, and only then decrypts; then the
manifest signature, the manifest against header and payload, and every record. Each failure
is its own typed error (fieldapp.sync.errors); nothing is returned unless everything holds.
No database here: which records to export and how to apply them belong to the importer.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

import pyrage

from fieldapp.sync.bundle_layout import (
    MANIFEST_CONTEXT,
    OUTER_CONTEXT,
    BundleHeader,
    OuterBundle,
    pack_inner,
    pack_outer,
    parse_header,
    parse_inner,
    parse_outer,
)
from fieldapp.sync.errors import (
    BadManifestSignature,
    BadOuterSignature,
    CiphertextHashMismatch,
    FileKind,
    InvalidRecord,
    ManifestMismatch,
    PayloadHashMismatch,
    SyncFileError,
    UnknownDevice,
    WrongRecipient,
)
from fieldapp.sync.files import opaque_file_name
from fieldapp.sync.keys import (
    DeviceIdentity,
    SupervisorIdentity,
    SupervisorPublicKeys,
    check_age_recipient,
    verify_signature,
)
from fieldapp.sync.manifest import BundleManifest, parse_manifest
from fieldapp.sync.records import SyncRecord, decode_payload, encode_payload
from fieldapp.sync.schema import malformed
from fieldapp.sync.sealed_records import unseal_records


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle that passed every check: its signed manifest and its records."""

    manifest: BundleManifest
    records: tuple[SyncRecord, ...]


@dataclass(frozen=True)
class BundleSummary:
    """What a supervisor may see before importing; ``problem`` is the first failed check."""

    device_id: str
    device_known: bool
    outer_signature_valid: bool
    file_size: int
    ciphertext_size: int
    supervisor_key_id: str
    manifest: BundleManifest | None
    problem: str | None


def write_bundle(
    records: Iterable[SyncRecord],
    *,
    device: DeviceIdentity,
    sequence: int,
    recipients: SupervisorPublicKeys,
    recovery_recipient: str | None = None,
    app_version: str,
    schema_version: int,
    created_at: datetime | None = None,
) -> bytes:
    """One bundle file holding ``records`` (all of ``device``), encrypted to the supervisor."""
    if sequence < 1:
        raise ValueError("bundle sequence numbers start at 1")
    listed = list(records)
    if any(record.device_id != device.device_id for record in listed):
        raise InvalidRecord("a bundle may only hold records made on its own device")
    if len({record.key for record in listed}) != len(listed):
        raise InvalidRecord("the same record revision is listed twice")
    age_recipients = [recipients.age_recipient]
    if recovery_recipient is not None and recovery_recipient != recipients.age_recipient:
        age_recipients.append(check_age_recipient(recovery_recipient))
    payload = encode_payload(listed)
    manifest = BundleManifest(
        bundle_uuid=str(uuid.uuid4()),
        device_id=device.device_id,
        sequence=sequence,
        recipients=tuple(age_recipients),
        supervisor_key_id=recipients.key_id,
        payload_sha256=hashlib.sha256(payload.compressed).hexdigest(),
        payload_size=len(payload.compressed),
        payload_uncompressed_size=payload.uncompressed_size,
        record_count=payload.record_count,
        app_version=app_version,
        schema_version=schema_version,
        created_at=created_at or datetime.now(UTC),
    )
    manifest_bytes = manifest.to_bytes()
    # Round-trip the manifest now: a caller's bad version text must not yield an unreadable
    # bundle that is only discovered at the supervisor's desk.
    try:
        round_trip = parse_manifest(manifest_bytes)
    except SyncFileError as exc:
        raise ValueError(f"bundle manifest cannot be written: {exc.message}") from exc
    if round_trip != manifest:
        raise ValueError("bundle manifest cannot be written: created_at does not round-trip")
    inner = pack_inner(
        manifest_bytes, device.sign(MANIFEST_CONTEXT + manifest_bytes), payload.compressed
    )
    ciphertext = pyrage.encrypt(
        inner, [pyrage.x25519.Recipient.from_str(item) for item in age_recipients]
    )
    return pack_outer(
        device, recipients.key_id_bytes, ciphertext, hashlib.sha256(ciphertext).digest()
    )


def read_bundle(
    data: bytes, *, known_devices: Mapping[str, bytes], supervisor: SupervisorIdentity
) -> VerifiedBundle:
    """Verify and decrypt a bundle for ``supervisor``; ``known_devices``: id -> public key."""
    outer = parse_outer(data)
    public_key = _check_outer(outer, known_devices)
    keys = supervisor.public_keys()
    if outer.supervisor_key_id != keys.key_id:
        raise WrongRecipient()
    return _open(outer, public_key, supervisor.age_identity, keys.age_recipient, keys.key_id)


def read_bundle_for_recovery(
    data: bytes, *, known_devices: Mapping[str, bytes], recovery: pyrage.x25519.Identity
) -> VerifiedBundle:
    """Open a bundle with the organisation's recovery identity (supervisor key lost)."""
    outer = parse_outer(data)
    public_key = _check_outer(outer, known_devices)
    recipient = str(recovery.to_public())
    return _open(outer, public_key, recovery, recipient, outer.supervisor_key_id)


def verify_own_bundle(data: bytes, device: DeviceIdentity) -> None:
    """Check a bundle read back from disk before it is marked exported.

    The laptop cannot decrypt its own bundle (only the supervisor can), but it can prove the
    file on the stick is complete and exactly what it signed: structure, signature and
    ciphertext hash. Raises the same typed errors as :func:`read_bundle`.
    """
    _check_outer(parse_outer(data), {device.device_id: device.public_key_bytes})


def inspect_bundle(
    data: bytes,
    known_devices: Mapping[str, bytes],
    supervisor: SupervisorIdentity | None = None,
) -> BundleSummary:
    """Header facts and signature status without decrypting; the manifest too if possible.

    Raises only for files with no readable header (empty, foreign, truncated, oversized).
    """
    outer = parse_outer(data)
    public_key = known_devices.get(outer.device_id)
    signature_valid = public_key is not None and verify_signature(
        public_key, outer.signature, OUTER_CONTEXT + outer.signed_header
    )
    manifest = None
    problem: str | None = None
    try:
        if supervisor is None:
            _check_outer(outer, known_devices)
        else:
            manifest = read_bundle(
                data, known_devices=known_devices, supervisor=supervisor
            ).manifest
    except SyncFileError as exc:
        problem = exc.reason
    return BundleSummary(
        device_id=outer.device_id,
        device_known=public_key is not None,
        outer_signature_valid=signature_valid,
        file_size=len(data),
        ciphertext_size=len(outer.ciphertext),
        supervisor_key_id=outer.supervisor_key_id,
        manifest=manifest,
        problem=problem,
    )


def check_header(head: bytes, known_devices: Mapping[str, bytes]) -> None:
    """Refuse a bundle from its first :data:`HEADER_BYTES` alone: unknown device, forged or
    damaged signature. The signature covers the ciphertext's length and hash, so a file that
    passes here is what an enrolled laptop sent, whatever its size."""
    _check_outer(parse_header(head), known_devices)


def _check_outer(outer: OuterBundle | BundleHeader,
                 known_devices: Mapping[str, bytes]) -> bytes:
    public_key = known_devices.get(outer.device_id)
    if public_key is None:
        raise UnknownDevice(outer.device_id)
    message = OUTER_CONTEXT + outer.signed_header
    if not verify_signature(public_key, outer.signature, message):
        # Only after a failure, so honest bundles pay nothing: name the impersonation.
        if any(
            other_id != outer.device_id and verify_signature(other, outer.signature, message)
            for other_id, other in known_devices.items()
        ):
            raise BadOuterSignature(
                FileKind.BUNDLE,
                f"the bundle claims to come from device {outer.device_id} but is signed with "
                "the key of another enrolled device: it was rejected",
            )
        raise BadOuterSignature(
            FileKind.BUNDLE,
            f"the bundle's signature does not match device {outer.device_id}: the file is "
            "damaged or forged",
        )
    if (isinstance(outer, OuterBundle)
            and hashlib.sha256(outer.ciphertext).digest() != outer.ciphertext_sha256):
        raise CiphertextHashMismatch()
    return public_key


def _open(outer: OuterBundle, public_key: bytes, identity: pyrage.x25519.Identity,
          recipient: str, key_id: str) -> VerifiedBundle:
    try:
        plaintext = pyrage.decrypt(outer.ciphertext, [identity])
    except pyrage.DecryptError as exc:
        # The ciphertext is exactly what the device signed, so a failure here means the
        # bundle was not encrypted to this key, or the device wrote a broken age file.
        if "no matching keys" in str(exc).lower():
            raise WrongRecipient() from exc
        raise malformed(FileKind.BUNDLE, "the encrypted content cannot be decrypted") from exc
    inner = parse_inner(plaintext)
    if not verify_signature(
        public_key, inner.manifest_signature, MANIFEST_CONTEXT + inner.manifest_bytes
    ):
        raise BadManifestSignature(
            FileKind.BUNDLE,
            f"the bundle's manifest is not signed by device {outer.device_id}: rejected",
        )
    manifest = parse_manifest(inner.manifest_bytes)
    if manifest.device_id != outer.device_id:
        raise ManifestMismatch("it names another device than the header")
    if manifest.supervisor_key_id != key_id or manifest.supervisor_key_id != (
        outer.supervisor_key_id
    ):
        raise ManifestMismatch("it names another supervisor key than the header")
    if recipient not in manifest.recipients:
        raise ManifestMismatch("it does not list this key among its recipients")
    if hashlib.sha256(inner.payload).hexdigest() != manifest.payload_sha256:
        raise PayloadHashMismatch()
    if len(inner.payload) != manifest.payload_size:
        raise ManifestMismatch("the payload size differs")
    records = decode_payload(
        inner.payload,
        declared_size=manifest.payload_uncompressed_size,
        record_count=manifest.record_count,
        device_id=manifest.device_id,
    )
    # Records an account of the laptop could not read travel sealed to this key inside.
    return VerifiedBundle(manifest, unseal_records(records, identity))


def bundle_file_name(data: bytes) -> str:
    """An opaque name for a bundle file, derived from its bytes (see files.opaque_file_name)."""
    return opaque_file_name(data, FileKind.BUNDLE)
