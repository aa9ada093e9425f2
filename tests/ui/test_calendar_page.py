"""The 일정 page: a coach's week and month, a plan dragged to another day, the company's
open follow-ups beside it, the programme's targets, the .ics export, and a 10,000-company
database read off the GUI thread."""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coach_app.demo import DemoSize, build
from coach_app.domain import brn
from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.planning import TargetProgress
from coach_app.domain.programme import ProgrammeDraft, ProgrammePlan
from coach_app.domain.visit import VisitDraft
from coach_app.services.companies import create_company
from coach_app.services.people import (
    UserDraft,
    assign_coach,
    create_programme,
    create_user,
    sign_in,
)
from coach_app.services.planning import calendar
from coach_app.services.programmes import plan_programme
from coach_app.services.visits import record_visit
from coach_app.store.database import Database
from coach_app.store.models import Assignment, Visit
from coach_app.ui.calendar_page import CalendarPage, monday_of, shown_range
from coach_app.ui.tasks import TaskRunner
from coach_app.ui.week_grid import WeekGrid
from tests.present import present

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def scene(db: Database) -> dict[str, uuid.UUID]:
    coach = db.actor  # the test database's signed-in coach, kimcoach
    assert coach is not None
    create_user(db, UserDraft("boss", "박감독", "supervisor"))
    create_user(db, UserDraft("leecoach", "이코치", "coach", "rnd"))
    sign_in(db, "boss")
    programme = create_programme(db, ProgrammeDraft("R&D 현장코칭", TODAY.year))
    plan_programme(db, programme, ProgrammePlan(target_visits=15))
    company = create_company(db, CompanyDraft("(주)한빛정밀", brn.complete("410800001")))
    assign_coach(db, programme, company, coach, TODAY - 30 * DAY)
    sign_in(db, "kimcoach")
    held = record_visit(
        db,
        company,
        VisitDraft(
            TODAY - DAY,
            purpose="공정 진단",
            difficulties=[DifficultyDraft("funding", "운전자금 부족")],
        ),
        programme,
    )
    planned = record_visit(
        db, company, VisitDraft(TODAY + DAY, place="본사", purpose="정책자금 신청 지원"), programme
    )
    return {"coach": coach, "held": held, "planned": planned, "company": company}


