"""기한 변경: moving an open difficulty's due date from where it is listed as due."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from coach_app.domain.errors import CoachError, RuleViolation, ValidationError
from coach_app.services.visits import reschedule_difficulty
from coach_app.store.database import Database


class RescheduleDialog(QDialog):
    """One date, stored by one service call when accepted; a refusal is shown here and
    the dialog stays open, the date as typed."""

    def __init__(
        self,
        db: Database,
        difficulty_id: uuid.UUID,
        what: str,
        due_on: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.difficulty_id = difficulty_id
        self.setWindowTitle(self.tr("처리 기한 변경"))
        layout = QFormLayout(self)
        subject = QLabel(what)
        subject.setWordWrap(True)
        layout.addRow(self.tr("애로사항"), subject)
        layout.addRow(self.tr("지금 기한"), QLabel(due_on.isoformat()))
        self.date = QDateEdit(QDate(due_on.year, due_on.month, due_on.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        layout.addRow(self.tr("새 기한"), self.date)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c")
        self.message.hide()
        layout.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("기한 변경"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("취소"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.resize(420, self.sizeHint().height())

    def new_date(self) -> dt.date:
        day = self.date.date()
        return dt.date(day.year(), day.month(), day.day())

    def accept(self) -> None:
        try:
            reschedule_difficulty(self.db, self.difficulty_id, self.new_date())
        except ValidationError as error:
            self._say("\n".join(p.message for p in error.problems))
            return
        except RuleViolation as error:
            self._say(error.problem.message)
            return
        except CoachError as error:
            self._say(str(error))
            return
        super().accept()

    def _say(self, text: str) -> None:
        self.message.setText(self.tr("기한을 바꾸지 못했습니다: %1").replace("%1", text))
        self.message.show()
