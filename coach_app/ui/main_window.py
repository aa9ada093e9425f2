"""The main window: navigation between pages, menus, and a status bar."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from coach_app.services.people import users
from coach_app.store.database import Database
from coach_app.ui.company_page import CompanyListPage
from coach_app.ui.sync_controller import SyncController
from coach_app.ui.sync_page import SyncPage
from coach_app.ui.sync_status import SyncStatus
from coach_app.ui.tasks import TaskRunner


class MainWindow(QMainWindow):
    def __init__(self, db: Database, auto_sync: bool = True) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(self.tr("Coach — 현장코칭"))
        self.runner = TaskRunner(self)
        self.sync = SyncController(db, self.runner, self)

        self.company_page = CompanyListPage(db)
        self.sync_page = SyncPage(self.sync)
        # Kept as attributes under their old names: the company list is the home page.
        self.companies = self.company_page.companies
        self.search = self.company_page.search
        self.table = self.company_page.table

        self.pages = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setIconSize(QSize(0, 0))
        self.navigation.setFixedWidth(120)
        for title, page in (
            (self.tr("기업"), self.company_page),
            (self.tr("동기화"), self.sync_page),
        ):
            self.navigation.addItem(title)
            self.pages.addWidget(page)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.user = QLabel()
        self.count = QLabel()
        self.sync_status = SyncStatus(self.sync)
        self.statusBar().addWidget(self.user)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.statusBar().addPermanentWidget(self.count)
        self.companies.modelReset.connect(self._show_count)
        self.sync.succeeded.connect(lambda _report: self.reload())

        self._menus()
        self.reload()
        self._restore_geometry()
        if auto_sync:
            self.sync.start_auto()

    def _menus(self) -> None:
        find = QAction(self.tr("검색(&F)"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        quit_action = QAction(self.tr("끝내기(&Q)"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu(self.tr("파일(&F)"))
        file_menu.addAction(find)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        show_sync = QAction(self.tr("동기화 화면(&V)"), self)
        show_sync.setShortcut(QKeySequence("Ctrl+2"))
        show_sync.triggered.connect(lambda: self.navigation.setCurrentRow(1))
        show_companies = QAction(self.tr("기업 화면(&C)"), self)
        show_companies.setShortcut(QKeySequence("Ctrl+1"))
        show_companies.triggered.connect(lambda: self.navigation.setCurrentRow(0))
        sync_menu = self.menuBar().addMenu(self.tr("동기화(&S)"))
        sync_menu.addAction(self.sync_page.sync_action)
        sync_menu.addAction(show_sync)
        view_menu = self.menuBar().addMenu(self.tr("보기(&V)"))
        view_menu.addAction(show_companies)
        view_menu.addAction(show_sync)
        self.addAction(self.sync_page.sync_action)

    def reload(self) -> None:
        self.company_page.reload()
        me = next((u for u in users(self.db) if u.id == self.db.actor), None)
        self.user.setText(self.tr("사용자: %1").replace("%1", me.name) if me else "")
        self.sync_status.refresh()

    def _focus_search(self) -> None:
        self.navigation.setCurrentRow(0)
        self.company_page.focus_search()

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
        self.sync.timer.stop()
        self.runner.shutdown()  # no worker outlives the window
        super().closeEvent(event)
