"""Screenshots of each screen at 1366×768, for looking at before a change lands.

Run under a virtual screen with Korean fonts installed (add ``en`` for English):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py OUT_DIR [en]

It builds a small agency on the local PostgreSQL (a throw-away database, dropped after)
so the sync page shows a real sync and a real conflict.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import psycopg
from psycopg import sql
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from coach_app.demo import DemoSize, build
from coach_app.domain.company import CompanyDraft
from coach_app.domain.programme import ProgrammeDraft
from coach_app.services.companies import create_company, get_company, update_company
from coach_app.services.people import assign_coach, create_programme, user_by_login
from coach_app.store.database import Database
from coach_app.sync.connection import ServerAddress
from coach_app.sync.engine import sync
from coach_app.sync.server import add_user, group_roles, init_server
from coach_app.ui.app import install_translators, make_application
from coach_app.ui.main_window import MainWindow

POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"


def shoot(widget: QWidget, target: Path, size: tuple[int, int] | None = (1366, 768)) -> None:
    if size is not None:
        widget.resize(*size)
    widget.show()
    for _ in range(20):
        QApplication.processEvents()
    widget.grab().save(str(target))
    print(target)


def _wait(condition: Callable[[], bool]) -> None:
    for _ in range(500):
        if condition():
            return
        QApplication.processEvents()
        time.sleep(0.01)
    raise TimeoutError


def _company_list(path: Path) -> Path:
    """A list as agencies send them: odd headers, a bad check digit, a duplicate."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["업체명", "사업자번호", "대표자", "소재지", "종업원수", "설립일"])
    sheet.append(["(주)새빛정밀", "124-81-00998", "김새빛", "광주광역시", "45", "2015.03.02"])
    sheet.append(["(주)한결전자", "220-81-62518", "이한결", "충청북도", "120", "2001-05-01"])
    sheet.append(["(주)바른기계", "124-81-00998", "박바른", "대전", "마흔", "작년"])
    sheet.append(["(주)다온식품", "120-81-47521", "최다온", "경기", "30", "20100101"])
    book.save(path)
    return path


def diagnosis_and_review(demo: Database, window: MainWindow, out: Path) -> None:
    """Diagnosis, roadmap (with its timeline) and review screens on the demo data."""
    from sqlalchemy import select

    from coach_app.services.people import sign_in
    from coach_app.store.models import Diagnosis, Roadmap, User

    with demo.read() as session:
        diagnosis = session.scalars(
            select(Diagnosis).order_by(Diagnosis.diagnosed_on.desc())
        ).first()
        draft = session.scalars(select(Roadmap).where(Roadmap.status == "draft")).first()
        assert diagnosis is not None and draft is not None
        owner = session.get(User, draft.coach_id)
        assert owner is not None
        login = owner.login
    sign_in(demo, login)
    window.open_company(diagnosis.company_id)
    shoot(window, out / "company-page-plan.png")
    editor = window.open_diagnosis(diagnosis.company_id, diagnosis.id)
    assert editor is not None
    shoot(editor, out / "diagnosis.png")
    editor.close()
    trl_diagnosis(window, diagnosis.company_id, out)
    roadmap = window.open_roadmap(draft.id)
    if roadmap.proposals:
        roadmap.suggestion_list.setCurrentRow(0)
    shoot(roadmap, out / "roadmap.png")
    roadmap.close()
    sign_in(demo, "supervisor01")
    window.navigation.setCurrentRow(window.pages.indexOf(window.review_page))
    page = window.review_page
    second = [r.revision for r in page.model.rows].index(2)  # one with field-level changes
    page.queue.selectRow(second)
    shoot(window, out / "review.png")
    wizard = window.import_companies()
    wizard.file.setText(str(_company_list(out.parent / "목록.xlsx")))
    wizard.wizard.next()
    _wait(lambda: wizard.wizard.currentPage().objectName() == "mapping_page")
    shoot(wizard.wizard, out / "import-mapping.png", size=(980, 640))
    wizard.wizard.next()
    _wait(lambda: wizard.wizard.currentPage().objectName() == "check_page")
    shoot(wizard.wizard, out / "import-check.png", size=(980, 640))
    wizard.wizard.close()
    sign_in(demo, login)


