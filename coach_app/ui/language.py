"""The language the user chose (QSettings), read at start before anything else loads."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from coach_app import paths

LANGUAGE = "language"
LANGUAGES = (("ko", "한국어"), ("en", "English"))


def language() -> str:
    # Named, not QSettings(): at start this is read before the application, which gives
    # the default settings their names, exists (the choice was not found and ignored).
    value = QSettings(paths.APP_AUTHOR, paths.APP_NAME).value(LANGUAGE, "ko")
    return value if value in dict(LANGUAGES) else "ko"
