"""Protecting a rendered referral: AES-256 encryption, a one-time passphrase, a careful write.

:func:`encrypt_pdf` encrypts in memory with pypdf's ``AES-256`` (PDF 2.0 security handler
revision 6), which Poppler, qpdf, pypdf and current readers open; ReportLab's own encryption is
not used (RC4 by default, and its 256-bit output does not open in Poppler or pypdf). The user
password is the passphrase the officer passes on by another channel (phone, in person); the
owner password is random and thrown away, so nobody can lift the restrictions.

:func:`generate_passphrase` makes 24 random characters from an alphabet without look-alikes
(no 0/O, 1/I/L, U), in groups of four: about 118 bits, easy to read aloud and type, in any
language, with no word list to ship or translate. :func:`write_once` writes atomically (a
temporary file in the same folder, fsync, then a rename or link) and refuses to replace an
existing file unless told to. Only bytes already encrypted should reach it when encryption was
asked for: the unencrypted document never touches the disk.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import secrets
import tempfile
from datetime import datetime
from pathlib import Path

from fieldapp.referral.errors import OutputExistsError, ReferralError

PASSPHRASE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"  # noqa: S105 - an alphabet, not a secret
PASSPHRASE_GROUPS = 6
PASSPHRASE_GROUP_SIZE = 4
MIN_PASSPHRASE_LENGTH = 20
MAX_PASSPHRASE_BYTES = 127  # revision 6 uses at most 127 bytes of the UTF-8 password


def generate_passphrase() -> str:
    """A fresh passphrase such as ``7KQ2-M9XD-4HPA-...``: 24 random characters, 6 groups."""
    groups = (
        "".join(secrets.choice(PASSPHRASE_ALPHABET) for _ in range(PASSPHRASE_GROUP_SIZE))
        for _ in range(PASSPHRASE_GROUPS)
    )
    return "-".join(groups)


def encrypt_pdf(pdf_bytes: bytes, passphrase: str) -> bytes:
    """The document encrypted with AES-256 (R6) under ``passphrase``, in memory."""
    # Imported here: pypdf costs about as much to import as a render, and a referral printed
    # unencrypted, the directory and the app's start need none of it.
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PyPdfError

    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ReferralError(
            f"a referral passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters"
        )
    if len(passphrase.encode("utf-8")) > MAX_PASSPHRASE_BYTES:
        raise ReferralError("the passphrase is too long for PDF encryption (127 bytes at most)")
    try:
        reader = PdfReader(io.BytesIO(pdf_bytes))
        if reader.is_encrypted:
            raise ReferralError("the document is encrypted already")
        writer = PdfWriter(clone_from=reader)
    except PyPdfError as error:
        raise ReferralError("the document to encrypt is not a readable PDF") from error
    # pypdf names itself as producer; the document names no tool (see render.py).
    writer.metadata = {key: value for key, value in (reader.metadata or {}).items()
                       if key not in ("/Producer", "/Creator")}
    # Revision 6 is the PDF 2.0 security handler: say so in the header.
    writer.pdf_header = b"%PDF-2.0"
    writer.encrypt(
        user_password=passphrase,
        owner_password=secrets.token_urlsafe(32),
        algorithm="AES-256",
    )
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def neutral_file_name(created_at: datetime) -> str:
    """A file name that names no person, place or service: ``referral-20240614-1a2b3c.pdf``."""
    return f"referral-{created_at:%Y%m%d}-{secrets.token_hex(3)}.pdf"


def write_once(path: Path | str, data: bytes, *, overwrite: bool = False) -> None:
    """Write ``data`` to ``path`` atomically; refuse an existing file unless ``overwrite``.

    Readers never see a half-written file: the data goes to a temporary file beside the target
    (same file system), is flushed to the disk, and only then takes the target's name.
    """
    path = Path(path)
    folder = path.parent
    if not overwrite and path.exists():
        raise OutputExistsError(f"{path.name} exists already: choose another name")
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".referral-", suffix=".part")
    except OSError as error:
        raise ReferralError(f"cannot write in {folder} ({error.strerror})") from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if overwrite:
            os.replace(temporary, path)
        else:
            _link_exclusive(temporary, path)
        _sync_folder(folder)
    except FileExistsError as error:
        raise OutputExistsError(f"{path.name} exists already: choose another name") from error
    except OSError as error:
        raise ReferralError(f"cannot write {path.name} ({error.strerror})") from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def _link_exclusive(temporary: str, path: Path) -> None:
    """Give the temporary file the target's name only if that name is free, atomically.

    A hard link fails when the name exists, closing the gap between a check and a rename.
    File systems without hard links (FAT on USB sticks) fall back to check-then-rename.
    """
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
            raise
        if path.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(path)) from error
        os.replace(temporary, path)


def _sync_folder(folder: Path) -> None:
    """Make the new name itself durable (POSIX); Windows has no folder handles to sync."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