def trl_diagnosis(window: MainWindow, company_id: uuid.UUID, out: Path) -> None:
    """A new TRL diagnosis (nine levels) partly scored, the levels of one item below."""
    editor = window.open_diagnosis(company_id, None)
    assert editor is not None
    editor.template.setCurrentIndex(editor.template.findData("trl|1.0"))
    for row, level in enumerate([9, 6, 5, 4, 7, 3, 2]):
        editor.model.setData(editor.model.index(row, 2), level)
    editor.table.selectRow(2)
    shoot(editor, out / "diagnosis-trl.png")
    editor.dirty = False  # closed without the unsaved-work question
    editor.close()


def meetings_and_measures(demo: Database, window: MainWindow, out: Path) -> None:
    """The 간담회 page, the meeting and measure forms, a company's measures, 기관."""
    from coach_app.services.meetings import meeting_view
    from coach_app.services.people import sign_in
    from coach_app.ui.measure_form import MeasureEditor
    from coach_app.ui.meeting_form import MeetingEditor
    from coach_app.ui.organisations import OrganisationsDialog

    sign_in(demo, "supervisor01")
    window.reload()
    window.navigation.setCurrentRow(window.pages.indexOf(window.meeting_page))
    shoot(window, out / "meetings.png")
    meeting_id = window.meeting_page.meeting_id()
    assert meeting_id is not None
    form = MeetingEditor(demo, window)
    form.held_on.setText("2026-11-29")
    form.title.setText("자동차·뿌리산업 현장 간담회")
    form.place.setText("광주 평동산단 비즈니스센터")
    form.attendees.setPlainText("김보증 이사장\n정대표 대표이사")
    for row in range(3):
        form.companies.item(row).setCheckState(Qt.CheckState.Checked)
    first, second = form.chosen()[0][0], form.chosen()[1][0]
    form.add_difficulty(str(first), "funding", "자동차 부품 수요 감소로 운전자금이 부족함")
    form.add_difficulty(str(second), "export_marketing", "해외 완성차 업체를 만날 판로가 없음")
    form.add_difficulty(str(second), "manpower", "")
    form.save()  # the third difficulty has no description: shown under the table
    shoot(form, out / "meeting-form.png", size=None)
    form.dirty = False
    form.close()
    measure = MeasureEditor(demo, meeting_id=meeting_id, parent=window)
    measure.lines["title"].setText("특례보증 확대")
    measure.lines["amount"].setText("20억원")
    measure.answers.item(0).setCheckState(Qt.CheckState.Checked)
    shoot(measure, out / "measure-form.png", size=None)
    measure.dirty = False
    measure.close()
    company = meeting_view(demo, meeting_id).companies[0].company_id
    window.open_company(company)
    shoot(window, out / "company-page-measures.png")
    organisations = OrganisationsDialog(demo, window)
    shoot(organisations, out / "organisations.png", size=None)
    organisations.close()


def plan_calendar(demo: Database, window: MainWindow, out: Path) -> None:
    """The 일정 page, week and month, on the coach with the most entries around today."""
    from coach_app.services.planning import calendar, coaches
    from coach_app.ui.calendar_page import shown_range

    page = window.calendar_page
    start, end = shown_range(dt.date.today())
    busiest = max(coaches(demo), key=lambda c: len(calendar(demo, c.id, start, end)))
    window.navigation.setCurrentRow(window.pages.indexOf(page))
    _wait(lambda: window.runner.idle)
    page.coach.setCurrentIndex(page.coach.findData(str(busiest.id)))
    _wait(lambda: window.runner.idle)
    entries = calendar(demo, busiest.id, start, end)
    if entries:  # the demo holds few plans: the week of the coach's latest entry
        page.go_to(entries[-1].day)
        _wait(lambda: window.runner.idle)
        page.week.setCurrentCell(0, entries[-1].day.weekday())
    shoot(window, out / "calendar-week.png")
    page.view.setCurrentIndex(1)
    shoot(window, out / "calendar-month.png")
    page.view.setCurrentIndex(0)


