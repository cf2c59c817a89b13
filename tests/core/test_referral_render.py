"""The rendered referral: what a receiver can read in it, in which order, with which fonts.

Text is read back with pypdf, as a receiver's tools would. Field values are unique markers so
a field that should not reach a service cannot hide. Tests that need Poppler's command-line
tools (pdffonts, pdftoppm; Debian package poppler-utils) skip when they are absent.
"""

from __future__ import annotations

import io
import itertools
import re
import shutil
import subprocess
import tempfile
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from fieldapp.referral import catalogue
from fieldapp.referral.errors import ConsentError, ReferralError, UnsupportedTextError
from fieldapp.referral.flowables import QrCode
from fieldapp.referral.fonts import FontBook
from fieldapp.referral.model import (
    CONSENTS,
    LANGUAGES,
    SECTIONS,
    SERVICE_TYPES,
    ReferralField,
    ReferralRequest,
)
from fieldapp.referral.profiles import select_fields
from fieldapp.referral.render import render_referral
from fieldapp.referral.samples import sample_request, sample_service

# Sample values that identify the person, in every language of the sample.
IDENTIFYING = ("Leila", "ليلى", "2001-04-12", "0142", "P0000000")
OTHER_SCRIPTS = {
    "Cyrillic": "Олена Коваленко",
    "Greek": "Ελένη Παπαδοπούλου",
    "Vietnamese": "Nguyễn Thị Hương",
    "Ethiopic": "ሳባ ተስፋዬ",
    "Devanagari": "सीता थापा",
    "Bengali": "রহিমা বেগম",
    "Thai": "สมศรี ใจดี",
    "Hebrew": "מרים לוי",
    "Persian": "مریم رضایی",
    "Urdu": "عائشہ خان",
    "Georgian": "ნინო ბერიძე",
    "Armenian": "Անի Պետրոսյան",
    "Khmer": "សុខា ចាន់",
    "Myanmar": "အေးအေး",
    "Tamil": "மீனா ராஜ்",
    "Lao": "ນາງ ແສງ",
}


def extract(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def marker_fields() -> tuple[ReferralField, ...]:
    groups = [frozenset({section}) for section in SECTIONS]
    groups += [frozenset({"person", "documents"}), frozenset({"needs", "journey"})]
    return tuple(
        ReferralField(f"f{index}", f"LB{index:03d}X", f"MK{index:03d}X", sections, identifying)
        for index, (sections, identifying) in enumerate(
            itertools.product(groups, (False, True))
        )
    )


def marker_request(service_type: str, consent: str, language: str = "en") -> ReferralRequest:
    service = replace(sample_service(service_type), consent_required="none")
    return replace(sample_request(language, service, consent), fields=marker_fields())


def markers(text: str) -> set[str]:
    return set(re.findall(r"(?:MK|LB)\d{3}X", text))


@pytest.mark.parametrize("service_type", SERVICE_TYPES)
@pytest.mark.parametrize("consent", CONSENTS)
def test_document_shows_the_profile_fields_and_nothing_else(
    service_type: str, consent: str
) -> None:
    request = marker_request(service_type, consent)
    text = "\n".join(extract(render_referral(request)))
    chosen = select_fields(request)
    expected = {f.value for f in chosen} | {f.label for f in chosen}
    assert markers(text) == expected
    if consent == "anonymous":
        assert not any(f.identifying for f in chosen)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("service_type", ["national_referral", "shelter", "consular"])
def test_anonymous_referral_has_no_identifying_marker(language: str, service_type: str) -> None:
    request = sample_request(language, sample_service(service_type), "anonymous")
    text = unicodedata.normalize("NFKC", "\n".join(extract(render_referral(request))))
    for marker in IDENTIFYING:
        assert marker not in text
    full = sample_request(language, sample_service(service_type), "full")
    full_text = unicodedata.normalize("NFKC", "\n".join(extract(render_referral(full))))
    assert any(marker in full_text for marker in IDENTIFYING)  # the markers are real


def test_shelter_gets_needs_and_contact_not_the_journey() -> None:
    text = "\n".join(extract(render_referral(sample_request("en", sample_service("shelter")))))
    assert "Safe accommodation tonight" in text
    assert "Through the referring officer only" in text
    assert "Port Meridian" not in text
    assert "Deceptive recruitment" not in text  # no screening table either
    assert "Possible victim: screening indication, not a determination" in text


def test_english_document_has_every_part() -> None:
    pages = extract(render_referral(sample_request("en")))
    text = "\n".join(pages)
    for expected in (
        "Referral", "Reference: R-7KQ2-M9XD", "Date: 2024-06-14 16:05", "Officer J. Sample",
        "Harbour Light National Referral (sample)", "Reason for referral", "Immediate",
        "The person gave informed consent", "Leila Haddad (fictional)",
        "Deceptive recruitment", "Deceived about the nature of the job (strong)",
        "Not positive", "Forced labour (domestic work)", "Documents withheld",
        "messaging app", "Port Meridian", "Met at the bus station", "Safe accommodation",
        "The employer may be looking for her",
        "Possible victim: screening indication, not a determination", "Confidential.",
    ):
        assert expected in text, expected
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))


