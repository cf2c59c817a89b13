"""Decrypt every page of a SQLCipher 4 database file with its raw key, for tests that look for
leftovers in free or stale pages (which SQL cannot reach).

SQLCipher 4 defaults: 4096-byte pages, each ending in an 80-byte reserve (16-byte IV, 64-byte
HMAC), AES-256-CBC over the rest; page 1 starts with the 16-byte salt. The HMAC is not checked
here: a test wants the plaintext, and a damaged page is other tests' business.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
SALT = 16


WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt(page: bytes, key: bytes, skip: int) -> bytes:
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[skip:PAGE - RESERVE]) + decryptor.finalize()


def decrypted_pages(path: Path, key: bytes) -> bytes:
    """Every page of the database file, decrypted, one after the other."""
    raw = path.read_bytes()
    return b"".join(_decrypt(raw[start:start + PAGE], key, SALT if start == 0 else 0)
                    for start in range(0, len(raw) - PAGE + 1, PAGE))


def decrypted_wal(path: Path, key: bytes) -> bytes:
    """Every page image in a WAL file (``vault.db-wal``), decrypted; empty when there is none.

    Frames that hold page 1 start with the salt as in the database file.
    """
    if not path.exists():
        return b""
    raw = path.read_bytes()
    out = bytearray()
    step = FRAME_HEADER + PAGE
    for start in range(WAL_HEADER, len(raw) - step + 1, step):
        page_number = int.from_bytes(raw[start:start + 4], "big")
        out += _decrypt(raw[start + FRAME_HEADER:start + step], key,
                        SALT if page_number == 1 else 0)
    return bytes(out)
