"""Shared test set-up: offscreen Qt, fast key derivation asked for explicitly, fresh vaults."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Slots made by tests use the insecure fast KDF: an explicit, test-only setting (see kdf.py).
os.environ["FIELDAPP_INSECURE_TEST_KDF"] = "1"
# Converted forms go to a folder of this test run, never the user's cache folder; set before
# any test module loads a form, and inherited by commands run as child processes.
_FORM_CACHE = tempfile.mkdtemp(prefix="fieldapp-test-cache-")
atexit.register(shutil.rmtree, _FORM_CACHE, True)
os.environ["FIELDAPP_CACHE_DIR"] = _FORM_CACHE

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
