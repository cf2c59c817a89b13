"""Every refusal of a sync file reads as a plain sentence in the app language."""

from __future__ import annotations

import inspect

import fieldapp.sync.errors as sync_errors
from fieldapp.sync import FileKind
from fieldapp.sync.errors import EmptyFile, SyncError, UnknownDevice
from ui.app import application
from ui.i18n import Translations
from ui.problems import plain_message
from ui.sync_reasons import reason_text

_ABSTRACT = {"sync_error", "sync_file_error"}  # bases, never raised as such


def test_every_refusal_code_has_a_sentence() -> None:
    codes = {cls.reason for _name, cls in inspect.getmembers(sync_errors, inspect.isclass)
             if issubclass(cls, SyncError)} - _ABSTRACT
    assert len(codes) > 30
    assert {code for code in codes if reason_text(code) is None} == set()


def test_screens_show_the_sentence_and_in_the_app_language() -> None:
    error = UnknownDevice("device 0a1b2c (test text)")
    assert plain_message(error).startswith("The file comes from a laptop that was not accepted")
    translations = Translations(application())
    try:
        translations.apply("fr")
        french = plain_message(EmptyFile(FileKind.BUNDLE))
        assert french and french != "The file is empty. Copy it again."
        assert "test text" not in plain_message(error)
    finally:
        translations.apply("en")
