"""Designer forms, compiled by ``make forms`` into ``coach_app/ui/generated/``.

Screens build their form with its class (``Ui_X().setupUi(widget)``) and reach its widgets
as typed attributes; nothing is looked up by name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox


def save_and_cancel(buttons: QDialogButtonBox, dialog: QDialog, save: Callable[[], object]) -> None:
    """A form's 저장 / 취소 button box (in the app's words, not Qt's) and Ctrl+S, wired to
    ``save`` and to closing the dialog."""
    translate = QCoreApplication.translate
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("Forms", "저장"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Forms", "취소"))
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    QShortcut(QKeySequence(QKeySequence.StandardKey.Save), dialog).activated.connect(save)
