"""The main window: for now, the company list with search as you type."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach_app.services.companies import list_companies
from coach_app.services.people import users
from coach_app.store.database import Database
from coach_app.ui.company_model import CompanyListModel


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(self.tr("Coach — 현장코칭"))
        self.companies = CompanyListModel(self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("기업명, 사업자등록번호, 대표자, 지역, 업종, 지정으로 검색")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)

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

        self.count = QLabel()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self.setCentralWidget(page)
        self.statusBar().addPermanentWidget(self.count)

        find = QAction(self.tr("검색(&F)"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        quit_action = QAction(self.tr("끝내기(&Q)"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu = self.menuBar().addMenu(self.tr("파일(&F)"))
        menu.addAction(find)
        menu.addSeparator()
        menu.addAction(quit_action)

        self.reload()
        self._restore_geometry()

    def reload(self) -> None:
        self.companies.set_companies(list_companies(self.db))
        self._show_count()
        me = next((u for u in users(self.db) if u.id == self.db.actor), None)
        if me is not None:
            self.statusBar().showMessage(self.tr("사용자: %1").replace("%1", me.name))

    def _on_search(self, text: str) -> None:
        self.companies.set_query(text)
        self._show_count()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _show_count(self) -> None:
        shown, total = self.companies.rowCount(), self.companies.total()
        self.count.setText(
            self.tr("기업 %1 / %2곳").replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
        )

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 720)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
