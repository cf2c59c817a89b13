"""Where things live on disk: the vault's data directory and the shipped resources.

The data directory comes from ``--data-dir``, else ``FIELDAPP_DATA_DIR``, else the platform's
per-user data directory (platformdirs), so Windows, macOS and Linux laptops each get the usual
place. Resources (forms, fonts, translations, the sample referral directory) are found through
:func:`resource_path`, which also works inside a PyInstaller build.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "fieldapp"
DATA_DIR_ENV = "FIELDAPP_DATA_DIR"


def default_data_dir() -> Path:
    """The vault directory when the user names none."""
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def project_root() -> Path:
    """The folder holding ``forms/`` and ``resources/`` (the bundle folder when frozen)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``."""
    return project_root().joinpath("resources", *parts)


def forms_dir() -> Path:
    """The folder of built-in screening instruments."""
    return project_root() / "forms"


@dataclass(frozen=True)
class VaultPaths:
    """The files of one vault inside its data directory."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "vault.db"

    @property
    def keystore(self) -> Path:
        return self.data_dir / "keystore.json"

    @property
    def keystore_backup(self) -> Path:
        return self.data_dir / "keystore.json.bak"

    def exists(self) -> bool:
        return self.database.exists() or self.keystore.exists()
