"""Child process for the retirement crash test: an admin removes a supervisor account.

It prints ``ready`` once unlocked and ``removed`` once the removal returned (keystore saved,
data key rotated, content keys retired), then waits. The parent kills it with SIGKILL at a
random moment around the removal and checks the vault.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from fieldapp.paths import VaultPaths
from fieldapp.services import accounts
from fieldapp.services.session import unlock_vault


def main() -> None:
    paths = VaultPaths(Path(sys.argv[1]))
    user, removed = sys.argv[2], sys.argv[3]
    with unlock_vault(paths, user=user, password=os.environ["RETIRE_TEST_PASSWORD"]) as vault:
        print("ready", flush=True)
        accounts.remove_user(vault, removed)
        print("removed", flush=True)
        time.sleep(60)


if __name__ == "__main__":
    main()
