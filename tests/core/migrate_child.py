"""Child process for the accounts-migration crash test: migrates an old keystore over and over.

Each round puts the release 0.1.0 keystore back in place (one ``os.replace``, so the files
are always whole) and unlocks as the admin, which signs the accounts and rewrites the
keystore. The parent kills it with SIGKILL at a random moment and checks the vault.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from fieldapp.paths import VaultPaths
from fieldapp.services.session import unlock_vault


def main() -> None:
    paths = VaultPaths(Path(sys.argv[1]))
    legacy = Path(sys.argv[2]).read_bytes()
    user, password = sys.argv[3], os.environ["MIGRATE_TEST_PASSWORD"]
    print("ready", flush=True)
    count = 0
    while True:
        staged = paths.keystore.with_name("legacy.tmp")
        staged.write_bytes(legacy)
        os.replace(staged, paths.keystore)
        with unlock_vault(paths, user=user, password=password) as vault:
            assert vault.keystore.signed
        count += 1
        print(f"migrated {count}", flush=True)


if __name__ == "__main__":
    main()
