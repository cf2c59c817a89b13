"""Protecting a referral: passphrase, AES-256 (R6) encryption, and writing the file once.

qpdf checks (Debian package qpdf) skip when the tool is absent.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from fieldapp.referral.errors import OutputExistsError, ReferralError
from fieldapp.referral.protect import (
    PASSPHRASE_ALPHABET,
    encrypt_pdf,
    generate_passphrase,
    neutral_file_name,
    write_once,
)
from fieldapp.referral.render import render_referral
from fieldapp.referral.samples import sample_request

needs_qpdf = pytest.mark.skipif(shutil.which("qpdf") is None, reason="needs qpdf")


@pytest.fixture(scope="module")
def plain() -> bytes:
    return render_referral(sample_request("en"))


@pytest.fixture(scope="module")
def passphrase() -> str:
    return generate_passphrase()


@pytest.fixture(scope="module")
def encrypted(plain: bytes, passphrase: str) -> bytes:
    return encrypt_pdf(plain, passphrase)


def test_passphrase_shape_and_randomness() -> None:
    phrases = {generate_passphrase() for _ in range(200)}
    assert len(phrases) == 200
    for phrase in phrases:
        groups = phrase.split("-")
        assert [len(group) for group in groups] == [4] * 6
        assert set("".join(groups)) <= set(PASSPHRASE_ALPHABET)
    assert not set("01ILOU") & set(PASSPHRASE_ALPHABET)
    used = set("".join(phrases).replace("-", ""))
    assert used == set(PASSPHRASE_ALPHABET)  # every symbol turns up: no narrowed alphabet


def test_encryption_is_aes256_revision6(encrypted: bytes) -> None:
    assert encrypted.startswith(b"%PDF-2.0")
    reader = PdfReader(io.BytesIO(encrypted))
    assert reader.is_encrypted
    crypt: Any = reader.trailer["/Encrypt"]
    assert crypt["/Filter"] == "/Standard"
    assert crypt["/V"] == 5
    assert crypt["/R"] == 6
    assert crypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    assert crypt["/StmF"] == crypt["/StrF"] == "/StdCF"


def test_opens_with_the_passphrase_only(encrypted: bytes, passphrase: str) -> None:
    reader = PdfReader(io.BytesIO(encrypted))
    assert reader.decrypt(passphrase)
    text = reader.pages[0].extract_text()
    assert "Leila Haddad" in text
    assert reader.metadata is not None and reader.metadata.title == "Referral document"
    for key in ("/Creator", "/Producer"):  # neither the app nor the PDF library is named
        assert not reader.metadata.get(key), key

    locked = PdfReader(io.BytesIO(encrypted))
    with pytest.raises(FileNotDecryptedError):
        locked.pages[0].extract_text()
    assert not locked.decrypt("")
    assert not locked.decrypt(generate_passphrase())


def test_no_plaintext_left_in_the_encrypted_bytes(encrypted: bytes) -> None:
    # Strings and streams are encrypted, metadata included (only PDF names stay readable).
    for marker in (b"Leila", b"Haddad", b"Referral document", b"fieldapp"):
        assert marker not in encrypted, marker


@needs_qpdf
def test_qpdf_shows_r6_aes256_with_the_passphrase(
    tmp_path: Path, encrypted: bytes, passphrase: str
) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(encrypted)
    shown = subprocess.run(
        ["qpdf", f"--password={passphrase}", "--show-encryption", str(path)],
        capture_output=True, text=True, check=True,
    ).stdout
    assert "R = 6" in shown
    assert "stream encryption method: AESv3" in shown
    assert "Supplied password is user password" in shown
    subprocess.run(["qpdf", f"--password={passphrase}", "--check", str(path)],
                   capture_output=True, check=True)


@needs_qpdf
def test_qpdf_cannot_open_without_the_passphrase(tmp_path: Path, encrypted: bytes) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(encrypted)
    # --requires-password exits 0 exactly when a password is needed to open the file.
    assert subprocess.run(["qpdf", "--requires-password", str(path)]).returncode == 0
    opened = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert opened.returncode != 0
    assert "password" in (opened.stdout + opened.stderr).lower()


def test_short_or_huge_passphrases_are_refused(plain: bytes) -> None:
    with pytest.raises(ReferralError, match="at least 20"):
        encrypt_pdf(plain, "short-pass")
    with pytest.raises(ReferralError, match="too long"):
        encrypt_pdf(plain, "x" * 128)


def test_not_a_pdf_or_already_encrypted(encrypted: bytes, passphrase: str) -> None:
    with pytest.raises(ReferralError, match="not a readable PDF"):
        encrypt_pdf(b"not a pdf at all", passphrase)
    with pytest.raises(ReferralError, match="encrypted already"):
        encrypt_pdf(encrypted, passphrase)


def test_write_once_writes_and_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "referral.pdf"
    write_once(target, b"first")
    assert target.read_bytes() == b"first"
    with pytest.raises(OutputExistsError):
        write_once(target, b"second")
    assert target.read_bytes() == b"first"
    write_once(target, b"third", overwrite=True)
    assert target.read_bytes() == b"third"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["referral.pdf"]  # no temp left
    if os.name == "posix":
        assert target.stat().st_mode & 0o077 == 0  # readable by its owner only


def test_write_once_into_a_missing_folder_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(ReferralError, match="cannot write"):
        write_once(tmp_path / "missing" / "r.pdf", b"data")


def test_encrypted_flow_never_puts_plaintext_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    request = sample_request("en")
    phrase = generate_passphrase()
    target = tmp_path / neutral_file_name(request.created_at)
    write_once(target, encrypt_pdf(render_referral(request), phrase))
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
    assert PdfReader(target).is_encrypted


def test_neutral_file_name() -> None:
    name = neutral_file_name(datetime(2024, 6, 14, 16, 5))
    assert name.startswith("referral-20240614-")
    assert name.endswith(".pdf")
    assert name != neutral_file_name(datetime(2024, 6, 14, 16, 5))
