"""A roadmap's items as a table; on an approved revision, status and KPI actual stay editable
for follow-up at later visits."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from coach_app.domain.money import format_short
from coach_app.domain.roadmap import ItemStatus, Stage
from coach_app.services.records import RoadmapItemRecord
from coach_app.ui.table_model import TableModel

Index = QModelIndex | QPersistentModelIndex
EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole
PHASE, STAGE, TITLE, STARTS, ENDS, BUDGET, STATUS, KPI, ACTUAL, DEPENDS = range(10)


class RoadmapItems(TableModel):
    columns = 10
    # item id, new status, new KPI actual: a follow-up the editor saves at once.
    followed_up = Signal(object, str, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[RoadmapItemRecord] = []
        self.problems: dict[str, list[str]] = {}
        self.follow_up = False

    def set_items(
        self, items: list[RoadmapItemRecord], problems: dict[str, list[str]], follow_up: bool
    ) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.problems = problems
        self.follow_up = follow_up
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.items)

    def headers(self) -> list[str]:
        return [
            self.tr("차례"),
            self.tr("단계"),
            self.tr("과제"),
            self.tr("시작"),
            self.tr("종료"),
            self.tr("예산"),
            self.tr("상태"),
            self.tr("KPI 목표"),
            self.tr("실적"),
            self.tr("선행 과제"),
        ]

    def item_id(self, row: int) -> uuid.UUID | None:
        return self.items[row].id if 0 <= row < len(self.items) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        editable = self.follow_up and index.column() in (STATUS, ACTUAL)
        return super().flags(index) | (
            Qt.ItemFlag.ItemIsEditable if editable else Qt.ItemFlag.NoItemFlags
        )

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        broken = self.problems.get(str(item.id))
        if role == Qt.ItemDataRole.BackgroundRole and broken:
            return QColor("#ffcdd2")
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(broken) if broken else item.description or None
        if role == EDIT:
            if column == STATUS:
                return item.status
            if column == ACTUAL:
                return "" if item.kpi_actual is None else f"{item.kpi_actual:g}"
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (BUDGET, KPI, ACTUAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != DISPLAY:
            return None
        if column == PHASE:
            return str(item.phase)
        if column == STAGE:
            stage = Stage.parse(item.stage)
            return stage.label if stage else item.stage
        if column == TITLE:
            return item.title
        if column == STARTS:
            return f"{item.starts_on:%Y-%m-%d}" if item.starts_on else ""
        if column == ENDS:
            return f"{item.ends_on:%Y-%m-%d}" if item.ends_on else ""
        if column == BUDGET:
            total = item.budget_national + item.budget_local + item.budget_company
            return format_short(total) if total else ""
        if column == STATUS:
            status = ItemStatus.parse(item.status)
            return status.label if status else item.status
        if column == KPI:
            if item.kpi_target is None:
                return item.kpi_name
            return f"{item.kpi_name} {item.kpi_target:g}{item.kpi_unit}"
        if column == ACTUAL:
            return "" if item.kpi_actual is None else f"{item.kpi_actual:g}{item.kpi_unit}"
        titles = {str(i.id): i.title for i in self.items}
        return ", ".join(titles.get(d, "?") for d in item.depends_on or [])

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT or not self.follow_up:
            return False
        item = self.items[index.row()]
        if index.column() == STATUS:
            if ItemStatus.parse(str(value)) is None:
                return False
            self.followed_up.emit(item.id, str(value), item.kpi_actual)
        elif index.column() == ACTUAL:
            text = str(value).strip().replace(",", "")
            try:
                actual = float(text) if text else None
            except ValueError:
                return False
            self.followed_up.emit(item.id, item.status, actual)
        else:
            return False
        return True
