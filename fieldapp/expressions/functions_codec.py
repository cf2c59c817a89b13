"""Encoding functions of ODK XForms: base64-decode and digest.

``base64-decode(text)`` reads base64 and gives the bytes as UTF-8 text ('' when the input is
not base64 or not UTF-8). ``digest(text, algorithm, encoding)`` hashes the UTF-8 text with
MD5, SHA-1, SHA-256, SHA-384 or SHA-512 and gives it in ``base64`` (the default) or ``hex``,
as ODK does; these are checksums for forms, never used here to protect anything.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from fieldapp.expressions.errors import ExpressionError
from fieldapp.expressions.library import Function, eager
from fieldapp.expressions.values import Value, to_string

_ALGORITHMS = {"MD5": "md5", "SHA-1": "sha1", "SHA-256": "sha256", "SHA-384": "sha384",
               "SHA-512": "sha512"}


def _base64_decode(value: Value) -> Value:
    try:
        return base64.b64decode(to_string(value), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return ""


def _digest(value: Value, algorithm: Value, encoding: Value = "base64") -> Value:
    name = _ALGORITHMS.get(to_string(algorithm))
    if name is None:
        raise ExpressionError(f"digest(): unknown algorithm {to_string(algorithm)!r}")
    digest = hashlib.new(name, to_string(value).encode("utf-8"), usedforsecurity=False).digest()
    kind = to_string(encoding)
    if kind == "hex":
        return digest.hex()
    if kind == "base64":
        return base64.b64encode(digest).decode("ascii")
    raise ExpressionError(f"digest(): unknown encoding {kind!r}")


FUNCTIONS: dict[str, Function] = {
    "base64-decode": Function(1, 1, eager(_base64_decode)),
    "digest": Function(2, 3, eager(_digest)),
}
