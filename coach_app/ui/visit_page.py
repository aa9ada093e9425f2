"""The 방문 page: the latest visits on this laptop, searchable; a double-click opens one."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.sync_marks import SyncMark
from coach_app.domain.visit import is_planned
from coach_app.services import syncing
from coach_app.services.visits import VisitRow, recent_visits
from coach_app.store.database import Database
from coach_app.ui import sync_marks
from coach_app.ui.table_model import TableModel

Index = QModelIndex | QPersistentModelIndex


class VisitListModel(TableModel):
    columns = 6

    def row_count(self) -> int:
        return len(self.shown)

    def headers(self) -> list[str]:
        return [
            self.tr("방문일"),
            self.tr("기업"),
            self.tr("방문 목적"),
            self.tr("코치"),
            self.tr("애로사항"),
            self.tr("검토"),
        ]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[VisitRow] = []
        self.shown: list[VisitRow] = []
        self._query = ""
        self._marks: dict[uuid.UUID, SyncMark] = {}
        self._usual_mark = SyncMark.LOCAL

    def set_visits(
        self,
        rows: list[VisitRow],
        marks: tuple[dict[uuid.UUID, SyncMark], SyncMark] = ({}, SyncMark.LOCAL),
    ) -> None:
        """The visits, with where each stands with the server (the few not confirmed,
        and the mark of the rest)."""
        self.beginResetModel()
        self._marks, self._usual_mark = marks
        self._all = rows
        self.shown = self._filtered()
        self.endResetModel()

    def set_query(self, query: str) -> None:
        self.beginResetModel()
        self._query = query.casefold().strip()
        self.shown = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[VisitRow]:
        if not self._query:
            return list(self._all)
        words = self._query.split()
        return [
            r
            for r in self._all
            if all(w in f"{r.company} {r.purpose} {r.coach}".casefold() for w in words)
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.shown[index.row()]
        if index.column() == 0 and role in (
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            mark = self._marks.get(row.id, self._usual_mark)
            if role == Qt.ItemDataRole.DecorationRole:
                return sync_marks.icon(mark)
            return sync_marks.tooltip(mark)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        date = row.visit_date.isoformat()
        if is_planned(row.visit_date):
            date = self.tr("%1 (예정)").replace("%1", date)
        return (
            date,
            row.company,
            row.purpose,
            row.coach,
            str(row.difficulties),
            self.tr("검토 완료") if row.reviewed else "",
        )[index.column()]


class VisitListPage(QWidget):
    visit_opened = Signal(object, object)  # company id, visit id

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.visits = VisitListModel(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("기업명, 방문 목적, 코치로 검색"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.visits.set_query)
        self.table = QTableView()
        self.table.setModel(self.visits)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column, width in enumerate((130, 220, 0, 90, 70, 80)):
            if width:
                self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table)

    def reload(self) -> None:
        self.visits.set_visits(recent_visits(self.db), syncing.marks(self.db, "visits"))

    def _open(self, index: QModelIndex) -> None:
        row = self.visits.shown[index.row()]
        self.visit_opened.emit(row.company_id, row.id)

    def visit_id(self, row: int) -> uuid.UUID:
        return self.visits.shown[row].id
