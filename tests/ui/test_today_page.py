"""The 오늘 page opens first, lists what is due and opens each line's screen."""

import datetime as dt
import threading
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.review import RoadmapStatus
from coach_app.domain.visit import VisitDraft
from coach_app.services import roadmaps as rm
from coach_app.services.companies import create_company
from coach_app.services.today import Today
from coach_app.services.visits import difficulties_of, record_visit
from coach_app.store.database import Database
from coach_app.store.models import Roadmap
from coach_app.ui.main_window import MainWindow
from coach_app.ui.roadmap_editor import RoadmapEditor
from coach_app.ui.visit_editor import VisitEditor

TODAY = dt.date.today()


def _visit(day: dt.date, *difficulties: DifficultyDraft) -> VisitDraft:
    return VisitDraft(
        visit_date=day, place="공장", attendees="", purpose="공정 점검", notes="",
        difficulties=list(difficulties),
    )  # fmt: skip


def _setup(db: Database) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, uuid.UUID]:
    company = create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998"))
    record_visit(
        db,
        company,
        _visit(TODAY - dt.timedelta(days=50), DifficultyDraft("funding", "운전자금 부족", "high")),
    )
    planned = record_visit(db, company, _visit(TODAY))
    roadmap = rm.create_roadmap(db, company, "2027 로드맵")
    with db.transaction() as session:
        stored = session.get(Roadmap, roadmap)
        assert stored is not None
        stored.status = RoadmapStatus.CHANGES_REQUESTED.value
    (difficulty,) = difficulties_of(db, company)
    return company, planned, roadmap, difficulty.id


def _action(window: MainWindow, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None
    return action


def _open(qtbot: QtBot, window: MainWindow, item: QTreeWidgetItem | None) -> None:
    assert item is not None
    window.today_page.agenda.scrollToItem(item)
    # A real double-click: QTest's lone double-click event needs the press before it.
    viewport = window.today_page.agenda.viewport()
    centre = window.today_page.agenda.visualItemRect(item).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)


def test_today_opens_first_and_each_line_opens_its_screen(qtbot: QtBot, db: Database) -> None:
    company, visit, roadmap, difficulty = _setup(db)
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    page = window.today_page
    assert window.pages.currentWidget() is page
    assert window.navigation.currentRow() == 0
    qtbot.waitUntil(lambda: page.today is not None)

    overdue = page.line_of("difficulty", difficulty)
    assert overdue is not None
    assert overdue.text(1) == "(주)한빛정밀"
    assert overdue.text(2) == "운전자금 부족"
    assert overdue.text(3) == f"{TODAY - dt.timedelta(days=36):%Y-%m-%d}"  # raised + 14 (high)
    assert overdue.text(4) == "36일 지남 · 제기 후 50일"
    assert "기한 지난 후속 조치 1건" in window.statusBar().currentMessage()

    _open(qtbot, window, page.line_of("visit", visit))
    (editor,) = [e for e in window.findChildren(VisitEditor) if e.isVisible()]
    assert editor.visit_id == visit
    editor.reject()

    _open(qtbot, window, page.line_of("roadmap", roadmap))
    (roadmap_editor,) = [e for e in window.findChildren(RoadmapEditor) if e.isVisible()]
    assert roadmap_editor.roadmap.id == roadmap
    roadmap_editor.reject()

    _open(qtbot, window, page.line_of("difficulty", difficulty))
    assert window.pages.currentWidget() is window.company_stack
    assert window.company_detail.company_id == company

    window.navigation.setCurrentRow(2)
    _action(window, "show_today_action").trigger()
    assert window.pages.currentWidget() is page


def test_a_line_opened_by_the_keyboard_and_the_old_shortcuts_kept(
    qtbot: QtBot, db: Database
) -> None:
    _company, visit, _roadmap, _difficulty = _setup(db)
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    page = window.today_page
    qtbot.waitUntil(lambda: page.today is not None)
    shortcuts = {a.objectName(): a.shortcut().toString() for a in window.findChildren(QAction)}
    assert shortcuts["show_today_action"] == "Ctrl+0"
    assert shortcuts["show_companies_action"] == "Ctrl+1"
    _action(window, "show_companies_action").trigger()
    assert window.pages.currentWidget() is window.company_stack
    _action(window, "show_today_action").trigger()
    page.agenda.setFocus()
    line = page.line_of("visit", visit)
    assert line is not None
    page.agenda.setCurrentItem(line)
    qtbot.keyClick(page.agenda, Qt.Key.Key_Return)
    assert [e.visit_id for e in window.findChildren(VisitEditor) if e.isVisible()] == [visit]


def test_the_day_is_read_off_the_gui_thread(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coach_app.ui import today_page

    readers: list[threading.Thread] = []
    from coach_app.services.today import today_overview as real

    def overview(db: Database, day: dt.date | None = None) -> Today:
        readers.append(threading.current_thread())
        return real(db, day)

    monkeypatch.setattr(today_page, "today_overview", overview)
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.today_page.loaded, timeout=10_000):
        window.show()
    assert readers and threading.main_thread() not in readers


def test_the_reminder_is_told_once_in_the_status_bar(qtbot: QtBot, db: Database) -> None:
    _setup(db)
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.today_page.loaded, timeout=10_000):
        window.show()
    told = window.statusBar().currentMessage()
    assert told.startswith("기한 지난 후속 조치 1건, 7일 안 기한 0건, 보완 요청 로드맵 1건")
    window.statusBar().clearMessage()
    with qtbot.waitSignal(window.today_page.loaded, timeout=10_000):
        window.today_page.reload()
    assert window.statusBar().currentMessage() == ""  # nothing new: not told again
    assert window.reminders.timer.isActive()


def test_measures_and_roadmap_items_open_their_screens(qtbot: QtBot, db: Database) -> None:
    from coach_app.domain.meeting import MeasureDraft
    from coach_app.services import drafts
    from coach_app.services.meetings import record_measure
    from coach_app.ui.measure_form import MeasureEditor

    company, _visit_id, roadmap, _difficulty = _setup(db)
    measure = record_measure(
        db, MeasureDraft("특례보증", company_id=company, due_on=TODAY - dt.timedelta(days=2))
    )
    item = rm.save_item(
        db, roadmap, rm.ItemDraft("시제품", "prototype", None, TODAY - dt.timedelta(days=1))
    )
    drafts.save(db.path, "visit-left", {"company_id": str(company), "purpose": "남은 기록"})
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.today_page.loaded, timeout=10_000):
        window.show()
    page = window.today_page

    _open(qtbot, window, page.line_of("measure", measure))
    (editor,) = [e for e in window.findChildren(MeasureEditor) if e.isVisible()]
    assert editor.measure_id == measure
    editor.saved = True  # closed without the unsaved-work question
    editor.reject()

    window._show_widget(page)
    _open(qtbot, window, page.line_of("roadmap_item", item))
    (roadmap_editor,) = [e for e in window.findChildren(RoadmapEditor) if e.isVisible()]
    assert roadmap_editor.roadmap.id == roadmap
    roadmap_editor.reject()

    # The draft is listed; reopening it is the start-up offer's code (test_drafts_gui.py).
    assert page.today is not None and [d.key for d in page.today.drafts] == ["visit-left"]
