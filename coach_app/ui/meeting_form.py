"""Recording a 간담회: the event, the companies that came and what each of them raised.

Saved in one call (``record_meeting``): the meeting, each company's visit and its
difficulties are stored together or not at all. Opened with a recorded meeting, the form
holds it as stored and saving corrects it (``update_meeting``), again all or nothing; each
difficulty row remembers the stored difficulty it shows. Typing is kept as a draft like on
every screen that takes typing.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.difficulty import DifficultyCategory, DifficultyDraft, Severity
from coach_app.domain.errors import CoachError, FieldProblem, ValidationError
from coach_app.domain.follow_up import difficulty_due
from coach_app.domain.meeting import Attendee, MeetingCompany, MeetingDraft
from coach_app.services.companies import list_companies
from coach_app.services.meetings import record_meeting, stored_meeting, update_meeting
from coach_app.services.programmes import organisations
from coach_app.store.database import Database
from coach_app.ui import field_errors, forms
from coach_app.ui.draft_keeper import DraftKeeper
from coach_app.ui.generated.ui_meeting_form import Ui_MeetingForm
from coach_app.ui.unsaved import GuardedDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DRAFT_KEY = "meeting-new"
STORED_ROLE = Qt.ItemDataRole.UserRole + 2  # on a row's description: the stored difficulty


def draft_key(meeting_id: uuid.UUID | None) -> str:
    return f"meeting-edit-{meeting_id}" if meeting_id is not None else DRAFT_KEY


COMPANY, CATEGORY, DESCRIPTION, DUE = range(4)


class MeetingEditor(GuardedDialog):
    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        restored: dict[str, Any] | None = None,
        meeting_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.meeting_id = meeting_id
        # What the form does not show of a recorded meeting, kept as it is.
        self.programme_id: uuid.UUID | None = None
        self.notes = ""
        self.company_notes: dict[uuid.UUID, str] = {}
        self.saved = False
        self.dirty = False
        self.saved_id: uuid.UUID | None = None
        self.tried = False  # after a first save attempt, problems follow the typing
        self.setWindowTitle(self.tr("새 간담회") if meeting_id is None else self.tr("간담회 수정"))
        self.resize(1040, 680)
        form = QWidget(self)
        ui = Ui_MeetingForm()
        ui.setupUi(form)
        QVBoxLayout(self).addWidget(form)
        self.held_on = ui.held_on
        self.title = ui.title
        self.place = ui.place
        self.organiser = ui.organiser
        self.attendees = ui.attendees
        self.company_filter = ui.company_filter
        self.companies = ui.companies
        self.difficulties = ui.difficulties
        self.errors = {
            "held_on": ui.held_on_error,
            "title": ui.title_error,
            "attendees": ui.attendees_error,
            "companies": ui.companies_error,
            "difficulties": ui.difficulties_error,
        }
        field_errors.prepare(self.errors.values())
        self.organiser.addItem(self.tr("(없음)"), "")
        for organisation in organisations(db):
            self.organiser.addItem(organisation.name, str(organisation.id))
        for company in list_companies(db):
            item = QListWidgetItem(company.name)
            item.setData(ID_ROLE, str(company.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.companies.addItem(item)
        self.company_filter.textChanged.connect(self._filter)
        self.difficulties.setColumnCount(4)
        self.difficulties.setHorizontalHeaderLabels(
            [self.tr("기업"), self.tr("분류"), self.tr("애로 내용"), self.tr("처리 기한")]
        )
        self.difficulties.setItemDelegateForColumn(
            DUE, RuleDateDelegate(self._ruled_due, self.difficulties)
        )
        self.difficulties.setColumnWidth(DUE, 110)
        # Empty due cells show the rule's date, which follows the meeting's date.
        self.held_on.textChanged.connect(lambda: self.difficulties.viewport().update())
        self.difficulties.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.difficulties.verticalHeader().setVisible(False)
        self.difficulties.setColumnWidth(COMPANY, 220)
        self.difficulties.setColumnWidth(CATEGORY, 170)
        self.difficulties.horizontalHeader().setSectionResizeMode(
            DESCRIPTION, QHeaderView.ResizeMode.Stretch
        )
        ui.add_difficulty.clicked.connect(lambda: self.add_difficulty())
        ui.remove_difficulty.clicked.connect(self._remove_selected)
        forms.save_and_cancel(ui.buttons, self, self.save)
        if meeting_id is not None:
            self.fill(stored_meeting(db, meeting_id))
        if restored is not None:
            self.restore(restored)
            self.dirty = True
        self.keeper = DraftKeeper(
            self, db.path, draft_key(meeting_id), self.payload, "meeting", self.title.text
        )
        for line in (self.held_on, self.title, self.place):
            line.textChanged.connect(self._changed)
        self.attendees.textChanged.connect(self._changed)
        self.organiser.currentIndexChanged.connect(self._changed)
        self.companies.itemChanged.connect(self._companies_changed)
        self.difficulties.itemChanged.connect(self._changed)

    # --- the companies and their difficulties ----------------------------------------------

    def chosen(self) -> list[tuple[uuid.UUID, str]]:
        found = []
        for row in range(self.companies.count()):
            item = self.companies.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append((uuid.UUID(item.data(ID_ROLE)), item.text()))
        return found

    def check_company(self, company_id: uuid.UUID, checked: bool = True) -> None:
        for row in range(self.companies.count()):
            item = self.companies.item(row)
            if item.data(ID_ROLE) == str(company_id):
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                item.setCheckState(state)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.companies.count()):
            item = self.companies.item(row)
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def _companies_changed(self, *_args: object) -> None:
        # The company choices of each difficulty row follow the companies checked.
        for row in range(self.difficulties.rowCount()):
            combo = self._combo(row, COMPANY)
            self._fill_companies(combo, combo.currentData())
        self._changed()

    def _fill_companies(self, combo: QComboBox, keep: str | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(기업 선택)"), "")
        for company_id, name in self.chosen():
            combo.addItem(name, str(company_id))
        combo.setCurrentIndex(max(combo.findData(keep or ""), 0))
        combo.blockSignals(False)

    def add_difficulty(
        self,
        company_id: str = "",
        category: str = "",
        description: str = "",
        stored: str = "",
        due_on: str = "",
    ) -> int:
        row = self.difficulties.rowCount()
        self.difficulties.insertRow(row)
        company = QComboBox()
        self._fill_companies(company, company_id)
        if not company_id and company.count() == 2:
            company.setCurrentIndex(1)  # one company checked: it is that one's
        kind = QComboBox()
        kind.addItem(self.tr("(분류 선택)"), "")
        for choice in DifficultyCategory:
            kind.addItem(choice.label, choice.value)
        kind.setCurrentIndex(max(kind.findData(category), 0))
        for column, combo in ((COMPANY, company), (CATEGORY, kind)):
            combo.currentIndexChanged.connect(self._changed)
            self.difficulties.setCellWidget(row, column, combo)
        text = QTableWidgetItem(description)
        text.setData(STORED_ROLE, stored)
        self.difficulties.setItem(row, DESCRIPTION, text)
        due = QTableWidgetItem(due_on)
        due.setToolTip(
            self.tr("비워 두면 간담회 날짜에 심각도 기준 일수를 더한 날이 기한입니다 (YYYY-MM-DD).")
        )
        self.difficulties.setItem(row, DUE, due)
        self._changed()
        return row

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.difficulties.selectedIndexes()}, reverse=True)
        if not rows and self.difficulties.currentRow() >= 0:
            rows = [self.difficulties.currentRow()]
        for row in rows:
            self.difficulties.removeRow(row)
        self._changed()

    def _combo(self, row: int, column: int) -> QComboBox:
        combo = self.difficulties.cellWidget(row, column)
        assert isinstance(combo, QComboBox)
        return combo

    def rows(self) -> list[tuple[str, str, str, str, str]]:
        """(company id, category, description, stored difficulty id or "", due date or "")
        of each difficulty row, as typed."""
        found = []
        for row in range(self.difficulties.rowCount()):
            item = self.difficulties.item(row, DESCRIPTION)
            due = self.difficulties.item(row, DUE)
            found.append(
                (
                    str(self._combo(row, COMPANY).currentData() or ""),
                    str(self._combo(row, CATEGORY).currentData() or ""),
                    item.text() if item else "",
                    str(item.data(STORED_ROLE) or "") if item else "",
                    due.text().strip() if due else "",
                )
            )
        return found

    def _ruled_due(self) -> str:
        """The rule's due date of a row left empty: a meeting's difficulties are of medium
        severity (the form does not ask for one)."""
        try:
            held_on = dt.date.fromisoformat(self.held_on.text().strip())
        except ValueError:
            return ""
        return difficulty_due(held_on, Severity.MEDIUM.value).isoformat()

    # --- draft -----------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        self.dirty = True
        if self.keeper is not None:  # None while a restored draft is put back
            self.keeper.changed()
        if self.tried:
            self.validate()

    def payload(self) -> dict[str, Any]:
        return {
            "held_on": self.held_on.text(),
            "title": self.title.text(),
            "place": self.place.text(),
            "organiser": self.organiser.currentData() or "",
            "attendees": self.attendees.toPlainText(),
            "companies": [str(c) for c, _ in self.chosen()],
            "difficulties": [list(r) for r in self.rows()],
            "meeting_id": str(self.meeting_id or ""),
        }

    def restore(self, values: dict[str, Any]) -> None:
        self.held_on.setText(str(values.get("held_on", "")))
        self.title.setText(str(values.get("title", "")))
        self.place.setText(str(values.get("place", "")))
        self.organiser.setCurrentIndex(max(self.organiser.findData(values.get("organiser")), 0))
        self.attendees.setPlainText(str(values.get("attendees", "")))
        for row in range(self.companies.count()):  # a draft of a correction replaces all
            self.companies.item(row).setCheckState(Qt.CheckState.Unchecked)
        self.difficulties.setRowCount(0)
        for company in values.get("companies", []):
            self.check_company(uuid.UUID(company))
        for company, category, description, *rest in values.get("difficulties", []):
            self.add_difficulty(company, category, description, *rest[:2])

    def fill(self, stored: MeetingDraft) -> None:
        """Put a recorded meeting in the form, to correct it."""
        assert stored.held_on is not None
        self.programme_id, self.notes = stored.programme_id, stored.notes
        self.company_notes = {part.company_id: part.notes for part in stored.companies}
        self.held_on.setText(stored.held_on.isoformat())
        self.title.setText(stored.title)
        self.place.setText(stored.place)
        self.organiser.setCurrentIndex(
            max(self.organiser.findData(str(stored.organiser_id or "")), 0)
        )
        self.attendees.setPlainText(
            "\n".join(f"{a.name} {a.position}".strip() for a in stored.attendees)
        )
        for part in stored.companies:
            self.check_company(part.company_id)
        # The companies that took part head the list (among hundreds they would be lost).
        taken = [
            self.companies.takeItem(row)
            for row in reversed(range(self.companies.count()))
            if self.companies.item(row).checkState() == Qt.CheckState.Checked
        ]
        for item in taken:
            self.companies.insertItem(0, item)
        for part in stored.companies:
            for difficulty_id, difficulty in part.rows():
                self.add_difficulty(
                    str(part.company_id),
                    difficulty.category,
                    difficulty.description,
                    str(difficulty_id or ""),
                    difficulty.due_on.isoformat() if difficulty.due_on else "",
                )

    # --- checking and saving ---------------------------------------------------------------

    def draft(self) -> tuple[MeetingDraft, list[tuple[str, str]]]:
        """The meeting as typed, and what is wrong with it as (field, message)."""
        parsed: list[FieldProblem] = []
        held_on = field_errors.parse_date("held_on", self.held_on.text(), parsed)
        attendees = []
        for line in self.attendees.toPlainText().splitlines():
            name, _, position = line.strip().partition(" ")
            if name:
                attendees.append(Attendee(name, position.strip()))
        parts = {
            company_id: MeetingCompany(company_id, notes=self.company_notes.get(company_id, ""))
            for company_id, _ in self.chosen()
        }
        row_problems: list[tuple[str, str]] = []
        for number, (company, category, description, stored, due) in enumerate(
            self.rows(), start=1
        ):
            bad_date: list[FieldProblem] = []
            due_on = field_errors.parse_date("due_on", due, bad_date)
            difficulty = DifficultyDraft(category, description, due_on=due_on)
            where = self.tr("애로사항 %1번").replace("%1", str(number))
            wrong = [str(p) for p in bad_date + difficulty.problems(held_on)]
            if not company or uuid.UUID(company) not in parts:
                wrong.insert(0, self.tr("기업을 고르세요."))
            elif not wrong:
                part = parts[uuid.UUID(company)]
                part.difficulties.append(difficulty)
                part.stored.append(uuid.UUID(stored) if stored else None)
            row_problems += [("difficulties", f"{where}: {w}") for w in wrong]
        organiser = self.organiser.currentData()
        draft = MeetingDraft(
            held_on=held_on,
            title=self.title.text(),
            place=self.place.text().strip(),
            organiser_id=uuid.UUID(organiser) if organiser else None,
            notes=self.notes,
            programme_id=self.programme_id,
            attendees=attendees,
            companies=list(parts.values()),
        )
        shown = {p.field for p in parsed}
        problems = field_errors.messages(parsed)
        problems += [
            (p.field, p.message)
            for p in draft.problems()
            if p.field not in shown and not p.field.startswith("difficulties")
        ]
        return draft, problems + row_problems

    def validate(self) -> list[tuple[str, str]]:
        _draft, problems = self.draft()
        field_errors.show(self.errors, problems, rest="difficulties")
        return problems

    def save(self) -> bool:
        self.tried = True
        problems = self.validate()
        if problems:
            first = {"held_on": self.held_on, "title": self.title, "companies": self.companies}
            widget = first.get(problems[0][0], self.difficulties)
            widget.setFocus()
            return False
        draft, _ = self.draft()
        try:
            if self.meeting_id is not None:
                self.saved_id = update_meeting(self.db, self.meeting_id, draft).meeting_id
            else:
                self.saved_id = record_meeting(self.db, draft).meeting_id
        except ValidationError as error:
            field_errors.show(
                self.errors, field_errors.messages(error.problems), rest="difficulties"
            )
            return False
        except CoachError as error:  # refused, disk full, locked: say so, keep the form
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return False
        self.saved = True
        self.forget_draft()
        self.accept()
        return True


class RuleDateDelegate(QStyledItemDelegate):
    """A due-date cell left empty shows, in grey, the date the rule gives it."""

    def __init__(self, ruled: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ruled = ruled

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if not index.data():
            option.text = self.ruled()
            option.palette.setColor(QPalette.ColorRole.Text, QColor("#777777"))
