"""The language the user chose (QSettings), read at start before anything else loads."""

from __future__ import annotations

from PySide6.QtCore import QSettings

LANGUAGE = "language"
LANGUAGES = (("ko", "한국어"), ("en", "English"))


def language() -> str:
    value = QSettings().value(LANGUAGE, "ko")
    return value if value in dict(LANGUAGES) else "ko"
