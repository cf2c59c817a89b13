"""Shared test set-up: offscreen Qt, fast key derivation asked for explicitly, fresh vaults."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Slots made by tests use the insecure fast KDF: an explicit, test-only setting (see kdf.py).
os.environ["FIELDAPP_INSECURE_TEST_KDF"] = "1"


@pytest.fixture(autouse=True, scope="session")
def _form_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Converted forms go to a folder of this test run, never the user's cache directory
    (commands run as child processes inherit the setting)."""
    os.environ["FIELDAPP_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"

ADMIN = "admin"
ADMIN_PASSWORD = "correct horse battery staple"


@pytest.fixture
def vault_paths(tmp_path: Path) -> object:
    from fieldapp.paths import VaultPaths

    return VaultPaths(tmp_path / "vault")


@pytest.fixture
def vault(vault_paths: object) -> Iterator[object]:
    """A fresh, real encrypted vault with one admin account, unlocked."""
    from fieldapp.services.session import create_vault

    unlocked = create_vault(vault_paths, user=ADMIN, password=ADMIN_PASSWORD)  # type: ignore[arg-type]
    try:
        yield unlocked
    finally:
        unlocked.lock()
