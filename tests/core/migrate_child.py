"""Child process for the accounts-migration crash test: one admin unlock of an older vault.

It prints ``ready`` just before unlocking (the unlock signs the accounts and rewrites the
keystore) and ``migrated`` once the unlock returned, then waits. The parent kills it with
SIGKILL at a random moment around the unlock and checks the vault.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from fieldapp.paths import VaultPaths
from fieldapp.services.session import unlock_vault


def main() -> None:
    paths = VaultPaths(Path(sys.argv[1]))
    user, password = sys.argv[2], os.environ["MIGRATE_TEST_PASSWORD"]
    print("ready", flush=True)
    with unlock_vault(paths, user=user, password=password) as vault:
        assert vault.keystore.signed
    print("migrated", flush=True)
    time.sleep(60)


if __name__ == "__main__":
    main()
