"""Recording a 지원 조치: what is done, with how much money from where, answering which
difficulties. Opened from a meeting (a measure for the companies of that meeting) or from
a company's page (that company's measure)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.errors import CoachError, FieldProblem, ValidationError
from coach_app.domain.meeting import MeasureDraft, MeasureStatus
from coach_app.domain.money import parse_krw
from coach_app.domain.programme import FundSource
from coach_app.services.companies import get_company
from coach_app.services.meetings import answerable, meeting_view, record_measure
from coach_app.services.people import programmes
from coach_app.services.programmes import organisations
from coach_app.store.database import Database
from coach_app.ui import field_errors, forms
from coach_app.ui.draft_keeper import DraftKeeper
from coach_app.ui.unsaved import GuardedDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def draft_key(company_id: uuid.UUID | None, meeting_id: uuid.UUID | None) -> str:
    return f"measure-new-{company_id or meeting_id}"


class MeasureEditor(GuardedDialog):
    def __init__(
        self,
        db: Database,
        company_id: uuid.UUID | None = None,
        meeting_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        restored: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.company_id = company_id
        self.meeting_id = meeting_id
        self.saved = False
        self.dirty = False
        self.saved_id: uuid.UUID | None = None
        self.tried = False
        if company_id is not None:
            self.about = get_company(db, company_id).name
        else:
            assert meeting_id is not None
            self.about = meeting_view(db, meeting_id).title
        self.setWindowTitle(self.tr("지원 조치 — %1").replace("%1", self.about))
        self.resize(760, 660)
        form = forms.load("measure_form", self)
        QVBoxLayout(self).addWidget(form)
        self.lines = {
            name: forms.child(form, QLineEdit, name)
            for name in ("title", "amount", "decided_on", "done_on")
        }
        self.combos = {
            name: forms.child(form, QComboBox, name)
            for name in ("source", "programme", "organisation", "status")
        }
        self.description = forms.child(form, QPlainTextEdit, "description")
        self.answers = forms.child(form, QListWidget, "answers")
        self.errors = {
            name: forms.child(form, QLabel, f"{name}_error")
            for name in ("title", "amount", "decided_on", "done_on", "answers")
        }
        field_errors.prepare(self.errors.values())
        self._fill_choices()
        for difficulty in answerable(db, company_id, meeting_id):
            item = QListWidgetItem(
                f"{difficulty.company} — [{difficulty.category}] {difficulty.description}"
            )
            item.setData(ID_ROLE, str(difficulty.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.answers.addItem(item)
        if not self.answers.count():
            self.errors["answers"].setStyleSheet("")
            self.errors["answers"].setText(self.tr("기록된 애로사항이 없습니다."))
        buttons = forms.child(form, QDialogButtonBox, "buttons")
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("저장"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("취소"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        if restored is not None:
            self.restore(restored)
            self.dirty = True
        self.keeper = DraftKeeper(
            self, db.path, draft_key(company_id, meeting_id), self.payload, "measure", self._about
        )
        for line in self.lines.values():
            line.textChanged.connect(self._changed)
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self._changed)
        self.description.textChanged.connect(self._changed)
        self.answers.itemChanged.connect(self._changed)

    def _about(self) -> str:
        return self.about

    def _fill_choices(self) -> None:
        none = self.tr("(없음)")
        source, programme = self.combos["source"], self.combos["programme"]
        organisation, status = self.combos["organisation"], self.combos["status"]
        source.addItem(none, "")
        for fund in FundSource:
            source.addItem(fund.label, fund.value)
        programme.addItem(none, "")
        for row in programmes(self.db):
            programme.addItem(row.name, str(row.id))
        organisation.addItem(none, "")
        for body in organisations(self.db):
            organisation.addItem(body.name, str(body.id))
        for step in MeasureStatus:
            status.addItem(step.label, step.value)

    def check(self, difficulty_id: uuid.UUID, checked: bool = True) -> None:
        for row in range(self.answers.count()):
            item = self.answers.item(row)
            if item.data(ID_ROLE) == str(difficulty_id):
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                item.setCheckState(state)

    def checked(self) -> list[uuid.UUID]:
        return [
            uuid.UUID(self.answers.item(row).data(ID_ROLE))
            for row in range(self.answers.count())
            if self.answers.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _changed(self, *_args: object) -> None:
        self.dirty = True
        if self.keeper is not None:
            self.keeper.changed()
        if self.tried:
            self.validate()

    def payload(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: line.text() for name, line in self.lines.items()}
        values |= {name: combo.currentData() or "" for name, combo in self.combos.items()}
        values["description"] = self.description.toPlainText()
        values["answers"] = [str(d) for d in self.checked()]
        values["company_id"] = str(self.company_id or "")
        values["meeting_id"] = str(self.meeting_id or "")
        return values

    def restore(self, values: dict[str, Any]) -> None:
        for name, line in self.lines.items():
            line.setText(str(values.get(name, "")))
        for name, combo in self.combos.items():
            combo.setCurrentIndex(max(combo.findData(values.get(name, "")), 0))
        self.description.setPlainText(str(values.get("description", "")))
        for difficulty in values.get("answers", []):
            self.check(uuid.UUID(difficulty))

    def draft(self) -> tuple[MeasureDraft, list[tuple[str, str]]]:
        parsed: list[FieldProblem] = []
        amount = None
        if self.lines["amount"].text().strip():
            try:
                amount = parse_krw(self.lines["amount"].text())
            except ValueError:
                parsed.append(FieldProblem("amount", "money_format"))
        decided = field_errors.parse_date("decided_on", self.lines["decided_on"].text(), parsed)
        done = field_errors.parse_date("done_on", self.lines["done_on"].text(), parsed)

        def chosen(name: str) -> uuid.UUID | None:
            value = self.combos[name].currentData()
            return uuid.UUID(value) if value else None

        draft = MeasureDraft(
            title=self.lines["title"].text(),
            amount=amount,
            source=self.combos["source"].currentData() or None,
            status=self.combos["status"].currentData(),
            description=self.description.toPlainText(),
            company_id=self.company_id,
            meeting_id=self.meeting_id,
            programme_id=chosen("programme"),
            organisation_id=chosen("organisation"),
            decided_on=decided,
            done_on=done,
            difficulty_ids=self.checked(),
        )
        shown = {p.field for p in parsed}
        problems = field_errors.messages(parsed)
        problems += [(p.field, p.message) for p in draft.problems() if p.field not in shown]
        return draft, problems

    def validate(self) -> list[tuple[str, str]]:
        _draft, problems = self.draft()
        field_errors.show(self.errors, problems, rest="answers")
        return problems

    def save(self) -> bool:
        self.tried = True
        problems = self.validate()
        if problems:
            self.lines.get(problems[0][0], self.lines["title"]).setFocus()
            return False
        draft, _ = self.draft()
        try:
            self.saved_id = record_measure(self.db, draft)
        except ValidationError as error:
            field_errors.show(self.errors, field_errors.messages(error.problems), rest="answers")
            return False
        except CoachError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return False
        self.saved = True
        self.forget_draft()
        self.accept()
        return True