def satisfaction(demo: Database, window: MainWindow, out: Path) -> None:
    """The representative's rating form on a held visit not rated yet, then the results
    at the foot of the 현황판 as the supervisor sees them (per coach, and the comments)."""
    from sqlalchemy import select

    from coach_app.domain.satisfaction import Question
    from coach_app.store.models import Company, SatisfactionRating, Visit
    from coach_app.ui.satisfaction_form import SatisfactionForm

    coach = demo.actor
    with demo.read() as session:
        rated = select(SatisfactionRating.visit_id)
        visit_id, company = session.execute(
            select(Visit.id, Company.name)
            .join(Company, Company.id == Visit.company_id)
            .where(
                Visit.coach_id == coach,
                Visit.visit_date <= dt.date.today(),
                Visit.id.not_in(rated),
            )
            .order_by(Visit.visit_date.desc())
        ).first() or (None, "")
    if visit_id is not None:
        form = SatisfactionForm(demo, visit_id, company, window)
        for question, score in zip(Question, (5, 4, 4, 3), strict=False):
            form.choose(question, score)
        form.ui.respondent.setText("김민준")
        form.ui.position.setText("대표이사")
        shoot(form, out / "satisfaction-form.png", size=None)
        form.close()
    supervisor = user_by_login(demo, "supervisor01")
    assert supervisor is not None
    demo.set_current_user(supervisor.id)
    page = window.dashboard_page
    window.navigation.setCurrentRow(window.pages.indexOf(page))
    page.reload()
    _wait(lambda: window.runner.idle and page.satisfaction.results is not None)
    page.satisfaction.open("coaches")
    shoot(window, out / "satisfaction-results.png")
    page.satisfaction.open("comments")
    shoot(window, out / "satisfaction-comments.png")
    if coach is not None:
        demo.set_current_user(coach)


def dashboard_impact(window: MainWindow, out: Path) -> None:
    """The 현황판 with its impact totals opened, then the companies behind the first."""
    page = window.dashboard_page
    window.navigation.setCurrentRow(window.pages.indexOf(page))
    _wait(lambda: page.board is not None and window.runner.idle)
    page.buttons["impact"][0].click()
    shoot(window, out / "dashboard-impact.png")
    if page.model.rowCount():
        page._open(page.model.index(0, 0))
        shoot(window, out / "dashboard-impact-companies.png")


def due_dates(demo: Database, window: MainWindow, out: Path) -> None:
    """A later visit's follow-up moving a due date, and the 오늘 page's 기한 변경… dialog."""
    from coach_app.services.visits import difficulties_of
    from coach_app.ui.difficulty_model import FollowUps
    from coach_app.ui.today_page import FOLLOW_UP
    from coach_app.ui.visit_editor import VisitEditor

    page = window.today_page
    window.navigation.setCurrentRow(window.pages.indexOf(page))
    _wait(lambda: page.today is not None and window.runner.idle)
    assert page.today is not None
    late = next(f for f in page.today.overdue if f.kind.value == "difficulty")
    line = page.line_of("difficulty", late.id)
    assert line is not None
    dialog = page.reschedule_dialog(line)
    assert dialog is not None
    dialog.date.setDate(QDate.currentDate().addMonths(1))  # "next month, the company asks"
    shoot(dialog, out / "today-reschedule.png", size=None)
    dialog.close()
    assert line.data(0, FOLLOW_UP) is not None
    company = late.company_id
    assert company is not None and difficulties_of(demo, company, open_only=True)
    editor = VisitEditor(demo, company, None, window)
    editor.purpose.setText("후속 점검")
    editor.findChild(QTabWidget, "tabs").setCurrentIndex(1)
    follow = editor.follow_ups
    follow.setData(follow.index(0, 2), "in_progress")
    follow.setData(follow.index(0, 3), "업체 요청으로 다음 달까지 연장")
    follow.setData(follow.index(0, FollowUps.DUE), dt.date.today() + dt.timedelta(days=30))
    shoot(editor, out / "visit-follow-up.png", size=(1300, 720))
    editor.saved = True
    editor.close()


