"""Child process for the rotation crash test: rotates the vault key over and over.

It prints ``rotated N`` after each rotation returned; the parent kills it with SIGKILL at a
random moment (before, during or after a ``PRAGMA rekey``) and checks the vault afterwards.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from fieldapp.paths import VaultPaths
from fieldapp.services import accounts
from fieldapp.services.session import unlock_vault


def main() -> None:
    paths = VaultPaths(Path(sys.argv[1]))
    user, password = sys.argv[2], os.environ["ROTATE_TEST_PASSWORD"]
    with unlock_vault(paths, user=user, password=password) as vault:
        print("ready", flush=True)
        count = 0
        while True:
            accounts.rotate_key(vault)
            count += 1
            print(f"rotated {count}", flush=True)


if __name__ == "__main__":
    main()
