"""The 기업 page: every company, searched as you type and sorted by any column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.services.companies import list_companies
from coach_app.store.database import Database
from coach_app.ui.company_model import CompanyListModel


class CompanyListPage(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.companies = CompanyListModel(self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("기업명, 사업자등록번호, 대표자, 지역, 업종, 지정으로 검색")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.companies.set_query)

        self.table = QTableView()
        self.table.setModel(self.companies)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CompanyListModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((230, 120, 80, 60, 110, 130, 70)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(CompanyListModel.NAME, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table)

    def reload(self) -> None:
        self.companies.set_companies(list_companies(self.db))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
