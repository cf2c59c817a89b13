"""Child process for the import crash test: unlocks a supervisor vault and imports one bundle.

It prints ``ready`` once the vault is open and ``imported <status>`` after the import returned
(the bundle committed and its interviews shown); the parent kills it with SIGKILL at a random
moment in between and checks that the bundle is in the vault whole or not at all.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fieldapp.paths import VaultPaths
from fieldapp.services.session import unlock_vault
from fieldapp.services.sync import SupervisorSync


def main() -> None:
    data_dir, bundle = Path(sys.argv[1]), Path(sys.argv[2])
    password = sys.stdin.readline().rstrip("\n")
    with unlock_vault(VaultPaths(data_dir), user="chief", password=password) as vault:
        print("ready", flush=True)
        report = SupervisorSync(vault).import_files([bundle])
        print(f"imported {report.files[0].status}", flush=True)


if __name__ == "__main__":
    main()
