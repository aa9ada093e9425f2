"""Dialogs that hold typed work: closing them with unsaved changes asks first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from coach_app.ui.draft_keeper import DraftKeeper


class GuardedDialog(QDialog):
    """Subclasses set ``dirty`` when the user changes something and ``saved`` once stored,
    implement ``save()`` (which closes the dialog when it succeeds), and may set ``keeper``
    to keep their work as a draft."""

    dirty = False
    saved = False
    keeper: DraftKeeper | None = None

    def save(self) -> bool:
        raise NotImplementedError

    def forget_draft(self) -> None:
        if self.keeper is not None:
            self.keeper.discard()

    def keep_draft(self) -> None:
        if self.keeper is not None and self.dirty and not self.saved:
            self.keeper.write()

    @classmethod
    def ask_unsaved(cls, parent: QWidget) -> QMessageBox.StandardButton:
        """Save, keep as a draft and close, discard, or go on editing? (Tests patch this.)

        ``Close`` stands for "keep the draft and close": the work is offered back at the
        next start."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("GuardedDialog", "저장하지 않은 내용"),
            QCoreApplication.translate(
                "GuardedDialog",
                "저장하지 않은 내용이 있습니다.\n"
                "임시 보관하면 다음에 Coach를 열 때 이어서 작성할 수 있습니다.",
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Close
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            parent,
        )
        for button, text in (
            (QMessageBox.StandardButton.Save, QCoreApplication.translate("GuardedDialog", "저장")),
            (
                QMessageBox.StandardButton.Close,
                QCoreApplication.translate("GuardedDialog", "임시 보관하고 닫기"),
            ),
            (
                QMessageBox.StandardButton.Discard,
                QCoreApplication.translate("GuardedDialog", "버리기"),
            ),
            (
                QMessageBox.StandardButton.Cancel,
                QCoreApplication.translate("GuardedDialog", "계속 작성"),
            ),
        ):
            box.button(button).setText(text)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        return QMessageBox.StandardButton(box.exec())

    def reject(self) -> None:
        """Escape, the close button and closing the window all come here."""
        if self.dirty and not self.saved:
            answer = self.ask_unsaved(self)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()  # closes the dialog once saved; stays open on a problem
                return
            if answer == QMessageBox.StandardButton.Close:
                self.keep_draft()
            else:
                self.forget_draft()
        elif not self.saved:
            self.forget_draft()  # nothing typed: no draft worth offering back
        super().reject()

    def done(self, result: int) -> None:
        if self.keeper is not None:
            self.keeper.stop()
        super().done(result)
