"""One form library per open vault, shared by every service of the process."""

from __future__ import annotations

import gc
import json
import threading
from typing import Any

import pytest

from fieldapp.services import form_library, referrals
from fieldapp.services.exports import ExportService
from fieldapp.services.form_library import vault_library
from fieldapp.services.interviews import InterviewService
from fieldapp.services.session import Vault
from fieldapp.services.sync import LaptopSync
from fieldapp.xlsform import library as library_module
from tests.conftest import REPO_ROOT

NATIONAL = "national-referral-office"


def test_concurrent_callers_get_one_library(vault: Vault) -> None:
    found: list[object] = []
    start = threading.Barrier(8)

    def ask() -> None:
        start.wait()
        found.append(vault_library(vault))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(found) == 8 and all(library is found[0] for library in found)


def test_services_share_the_vault_library(vault: Vault) -> None:
    shared = vault_library(vault)
    assert referrals._library(vault, None) is shared
    assert ExportService(vault).library is shared
    facts: Any = LaptopSync(vault).facts
    assert facts._library is shared


def test_a_vault_dropped_takes_its_library_with_it(vault: Vault) -> None:
    other = Vault(vault.paths, vault.connection, vault.keystore, vault.user, vault.role)
    assert vault_library(other) is not vault_library(vault)
    count = len(form_library._LIBRARIES)
    del other
    gc.collect()
    assert len(form_library._LIBRARIES) == count - 1


def test_a_referral_by_command_reads_the_form_once(
        vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    scenarios = json.loads((REPO_ROOT / "forms" / "rapid_screening.tests.json")
                           .read_text(encoding="utf-8"))["scenarios"]
    answers = next(s for s in scenarios if s["name"].startswith("adult labour case"))["answers"]
    reference = InterviewService(vault, vault_library(vault)).record_answers(
        "rapid_screening", answers).reference
    loads: list[str] = []
    real = library_module.load_form_source

    def counting(*args: Any, **kwargs: Any) -> Any:
        loads.append("load")
        return real(*args, **kwargs)

    monkeypatch.setattr(library_module, "load_form_source", counting)
    form_library._LIBRARIES.clear()  # as a new process: no library yet
    # What ``fieldapp referral`` does: the default language, then the referral.
    language = referrals.default_language(vault, reference)
    assert language == referrals.referral_context(vault, reference).language
    made = referrals.make_referral(vault, reference, NATIONAL, language, True)
    assert made.passphrase is not None
    assert loads == ["load"]
