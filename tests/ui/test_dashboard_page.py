"""The 현황판 page: it opens from the menu, its figures are the service's, and each figure
opens the rows behind it, which open the company."""

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from coach_app.demo import DemoSize, build
from coach_app.services.dashboard import dashboard
from coach_app.store.database import Database
from coach_app.ui.dashboard_page import DashboardPage
from coach_app.ui.main_window import MainWindow


@pytest.fixture
def demo(tmp_path: Path) -> Database:
    db = Database.open(tmp_path / "coach.sqlite3")
    build(db, DemoSize(companies=120, visits_per_company=1))
    return db


def _view_action(window: MainWindow, text: str) -> QAction:
    """The 보기 menu's entry whose text starts with ``text``, as a user finds it."""
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if isinstance(menu, QMenu) and entry.text().startswith("보기"):
            return next(a for a in menu.actions() if a.text().startswith(text))
    raise AssertionError("no 보기 menu")


def test_the_dashboard_opens_and_each_figure_opens_its_rows(qtbot: QtBot, demo: Database) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    page = window.dashboard_page
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        _view_action(window, "현황판").trigger()
    assert window.pages.currentWidget() is page
    board = dashboard(demo)
    assert page.board is not None
    assert page.board.workload == board.workload

    never, _listing = page.buttons["never"]
    assert str(len(board.never_visited)) in never.text()
    never.click()
    assert page.model.rowCount() == len(board.never_visited)
    assert page.chart.series(), "the workload chart is drawn"

    workload, _listing = page.buttons["workload"]
    workload.click()
    assert page.model.rowCount() == len(board.workload) > 0
    coaches = {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
    assert coaches == {w.coach for w in board.workload}

    # The overdue figure is the 오늘 page's, difficulties included; a coach's bar opens theirs.
    overdue, _listing = page.buttons["overdue"]
    assert f"{board.overdue_count:,}건" in overdue.text()
    overdue.click()
    assert page.model.rowCount() == len(board.overdue)
    busiest = max(board.workload, key=lambda w: w.overdue)
    with qtbot.waitSignal(page.model.modelReset, timeout=10_000):
        page.show_coach_overdue(busiest.coach)
    assert f"{busiest.coach} — " in page.list_title.text()
    assert f"{busiest.overdue:,}건" in page.list_title.text()
    shown = {page.model.index(r, 5).data() for r in range(page.model.rowCount())}
    assert shown <= {busiest.coach} and page.model.rowCount() > 0

    # A step on the GUI thread (the figures arrive, a list opens) stays within 100 ms.
    started = time.perf_counter()
    page.show_board(board)
    never.click()
    assert time.perf_counter() - started < 0.1

    notes, _listing = page.buttons["notes"]
    notes.click()
    if board.without_notes:
        first = board.without_notes[0]
        page._open(page.model.index(0, 0))
        assert window.company_stack.currentWidget() is window.company_detail
        assert window.company_detail.company_id == first.company_id
    demo.close()


def test_ten_thousand_rows_open_within_the_stall_aim(qtbot: QtBot, db: Database) -> None:
    """The figures of a 10,000-company agency (read off the GUI thread) reach the screen,
    and their longest list opens, each within 100 ms on the GUI thread."""
    import datetime as dt
    import uuid

    from coach_app.services.dashboard import CoachLoad, CompanyLine, Dashboard, Waiting
    from coach_app.ui.tasks import TaskRunner

    now = dt.datetime.now(dt.UTC)
    board = Dashboard(
        dt.date.today(),
        workload=[CoachLoad(uuid.uuid4(), f"코치{n}", 330, 900, 40, n % 7) for n in range(30)],
        waiting=[
            Waiting(uuid.uuid4(), "로드맵", 1, uuid.uuid4(), f"기업{n}", "코치", now, n)
            for n in range(2_000)
        ],
        never_visited=[
            CompanyLine(uuid.uuid4(), f"(주)기업{n:05d}", "광주 · 금속") for n in range(10_000)
        ],
        duplicates=[
            CompanyLine(uuid.uuid4(), f"(주)기업{n:05d}", "address", n // 2, "광주 북구 첨단로")
            for n in range(10_000)
        ],
    )
    runner = TaskRunner()
    page = DashboardPage(db, runner)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    steps: list[Callable[[], object]] = [
        lambda: page.show_board(board),
        page.buttons["never"][0].click,
        page.buttons["duplicates"][0].click,
        page.buttons["waiting"][0].click,
    ]
    for step in steps:
        started = time.perf_counter()
        step()
        assert time.perf_counter() - started < 0.1
    assert page.model.rowCount() == 2_000
    runner.shutdown()


def test_the_figures_are_read_off_the_gui_thread(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from coach_app.services.dashboard import Dashboard
    from coach_app.ui import dashboard_page
    from coach_app.ui.tasks import TaskRunner

    readers: list[threading.Thread] = []

    def read(db: Database) -> Dashboard:
        readers.append(threading.current_thread())
        return dashboard(db)

    monkeypatch.setattr(dashboard_page, "dashboard", read)
    runner = TaskRunner()
    page = DashboardPage(db, runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    assert readers and threading.main_thread() not in readers
    runner.shutdown()


def test_impact_totals_open_the_companies_behind_them(qtbot: QtBot, demo: Database) -> None:
    import datetime as dt

    from sqlalchemy import select

    from coach_app.domain.impact import FigureDraft, Metric
    from coach_app.services.impact import record_figures
    from coach_app.store.models import Assignment
    from coach_app.ui.tasks import TaskRunner

    with demo.read() as session:
        mine = session.scalars(
            select(Assignment.company_id).where(Assignment.coach_id == demo.actor).limit(2)
        ).all()
    year = dt.date.today().year
    for value, company in enumerate(mine, 1):
        record_figures(demo, company, [FigureDraft(year - 1, Metric.SALES, value * 1_000)])
    runner = TaskRunner()
    page = DashboardPage(demo, runner)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    board = page.board
    assert board is not None and board.impact
    button, _listing = page.buttons["impact"]
    companies = {c.company_id for t in board.impact for c in t.companies}
    assert button.text().endswith(f"지표 {len(board.impact)}개, 기업 {len(companies)}곳")
    button.click()
    assert page.model.rowCount() == len(board.impact)
    first = board.impact[0]
    assert page.model.index(0, 0).data() == first.programme
    assert page.model.index(0, 2).data() == f"{first.total.total:,}"
    assert page.model.index(0, 4).data() == str(first.total.companies)

    page._open(page.model.index(0, 0))  # a total opens the companies it adds up
    assert page.model.rowCount() == len(first.companies) == first.total.companies
    assert first.programme in page.list_title.text()
    with qtbot.waitSignal(page.company_opened) as opened:
        page._open(page.model.index(0, 0))  # and a company opens its page
    assert opened.args == [first.companies[0].company_id]
    runner.shutdown()
    demo.close()
