"""Dialogs that hold typed work: closing them with unsaved changes asks first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


class GuardedDialog(QDialog):
    """Subclasses set ``dirty`` when the user changes something and ``saved`` once stored,
    and implement ``save()`` (which closes the dialog when it succeeds)."""

    dirty = False
    saved = False

    def save(self) -> bool:
        raise NotImplementedError

    def forget_draft(self) -> None:
        """What to throw away when the user chooses to discard (nothing by default)."""

    @classmethod
    def ask_unsaved(cls, parent: QWidget) -> QMessageBox.StandardButton:
        """Save, discard or keep editing? (Tests patch this.)"""
        return QMessageBox.question(
            parent,
            QCoreApplication.translate("GuardedDialog", "저장하지 않은 내용"),
            QCoreApplication.translate(
                "GuardedDialog", "저장하지 않은 내용이 있습니다. 저장할까요?"
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )

    def reject(self) -> None:
        """Escape, the close button and closing the window all come here."""
        if self.dirty and not self.saved:
            answer = self.ask_unsaved(self)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()  # closes the dialog once saved; stays open on a problem
                return
            self.forget_draft()
        super().reject()
