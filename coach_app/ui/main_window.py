"""The main window: navigation between pages, menus, and a status bar."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, QSize, QTimer, qVersion
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

# Only Qt here: at start the window's frame shows before the rest of Coach is imported
# (``attach`` builds the pages), so every module is imported where it is used.
if TYPE_CHECKING:
    from coach_app.domain.permissions import Action
    from coach_app.store.database import Database
    from coach_app.ui.data_events import Change
    from coach_app.ui.diagnosis_editor import DiagnosisEditor
    from coach_app.ui.impact_report import ImpactReport
    from coach_app.ui.import_wizard import ImportWizard
    from coach_app.ui.report_jobs import ReportJobs
    from coach_app.ui.roadmap_editor import RoadmapEditor
    from coach_app.ui.summary_export import SummaryExport
    from coach_app.ui.visit_editor import VisitEditor


class MainWindow(QMainWindow):
    def __init__(
        self, db: Database | None = None, auto_sync: bool = True, list_later: bool = False
    ) -> None:
        """Without ``db``, only the frame (title, size, a loading line) until ``attach``.

        The frame touches no ``Qt.…`` enum: the first one costs Qt's whole namespace, a
        third of the time a bare window takes to show.
        """
        super().__init__()
        self.setWindowTitle(self.tr("Coach — 현장코칭"))
        self.attached = False
        self.setCentralWidget(QWidget())
        self.statusBar().showMessage(self.tr("불러오는 중…"))
        self._restore_geometry()
        if db is not None:
            self.attach(db, auto_sync, list_later)

    def attach(self, db: Database, auto_sync: bool = True, list_later: bool = False) -> None:
        """The pages, menus and status bar on ``db``. ``list_later``: the company list is
        read in the background (as at start); ``company_page.filled`` says when it is."""
        from coach_app.ui.calendar_page import CalendarPage
        from coach_app.ui.company_detail import CompanyDetail
        from coach_app.ui.company_page import CompanyListPage
        from coach_app.ui.dashboard_page import DashboardPage
        from coach_app.ui.data_events import Change, DataEvents
        from coach_app.ui.keyboard import enter_opens
        from coach_app.ui.meeting_actions import MeetingActions
        from coach_app.ui.meeting_page import MeetingListPage
        from coach_app.ui.review_page import ReviewPage
        from coach_app.ui.roadmap_page import RoadmapListPage
        from coach_app.ui.sync_controller import SyncController
        from coach_app.ui.sync_page import SyncPage
        from coach_app.ui.sync_status import SyncStatus
        from coach_app.ui.tasks import TaskRunner
        from coach_app.ui.today_page import TodayPage
        from coach_app.ui.visit_page import VisitListPage

        self.db = db
        self.auto_sync = auto_sync  # kept for a window opened on another database
        self.attached = True
        # Which file is open, seen at a glance (the demo, the coach's own, a copy).
        self.setWindowTitle(self.tr("Coach — 현장코칭 — %1").replace("%1", db.path.name))
        self.statusBar().clearMessage()
        self.runner = TaskRunner(self)
        self.sync = SyncController(db, self.runner, self)
        self.editors: list[VisitEditor] = []
        # Saves, syncs and imports say what changed here; the pages listen.
        self.data_events = DataEvents(self)

        self.company_page = CompanyListPage(db)
        self.company_detail = CompanyDetail(db)
        self.company_page.follow(self.data_events)
        self.company_detail.follow(self.data_events)
        self.sync_page = SyncPage(self.sync)
        self.visit_page = VisitListPage(db)
        self.visit_page.visit_opened.connect(self.open_visit)
        self.roadmap_page = RoadmapListPage(db)
        self.roadmap_page.roadmap_opened.connect(self.open_roadmap)
        self.review_page = ReviewPage(db)
        self.review_page.roadmap_opened.connect(self.open_roadmap)
        self.review_page.reviewed.connect(lambda: self.data_events.announce(Change()))
        self.meetings = MeetingActions(db, self, self.data_events)
        self.meeting_page = MeetingListPage(db)
        self.meeting_page.new_meeting_requested.connect(lambda: self.meetings.new_meeting())
        self.meeting_page.measure_requested.connect(
            lambda meeting_id: self.meetings.open_measure(meeting_id=meeting_id)
        )
        self.meetings.meeting_saved.connect(self._show_meeting)
        self.meeting_page.edit_requested.connect(self.meetings.edit)
        self.dashboard_page = DashboardPage(db, self.runner)
        self.dashboard_page.company_opened.connect(self.open_company)
        self.dashboard_page.roadmap_opened.connect(self.open_roadmap)
        self.calendar_page = CalendarPage(db, self.runner)
        self.calendar_page.plan_moved.connect(lambda company_id: self._announce(company_id))
        self.today_page = TodayPage(db, self.runner)
        self._follow_today()
        # Kept under their old names: the company list is the home page.
        self.companies = self.company_page.companies
        self.search = self.company_page.search
        self.table = self.company_page.table
        # The 기업 entry holds the list and, on top of it, one company's page.
        self.company_stack = QStackedWidget()
        self.company_stack.addWidget(self.company_page)
        self.company_stack.addWidget(self.company_detail)
        enter_opens(self.table, self._open_current_company)
        self.table.doubleClicked.connect(
            lambda index: self.open_company(self.companies.company_id(index.row()))
        )
        self.company_detail.back_requested.connect(self._show_list)
        self.company_detail.edit_requested.connect(self.edit_company)
        self.company_detail.new_visit_requested.connect(lambda cid: self.open_visit(cid))
        self.company_detail.visit_opened.connect(self.open_visit)
        self.company_detail.diagnosis_requested.connect(self.open_diagnosis)
        self.company_detail.roadmap_requested.connect(self.open_company_roadmap)
        self.company_detail.measure_requested.connect(
            lambda company_id: self.meetings.open_measure(company_id)
        )
        self.company_detail.measure_moved.connect(
            lambda company_id: self.data_events.announce(Change(company_id))
        )
        # Reports, the Excel summary and the import load reportlab, XlsxWriter, openpyxl: only
        # when first used, so the window opens sooner.
        self._reports: ReportJobs | None = None
        self._summary_export: SummaryExport | None = None
        self._impact_report: ImpactReport | None = None
        self.company_detail.report_requested.connect(self.save_report)

        self.pages = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setIconSize(QSize(0, 0))
        self.navigation.setFixedWidth(120)
        for title, page in (
            (self.tr("오늘"), self.today_page),
            (self.tr("기업"), self.company_stack),
            (self.tr("방문"), self.visit_page),
            (self.tr("로드맵"), self.roadmap_page),
            (self.tr("검토"), self.review_page),
            (self.tr("동기화"), self.sync_page),
            (self.tr("간담회"), self.meeting_page),
            (self.tr("현황판"), self.dashboard_page),
            (self.tr("일정"), self.calendar_page),
        ):
            self.navigation.addItem(title)
            self.pages.addWidget(page)
        self.navigation.currentRowChanged.connect(self._show_page)
        self.data_events.changed.connect(self._data_changed)
        # Pages other than the company list load when first shown after a change.
        self._stale: set[QWidget] = {*self._lists()}
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
        self.sync.succeeded.connect(self._synced)

        self._menus()
        from coach_app.ui.reminders import Reminders

        self.reminders = Reminders(
            self, self.today_page, lambda: self._show_widget(self.today_page)
        )
        self.data_file_warning: QMessageBox | None = None
        QTimer.singleShot(0, self._warn_about_data_files)
        self.reload(list_later)
        if auto_sync:
            self.sync.start_auto()

    def _menus(self) -> None:
        """The menus, their texts and fixed shortcuts are drawn in forms/main_window.ui."""
        from coach_app.ui.generated.ui_main_window import Ui_MainWindow

        menus = Ui_MainWindow()
        menus.setupUi(self)
        self.new_company_action = menus.new_company_action
        self.import_action = menus.import_action
        for action, key in (
            (menus.new_company_action, QKeySequence.StandardKey.New),
            (menus.find_action, QKeySequence.StandardKey.Find),
            (menus.settings_action, QKeySequence.StandardKey.Preferences),
            (menus.quit_action, QKeySequence.StandardKey.Quit),
            (menus.dossier_action, QKeySequence.StandardKey.Print),
            (menus.open_database_action, QKeySequence.StandardKey.Open),
        ):
            action.setShortcut(key)
        menus.new_company_action.triggered.connect(lambda: self.edit_company(None))
        menus.import_action.triggered.connect(self.import_companies)
        menus.find_action.triggered.connect(self._focus_search)
        menus.settings_action.triggered.connect(self._edit_settings)
        menus.quit_action.triggered.connect(self.close)
        menus.open_database_action.triggered.connect(self.open_other_database)
        menus.sync_menu.insertAction(menus.show_sync_action, self.sync_page.sync_action)
        for action, page in (
            (menus.show_companies_action, self.company_stack),
            (menus.show_visits_action, self.visit_page),
            (menus.show_roadmaps_action, self.roadmap_page),
            (menus.show_review_action, self.review_page),
            (menus.show_sync_action, self.sync_page),
            (menus.show_meetings_action, self.meeting_page),
            (menus.show_dashboard_action, self.dashboard_page),
            (menus.show_calendar_action, self.calendar_page),
            (menus.show_today_action, self.today_page),
        ):
            action.triggered.connect(lambda _checked=False, p=page: self._show_widget(p))
        menus.dossier_action.triggered.connect(self._dossier_here)
        menus.batch_action.triggered.connect(lambda: self.reports.batch())
        menus.summary_action.triggered.connect(lambda: self.summary_export.run())
        menus.impact_action.triggered.connect(lambda: self.impact_report.run())
        menus.about_action.triggered.connect(self.show_about)
        menus.new_visit_action.triggered.connect(self._new_visit_here)
        menus.new_diagnosis_action.triggered.connect(self._new_diagnosis_here)
        menus.roadmap_action.triggered.connect(self._roadmap_here)
        menus.new_meeting_action.triggered.connect(lambda: self.meetings.new_meeting())
        menus.organisations_action.triggered.connect(lambda: self.meetings.organisations())
        self.addAction(self.sync_page.sync_action)

    def open_other_database(self) -> MainWindow | None:
        """The window on the database the coach picks, or None where nothing moved."""
        from coach_app.ui.database_switch import open_other

        return open_other(self)

    def _edit_settings(self) -> None:
        from coach_app.ui.settings import SettingsEditor

        SettingsEditor(self, self.db).exec()

    # --- companies and visits -----------------------------------------------------------

    def _show_page(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        page = self.pages.currentWidget()
        if page in self._stale:
            self._stale.discard(page)
            page.reload()  # type: ignore[attr-defined]  # every page in _stale has reload()

    def _show_widget(self, page: QWidget) -> None:
        self.navigation.setCurrentRow(self.pages.indexOf(page))

    def _follow_today(self) -> None:
        """Each line of the Today page opens its screen."""
        page = self.today_page
        page.company_opened.connect(self.open_company)
        page.visit_opened.connect(self.open_visit)
        page.roadmap_opened.connect(self.open_roadmap)
        page.company_roadmap_opened.connect(self.open_company_roadmap)
        page.measure_opened.connect(self.meetings.edit_measure)
        page.draft_opened.connect(self._reopen_draft)
        page.conflicts_opened.connect(lambda: self._show_widget(self.sync_page))

    def _reopen_draft(self, key: str, payload: dict[str, Any]) -> None:
        from coach_app.domain.errors import CoachError

        try:
            self._reopen(key, payload)
        except (CoachError, KeyError, ValueError, TypeError) as error:
            QMessageBox.warning(
                self,
                self.tr("저장하지 않은 기록"),
                self.tr("이 기록은 다시 열 수 없습니다: %1").replace("%1", str(error)),
            )

    def open_company(self, company_id: uuid.UUID) -> None:
        self._show_widget(self.company_stack)
        self.company_detail.show_company(company_id)
        self.company_stack.setCurrentWidget(self.company_detail)

    def _open_current_company(self) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self.open_company(self.companies.company_id(row))

    def _show_list(self) -> None:
        self.company_stack.setCurrentWidget(self.company_page)

    def edit_company(self, company_id: uuid.UUID | None) -> None:
        from coach_app.ui.company_form import CompanyEditor

        editor = CompanyEditor(self.db, company_id, self)
        if editor.exec() and editor.saved_id is not None:
            self._announce(editor.saved_id, companies=True)
            self.open_company(editor.saved_id)

    def open_visit(
        self,
        company_id: uuid.UUID,
        visit_id: uuid.UUID | None = None,
        restored: dict[str, Any] | None = None,
    ) -> VisitEditor:
        from coach_app.ui.visit_editor import VisitEditor

        editor = VisitEditor(self.db, company_id, visit_id, self, restored)
        editor.finished.connect(lambda _result: self._visit_closed(company_id))
        editor.open()
        self.editors.append(editor)
        return editor

    def _visit_closed(self, company_id: uuid.UUID) -> None:
        self.editors = [e for e in self.editors if e.isVisible()]
        self._announce(company_id)

    def _synced(self, _report: object) -> None:
        """A sync may bring anything, and may sign this laptop in as the server's user.
        The company list, thousands of rows after a first sync, is read off the GUI
        thread (as at start); the other pages reload when next shown."""
        from coach_app.ui.data_events import Change

        self.company_page.load_in_background(self.runner)
        self.data_events.announce(Change(people=True))

    def _announce(self, company_id: uuid.UUID | None = None, companies: bool = False) -> None:
        from coach_app.ui.data_events import Change

        self.data_events.announce(Change(company_id, companies=companies))

    def _data_changed(self, change: Change) -> None:
        """The lists reload when next shown, the page on screen at once."""
        self._stale |= self._lists()
        self._show_page(self.navigation.currentRow())
        if change.people:
            self._show_user()
        self.sync_status.refresh()

    def _lists(self) -> set[QWidget]:
        """Pages that load when first shown after a change."""
        return {
            self.visit_page,
            self.roadmap_page,
            self.review_page,
            self.meeting_page,
            self.dashboard_page,
            self.calendar_page,
            self.today_page,
        }

    def _show_meeting(self, meeting_id: uuid.UUID) -> None:
        self.navigation.setCurrentRow(self.pages.indexOf(self.meeting_page))
        self.meeting_page.show_meeting(meeting_id)

    # --- diagnoses and roadmaps ---------------------------------------------------------

    def _current_company(self) -> uuid.UUID | None:
        if self.pages.currentWidget() is self.company_stack:
            if self.company_stack.currentWidget() is self.company_detail:
                return self.company_detail.company_id
            row = self.table.currentIndex().row()
            return self.companies.company_id(row) if row >= 0 else None
        return None

    def _need_company(self) -> uuid.UUID | None:
        company_id = self._current_company()
        if company_id is None:
            self.statusBar().showMessage(self.tr("먼저 기업 화면에서 기업을 고르세요."), 5000)
        return company_id

    def _allowed_here(self, action: Action) -> uuid.UUID | None:
        """The chosen company, if the permission table lets the signed-in person act on it
        (the menu's shortcuts reach what the company page's disabled buttons do not)."""
        from coach_app.services.permissions import may

        company_id = self._need_company()
        if company_id is not None and not may(self.db, action, company_id=company_id):
            self.statusBar().showMessage(
                self.tr("이 기업의 담당 코치만 할 수 있는 일입니다."), 5000
            )
            return None
        return company_id

    def _new_visit_here(self) -> None:
        from coach_app.domain.permissions import Action

        company_id = self._allowed_here(Action.RECORD_VISIT)
        if company_id is not None:
            self.open_visit(company_id)

    def _new_diagnosis_here(self) -> None:
        from coach_app.domain.permissions import Action

        company_id = self._allowed_here(Action.RECORD_DIAGNOSIS)
        if company_id is not None:
            self.open_diagnosis(company_id, None)

    def _roadmap_here(self) -> None:
        company_id = self._need_company()
        if company_id is not None:
            self.open_company_roadmap(company_id)

    @property
    def reports(self) -> ReportJobs:
        if self._reports is None:
            from coach_app.ui.report_jobs import ReportJobs

            self._reports = ReportJobs(self.db, self.runner, self)
        return self._reports

    @property
    def impact_report(self) -> ImpactReport:
        if self._impact_report is None:
            from coach_app.ui.impact_report import ImpactReport

            self._impact_report = ImpactReport(self.db, self.runner, self)
        return self._impact_report

    @property
    def summary_export(self) -> SummaryExport:
        if self._summary_export is None:
            from coach_app.ui.summary_export import SummaryExport

            self._summary_export = SummaryExport(self.db, self.runner, self)
        return self._summary_export

    def import_companies(self) -> ImportWizard:
        from coach_app.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.db, self.runner, self)

        def done(_result: int) -> None:
            if wizard.imported is not None:
                inserted, updated = wizard.imported
                self.statusBar().showMessage(
                    self.tr("가져왔습니다: 새 기업 %1곳, 갱신 %2곳")
                    .replace("%1", f"{inserted:,}")
                    .replace("%2", f"{updated:,}"),
                    10_000,
                )
                self._announce(companies=True)

        wizard.wizard.finished.connect(done)
        wizard.wizard.open()
        return wizard

    def _dossier_here(self) -> None:
        company_id = self._need_company()
        if company_id is not None:
            self.save_report("dossier", company_id)

    def save_report(self, kind: str, entity_id: uuid.UUID) -> None:
        from coach_app.domain.errors import CoachError
        from coach_app.services.companies import company_of

        names = {"dossier": "종합보고서", "visit": "방문보고서", "diagnosis": "진단보고서"}
        # Named after the company the report is about, whatever page happens to be open.
        try:
            company = company_of(self.db, kind, entity_id).name
        except CoachError as error:
            QMessageBox.warning(self, self.tr("보고서"), str(error))
            return
        from coach_app.services.reports import ReportKind, file_name

        suggested = file_name(f"{company}_{names.get(kind, '로드맵')}", f"{dt.date.today():%Y%m%d}")
        self.reports.save(ReportKind(kind), entity_id, suggested)

    def open_diagnosis(
        self, company_id: uuid.UUID, diagnosis_id: uuid.UUID | None
    ) -> DiagnosisEditor | None:
        from coach_app.domain.errors import CoachError
        from coach_app.ui.diagnosis_editor import DiagnosisEditor

        try:
            editor = DiagnosisEditor(self.db, company_id, diagnosis_id, self)
        except CoachError as error:
            QMessageBox.warning(self, self.tr("진단"), str(error))
            return None
        editor.finished.connect(lambda _result: self._announce(company_id))
        editor.open()
        return editor

    def open_company_roadmap(self, company_id: uuid.UUID) -> RoadmapEditor | None:
        """The company's newest roadmap revision, or a new roadmap if it has none."""
        from coach_app.domain.errors import CoachError
        from coach_app.domain.permissions import Action
        from coach_app.services.permissions import may
        from coach_app.services.roadmaps import create_roadmap, current_roadmap

        current = current_roadmap(self.db, company_id)
        if current is not None:
            return self.open_roadmap(current.id)
        if not may(self.db, Action.CREATE_ROADMAP, company_id=company_id):
            self.statusBar().showMessage(
                self.tr("이 기업의 담당 코치만 할 수 있는 일입니다."), 5000
            )
            return None
        title = self.tr("%1 로드맵").replace("%1", str(dt.date.today().year + 1))
        try:
            roadmap_id = create_roadmap(self.db, company_id, title)
        except CoachError as error:
            QMessageBox.warning(self, self.tr("로드맵"), str(error))
            return None
        return self.open_roadmap(roadmap_id)

    def open_roadmap(self, roadmap_id: uuid.UUID) -> RoadmapEditor:
        from coach_app.ui.roadmap_editor import RoadmapEditor

        editor = RoadmapEditor(self.db, roadmap_id, self)
        editor.report_requested.connect(self.save_report)
        company_id = editor.roadmap.company_id
        editor.finished.connect(lambda _result: self._announce(company_id))
        editor.open()
        return editor

    def offer_drafts(self) -> None:
        """Work left unsaved by a crash is offered back at start, screen by screen."""
        from coach_app.domain.errors import CoachError
        from coach_app.services import drafts

        for draft in drafts.pending(self.db.path):
            payload = draft.payload
            answer = self.ask_restore(self, payload)
            if answer != QMessageBox.StandardButton.Yes:
                if answer == QMessageBox.StandardButton.No:
                    drafts.discard(self.db.path, draft.key)
                continue
            try:
                self._reopen(draft.key, payload)
            except (CoachError, KeyError, ValueError, TypeError) as error:
                # A draft of a company or roadmap no longer here, or of an older Coach.
                QMessageBox.warning(
                    self,
                    self.tr("저장하지 않은 기록"),
                    self.tr("이 기록은 다시 열 수 없습니다: %1").replace("%1", str(error)),
                )

    def _reopen(self, key: str, payload: dict[str, Any]) -> None:
        from coach_app.ui.company_form import CompanyEditor
        from coach_app.ui.diagnosis_editor import DiagnosisEditor

        def optional(name: str) -> uuid.UUID | None:
            value = payload.get(name)
            return uuid.UUID(value) if value else None

        if self.meetings.reopen(key, payload):
            return
        if key.startswith("company-"):
            editor = CompanyEditor(self.db, optional("company_id"), self, restored=payload)
            if editor.exec() and editor.saved_id is not None:
                self._announce(editor.saved_id, companies=True)
        elif key.startswith("diagnosis-"):
            company_id = uuid.UUID(payload["company_id"])
            diagnosis = DiagnosisEditor(
                self.db, company_id, optional("diagnosis_id"), self, restored=payload
            )
            diagnosis.finished.connect(lambda _result: self._announce(company_id))
            diagnosis.open()
        elif key.startswith("roadmap-item-"):
            roadmap = self.open_roadmap(uuid.UUID(payload["roadmap_id"]))
            item_id = optional("item_id")
            item = next((i for i in roadmap.items if i.id == item_id), None)
            roadmap.edit_item(item, restored=payload)
        else:
            self.open_visit(uuid.UUID(payload["company_id"]), optional("visit_id"), payload)

    @classmethod
    def ask_restore(cls, parent: QWidget, payload: dict[str, Any]) -> QMessageBox.StandardButton:
        """Offer an unsaved draft back (tests patch this)."""
        from coach_app.ui.draft_keeper import describe

        return QMessageBox.question(
            parent,
            QCoreApplication.translate("MainWindow", "저장하지 않은 기록"),
            QCoreApplication.translate(
                "MainWindow",
                "지난번에 저장하지 못한 기록이 있습니다:\n%1\n\n이어서 작성할까요?\n"
                "'아니요'를 누르면 버립니다.",
            ).replace("%1", describe(payload)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )

    def _warn_about_data_files(self) -> None:
        """A broken checklist or catalogue file is left out; the administrator must know."""
        from coach_app.services.catalogues import data_file_problems

        problems = data_file_problems()
        if not problems:
            return
        self.data_file_warning = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("자료 파일 문제"),
            self.tr("다음 파일을 읽지 못해 빼고 시작했습니다. 관리자에게 알려 파일을 고치세요.\n\n")
            + "\n".join(problems),
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.data_file_warning.open()

    def about_text(self) -> str:
        import platform

        from coach_app import __version__, paths

        return (
            self.tr(
                "<b>Coach</b> 현장코칭 %1<br>기업 방문, 애로사항, 진단, 로드맵, 보고서"
            ).replace("%1", __version__)
            + f"<br><br>Python {platform.python_version()} · Qt {qVersion()}<br>"
            + self.tr("데이터: %1<br>로그: %2")
            .replace("%1", str(self.db.path))
            .replace("%2", str(paths.log_folder()))
        )

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("Coach 정보"), self.about_text())

    def look_after_database(self) -> None:
        """Integrity check and daily backup, off the GUI thread; a problem is shown."""
        from coach_app.store.database import look_after

        path = self.db.path

        def failed(error: BaseException) -> None:
            QMessageBox.critical(self, self.tr("데이터베이스 점검"), str(error))

        self.runner.run(lambda _control: look_after(path), on_error=failed)

    # --- the rest ---------------------------------------------------------------------

    def reload(self, list_later: bool = False) -> None:
        if list_later:
            self.company_page.load_in_background(self.runner)
        else:
            self.company_page.reload()
        self._stale |= self._lists()
        self._show_page(self.navigation.currentRow())
        self._show_user()
        self.sync_status.refresh()

    def _show_user(self) -> None:
        from coach_app.domain.permissions import Action
        from coach_app.services.people import current_user
        from coach_app.services.permissions import may

        me = current_user(self.db)
        self.user.setText(self.tr("사용자: %1").replace("%1", me.name) if me else "")
        # On a laptop that syncs, the server lets only supervisors and administrators
        # register companies; a coach's new company would be refused at the next sync.
        register = may(self.db, Action.REGISTER_COMPANY)
        self.new_company_action.setEnabled(register)
        self.import_action.setEnabled(register)
        self.new_company_action.setToolTip(
            "" if register else self.tr("기업 등록은 관리자(감독)가 합니다.")
        )

    def _focus_search(self) -> None:
        self._show_widget(self.company_stack)
        self._show_list()
        self.company_page.focus_search()

    def _show_count(self) -> None:
        shown, total = self.companies.rowCount(), self.companies.total()
        self.count.setText(
            self.tr("기업 %1 / %2곳").replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
        )

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        # First start: a coach's 1366×768 laptop wants all of the screen (see ``show``).
        self._maximize = geometry is None or not self.restoreGeometry(geometry)
        if self._maximize:
            self.resize(1280, 720)

    def show(self) -> None:
        if self._maximize:
            self._maximize = False
            self.showMaximized()  # not setWindowState: no Qt enum before the first paint
        else:
            super().show()

    def closeEvent(self, event: QCloseEvent) -> None:
        from coach_app.ui.unsaved import GuardedDialog

        # Every screen holding typed work asks first (visits, diagnoses, roadmap items).
        for editor in self.findChildren(GuardedDialog):
            if editor.isVisible() and not editor.close():
                event.ignore()  # the user chose to keep editing
                return
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        if self.attached:
            self.sync.timer.stop()
            self.reminders.stop()
            self.runner.shutdown()  # no worker outlives the window
        super().closeEvent(event)
