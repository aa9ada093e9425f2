"""The settings dialog (a Designer form), and the settings it keeps in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from coach_app.domain.errors import CoachError
from coach_app.ui import forms

LANGUAGE = "language"
REPORT_FONT = "reports/font"
LANGUAGES = (("ko", "한국어"), ("en", "English"))


def language() -> str:
    value = QSettings().value(LANGUAGE, "ko")
    return value if value in dict(LANGUAGES) else "ko"


def report_font() -> str | None:
    """The Korean .ttf chosen for reports, or None to find one on the system."""
    value = QSettings().value(REPORT_FONT, "")
    return str(value) if value else None


class SettingsEditor:
    def __init__(self, parent: QWidget | None = None) -> None:
        dialog = forms.load("settings", parent)
        assert isinstance(dialog, QDialog)
        self.dialog: QDialog = dialog
        self.language = forms.child(dialog, QComboBox, "language")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language()), 0))
        self.report_font = forms.child(dialog, QLineEdit, "report_font")
        self.report_font.setText(report_font() or "")
        forms.child(dialog, QPushButton, "font_button").clicked.connect(self._choose_font)
        self.message = QLabel()
        self.message.setStyleSheet("color: #c62828;")
        self.message.setWordWrap(True)
        layout = dialog.layout()
        assert layout is not None
        layout.addWidget(self.message)
        self.message.hide()
        buttons = forms.child(dialog, QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(dialog.reject)

    def exec(self) -> int:
        return int(self.dialog.exec())

    def _choose_font(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.dialog,
            QCoreApplication.translate("SettingsEditor", "한글 글꼴"),
            "",
            QCoreApplication.translate("SettingsEditor", "TrueType 글꼴 (*.ttf)"),
        )
        if name:
            self.report_font.setText(name)

    def save(self) -> None:
        font = self.report_font.text().strip()
        if font:
            from coach_app.reports.fonts import find_font  # reportlab, only when needed

            try:
                find_font(font)
            except CoachError as error:
                self.message.setText(str(error))
                self.message.show()
                return
        QSettings().setValue(LANGUAGE, self.language.currentData())
        QSettings().setValue(REPORT_FONT, font)
        self.dialog.accept()
