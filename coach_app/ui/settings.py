"""The settings dialog (a Designer form), and the settings it keeps in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from coach_app.ui import forms

LANGUAGE = "language"
LANGUAGES = (("ko", "한국어"), ("en", "English"))


def language() -> str:
    value = QSettings().value(LANGUAGE, "ko")
    return value if value in dict(LANGUAGES) else "ko"


class SettingsEditor:
    def __init__(self, parent: QWidget | None = None) -> None:
        dialog = forms.load("settings", parent)
        assert isinstance(dialog, QDialog)
        self.dialog: QDialog = dialog
        self.language = forms.child(dialog, QComboBox, "language")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language()), 0))
        buttons = forms.child(dialog, QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(dialog.reject)

    def exec(self) -> int:
        return int(self.dialog.exec())

    def save(self) -> None:
        QSettings().setValue(LANGUAGE, self.language.currentData())
        self.dialog.accept()
