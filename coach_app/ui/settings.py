"""The settings dialog (a Designer form), and the settings it keeps.

Language and report font are the user's, in QSettings; the server's certificate settings
belong to this laptop's database, next to the server address, where the CLI reads them too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QWidget,
)

from coach_app.domain.errors import CoachError
from coach_app.services import syncing
from coach_app.store.database import Database
from coach_app.ui.generated.ui_settings import Ui_SettingsForm
from coach_app.ui.language import LANGUAGE, LANGUAGES, language, user_settings

__all__ = ["LANGUAGE", "LANGUAGES", "SettingsEditor", "language", "report_font"]

REPORT_FONT = "reports/font"


def report_font() -> str | None:
    """The Korean .ttf chosen for reports, or None to find one on the system."""
    value = user_settings().value(REPORT_FONT, "")
    return str(value) if value else None


class SettingsEditor:
    def __init__(self, parent: QWidget | None = None, db: Database | None = None) -> None:
        """Without a database (no laptop file open) the server settings are not shown."""
        self.db = db
        dialog = QDialog(parent)
        ui = Ui_SettingsForm()
        ui.setupUi(dialog)
        self.dialog: QDialog = dialog
        self.language = ui.language
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language()), 0))
        self.report_font = ui.report_font
        self.report_font.setText(report_font() or "")
        ui.font_button.clicked.connect(self._choose_font)
        self.ca_file = ui.ca_file
        self.verify_server = ui.verify_server
        self.tls_warning = ui.tls_warning
        self.tls_warning.setStyleSheet("color: #c62828;")
        ui.ca_button.clicked.connect(self._choose_ca_file)
        if db is None:
            ui.server_box.hide()
        else:
            saved = syncing.tls_settings(db)
            self.ca_file.setText(saved.ca_file or "")
            self.verify_server.setChecked(saved.verify)
        self.ca_file.textChanged.connect(self._show_tls_choice)
        self.verify_server.toggled.connect(self._show_tls_choice)
        self._show_tls_choice()
        self.message = QLabel()
        self.message.setStyleSheet("color: #c62828;")
        self.message.setWordWrap(True)
        layout = dialog.layout()
        assert layout is not None
        layout.addWidget(self.message)
        self.message.hide()
        buttons = ui.buttons
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

    def _choose_ca_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.dialog,
            QCoreApplication.translate("SettingsEditor", "CA 인증서 파일"),
            "",
            QCoreApplication.translate(
                "SettingsEditor", "인증서 (*.crt *.pem *.cer);;모든 파일 (*)"
            ),
        )
        if name:
            self.ca_file.setText(name)

    def _show_tls_choice(self) -> None:
        # Without a CA file there is nothing to verify against: libpq's default applies.
        has_ca = bool(self.ca_file.text().strip())
        if has_ca != self.verify_server.isEnabled():  # a CA file just given, or taken away
            self.verify_server.setEnabled(has_ca)
            self.verify_server.setChecked(has_ca)  # a new CA file: verify-full by default
        self.tls_warning.setVisible(has_ca and not self.verify_server.isChecked())
        QTimer.singleShot(0, self.dialog, self._fit)  # once the layout has taken it in

    def _fit(self) -> None:
        # A wrapped label shown later needs room the dialog's first size did not give it.
        self.dialog.resize(
            self.dialog.width(), max(self.dialog.height(), self.dialog.sizeHint().height())
        )

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
        if self.db is not None:  # checked and saved whole, or not at all
            try:
                ca_file = self.ca_file.text().strip() or None
                syncing.save_tls_settings(
                    self.db, ca_file, self.verify_server.isChecked() or not ca_file
                )
            except CoachError as error:
                self.message.setText(str(error))
                self.message.show()
                self._fit()
                self.ca_file.setFocus()
                return
        user_settings().setValue(LANGUAGE, self.language.currentData())
        user_settings().setValue(REPORT_FONT, font)
        self.dialog.accept()