def test_arabic_words_extract_in_logical_order() -> None:
    pages = extract(render_referral(sample_request("ar")))
    text = unicodedata.normalize("NFKC", "\n".join(pages))
    for phrase in (
        "ضحية محتملة: مؤشر من الفحص الأولي، وليس قرارًا نهائيًا",
        "قد يكون صاحب العمل يبحث عنها",
        "جواز السفر محتجز لدى صاحب العمل",
        "ليلى حداد",
        "المخاطر الأمنية",
    ):
        assert phrase in text, phrase
    # pypdf reorders a line mixing Arabic and digits imperfectly: check the word only.
    assert "صفحة" in text


def test_arabic_tables_are_mirrored() -> None:
    request = marker_request("national_referral", "full", language="ar")
    positions: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        for found in markers(text):
            positions[found] = tm[4] * cm[0] + cm[4]

    page = PdfReader(io.BytesIO(render_referral(request))).pages[0]
    page.extract_text(visitor_text=visit)
    label, value = positions["LB000X"], positions["MK000X"]
    assert label > value  # labels on the right, values to their left


def test_page_n_of_m_on_every_page_of_a_long_referral() -> None:
    request = sample_request("fr")
    long_story = ("Elle a décrit chaque étape du voyage et chaque lieu de travail. " * 80).strip()
    fields = tuple(
        replace(f, value=long_story) if f.name in ("narrative", "needs") else f
        for f in request.fields
    )
    pages = extract(render_referral(replace(request, fields=fields)))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} sur {len(pages)}" in page
        assert "Confidentiel." in page
    # Nothing lost or doubled at page breaks (a word never splits; a sentence may).
    assert "\n".join(pages).count("décrit") == 160


def test_long_arabic_answers_flow_over_pages_in_order() -> None:
    request = sample_request("ar")
    sentence = "وصفت كل مرحلة من الرحلة وكل مكان عمل."
    fields = tuple(
        replace(f, value=" ".join([sentence] * 90)) if f.name == "needs" else f
        for f in request.fields
    )
    pages = extract(render_referral(replace(request, fields=fields)))
    assert len(pages) >= 3
    text = unicodedata.normalize("NFKC", "\n".join(pages))
    assert text.count("وصفت") == 90
    words = " ".join(text.split())  # lines rejoined; only page breaks may cut a phrase
    assert words.count("وصفت كل مرحلة من الرحلة وكل مكان عمل.") >= 85  # in reading order
    assert all("صفحة" in unicodedata.normalize("NFKC", page) for page in pages)


def test_part_taller_than_a_page_is_a_typed_error() -> None:
    request = sample_request("en")
    fields = tuple(
        replace(f, label="word " * 3000) if f.name == "gender" else f for f in request.fields
    )
    with pytest.raises(ReferralError, match="too long to fit on a page"):
        render_referral(replace(request, fields=fields))


@pytest.mark.parametrize("language", LANGUAGES)
def test_metadata_is_neutral(language: str) -> None:
    reader = PdfReader(io.BytesIO(render_referral(sample_request(language))))
    info = reader.metadata
    assert info is not None
    assert info.title == catalogue.text(language, "meta_title")
    # A seized phone holding the PDF must not tell which tool made it.
    for key in ("/Author", "/Subject", "/Keywords", "/Creator", "/Producer"):
        assert not info.get(key), key
    everything = " ".join(str(value) for value in info.values())
    for word in (*IDENTIFYING, "Sample", "Harbour", "North Port", "R-7KQ2"):
        assert word not in everything
    root: Any = reader.trailer["/Root"]
    assert "/Metadata" not in root  # no XMP packet either


def test_qr_code_carries_only_the_reference() -> None:
    from fieldapp.referral.document import StoryBuilder
    from fieldapp.referral.textlayout import TextSetter

    request = sample_request("en", reference="R-2345-ABCD")
    setter = TextSetter(FontBook("en"), rtl=False)
    story = StoryBuilder(request, setter, 480).build(select_fields(request))
    codes = [cell for flowable in story for cell in _walk(flowable) if isinstance(cell, QrCode)]
    assert [code.value for code in codes] == ["R-2345-ABCD"]


