"""Forms and resources are found the same way in a checkout, an installed wheel and a frozen app.

A wheel and the frozen app carry them inside the package (``fieldapp/forms``,
``fieldapp/resources``); a checkout has them beside the package. Both layouts are built here
from empty folders, so the rule is tested, not the machine's installation.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp import paths
from tests.conftest import REPO_ROOT


def test_a_checkout_uses_the_top_level_folders() -> None:
    assert paths.forms_dir() == REPO_ROOT / "forms"
    assert paths.resource_path("fonts") == REPO_ROOT / "resources" / "fonts"
    assert (paths.forms_dir() / "rapid_screening.xlsx").is_file()


def test_an_installed_package_uses_its_own_copy(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "site-packages" / "fieldapp"
    (package / "forms").mkdir(parents=True)
    (package / "resources").mkdir()
    # A stray forms/ beside the package (another project's folder) is not taken.
    (tmp_path / "site-packages" / "forms").mkdir()
    monkeypatch.setattr(paths, "_PACKAGE_DIR", package)
    assert paths.forms_dir() == package / "forms"
    assert paths.resource_path("referral_directory.csv") == (
        package / "resources" / "referral_directory.csv")


def test_an_incomplete_installation_names_the_missing_place(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "site-packages" / "fieldapp"
    package.mkdir(parents=True)
    (tmp_path / "site-packages" / "forms").mkdir()  # no pyproject.toml: not a checkout
    monkeypatch.setattr(paths, "_PACKAGE_DIR", package)
    assert paths.forms_dir() == package / "forms"


def test_data_dir_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "v"))
    assert paths.default_data_dir() == tmp_path / "v"
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    assert paths.default_data_dir().name == paths.APP_NAME