def company_marks(
    window: MainWindow,
    admin: Database,
    kim: Database,
    server: tuple[str, list[str]],
    assignment: tuple[uuid.UUID, uuid.UUID],
    out: Path,
) -> None:
    """The company list's sync marks: a company is marked by its records too (a visit
    waiting at (주)세진테크, whose own row is as the server has it), and the history
    after a sync that the server refused a change of."""
    from coach_app.domain.visit import VisitDraft
    from coach_app.services.visits import record_visit
    from coach_app.store.models import Visit

    url, logins = server
    programme, coach = assignment
    second = create_company(
        admin, CompanyDraft(name="(주)세진테크", brn="220-81-62517", region="광주", industry="금형")
    )
    third = create_company(
        admin, CompanyDraft(name="(주)다온식품", brn="120-81-47521", region="광주", industry="식품")
    )
    for company in (second, third):
        assign_coach(admin, programme, company, coach, dt.date.today())
    sync(admin, ServerAddress(url, logins[0]))
    sync(kim, ServerAddress(url, logins[1]))
    # Written in another person's name (past the app): the server refuses it.
    with kim.transaction() as session:
        admin_id = user_by_login(kim, logins[0])
        assert admin_id is not None
        session.add(
            Visit(company_id=third, coach_id=admin_id.id, visit_date=dt.date.today(), notes="x")
        )
    sync(kim, ServerAddress(url, logins[1]))
    record_visit(kim, second, VisitDraft(dt.date.today(), "금형 공장", notes="금형 수명 점검"))
    window.sync_page.refresh_conflicts()
    window.sync_page.refresh_history()
    shoot(window, out / "sync-history.png")
    window.navigation.setCurrentRow(window.pages.indexOf(window.company_stack))
    window.company_page.reload()
    _wait(lambda: not window.company_page.loading and window.runner.idle)
    shoot(window, out / "companies-sync-marks.png")


def today_as(demo: Database, window: MainWindow, out: Path) -> None:
    """The 오늘 page as a second coach and as the supervisor: each sees their own."""
    from coach_app.services.people import sign_in

    signed_in = demo.actor
    for login in ("coach02", "supervisor01"):
        sign_in(demo, login)
        window.today_page.today = None
        window.today_page.reload()
        while window.today_page.today is None or not window.runner.idle:
            QApplication.processEvents()
        shoot(window, out / f"today-{login}.png")
    if signed_in is not None:
        demo.set_current_user(signed_in)
    window.today_page.reload()