def _walk(flowable: object) -> list[object]:
    found = [flowable]
    for row in getattr(flowable, "_cellvalues", []):
        for cell in row:
            for item in cell if isinstance(cell, list) else [cell]:
                found += _walk(item)
    return found


@pytest.mark.skipif(shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
                    reason="needs zbarimg (zbar-tools) and pdftoppm (poppler-utils)")
def test_qr_code_scans_as_the_reference(tmp_path: Path) -> None:
    (tmp_path / "r.pdf").write_bytes(render_referral(sample_request("ar")))
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1",
                    str(tmp_path / "r.pdf"), str(tmp_path / "p")], check=True)
    scanned = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "p-1.png")],
                             capture_output=True, text=True, check=True)
    assert scanned.stdout.strip() == "R-7KQ2-M9XD"


def test_consent_is_checked_before_rendering() -> None:
    service = replace(sample_service("medical"), consent_required="full")
    with pytest.raises(ConsentError):
        render_referral(sample_request("en", service, "anonymous"))


def test_text_no_font_can_show_is_refused_without_echoing_it() -> None:
    request = sample_request("en")
    fields = tuple(
        replace(f, value="王秀英") if f.name == "person_name" else f for f in request.fields
    )
    with pytest.raises(UnsupportedTextError) as caught:
        render_referral(replace(request, fields=fields))
    message = str(caught.value)
    assert "person_name" in message
    assert "CJK" in message
    assert "王" not in message


@pytest.mark.parametrize("language", LANGUAGES)
def test_names_in_other_scripts_render_in_every_language(language: str) -> None:
    request = sample_request(language)
    extra = tuple(
        ReferralField(f"alias_{script}", script, name, frozenset({"person"}), True)
        for script, name in OTHER_SCRIPTS.items()
    )
    pdf = render_referral(replace(request, fields=request.fields + extra))
    text = "\n".join(extract(pdf))
    for script in ("Cyrillic", "Greek", "Vietnamese", "Hebrew"):
        assert OTHER_SCRIPTS[script] in unicodedata.normalize("NFKC", text), script


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_document_text_has_glyphs(language: str) -> None:
    book = FontBook(language)
    for key in catalogue.CATALOGUE:
        assert not book.uncovered(catalogue.text(language, key)), key
    for name in OTHER_SCRIPTS.values():
        assert not book.uncovered(name), name


def test_catalogue_is_complete_with_matching_placeholders() -> None:
    for key, entry in catalogue.CATALOGUE.items():
        assert set(entry) == set(LANGUAGES), key
        placeholders = {lang: set(re.findall(r"{(\w+)}", text)) for lang, text in entry.items()}
        assert len({frozenset(p) for p in placeholders.values()}) == 1, key


def test_rendering_writes_nothing_to_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    render_referral(sample_request("ar"))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs pdffonts (poppler-utils)")
@pytest.mark.parametrize("language", LANGUAGES)
def test_fonts_are_embedded(tmp_path: Path, language: str) -> None:
    request = sample_request(language)
    extra = tuple(
        ReferralField(f"alias_{script}", script, name, frozenset({"person"}), True)
        for script, name in OTHER_SCRIPTS.items()
    )
    path = tmp_path / "r.pdf"
    path.write_bytes(render_referral(replace(request, fields=request.fields + extra)))
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    assert len(listing) >= 10  # the primary faces and a fallback face per extra script
    for line in listing:
        name, emb = line.split()[0], line.split()[-5]
        assert emb == "yes", name
        assert "Noto" in name, name


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_rasterise(tmp_path: Path, language: str) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(render_referral(sample_request(language)))
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(path), str(tmp_path / "page")],
                   check=True, capture_output=True)
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert pngs
    assert all(png.stat().st_size > 2000 for png in pngs)


def _fill_colours(pdf: bytes) -> set[tuple[float, float, float]]:
    found = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        content = page.get_contents()
        data = content.get_data().decode("latin-1") if content is not None else ""
        for r, g, b in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) rg", data):
            found.add((round(float(r), 2), round(float(g), 2), round(float(b), 2)))
    return found


@pytest.mark.parametrize("level_code", ["refer_now", "assess_further"])
def test_the_result_is_written_in_its_level_colour(level_code: str) -> None:
    from fieldapp.results import level

    hex_colour = level(level_code).text
    wanted = tuple(round(int(hex_colour[i:i + 2], 16) / 255, 2) for i in (1, 3, 5))
    request = replace(sample_request("en"), result_level=level_code)
    assert wanted in _fill_colours(render_referral(request))
