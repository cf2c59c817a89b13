"""The shipped fonts: present, licensed, small, and chosen per character as intended."""

from __future__ import annotations

import pytest

from fieldapp.paths import resource_path
from fieldapp.referral.errors import UnsupportedTextError
from fieldapp.referral.fonts import FontBook, all_font_files


def test_every_font_is_shipped_with_its_licence() -> None:
    folder = resource_path("fonts")
    for name in all_font_files():
        assert (folder / name).is_file(), name
    licence = (folder / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in licence
    for name in all_font_files():
        assert name in licence, name
    total = sum((folder / name).stat().st_size for name in all_font_files())
    assert total < 4_000_000


def test_primary_face_follows_the_document_language() -> None:
    assert FontBook("ar").primary(False).endswith("NotoSansArabic-Regular")
    assert FontBook("fr").primary(True).endswith("NotoSans-Bold")


def test_faces_are_chosen_per_character() -> None:
    book = FontBook("en")
    assert book.font_for("a", False).endswith("NotoSans-Regular")  # type: ignore[union-attr]
    assert book.font_for("ع", True).endswith("NotoSansArabic-Bold")  # type: ignore[union-attr]
    assert book.font_for("ሰ", True).endswith("NotoSansEthiopic-Regular")  # type: ignore[union-attr]
    # Punctuation stays in the face in use, so a word keeps one face.
    arabic = book.font_for("ع", False)
    assert book.font_for("،", False, arabic) == arabic
    assert book.font_for("王", False) is None


def test_check_names_fields_and_scripts_but_not_the_text() -> None:
    book = FontBook("es")
    book.check([("person_name", "María José"), ("alias", "Олена")])
    with pytest.raises(UnsupportedTextError) as caught:
        book.check([("person_name", "김민지"), ("alias", "fine")])
    message = str(caught.value)
    assert "person_name (HANGUL)" in message
    assert "김" not in message and "alias" not in message
