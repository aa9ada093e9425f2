"""The progress dialog of long work the coach may stop (Excel summary, import check)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from coach_app.ui.tasks import Task


def progress_dialog(parent: QWidget, title: str, label: str, total: int = 0) -> QProgressDialog:
    """A window-modal dialog with 취소; ``total`` 0 shows a bar without a known end.
    It stays until ``reset()``: as long as the work runs."""
    dialog = QProgressDialog(
        label, QCoreApplication.translate("LongWork", "취소"), 0, total, parent
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(0)
    dialog.show()  # at once: a bar without a known end never gets a value that shows it
    return dialog


def cancel_with(dialog: QProgressDialog, task: Task) -> None:
    """취소 (or Escape) asks the task to stop at its next step."""
    dialog.canceled.connect(task.cancel)
    dialog.canceled.connect(
        lambda: dialog.setLabelText(QCoreApplication.translate("LongWork", "멈추는 중…"))
    )
