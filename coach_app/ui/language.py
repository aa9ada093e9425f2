"""The language the user chose (QSettings), read at start before anything else loads."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from coach_app import paths

LANGUAGE = "language"
LANGUAGES = (("ko", "한국어"), ("en", "English"))


def user_settings() -> QSettings:
    """The user's own settings, named: at start the language is read before the
    application, which gives QSettings() its names, exists (the choice was once saved
    where the next start did not look)."""
    return QSettings(paths.APP_AUTHOR, paths.APP_NAME)


def language() -> str:
    value = user_settings().value(LANGUAGE, "ko")
    return value if value in dict(LANGUAGES) else "ko"
