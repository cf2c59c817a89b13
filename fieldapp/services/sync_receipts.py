"""Receipts: the supervisor says what it holds; the laptop marks it synced and may purge it.

Supervisor: a receipt is signed when its bundle is imported and kept with the bundle's ledger
row; :func:`export_receipts` writes those not yet handed out (or all of them) under opaque
names. A duplicate bundle puts its receipt back in the queue, since the first copy may have
been lost on the way back.

Laptop: :func:`import_receipts` verifies every file first (signed by the trusted supervisor,
made for this device) and refuses them all if one fails; then each is applied in its own
transaction: a record counts as received only when the receipt names the content hash this
laptop sent, interviews whose every revision is received are marked synced, and the retention
policy runs (see fieldapp.vault.sync_purge: nothing unacknowledged is ever purged).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fieldapp.services.session import Vault
from fieldapp.services.sync_enrollment import MAX_SIGNED_FILE, supervisor_identity
from fieldapp.services.sync_errors import NotEnrolled, output_folder, require_vault_role
from fieldapp.services.sync_export import purge_now
from fieldapp.sync import FileKind, Receipt, read_receipt, read_sync_file, write_atomic
from fieldapp.sync.files import opaque_file_name
from fieldapp.vault import sync_inbox, sync_outbox, sync_store
from fieldapp.vault.database import transaction
from fieldapp.vault.sync_store import LAPTOP


@dataclass(frozen=True)
class ReceiptApplied:
    file: str
    sequence: int
    acknowledged: int
    already: int
    unmatched: int
    bundle_known: bool


def export_receipts(vault: Vault, out_dir: Path, *, everything: bool,
                    now: datetime) -> list[Path]:
    """Write receipts not handed out yet (``everything``: all of them) to ``out_dir``."""
    supervisor_identity(vault, "export receipts")
    folder = output_folder(out_dir)
    pending = sync_inbox.receipts(vault.connection, include_exported=everything)
    written: list[Path] = []
    for _bundle_uuid, data in pending:
        path = folder / opaque_file_name(data, FileKind.RECEIPT)
        write_atomic(path, data)
        written.append(path)
    with transaction(vault.connection):
        sync_inbox.mark_receipts_exported(
            vault.connection, [uuid for uuid, _data in pending], now=sync_store.stamp(now)
        )
        if written:
            vault.audit("receipts_exported", {"receipts": len(written)})
    return written


def import_receipts(
    vault: Vault, paths: Sequence[Path], *, now: Callable[[], datetime]
) -> tuple[list[ReceiptApplied], int]:
    """Apply receipts (all verified first); returns what each did and how many were purged."""
    require_vault_role(vault, LAPTOP, "import receipts")
    device = sync_store.load_device_identity(vault.connection)
    trusted = sync_store.trusted_supervisor(vault.connection)
    if device is None or trusted is None:
        raise NotEnrolled()
    verified: list[tuple[Path, Receipt]] = []
    for path in paths:
        data = read_sync_file(path, FileKind.RECEIPT, max_bytes=MAX_SIGNED_FILE)
        verified.append((path, read_receipt(data, trusted, device_id=device.device_id)))
    results: list[ReceiptApplied] = []
    for path, receipt in verified:
        with transaction(vault.connection):
            ack = sync_outbox.acknowledge(
                vault.connection,
                [(item.uuid, item.revision, item.content_hash) for item in receipt.records],
                sequence=receipt.sequence, bundle_uuid=receipt.bundle_uuid,
                now=sync_store.stamp(now()),
            )
            vault.audit("receipt_imported", {
                "sequence": receipt.sequence, "acknowledged": ack.acknowledged,
                "already": ack.already, "unmatched": ack.unmatched, "file": path.name,
            })
        results.append(ReceiptApplied(path.name, receipt.sequence, ack.acknowledged,
                                      ack.already, ack.unmatched, ack.bundle_known))
    return results, purge_now(vault, now())
