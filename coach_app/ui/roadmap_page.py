"""The 로드맵 page: every company's newest roadmap revision, filtered by status or text."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.domain.review import RoadmapStatus
from coach_app.services.roadmaps import roadmap_rows
from coach_app.store.database import Database
from coach_app.ui.roadmap_list import RoadmapList, fit_columns


class RoadmapListPage(QWidget):
    roadmap_opened = Signal(object)  # roadmap id

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model = RoadmapList(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("기업명, 로드맵 제목, 코치로 찾기"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.status = QComboBox()
        self.status.addItem(self.tr("모든 상태"), "")
        for status in RoadmapStatus:
            self.status.addItem(status.label, status.value)
        self.status.currentIndexChanged.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("로드맵")))
        top.addWidget(self.search, 1)
        top.addWidget(self.status)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit_columns(self.table)
        self.table.doubleClicked.connect(self._open)
        self.hint = QLabel(
            self.tr("로드맵은 기업 화면의 '로드맵' 단추로 만듭니다. 두 번 누르면 엽니다.")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)

    def reload(self) -> None:
        status = self.status.currentData()
        rows = roadmap_rows(self.db)
        if status:
            rows = [r for r in rows if r.status == status]
        self.model.set_rows(rows)

    def _open(self, index: object) -> None:
        source = self.proxy.mapToSource(self.table.currentIndex())
        roadmap_id: uuid.UUID | None = self.model.roadmap_id(source.row())
        if roadmap_id is not None:
            self.roadmap_opened.emit(roadmap_id)
