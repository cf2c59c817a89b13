"""The desktop app has one form library: the gateway's, which every service it calls uses."""

from __future__ import annotations

from fieldapp.services.form_library import vault_library
from fieldapp.services.session import Vault
from fieldapp.xlsform import FormLibrary
from tests.ui.conftest import unlocked
from ui.gateway import VaultGateway


def test_services_use_the_gateways_form_library_after_every_unlock(
        gateway: VaultGateway) -> None:
    seen: list[FormLibrary] = []

    def library_of(vault: Vault) -> None:
        seen.append(vault_library(vault))  # what referrals, exports and sync ask for

    unlocked(gateway).run(library_of)
    gateway.lock()
    unlocked(gateway).run(library_of)
    assert seen == [gateway.library, gateway.library]