def main(out: Path, language: str = "ko") -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    install_translators(app, language)
    folder = Path(tempfile.mkdtemp())
    # A throw-away demo folder: where no keyring exists, its data passphrase is this one.
    os.environ.setdefault("COACH_PASSPHRASE", "screenshots of a demo")

    demo = Database.open(folder / "demo.sqlite3")
    build(demo, DemoSize(companies=300, visits_per_company=3))
    window = MainWindow(demo, auto_sync=False)
    window.resize(1366, 768)
    window.show()
    while window.today_page.today is None or not window.runner.idle:
        QApplication.processEvents()
    shoot(window, out / "today.png")
    today_as(demo, window, out)
    window.navigation.setCurrentRow(window.pages.indexOf(window.company_stack))
    shoot(window, out / "companies.png")
    window.search.setText("광주 자동차")
    shoot(window, out / "companies-search.png")
    window.search.clear()
    first = window.companies.company_id(0)
    window.open_company(first)
    shoot(window, out / "company-page.png")
    from coach_app.ui.company_form import CompanyEditor
    from coach_app.ui.visit_editor import VisitEditor

    form = CompanyEditor(demo, None, window)
    form.fields["name"].setText("(주)새한정밀")  # type: ignore[union-attr]
    form.fields["brn"].setText("124-81-00997")  # type: ignore[union-attr]
    form.fields["employees"].setText("4x")  # type: ignore[union-attr]
    shoot(form.dialog, out / "company-form.png", size=None)
    form.dirty = False  # closed without the unsaved-work question
    form.dialog.close()
    editor = VisitEditor(demo, first, None, window)
    editor.place.setText("기업 현장(공장)")
    editor.attendees.setText("대표, 생산팀장")
    editor.purpose.setText("시제품 시험평가 계획 점검")
    editor.notes.setPlainText("시험 장비 부족으로 외부 시험기관 활용 방안을 협의함.")
    from coach_app.domain.difficulty import DifficultyDraft

    editor.raised.add(
        DifficultyDraft(
            "certification",
            "KC 인증 시험 기관 선정 어려움",
            "high",
            "시험기관 연계",
            "한국산업기술진흥원",
        )
    )
    editor.raised.add(DifficultyDraft("manpower", "연구 인력 이직으로 개발 일정 지연"))
    shoot(editor, out / "visit-editor.png", size=(1300, 720))
    editor.saved = True
    editor.close()
    window.navigation.setCurrentRow(window.pages.indexOf(window.visit_page))
    shoot(window, out / "visits.png")
    from coach_app.ui.settings import SettingsEditor

    settings = SettingsEditor(window, window.db)
    shoot(settings.dialog, out / "settings.png", size=None)
    settings.dialog.close()
    due_dates(demo, window, out)
    diagnosis_and_review(demo, window, out)
    meetings_and_measures(demo, window, out)
    plan_calendar(demo, window, out)
    satisfaction(demo, window, out)
    dashboard_impact(window, out)
    window.close()

    tag = uuid.uuid4().hex[:6]
    name = f"coach_shots_{tag}"
    owner = psycopg.connect(POSTGRES, autocommit=True)
    owner.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = POSTGRES.rpartition("/")[0] + "/" + name
    prefix = f"s{tag}_"
    logins = [f"{prefix}admin1", f"{prefix}kim"]
    try:
        init_server(url, prefix)
        add_user(url, logins[0], "admin", "관리자")
        add_user(url, logins[1], "coach", "김현장")
        admin = Database.open(folder / "admin.sqlite3")
        sync(admin, ServerAddress(url, logins[0]))
        programme = create_programme(admin, ProgrammeDraft("R&D 현장코칭", 2026))
        company = create_company(
            admin,
            CompanyDraft(
                name="(주)한빛정밀", brn="124-81-00998", region="광주", industry="자동차부품"
            ),
        )
        coach = user_by_login(admin, logins[1])
        assert coach is not None
        assign_coach(admin, programme, company, coach.id, dt.date.today())
        sync(admin, ServerAddress(url, logins[0]))
        kim = Database.open(folder / "kim.sqlite3")
        sync(kim, ServerAddress(url, logins[1]))
        stored = get_company(kim, company)
        for db, phone in ((kim, "062-111-2222"), (admin, "062-333-4444")):
            update_company(
                db,
                company,
                CompanyDraft(name=stored.name, brn=stored.brn, region=stored.region, phone=phone),
            )
        sync(admin, ServerAddress(url, logins[0]))
        window = MainWindow(kim, auto_sync=False)
        window.navigation.setCurrentRow(window.pages.indexOf(window.sync_page))
        page = window.sync_page
        page.server.setText(url)
        page.login.setText(logins[1])
        window.sync.sync_now(url, logins[1])
        while window.sync.busy:
            QApplication.processEvents()
        for _ in range(50):
            QApplication.processEvents()
        shoot(window, out / "sync.png")
        from coach_app.services.syncing import conflicts
        from coach_app.ui.conflicts import ConflictDialog

        shoot(ConflictDialog(conflicts(kim)[0], window), out / "conflict.png", size=None)
        company_marks(window, admin, kim, (url, logins), (programme, coach.id), out)
        window.close()
        for db in (admin, kim):
            db.close()
    finally:
        owner.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
        for role in [*logins, *group_roles(prefix).values()]:
            owner.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
    demo.close()


if __name__ == "__main__":
    # scripts/screenshots.py OUT_DIR [ko|en]
    main(
        Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"),
        sys.argv[2] if len(sys.argv) > 2 else "ko",
    )
    # Every file is written. This script leaves many windows of several databases behind,
    # and PySide6 sometimes crashes garbage-collecting them at interpreter exit (the app
    # itself exits cleanly); leave without that final collection.
    sys.stdout.flush()
    os._exit(0)
