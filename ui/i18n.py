"""The officer's app language: Qt Linguist translators and the layout direction that goes with it.

UI strings are written in English through ``self.tr()``; ``resources/translations`` holds the
``.ts`` sources for French, Spanish and Arabic and the ``.qm`` files built from them with
``pyside6-lrelease``. Qt's own strings (standard buttons, context menus) come from the
``qtbase_*.qm`` files that ship with PySide6; English counts ("1 interview", "3 interviews")
come from :class:`ui.plurals.EnglishPlurals`. Arabic turns the whole window right-to-left. The
respondent's language is separate: the interview page sets its own direction from the form.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from fieldapp.paths import resource_path
from ui.plurals import EnglishPlurals

RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv"})


def translations_dir() -> str:
    return str(resource_path("translations"))


def is_right_to_left(language_code: str) -> bool:
    return language_code.split("-")[0].split("_")[0].lower() in RIGHT_TO_LEFT


class Translations:
    """Installs and swaps the translators of one application."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = language
        # First, so that a real translation that has the string is asked before it.
        english = EnglishPlurals(self._app)
        self._app.installTranslator(english)
        self._installed.append(english)
        if language != "en":
            ours = QTranslator(self._app)
            if ours.load(f"fieldapp_{language}", translations_dir()):
                self._app.installTranslator(ours)
                self._installed.append(ours)
            qt_own = QTranslator(self._app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{language}", qt_dir):
                self._app.installTranslator(qt_own)
                self._installed.append(qt_own)
        QLocale.setDefault(QLocale(language))
        direction = (
            Qt.LayoutDirection.RightToLeft
            if is_right_to_left(language)
            else Qt.LayoutDirection.LeftToRight
        )
        app = self._app
        if hasattr(app, "setLayoutDirection"):
            app.setLayoutDirection(direction)
