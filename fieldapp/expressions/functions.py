"""The function library of the expression language: every function a form may call, by name.

Merges the registries of the ``functions_*`` modules. A name missing here is an unknown
function: the expression fails to compile, so a hostile or mistyped form fails at load time.
"""

from __future__ import annotations

from types import MappingProxyType

from fieldapp.expressions import (
    functions_codec,
    functions_document,
    functions_geo,
    functions_logic,
    functions_nodes,
    functions_numbers,
    functions_text,
    functions_time,
)
from fieldapp.expressions.library import Function

FUNCTIONS = MappingProxyType(
    {
        **functions_codec.FUNCTIONS,
        **functions_document.FUNCTIONS,
        **functions_geo.FUNCTIONS,
        **functions_logic.FUNCTIONS,
        **functions_nodes.FUNCTIONS,
        **functions_numbers.FUNCTIONS,
        **functions_text.FUNCTIONS,
        **functions_time.FUNCTIONS,
    }
)


def lookup(name: str) -> Function | None:
    return FUNCTIONS.get(name)
