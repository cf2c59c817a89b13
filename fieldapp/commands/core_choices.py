"""Argument choices that stay in the core until a command needs them.

``fieldapp --help`` must start in a blink, so registering the sub-commands may not import the
services, the renderer or the vault. Some arguments still take their allowed values from a
core module (account roles, service types, referral languages...). :class:`CoreChoices` names
that module and constant and reads them on the first check, so the values are never copied
into the command line. Give such an argument a ``metavar``: argparse would otherwise list the
choices, and so import the core, while the parser is built.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence
from typing import overload


class CoreChoices(Sequence[str]):
    """The strings of ``module.constant``, imported on first use."""

    def __init__(self, module: str, constant: str) -> None:
        self._module = module
        self._constant = constant
        self._values: tuple[str, ...] | None = None

    def _load(self) -> tuple[str, ...]:
        if self._values is None:
            found = getattr(importlib.import_module(self._module), self._constant)
            self._values = tuple(str(value) for value in found)
        return self._values

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return self._load()[index]

    def __len__(self) -> int:
        return len(self._load())

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __contains__(self, value: object) -> bool:
        return value in self._load()

    def __repr__(self) -> str:
        return f"CoreChoices({self._module}.{self._constant})"
