"""Packaging that pyproject.toml cannot say: forms/ and resources/ inside the package.

The top-level ``forms/`` and ``resources/`` folders are installed as ``fieldapp/forms`` and
``fieldapp/resources``, where :func:`fieldapp.paths.shipped_dir` finds them in a wheel (and
build_installer.spec puts them in the frozen app). Everything else is in pyproject.toml.
"""

from setuptools import find_packages, setup

SHIPPED = {"fieldapp.forms": "forms", "fieldapp.resources": "resources"}

setup(
    packages=[*find_packages(include=["fieldapp", "fieldapp.*", "ui", "ui.*"]), *SHIPPED],
    package_dir=SHIPPED,
    package_data={
        "fieldapp.forms": ["*.xlsx", "*.csv", "*.json", "*.md"],
        # Translations ship compiled (.qm); the .ts sources stay in the tree.
        "fieldapp.resources": ["**/*"],
    },
    exclude_package_data={"fieldapp.resources": ["translations/*.ts"]},
)
