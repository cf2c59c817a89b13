"""Labels, hints and messages per language, read from an XForm's itext and body.

pyxform puts translated texts in ``<itext>`` (one ``<translation lang="...">`` per language,
one ``<text id>`` per label, with ``form="guidance"`` for officer guidance and ``image``/
``audio``/``video`` forms for media, which this app ignores) and untranslated ones straight in
the body. Both may hold ``<output value="..."/>`` to show an answer inside a text; these become
:class:`~fieldapp.xlsform.model.Output` parts with a compiled expression. The language pyxform
calls ``default`` (texts from columns without a language) is the fallback for every language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from lxml import etree

from fieldapp.expressions import CompiledExpression
from fieldapp.xlsform.model import LocalizedText, Output, TextTemplate

XF = "http://www.w3.org/2002/xforms"
DEFAULT_LANGUAGE = "default"
# Text forms that carry media references rather than words: ignored, the app shows no media.
MEDIA_FORMS = frozenset({"image", "big-image", "audio", "video"})
_ITEXT_REF = re.compile(r"""^\s*jr:itext\(\s*(['"])(.*)\1\s*\)\s*$""")

Compiler = Callable[[str], CompiledExpression]


@dataclass(frozen=True)
class Translations:
    """Every itext entry: text id -> form ("" for the main text) -> language -> text."""

    entries: Mapping[str, Mapping[str, Mapping[str, TextTemplate]]]
    languages: tuple[str, ...]

    def text(self, text_id: str, form: str = "") -> LocalizedText | None:
        forms = self.entries.get(text_id)
        if not forms or form not in forms:
            return None
        return LocalizedText(forms[form])


def itext_id(ref: str | None) -> str | None:
    """The text id of ``jr:itext('id')``, or None when ``ref`` is not an itext reference."""
    if not ref:
        return None
    match = _ITEXT_REF.match(ref)
    return match.group(2) if match else None


def read_translations(model: etree._Element, compile_output: Compiler) -> Translations:
    entries: dict[str, dict[str, dict[str, TextTemplate]]] = {}
    languages: list[str] = []
    for translation in model.iterfind(f"{{{XF}}}itext/{{{XF}}}translation"):
        language = translation.get("lang") or DEFAULT_LANGUAGE
        if language not in languages:
            languages.append(language)
        key = "" if language == DEFAULT_LANGUAGE else language
        for text in translation.iterfind(f"{{{XF}}}text"):
            text_id = text.get("id")
            if not text_id:
                continue
            for value in text.iterfind(f"{{{XF}}}value"):
                form = value.get("form") or ""
                if form in MEDIA_FORMS:
                    continue
                if form in ("long", "short"):
                    form = ""
                template = read_template(value, compile_output)
                by_language = entries.setdefault(text_id, {}).setdefault(form, {})
                # pyxform writes "-" for a missing translation: fall back instead of showing it.
                # (Templates are squeezed: a static one is a single stripped string.)
                if template.parts == ("-",):
                    continue
                by_language.setdefault(key, template)
    real = tuple(language for language in languages if language != DEFAULT_LANGUAGE)
    return Translations(entries=entries, languages=real)


def read_template(element: etree._Element, compile_output: Compiler) -> TextTemplate:
    """The text of ``element`` with its ``<output>`` children as outputs."""
    if len(element) == 0:  # plain words, by far the most texts: nothing to join
        text = (element.text or "").strip()
        return TextTemplate((text,) if text else ())
    parts: list[str | Output] = []
    if element.text:
        parts.append(element.text)
    for child in element:
        if isinstance(child.tag, str) and etree.QName(child).localname == "output":
            source = child.get("value") or child.get("ref") or ""
            if source.strip():
                parts.append(Output(compile_output(source)))
        if child.tail:
            parts.append(child.tail)
    return TextTemplate(tuple(_squeeze(parts)))


def _squeeze(parts: list[str | Output]) -> list[str | Output]:
    """Join neighbouring strings and trim the whitespace pyxform adds around outputs."""
    joined: list[str | Output] = []
    for part in parts:
        if isinstance(part, str) and joined and isinstance(joined[-1], str):
            joined[-1] = joined[-1] + part
        else:
            joined.append(part)
    if joined and isinstance(joined[0], str):
        joined[0] = joined[0].lstrip()
    if joined and isinstance(joined[-1], str):
        joined[-1] = joined[-1].rstrip()
    return [part for part in joined if part != ""]


def body_text(
    element: etree._Element | None,
    translations: Translations,
    compile_output: Compiler,
    form: str = "",
) -> LocalizedText | None:
    """The text of a body ``<label>`` or ``<hint>``: an itext reference or inline words."""
    if element is None:
        return None
    text_id = itext_id(element.get("ref"))
    if text_id is not None:
        return translations.text(text_id, form)
    if form:
        return None
    template = read_template(element, compile_output)
    return LocalizedText({"": template}) if template.parts else None


def message_text(
    attribute: str | None, translations: Translations
) -> LocalizedText | None:
    """A ``jr:constraintMsg``/``jr:requiredMsg``: an itext reference or plain words."""
    if not attribute:
        return None
    text_id = itext_id(attribute)
    if text_id is not None:
        return translations.text(text_id)
    return LocalizedText({"": TextTemplate((attribute,))})
