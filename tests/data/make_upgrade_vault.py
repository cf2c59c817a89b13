"""Make the upgrade-path vault kept under tests/data: a vault as this version writes it.

Run once per release, from the repository root, and commit the new folder beside the old ones:

    .venv/bin/python -m tests.data.make_upgrade_vault

It writes ``tests/data/vault-<version>/`` (the vault's own files) and ``expected.json`` (the
account, its password and what the vault holds), which tests/core/test_upgrade_vault.py checks
with every later version. Everything in it is fictional, taken from the shipped scenarios; the
key slot uses the fast test derivation so the test unlocks it quickly.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from fieldapp import __version__
from fieldapp.paths import VaultPaths, forms_dir
from fieldapp.services.interviews import InterviewService, VaultFormStore
from fieldapp.services.referrals import make_referral
from fieldapp.services.session import create_vault
from fieldapp.vault.kdf import FAST_TEST_PARAMS
from fieldapp.xlsform import FormLibrary

HERE = Path(__file__).resolve().parent
USER = "chief"
PASSWORD = "upgrade path passphrase"  # fictional test data, kept in expected.json
SCENARIOS = (("rapid_screening", 0), ("full_screening", 1), ("rapid_screening", 5))


def make(folder: Path) -> dict[str, object]:
    vault = create_vault(VaultPaths(folder), user=USER, password=PASSWORD,
                         params=FAST_TEST_PARAMS)
    interviews = []
    try:
        service = InterviewService(vault, FormLibrary(VaultFormStore(lambda: vault.connection)))
        for form_id, index in SCENARIOS:
            data = json.loads((forms_dir() / f"{form_id}.tests.json").read_text("utf-8"))
            scenario = data["scenarios"][index]
            record = service.record_answers(form_id, scenario["answers"],
                                            language=scenario.get("lang"))
            detail = service.detail(record.reference)
            interviews.append({"reference": record.reference, "form_id": form_id,
                               "form_version": record.form_version,
                               "result_level": detail.result.level,
                               "scenario": scenario["name"]})
        first = interviews[0]["reference"]
        made = make_referral(vault, first, "harbour-light-shelter", "en", True,
                             reason="upgrade path test data")
    finally:
        vault.lock()
    return {"version": __version__, "user": USER, "password": PASSWORD,
            "interviews": interviews, "referrals": [{"reference": first,
                                                     "id": made.record.uuid}]}


def main() -> int:
    folder = HERE / f"vault-{__version__}"
    if folder.exists():
        print(f"{folder} exists: a release's vault is made once", file=sys.stderr)
        return 1
    expected = make(folder)
    (folder / "expected.json").write_text(json.dumps(expected, indent=2) + "\n", "utf-8")
    print(f"written: {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
