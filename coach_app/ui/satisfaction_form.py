"""The satisfaction form (만족도 평가): at the end of a visit the coach hands the laptop to
the company's representative, who rates the visit 1–5 on each question and may comment.
Works offline; the rating syncs later and is never edited."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.errors import CoachError, ValidationError
from coach_app.domain.satisfaction import HIGHEST, LOWEST, Question, RatingDraft
from coach_app.services import satisfaction
from coach_app.services.visits import get_visit
from coach_app.store.database import Database
from coach_app.ui.generated.ui_satisfaction_form import Ui_SatisfactionForm


class SatisfactionForm(QDialog):
    def __init__(
        self, db: Database, visit_id: uuid.UUID, company: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.visit_id = visit_id
        self.saved = False
        self.setWindowTitle(self.tr("방문 만족도 평가 — %1").replace("%1", company))
        self.resize(760, 640)
        form = QWidget(self)
        ui = Ui_SatisfactionForm()
        ui.setupUi(form)
        QVBoxLayout(self).addWidget(form)
        self.ui = ui
        visit = get_visit(db, visit_id)
        ui.visit.setText(
            self.tr("%1 · %2 방문").replace("%1", company).replace("%2", f"{visit.visit_date}")
        )
        self.groups: dict[Question, QButtonGroup] = {}
        for column, score in enumerate(range(LOWEST, HIGHEST + 1), start=1):
            ui.questions.addWidget(QLabel(str(score)), 0, column)
        for row, question in enumerate(Question, start=1):
            label = QLabel(question.text)
            label.setWordWrap(True)
            ui.questions.addWidget(label, row, 0)
            group = QButtonGroup(self)
            for column, score in enumerate(range(LOWEST, HIGHEST + 1), start=1):
                button = QRadioButton()
                button.setAccessibleName(f"{question.text} {score}")
                group.addButton(button, score)
                ui.questions.addWidget(button, row, column)
            self.groups[question] = group
        ui.questions.setColumnStretch(0, 1)
        ui.error.setStyleSheet("color: #b00020")
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        save = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText(self.tr("평가 제출"))
        cancel = ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(self.tr("취소"))

    def choose(self, question: Question, score: int) -> None:
        button = self.groups[question].button(score)
        if button is not None:
            button.setChecked(True)

    def draft(self) -> RatingDraft:
        answers = {q: g.checkedId() for q, g in self.groups.items() if g.checkedId() > 0}
        return RatingDraft(
            answers,
            self.ui.respondent.text(),
            self.ui.position.text(),
            self.ui.comment.toPlainText(),
        )

    def save(self) -> bool:
        try:
            satisfaction.record_rating(self.db, self.visit_id, self.draft())
        except ValidationError as error:
            self.ui.error.setText("\n".join(str(p) for p in error.problems))
            return False
        except CoachError as error:
            self.ui.error.setText(str(error))
            return False
        self.saved = True
        self.accept()
        return True