def _open(qtbot: QtBot, page: CalendarPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()


def _cell(week: WeekGrid, visit_id: uuid.UUID) -> tuple[int, int]:
    for row in range(week.rowCount()):
        for column in range(7):
            entry = week.entry(week.item(row, column))
            if entry is not None and entry.id == visit_id:
                return row, column
    raise AssertionError("not on the grid")


def _drop(week: WeekGrid, row: int, column: int, to_column: int) -> None:
    week.setCurrentCell(row, column)
    point = QPointF(week.columnViewportPosition(to_column) + 5, 5)
    event = QDropEvent(
        point,
        Qt.DropAction.MoveAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    week.dropEvent(event)


def _day(db: Database, visit_id: uuid.UUID) -> dt.date:
    with db.read() as session:
        return session.scalars(select(Visit.visit_date).where(Visit.id == visit_id)).one()


def test_a_plan_is_dragged_to_another_day(
    qtbot: QtBot, db: Database, scene: dict[str, uuid.UUID], runner: TaskRunner
) -> None:
    page = CalendarPage(db, runner)
    qtbot.addWidget(page)
    _open(qtbot, page)
    assert page.coach.currentText() == "김코치"  # the signed-in coach's own calendar
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.go_to(TODAY + DAY)
    row, column = _cell(page.week, scene["planned"])
    item = page.week.item(row, column)
    assert item is not None and item.text() == "(주)한빛정밀\n정책자금 신청 지원"
    assert item.flags() & Qt.ItemFlag.ItemIsDragEnabled

    page.week.setCurrentCell(row, column)
    detail = page.detail.toPlainText()
    assert "운전자금 부족" in detail and "미결 애로사항 (1)" in detail

    to_column = column + 1 if column < 6 else column - 1
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        _drop(page.week, row, column, to_column)
    moved_to = monday_of(TODAY + DAY) + to_column * DAY
    assert _day(db, scene["planned"]) == moved_to
    assert _cell(page.week, scene["planned"])[1] == to_column
    assert not page.message.isVisibleTo(page)


def test_a_held_visit_does_not_move_and_the_page_says_why(
    qtbot: QtBot, db: Database, scene: dict[str, uuid.UUID], runner: TaskRunner
) -> None:
    page = CalendarPage(db, runner)
    qtbot.addWidget(page)
    _open(qtbot, page)
    entry = next(e for e in page.entries if e.id == scene["held"])
    assert not page.move_entry(entry, TODAY + 3 * DAY)
    assert "이미 지난 방문" in page.message.text()
    assert _day(db, scene["held"]) == TODAY - DAY


def test_month_marks_targets_and_export(
    qtbot: QtBot,
    db: Database,
    scene: dict[str, uuid.UUID],
    runner: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = CalendarPage(db, runner)
    qtbot.addWidget(page)
    page.view.setCurrentIndex(1)
    _open(qtbot, page)
    assert page.ui.views.currentWidget() is page.ui.month_page
    planned_mark = page.month.dateTextFormat().get(page.month.selectedDate().addDays(1))
    if (TODAY + DAY).month == TODAY.month:
        assert planned_mark is not None and planned_mark.fontWeight() > 400
    assert page.ui.visits_text.text() == "완료 1 · 예정 1 / 목표 15 (남음 13)"
    assert page.ui.visits_bar.value() == 1 and page.ui.visits_bar.maximum() == 15
    # The programme sets no end: the note says its targets are by its year's end.
    assert page.ui.targets_note.text().startswith(f"{TODAY.year}년 말({TODAY.year}-12-31)까지")
    # A target passed says so, and by how much (the bar alone is just full).
    page._show_target(page.ui.visits_bar, page.ui.visits_text, TargetProgress(150, 511, 0))
    assert page.ui.visits_text.text() == "완료 511 · 예정 0 / 목표 150 (달성, 341%)"

    target = tmp_path / "plan.ics"
    monkeypatch.setattr(page, "ask_path", lambda: target)
    page.export()
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    events = list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert [str(e["SUMMARY"]) for e in events] == ["(주)한빛정밀"]
    assert str(events[0]["UID"]) == f"{scene['planned']}@coach-app"
    qtbot.waitUntil(lambda: "1건" in page.period.text(), timeout=10_000)


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = Database.open(tmp_path_factory.mktemp("large") / "coach.sqlite3")
    data = build(db, DemoSize(companies=10_000, visits_per_company=1))
    sign_in(db, data.coach_login)
    with db.read() as session:
        companies = session.scalars(
            select(Assignment.company_id).where(Assignment.coach_id == db.actor).limit(60)
        ).all()
    start, end = shown_range(TODAY)
    days = (end - start).days + 1
    for index, company in enumerate(companies):  # a busy month around today
        record_visit(db, company, VisitDraft(start + (index % days) * DAY, purpose="점검"))
    yield db
    db.close()


def test_the_page_opens_on_10000_companies_without_stalling(
    qtbot: QtBot, large: Database, runner: TaskRunner
) -> None:
    page = CalendarPage(large, runner)
    qtbot.addWidget(page)
    started = time.perf_counter()
    page.reload()  # the lists of coaches and programmes here, the calendar in a worker
    on_gui_thread = time.perf_counter() - started
    assert on_gui_thread < 0.1, on_gui_thread
    print(f"calendar page: {on_gui_thread * 1000:.0f} ms on the GUI thread")
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        pass
    assert page.coach_id() == large.actor  # the signed-in coach's calendar
    start, end = shown_range(TODAY)
    assert len(page.entries) == len(calendar(large, present(page.coach_id()), start, end))
    assert len(page.entries) >= 60
    print(f"{len(page.entries)} entries, targets: {page.ui.visits_text.text()}")


def test_in_the_month_a_plan_is_dragged_from_the_days_list_onto_a_date(
    qtbot: QtBot, db: Database, scene: dict[str, uuid.UUID], runner: TaskRunner
) -> None:
    page = CalendarPage(db, runner)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.view.setCurrentIndex(1)
    page.show()
    qtbot.waitExposed(page)
    _open(qtbot, page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.go_to(TODAY + DAY)
    page.day_list.setCurrentRow(0)
    assert page.selected is not None and page.selected.id == scene["planned"]
    target = TODAY + 3 * DAY
    grid = page.month_grid
    model = grid.model()
    points = [
        grid.visualRect(model.index(row, column)).center()
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]
    (point,) = [p for p in points if page.month_day_at(p) == target]
    assert page.month_day_at(grid.visualRect(model.index(0, 0)).center()) is None  # heading
    text = QMimeData()
    text.setText("다른 곳에서 끌어온 글")
    stray = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        text,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert page.eventFilter(grid.viewport(), stray) and not stray.isAccepted()
    assert _day(db, scene["planned"]) == TODAY + DAY  # a stray drop moves nothing
    dragged = QMimeData()
    dragged.setData("application/x-qabstractitemmodeldatalist", b"")  # as the list drags
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.MoveAction,
        dragged,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers drop events only during a real drag: hand it to the page's filter.
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        assert page.eventFilter(grid.viewport(), drop)
    assert _day(db, scene["planned"]) == target


def test_the_calendar_and_targets_are_read_off_the_gui_thread(
    qtbot: QtBot,
    db: Database,
    scene: dict[str, uuid.UUID],
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coach_app.services import planning
    from coach_app.ui import calendar_page

    readers: list[tuple[str, threading.Thread]] = []
    real_calendar, real_targets = planning.calendar, planning.targets

    def read_calendar(*args: Any) -> Any:
        readers.append(("calendar", threading.current_thread()))
        return real_calendar(*args)

    def read_targets(*args: Any) -> Any:
        readers.append(("targets", threading.current_thread()))
        return real_targets(*args)

    monkeypatch.setattr(calendar_page, "calendar", read_calendar)
    monkeypatch.setattr(calendar_page, "targets", read_targets)
    page = CalendarPage(db, runner)
    qtbot.addWidget(page)
    page.view.setCurrentIndex(1)
    _open(qtbot, page)
    assert {what for what, _thread in readers} == {"calendar", "targets"}
    assert threading.main_thread() not in {thread for _what, thread in readers}


def test_a_plan_is_dragged_with_the_mouse(
    qtbot: QtBot,
    db: Database,
    scene: dict[str, uuid.UUID],
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A real press on the plan and a move past the drag distance start Qt's drag of that
    plan; the drop on another day moves it.

    The drop itself is handed to the grid: on the offscreen platform QDrag.exec (Qt's
    QSimpleDrag) ends at once, before any later mouse event reaches its loop, so no
    drop event would ever come from the mouse here."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    page = CalendarPage(db, runner)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    _open(qtbot, page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.go_to(TODAY + DAY)
    week = page.week
    row, column = _cell(week, scene["planned"])
    to_column = column + 1 if column < 6 else column - 1
    dragged: list[object] = []
    monkeypatch.setattr(week, "startDrag", lambda _actions: dragged.append(week.currentItem()))
    viewport = week.viewport()
    plan = week.item(row, column)
    assert plan is not None
    start = week.visualItemRect(plan).center()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(QApplication.startDragDistance() + 5, 0))
    assert dragged == [plan], "the press and move start a drag of the plan"
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        _drop(week, row, column, to_column)
    assert _day(db, scene["planned"]) == monday_of(TODAY + DAY) + to_column * DAY
