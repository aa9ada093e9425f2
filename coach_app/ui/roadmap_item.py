"""One roadmap item: dates, budget by funding source, KPI and predecessors."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.errors import CoachError, FieldProblem, ValidationError
from coach_app.domain.messages import field_label
from coach_app.domain.money import format_won, parse_krw
from coach_app.domain.roadmap import Budget, ItemStatus, Stage
from coach_app.services.companies import get_company
from coach_app.services.records import RoadmapItemRecord
from coach_app.services.roadmaps import ItemDraft, draft_of_item, get_roadmap, save_item
from coach_app.store.database import Database
from coach_app.ui.draft_keeper import DraftKeeper
from coach_app.ui.generated.ui_roadmap_item import Ui_RoadmapItemForm
from coach_app.ui.keyboard import one_tab_leaves
from coach_app.ui.unsaved import GuardedDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_MONEY = ("budget_national", "budget_local", "budget_company")
_NUMBERS = ("kpi_baseline", "kpi_target", "kpi_actual")


class ItemEditor(GuardedDialog):
    def __init__(
        self,
        db: Database,
        roadmap_id: uuid.UUID,
        items: list[RoadmapItemRecord],
        item: RoadmapItemRecord | None = None,
        parent: QWidget | None = None,
        restored: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.roadmap_id = roadmap_id
        self.item_id = item.id if item else None
        self.saved_id: uuid.UUID | None = None
        self.company_name = get_company(db, get_roadmap(db, roadmap_id).company_id).name
        self.draft_key = f"roadmap-item-{self.item_id or f'new-{roadmap_id}'}"
        self.setWindowTitle(self.tr("로드맵 과제 — %1").replace("%1", self.company_name))
        form = QWidget(self)
        ui = Ui_RoadmapItemForm()
        ui.setupUi(form)
        QVBoxLayout(self).addWidget(form)
        self.fields = {
            "title": ui.title,
            "item_type": ui.item_type,
            "owner_agency": ui.owner_agency,
            "kpi_name": ui.kpi_name,
            "kpi_unit": ui.kpi_unit,
            "budget_national": ui.budget_national,
            "budget_local": ui.budget_local,
            "budget_company": ui.budget_company,
            "kpi_baseline": ui.kpi_baseline,
            "kpi_target": ui.kpi_target,
            "kpi_actual": ui.kpi_actual,
        }
        self.stage = ui.stage
        self.status = ui.status
        self.phase = ui.phase
        self.starts_on = ui.starts_on
        self.ends_on = ui.ends_on
        self.depends_on = ui.depends_on
        self.description = ui.description
        self.description.setTabChangesFocus(True)
        one_tab_leaves(self.starts_on, self.ends_on)
        self.message = ui.message
        self.message.hide()
        buttons = ui.buttons
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for stage in Stage:
            self.stage.addItem(stage.label, stage.value)
        for status in ItemStatus:
            self.status.addItem(status.label, status.value)

        draft = draft_of_item(item) if item else ItemDraft(title="", stage=Stage.RND_PLANNING.value)
        chosen = set(draft.depends_on)
        for other in items:
            if item is not None and other.id == item.id:
                continue
            entry = QListWidgetItem(other.title)
            entry.setData(ID_ROLE, str(other.id))
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if str(other.id) in chosen else Qt.CheckState.Unchecked
            )
            self.depends_on.addItem(entry)
        self._show(draft)
        if restored is not None:
            self.restore(restored)
        self.keeper = DraftKeeper(
            self, db.path, self.draft_key, self.payload, "roadmap_item", lambda: self.company_name
        )
        for line in self.fields.values():
            line.textChanged.connect(self._changed)
        for signal in (
            self.stage.currentIndexChanged,
            self.status.currentIndexChanged,
            self.phase.valueChanged,
            self.starts_on.dateChanged,
            self.ends_on.dateChanged,
            self.depends_on.itemChanged,
            self.description.textChanged,
        ):
            signal.connect(self._changed)

    # --- the draft ----------------------------------------------------------------------

    def payload(self) -> dict[str, Any]:
        return {
            "roadmap_id": str(self.roadmap_id),
            "item_id": str(self.item_id) if self.item_id else None,
            "fields": {name: line.text() for name, line in self.fields.items()},
            "stage": self.stage.currentData(),
            "status": self.status.currentData(),
            "phase": self.phase.value(),
            "starts_on": _date(self.starts_on).isoformat(),
            "ends_on": _date(self.ends_on).isoformat(),
            "depends_on": self._checked(),
            "description": self.description.toPlainText(),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        for name, text in payload["fields"].items():
            if name in self.fields:
                self.fields[name].setText(text)
        self.stage.setCurrentIndex(max(self.stage.findData(payload["stage"]), 0))
        self.status.setCurrentIndex(max(self.status.findData(payload["status"]), 0))
        self.phase.setValue(int(payload["phase"]))
        for edit, name in ((self.starts_on, "starts_on"), (self.ends_on, "ends_on")):
            day = dt.date.fromisoformat(payload[name])
            edit.setDate(QDate(day.year, day.month, day.day))
        chosen = set(payload["depends_on"])
        for i in range(self.depends_on.count()):
            entry = self.depends_on.item(i)
            checked = str(entry.data(ID_ROLE)) in chosen
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.description.setPlainText(payload["description"])
        self.dirty = True

    def _changed(self, *_args: object) -> None:
        self.dirty = True
        if self.keeper is not None:
            self.keeper.changed()

    def _checked(self) -> list[str]:
        return [
            str(self.depends_on.item(i).data(ID_ROLE))
            for i in range(self.depends_on.count())
            if self.depends_on.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _show(self, draft: ItemDraft) -> None:
        self.fields["title"].setText(draft.title)
        self.fields["item_type"].setText(draft.item_type)
        self.fields["owner_agency"].setText(draft.owner_agency)
        self.fields["kpi_name"].setText(draft.kpi_name)
        self.fields["kpi_unit"].setText(draft.kpi_unit)
        for name, amount in zip(
            _MONEY, (draft.budget.national, draft.budget.local, draft.budget.company), strict=True
        ):
            self.fields[name].setText(format_won(amount) if amount else "")
        for name in _NUMBERS:
            value = getattr(draft, name)
            self.fields[name].setText("" if value is None else f"{value:g}")
        self.stage.setCurrentIndex(max(self.stage.findData(draft.stage), 0))
        self.status.setCurrentIndex(max(self.status.findData(draft.status), 0))
        self.phase.setValue(draft.phase)
        today = dt.date.today()
        start = draft.starts_on or today.replace(day=1)
        end = draft.ends_on or start + dt.timedelta(days=180)
        self.starts_on.setDate(QDate(start.year, start.month, start.day))
        self.ends_on.setDate(QDate(end.year, end.month, end.day))
        self.description.setPlainText(draft.description)
        self.original = draft

    def draft(self) -> tuple[ItemDraft, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        money: dict[str, int] = {}
        for name in _MONEY:
            text = self.fields[name].text().strip()
            try:
                money[name] = parse_krw(text) if text else 0
            except ValueError:
                problems.append(FieldProblem("budget", "money_format"))
                money[name] = 0
        numbers: dict[str, float | None] = {}
        for name in _NUMBERS:
            text = self.fields[name].text().strip().replace(",", "")
            try:
                value = float(text) if text else None
            except ValueError:
                value = None
                problems.append(FieldProblem(name, "not_integer"))
            if value is not None and not value.is_integer():
                # KPIs are counted (건, 명, 개): 3.5 is refused, as the message says.
                value = None
                problems.append(FieldProblem(name, "not_integer"))
            numbers[name] = value
        draft = ItemDraft(
            title=self.fields["title"].text(),
            stage=str(self.stage.currentData()),
            starts_on=_date(self.starts_on),
            ends_on=_date(self.ends_on),
            budget=Budget(money["budget_national"], money["budget_local"], money["budget_company"]),
            item_type=self.fields["item_type"].text().strip(),
            phase=self.phase.value(),
            description=self.description.toPlainText(),
            owner_agency=self.fields["owner_agency"].text().strip(),
            kpi_name=self.fields["kpi_name"].text().strip(),
            kpi_unit=self.fields["kpi_unit"].text().strip(),
            kpi_baseline=numbers["kpi_baseline"],
            kpi_target=numbers["kpi_target"],
            kpi_actual=numbers["kpi_actual"],
            status=str(self.status.currentData()),
            depends_on=self._checked(),
            gap_item_code=self.original.gap_item_code,
            difficulty_id=self.original.difficulty_id,
            support_programme_code=self.original.support_programme_code,
        )
        return draft, problems

    def save(self) -> bool:
        draft, problems = self.draft()
        if problems:
            # Every problem at once: those of the fields that did not even read, and the
            # rules over the rest (an end before the start).
            unread = {p.field for p in problems}
            self._say(problems + [p for p in draft.problems() if p.field not in unread])
            return False
        try:
            self.saved_id = save_item(self.db, self.roadmap_id, draft, self.item_id)
        except ValidationError as error:
            self._say(error.problems)
            return False
        except CoachError as error:
            self.message.setText(str(error))
            self.message.show()
            return False
        self.saved, self.dirty = True, False
        self.forget_draft()
        self.accept()
        return True

    def _say(self, problems: list[FieldProblem]) -> None:
        self.message.setText("\n".join(f"{field_label(p.field)}: {p.message}" for p in problems))
        self.message.show()


def _date(edit: QDateEdit) -> dt.date:
    date = edit.date()
    return dt.date(date.year(), date.month(), date.day())
