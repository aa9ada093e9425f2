"""The main window: navigation between pages, menus, and a status bar."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from coach_app.domain.roles import Role
from coach_app.services import drafts
from coach_app.services.people import users
from coach_app.store.database import Database, look_after
from coach_app.ui.company_detail import CompanyDetail
from coach_app.ui.company_form import CompanyEditor
from coach_app.ui.company_page import CompanyListPage
from coach_app.ui.settings import SettingsEditor
from coach_app.ui.sync_controller import SyncController
from coach_app.ui.sync_page import SyncPage
from coach_app.ui.sync_status import SyncStatus
from coach_app.ui.tasks import TaskRunner
from coach_app.ui.visit_editor import VisitEditor
from coach_app.ui.visit_page import VisitListPage


class MainWindow(QMainWindow):
    def __init__(self, db: Database, auto_sync: bool = True) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(self.tr("Coach — 현장코칭"))
        self.runner = TaskRunner(self)
        self.sync = SyncController(db, self.runner, self)
        self.editors: list[VisitEditor] = []

        self.company_page = CompanyListPage(db)
        self.company_detail = CompanyDetail(db)
        self.sync_page = SyncPage(self.sync)
        self.visit_page = VisitListPage(db)
        self.visit_page.visit_opened.connect(self.open_visit)
        # Kept under their old names: the company list is the home page.
        self.companies = self.company_page.companies
        self.search = self.company_page.search
        self.table = self.company_page.table
        # The 기업 entry holds the list and, on top of it, one company's page.
        self.company_stack = QStackedWidget()
        self.company_stack.addWidget(self.company_page)
        self.company_stack.addWidget(self.company_detail)
        self.table.doubleClicked.connect(
            lambda index: self.open_company(self.companies.company_id(index.row()))
        )
        self.company_detail.back_requested.connect(self._show_list)
        self.company_detail.edit_requested.connect(self.edit_company)
        self.company_detail.new_visit_requested.connect(lambda cid: self.open_visit(cid))
        self.company_detail.visit_opened.connect(self.open_visit)

        self.pages = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setIconSize(QSize(0, 0))
        self.navigation.setFixedWidth(120)
        for title, page in (
            (self.tr("기업"), self.company_stack),
            (self.tr("방문"), self.visit_page),
            (self.tr("동기화"), self.sync_page),
        ):
            self.navigation.addItem(title)
            self.pages.addWidget(page)
        self.navigation.currentRowChanged.connect(self._show_page)
        self._visits_stale = True
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
        new_company = QAction(self.tr("새 기업(&N)…"), self)
        new_company.setShortcut(QKeySequence.StandardKey.New)
        new_company.triggered.connect(lambda: self.edit_company(None))
        self.new_company_action = new_company
        find = QAction(self.tr("검색(&F)"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        quit_action = QAction(self.tr("끝내기(&Q)"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu(self.tr("파일(&F)"))
        file_menu.addAction(new_company)
        file_menu.addAction(find)
        settings = QAction(self.tr("설정(&T)…"), self)
        settings.setShortcut(QKeySequence.StandardKey.Preferences)
        settings.triggered.connect(lambda: SettingsEditor(self).exec())
        file_menu.addAction(settings)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        show_sync = QAction(self.tr("동기화 화면(&V)"), self)
        show_sync.setShortcut(QKeySequence("Ctrl+3"))
        show_sync.triggered.connect(lambda: self.navigation.setCurrentRow(2))
        show_companies = QAction(self.tr("기업 화면(&C)"), self)
        show_companies.setShortcut(QKeySequence("Ctrl+1"))
        show_companies.triggered.connect(lambda: self.navigation.setCurrentRow(0))
        sync_menu = self.menuBar().addMenu(self.tr("동기화(&S)"))
        sync_menu.addAction(self.sync_page.sync_action)
        sync_menu.addAction(show_sync)
        show_visits = QAction(self.tr("방문 화면(&I)"), self)
        show_visits.setShortcut(QKeySequence("Ctrl+2"))
        show_visits.triggered.connect(lambda: self.navigation.setCurrentRow(1))
        view_menu = self.menuBar().addMenu(self.tr("보기(&V)"))
        view_menu.addAction(show_companies)
        view_menu.addAction(show_visits)
        view_menu.addAction(show_sync)
        self.addAction(self.sync_page.sync_action)

    # --- companies and visits -----------------------------------------------------------

    def _show_page(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        if self.pages.currentWidget() is self.visit_page and self._visits_stale:
            self.visit_page.reload()
            self._visits_stale = False

    def open_company(self, company_id: uuid.UUID) -> None:
        self.navigation.setCurrentRow(0)
        self.company_detail.show_company(company_id)
        self.company_stack.setCurrentWidget(self.company_detail)

    def _show_list(self) -> None:
        self.company_stack.setCurrentWidget(self.company_page)

    def edit_company(self, company_id: uuid.UUID | None) -> None:
        editor = CompanyEditor(self.db, company_id, self)
        if editor.exec() and editor.saved_id is not None:
            self.reload()
            self.open_company(editor.saved_id)

    def open_visit(
        self,
        company_id: uuid.UUID,
        visit_id: uuid.UUID | None = None,
        restored: dict[str, Any] | None = None,
    ) -> VisitEditor:
        editor = VisitEditor(self.db, company_id, visit_id, self, restored)
        editor.finished.connect(lambda _result: self._visit_closed(company_id))
        editor.open()
        self.editors.append(editor)
        return editor

    def _visit_closed(self, company_id: uuid.UUID) -> None:
        self.editors = [e for e in self.editors if e.isVisible()]
        self._visits_stale = True
        self._show_page(self.navigation.currentRow())
        if self.company_detail.company_id == company_id:
            self.company_detail.show_company(company_id)
        self.sync_status.refresh()

    def offer_drafts(self) -> None:
        """Work left unsaved by a crash is offered back at start."""
        for draft in drafts.pending(self.db.path):
            payload = draft.payload
            answer = self.ask_restore(self, payload)
            if answer != QMessageBox.StandardButton.Yes:
                if answer == QMessageBox.StandardButton.No:
                    drafts.discard(self.db.path, draft.key)
                continue
            if draft.key.startswith("company-"):
                company_id = payload.get("company_id")
                editor = CompanyEditor(
                    self.db, uuid.UUID(company_id) if company_id else None, self, restored=payload
                )
                if editor.exec() and editor.saved_id is not None:
                    self.reload()
            else:
                visit_id = payload.get("visit_id")
                self.open_visit(
                    uuid.UUID(payload["company_id"]),
                    uuid.UUID(visit_id) if visit_id else None,
                    payload,
                )

    @classmethod
    def ask_restore(cls, parent: QWidget, payload: dict[str, Any]) -> QMessageBox.StandardButton:
        """Offer an unsaved draft back (tests patch this)."""
        return QMessageBox.question(
            parent,
            parent.tr("저장하지 않은 기록"),
            parent.tr(
                "지난번에 저장하지 못한 기록(%1)이 있습니다. 이어서 작성할까요?\n"
                "'아니요'를 누르면 버립니다."
            ).replace("%1", payload.get("visit_date") or payload.get("name") or ""),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )

    def look_after_database(self) -> None:
        """Integrity check and daily backup, off the GUI thread; a problem is shown."""
        path = self.db.path

        def failed(error: BaseException) -> None:
            QMessageBox.critical(self, self.tr("데이터베이스 점검"), str(error))

        self.runner.run(lambda _control: look_after(path), on_error=failed)

    # --- the rest ---------------------------------------------------------------------

    def reload(self) -> None:
        self.company_page.reload()
        if self.pages.currentWidget() is self.visit_page:
            self.visit_page.reload()
        else:
            self._visits_stale = True  # loaded when the page is first shown
        me = next((u for u in users(self.db) if u.id == self.db.actor), None)
        self.user.setText(self.tr("사용자: %1").replace("%1", me.name) if me else "")
        # On a laptop that syncs, the server lets only supervisors and administrators
        # register companies; a coach's new company would be refused at the next sync.
        coach_on_server = me is not None and me.role == Role.COACH.value and self.sync.configured()
        self.new_company_action.setEnabled(not coach_on_server)
        self.new_company_action.setToolTip(
            self.tr("기업 등록은 관리자(감독)가 합니다.") if coach_on_server else ""
        )
        self.sync_status.refresh()

    def _focus_search(self) -> None:
        self.navigation.setCurrentRow(0)
        self._show_list()
        self.company_page.focus_search()

    def _show_count(self) -> None:
        shown, total = self.companies.rowCount(), self.companies.total()
        self.count.setText(
            self.tr("기업 %1 / %2곳").replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
        )

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            # First start: a coach's 1366×768 laptop wants all of the screen.
            self.resize(1280, 720)
            self.setWindowState(Qt.WindowState.WindowMaximized)

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in list(self.editors):
            if editor.isVisible() and not editor.close():
                event.ignore()  # the user chose to keep editing
                return
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        self.sync.timer.stop()
        self.runner.shutdown()  # no worker outlives the window
        super().closeEvent(event)
