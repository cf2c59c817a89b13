"""The officer's preferences on this laptop: idle lock time, text size, app language.

Stored with ``QSettings`` in an INI file beside the vault (nothing personal: three numbers and
a language code), read once at start and written when the settings dialog is accepted. Values
read back are clamped, so a hand-edited file cannot set an idle lock of zero or a text size
that hides the screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

APP_LANGUAGES = ("en", "fr", "es", "ar")
TEXT_SCALES = (100, 125, 150, 175)
IDLE_MINUTES = (1, 2, 5, 10, 15, 30)
DEFAULT_IDLE_MINUTES = 5


@dataclass(frozen=True)
class AppSettings:
    idle_minutes: int = DEFAULT_IDLE_MINUTES
    text_scale: int = 100
    language: str = "en"
    last_user: str = ""

    def clamped(self) -> AppSettings:
        return AppSettings(
            idle_minutes=min(max(self.idle_minutes, IDLE_MINUTES[0]), IDLE_MINUTES[-1]),
            text_scale=min(max(self.text_scale, TEXT_SCALES[0]), TEXT_SCALES[-1]),
            language=self.language if self.language in APP_LANGUAGES else "en",
            last_user=self.last_user,
        )


class SettingsStore:
    """Reads and writes :class:`AppSettings` in one INI file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _qsettings(self) -> QSettings:
        return QSettings(str(self.path), QSettings.Format.IniFormat)

    def load(self) -> AppSettings:
        stored = self._qsettings()
        defaults = AppSettings()
        return AppSettings(
            idle_minutes=_int(stored.value("idle_minutes"), defaults.idle_minutes),
            text_scale=_int(stored.value("text_scale"), defaults.text_scale),
            language=str(stored.value("language", defaults.language)),
            last_user=str(stored.value("last_user", "")),
        ).clamped()

    def save(self, settings: AppSettings) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        stored = self._qsettings()
        stored.setValue("idle_minutes", settings.idle_minutes)
        stored.setValue("text_scale", settings.text_scale)
        stored.setValue("language", settings.language)
        stored.setValue("last_user", settings.last_user)
        stored.sync()


def _int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except ValueError:
        return default
