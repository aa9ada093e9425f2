"""Roadmaps as a list: the 로드맵 page (newest revision per company) and the review queue."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableView

from coach_app.domain.money import format_short
from coach_app.domain.review import RoadmapStatus
from coach_app.services.roadmaps import RoadmapRow
from coach_app.ui.table_model import TableModel

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
STATUS_COLUMN = 3
STATUS_COLOURS = {
    RoadmapStatus.DRAFT: "#eeeeee",
    RoadmapStatus.SUBMITTED: "#bbdefb",
    RoadmapStatus.CHANGES_REQUESTED: "#ffe0b2",
    RoadmapStatus.APPROVED: "#c8e6c9",
    RoadmapStatus.IN_PROGRESS: "#b2dfdb",
    RoadmapStatus.COMPLETED: "#d1c4e9",
}


class RoadmapList(TableModel):
    columns = 8

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[RoadmapRow] = []

    def set_rows(self, rows: list[RoadmapRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def roadmap_id(self, row: int) -> uuid.UUID | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def headers(self) -> list[str]:
        return [
            self.tr("기업"),
            self.tr("로드맵"),
            self.tr("차수"),
            self.tr("상태"),
            self.tr("코치"),
            self.tr("과제"),
            self.tr("총 예산"),
            self.tr("검토 요청"),
        ]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.BackgroundRole and column == STATUS_COLUMN:
            return QColor(STATUS_COLOURS[RoadmapStatus(row.status)])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != DISPLAY:
            return None
        submitted = row.submitted_at.astimezone() if row.submitted_at else None
        return (
            row.company,
            row.title,
            str(row.revision),
            RoadmapStatus(row.status).label,
            row.coach,
            str(row.items),
            format_short(row.total_budget) if row.total_budget else "",
            f"{submitted:%Y-%m-%d}" if submitted else "",
        )[column]


def fit_columns(view: QTableView) -> None:
    """The company wide, the title taking the rest, every other column as wide as its
    header and values: "검토 요청" is "Submitted for review" in English, and a budget of
    "155.2 million won" wrapped or lost its first letters in a fixed width."""
    header = view.horizontalHeader()
    for column in range(view.model().columnCount()):
        if column == 1:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        elif column > 1:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    view.setColumnWidth(0, 220)
