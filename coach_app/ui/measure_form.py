"""Recording a 지원 조치: what is done, with how much money from where, answering which
difficulties. Opened from a meeting (a measure for the companies of that meeting) or from
a company's page (that company's measure); opened with a stored measure, it corrects or
deletes that one."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.errors import CoachError, FieldProblem, ValidationError
from coach_app.domain.meeting import MeasureDraft, MeasureStatus
from coach_app.domain.money import parse_krw
from coach_app.domain.programme import FundSource
from coach_app.services.companies import get_company
from coach_app.services.meetings import (
    answerable,
    delete_measure,
    meeting_view,
    record_measure,
    stored_measure,
    update_measure,
)
from coach_app.services.people import programmes
from coach_app.services.programmes import organisations
from coach_app.store.database import Database
from coach_app.ui import field_errors, forms
from coach_app.ui.draft_keeper import DraftKeeper
from coach_app.ui.generated.ui_measure_form import Ui_MeasureForm
from coach_app.ui.unsaved import GuardedDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def draft_key(
    company_id: uuid.UUID | None, meeting_id: uuid.UUID | None, measure_id: uuid.UUID | None = None
) -> str:
    if measure_id is not None:
        return f"measure-edit-{measure_id}"
    return f"measure-new-{company_id or meeting_id}"


class MeasureEditor(GuardedDialog):
    def __init__(
        self,
        db: Database,
        company_id: uuid.UUID | None = None,
        meeting_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        restored: dict[str, Any] | None = None,
        measure_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.measure_id = measure_id
        stored = stored_measure(db, measure_id) if measure_id is not None else None
        if stored is not None:  # its company and meeting stay what they are
            company_id, meeting_id = stored.company_id, stored.meeting_id
        self.company_id = company_id
        self.meeting_id = meeting_id
        self.saved = False
        self.dirty = False
        self.deleted = False
        self.saved_id: uuid.UUID | None = None
        self.tried = False
        if company_id is not None:
            self.about = get_company(db, company_id).name
        elif meeting_id is not None:
            self.about = meeting_view(db, meeting_id).title
        else:
            assert stored is not None
            self.about = stored.title
        title = self.tr("지원 조치 — %1") if stored is None else self.tr("지원 조치 수정 — %1")
        self.setWindowTitle(title.replace("%1", self.about))
        self.resize(760, 660)
        form = QWidget(self)
        ui = Ui_MeasureForm()
        ui.setupUi(form)
        QVBoxLayout(self).addWidget(form)
        self.lines = {
            "title": ui.title,
            "amount": ui.amount,
            "decided_on": ui.decided_on,
            "due_on": ui.due_on,
            "done_on": ui.done_on,
        }
        self.combos = {
            "source": ui.source,
            "programme": ui.programme,
            "organisation": ui.organisation,
            "status": ui.status,
        }
        self.description = ui.description
        self.answers = ui.answers
        self.errors = {
            "title": ui.title_error,
            "amount": ui.amount_error,
            "decided_on": ui.decided_on_error,
            "due_on": ui.due_on_error,
            "done_on": ui.done_on_error,
            "answers": ui.answers_error,
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
        forms.save_and_cancel(ui.buttons, self, self.save)
        # Difficulties it answers that this list does not hold (raised elsewhere) are kept.
        listed = {self.answers.item(r).data(ID_ROLE) for r in range(self.answers.count())}
        self.unlisted = [
            d for d in (stored.difficulty_ids if stored else []) if str(d) not in listed
        ]
        if stored is not None:
            self.fill(stored)
            delete = ui.buttons.addButton(
                self.tr("삭제…"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            delete.clicked.connect(self.delete)
        if restored is not None:
            self.restore(restored)
            self.dirty = True
        self.keeper = DraftKeeper(
            self,
            db.path,
            draft_key(company_id, meeting_id, measure_id),
            self.payload,
            "measure",
            self._about,
        )
        for line in self.lines.values():
            line.textChanged.connect(self._changed)
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self._changed)
        self.description.textChanged.connect(self._changed)
        self.answers.itemChanged.connect(self._changed)

    def _about(self) -> str:
        return self.about

    def fill(self, stored: MeasureDraft) -> None:
        """Put a stored measure in the form, to correct it."""
        dates = {"decided_on": stored.decided_on, "due_on": stored.due_on}
        dates["done_on"] = stored.done_on
        self.lines["title"].setText(stored.title)
        self.lines["amount"].setText(f"{stored.amount:,}" if stored.amount is not None else "")
        for name, day in dates.items():
            self.lines[name].setText(day.isoformat() if day else "")
        chosen = {
            "source": stored.source or "",
            "programme": str(stored.programme_id or ""),
            "organisation": str(stored.organisation_id or ""),
            "status": stored.status,
        }
        for name, value in chosen.items():
            combo = self.combos[name]
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.description.setPlainText(stored.description)
        for difficulty in stored.difficulty_ids:
            self.check(difficulty)

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
        values["measure_id"] = str(self.measure_id or "")
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
        due = field_errors.parse_date("due_on", self.lines["due_on"].text(), parsed)
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
            due_on=due,
            done_on=done,
            difficulty_ids=self.checked() + self.unlisted,
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
            if self.measure_id is not None:
                update_measure(self.db, self.measure_id, draft)
                self.saved_id = self.measure_id
            else:
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

    def delete(self) -> bool:
        """Delete the measure, once the person confirms it."""
        assert self.measure_id is not None
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("지원 조치 '%1'을(를) 삭제할까요?").replace("%1", self.about_measure()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            delete_measure(self.db, self.measure_id)
        except CoachError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return False
        self.saved, self.deleted, self.saved_id = True, True, self.measure_id
        self.forget_draft()
        self.accept()
        return True

    def about_measure(self) -> str:
        return self.lines["title"].text().strip() or self.about
