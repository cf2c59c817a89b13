"""Failed-attempt counters set back by editing the keystore are noticed at the next unlock.

The counters cannot be authenticated before anyone unlocks (there is no secret to do it
with), so the check is after the fact: each successful unlock leaves the counters in the
encrypted database, and the next one compares. The last test pins down the limit: counters
put back exactly as the previous unlock left them look untouched.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldapp.paths import VaultPaths
from fieldapp.services import accounts
from fieldapp.services.session import Vault, create_vault, unlock_vault
from fieldapp.vault import audit
from fieldapp.vault.errors import WrongPassword

ADMIN, ADMIN_PASSWORD = "amira", "admin passphrase of amira"
OFFICER, OFFICER_PASSWORD = "ines", "interviewer passphrase of ines"


@pytest.fixture
def paths(tmp_path: Path) -> VaultPaths:
    made = VaultPaths(tmp_path / "vault")
    with create_vault(made, user=ADMIN, password=ADMIN_PASSWORD) as admin:
        accounts.add_user(admin, OFFICER, "interviewer", OFFICER_PASSWORD)
    return made


def _guess(paths: VaultPaths, times: int) -> None:
    for attempt in range(times):
        with pytest.raises(WrongPassword):
            unlock_vault(paths, user=OFFICER, password=f"guess {attempt}").lock()


def _edit_counters(paths: VaultPaths, **fields: object) -> None:
    document = json.loads(paths.keystore.read_text())
    slot = next(s for s in document["slots"] if s["user"] == OFFICER)
    slot.update(fields)
    paths.keystore.write_text(json.dumps(document))


def _wound_back(vault: Vault) -> list[object]:
    return [e.details for e in audit.entries(vault.connection)
            if e.event == "lockout_counters_wound_back"]


def test_a_count_cleared_by_hand_is_noticed(paths: VaultPaths) -> None:
    _guess(paths, 4)
    _edit_counters(paths, failed_attempts=0, last_failure_at=None)
    with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD) as officer:
        assert _wound_back(officer) == [{"accounts": [OFFICER]}]
        assert any("set back" in notice for notice in officer.notices)


def test_a_running_total_lowered_below_the_record_is_noticed(paths: VaultPaths) -> None:
    _guess(paths, 3)
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as admin:
        assert _wound_back(admin) == []
    _edit_counters(paths, failed_attempts=0, failures_total=0, last_failure_at=None)
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as admin:
        assert _wound_back(admin) == [{"accounts": [OFFICER]}]


def test_honest_failures_and_successes_are_not_reported(paths: VaultPaths) -> None:
    _guess(paths, 3)
    with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD):
        pass
    _guess(paths, 2)
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as admin:
        assert _wound_back(admin) == []
        accounts.reset_password(admin, OFFICER, "a fresh passphrase")
    with unlock_vault(paths, user=OFFICER, password="a fresh passphrase") as officer:
        assert _wound_back(officer) == [] and officer.notices == []


def test_the_limit_counters_restored_to_the_last_unlock_look_untouched(
    paths: VaultPaths,
) -> None:
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD):
        pass
    _guess(paths, 4)
    _edit_counters(paths, failed_attempts=0, failures_total=0, last_failure_at=None)
    with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD) as officer:
        assert _wound_back(officer) == []
