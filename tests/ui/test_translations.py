"""Every UI string is translated into French, Spanish and Arabic, and the built .qm match.

The UI's strings are found by reading the sources (``self.tr("...")`` inside a class, whose
name is the context, and ``.translate("Context", "...")``), as ``pyside6-lupdate`` does; when
that tool is installed its own extraction is compared too.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QTranslator

from tests.conftest import REPO_ROOT

LANGUAGES = ("fr", "es", "ar")
PLURAL_FORMS = {"fr": 2, "es": 2, "ar": 6}  # Qt's plural rules for each language
FOLDER = REPO_ROOT / "resources" / "translations"
UI = REPO_ROOT / "ui"
PLACEHOLDER = re.compile(r"%\d")

Message = tuple[str, str]


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def source_messages() -> set[Message]:
    found: set[Message] = set()
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            for node in ast.walk(cls):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr == "tr" and node.args
                        and (text := _literal(node.args[0])) is not None):
                    found.add((cls.name, text))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "translate" and len(node.args) >= 2):
                context, text = _literal(node.args[0]), _literal(node.args[1])
                if context is not None and text is not None:
                    found.add((context, text))
    return found


def ts_messages(path: Path) -> dict[Message, etree._Element]:
    tree = etree.parse(str(path))
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in tree.iter("context")
        for message in context.iter("message")
    }


def test_the_sources_have_strings_to_translate() -> None:
    messages = source_messages()
    assert ("UnlockPanel", "Unlock") in messages
    assert ("Labels", "Refer now") in messages
    assert len(messages) > 100


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    messages = ts_messages(FOLDER / f"fieldapp_{language}.ts")
    missing = source_messages() - set(messages)
    assert not missing, f"not in fieldapp_{language}.ts (run pyside6-lupdate): {missing}"
    for (context, source), message in messages.items():
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), (
            context, source)
        if message.get("numerus") == "yes":  # one text per plural form of the language
            forms = [form.text or "" for form in translation.iter("numerusform")]
            assert len(forms) == PLURAL_FORMS[language], (context, source)
            assert all("%n" in form or "%Ln" in form for form in forms), (context, source)
            texts = forms
        else:
            texts = [translation.text or ""]
        for text in texts:
            assert text.strip(), f"empty translation of {source!r} in {context}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                source)


@pytest.mark.parametrize("language", LANGUAGES)
def test_built_files_match_the_sources(language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(FOLDER / f"fieldapp_{language}.qm"))
    for (context, source), message in ts_messages(FOLDER / f"fieldapp_{language}.ts").items():
        if message.get("numerus") == "yes":
            expected = message.find("translation").findtext("numerusform")  # type: ignore[union-attr]
            found = translator.translate(context, source, None, 1)
            assert found and found.strip(), (context, source)
            continue
        expected = message.findtext("translation")
        assert translator.translate(context, source) == expected, (
            f"fieldapp_{language}.qm is older than its .ts: run pyside6-lrelease")


LUPDATE = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or (
    shutil.which("pyside6-lupdate"))


@pytest.mark.skipif(LUPDATE is None, reason="pyside6-lupdate is not installed here")
def test_lupdate_finds_nothing_more(tmp_path: Path) -> None:
    assert LUPDATE is not None
    tool = LUPDATE
    out = tmp_path / "probe.ts"
    sources = [str(path) for path in sorted(UI.rglob("*.py"))]
    subprocess.run([tool, *sources, "-ts", str(out)], check=True, capture_output=True)
    assert set(ts_messages(out)) <= set(ts_messages(FOLDER / "fieldapp_fr.ts"))
