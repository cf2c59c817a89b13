"""Case outcomes travel back: sealed per laptop into each update, stored by the laptop.

Supervisor: :func:`sealed_for_laptops` gathers the current outcome of every interview with
case work (fieldapp.vault.case_outcomes) and seals each laptop's share to that laptop's key
(fieldapp.sync.outcomes); :func:`fieldapp.services.sync_updates.export_update` puts them into
the next update, so an update may carry outcomes alone. Laptop: :func:`store_from_update`
opens the entry for this laptop, if any, and stores it in the same transaction as the rest of
the update. The officer reads the outcome through :func:`interview_outcome` (status, notes,
referral follow-up), which the laptop's result view shows.
"""

from __future__ import annotations

from fieldapp.services.casework import CaseSummary, CaseWork
from fieldapp.services.session import Vault
from fieldapp.sync import Update
from fieldapp.sync.outcomes import SealedOutcomes, open_outcomes, seal_outcomes
from fieldapp.vault import case_outcomes, sync_store
from fieldapp.vault.case_outcomes import StoredOutcomes


def sealed_for_laptops(vault: Vault) -> tuple[SealedOutcomes, ...]:
    """Each accepted laptop's outcomes, sealed to it (laptops with none get no entry)."""
    connection = vault.connection
    devices = sync_store.known_devices(connection)
    gathered = case_outcomes.collect(connection)
    return tuple(seal_outcomes(device_id, devices[device_id], gathered[device_id])
                 for device_id in sorted(gathered) if device_id in devices)


def store_from_update(vault: Vault, update: Update) -> StoredOutcomes | None:
    """Store this laptop's outcomes from ``update`` (caller's transaction); None if none."""
    device = sync_store.load_device_identity(vault.connection)
    if device is None:
        return None
    mine = next((e for e in update.case_outcomes if e.device_id == device.device_id), None)
    if mine is None:
        return None
    return case_outcomes.store(vault.connection, open_outcomes(mine, device))


def interview_outcome(vault: Vault, reference: str) -> CaseSummary:
    """What the supervisor decided about an interview, as this vault holds it."""
    return CaseWork(vault).case(reference)
