"""The 현황판 page: it opens from the menu, its figures are the service's, and each figure
opens the rows behind it, which open the company."""

import time
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from coach_app.demo import DemoSize, build
from coach_app.services.dashboard import dashboard
from coach_app.store.database import Database
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
