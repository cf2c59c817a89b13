"""Where things live on disk: the vault's data directory and the shipped resources.

The data directory comes from ``--data-dir``, else ``FIELDAPP_DATA_DIR``, else the platform's
per-user data directory (platformdirs), so Windows, macOS and Linux laptops each get the usual
place. The compiled-form cache (forms only, never answers) lives in ``FIELDAPP_CACHE_DIR``, else
the platform's per-user cache directory.

The shipped files (forms, fonts, translations, the sample referral directory) live in the
top-level ``forms/`` and ``resources/`` folders of the source tree. An installed wheel and the
frozen app carry them inside the package, as ``fieldapp/forms`` and ``fieldapp/resources``
(setup.py maps them there; build_installer.spec puts them at the same place), so one rule finds
them everywhere: beside this module when they are there, else in the source checkout this
module was imported from. :func:`resource_path` and :func:`forms_dir` are the only ways in.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "fieldapp"
DATA_DIR_ENV = "FIELDAPP_DATA_DIR"
CACHE_DIR_ENV = "FIELDAPP_CACHE_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent


def default_data_dir() -> Path:
    """The vault directory when the user names none."""
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    # Imported here: every command start-up (and ``--help``) would pay for it otherwise.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def form_cache_dir() -> Path:
    """Where converted forms are kept between runs (see fieldapp/xlsform/cache.py)."""
    from_env = os.environ.get(CACHE_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser() / "forms"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "forms"


def shipped_dir(name: str) -> Path:
    """The shipped folder ``name`` (``forms`` or ``resources``) of this installation.

    Inside the package in a wheel or a frozen app; in a source checkout (an editable install or
    ``python -m fieldapp`` from the tree) the top-level folder beside the package.
    """
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    checkout = _PACKAGE_DIR.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / name).is_dir():
        return checkout / name
    # Neither: an incomplete installation. The caller's "not found" names this path.
    return inside


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``."""
    return shipped_dir("resources").joinpath(*parts)


def forms_dir() -> Path:
    """The folder of built-in screening instruments."""
    return shipped_dir("forms")


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
