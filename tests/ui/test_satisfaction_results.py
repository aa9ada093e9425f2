"""The satisfaction results on the 현황판: figures per coach and programme ("—" where
nothing was rated), each opening its rows in the page's list, a comment its company."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from coach_app.services.people import sign_in
from coach_app.store.database import Database
from coach_app.ui.dashboard_page import DashboardPage
from coach_app.ui.tasks import TaskRunner
from tests.services.test_satisfaction_results import scene


def _cells(page: DashboardPage) -> list[list[str]]:
    model = page.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _loaded(qtbot: QtBot, page: DashboardPage) -> None:
    with qtbot.waitSignals([page.loaded, page.satisfaction.loaded], timeout=10_000):
        page.reload()


def test_the_results_open_per_coach_per_programme_and_the_comments(
    qtbot: QtBot, db: Database
) -> None:
    hanbit, _daeyang = scene(db)
    sign_in(db, "parkboss")
    runner = TaskRunner()
    page = DashboardPage(db, runner)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    _loaded(qtbot, page)
    view = page.satisfaction
    assert "평가 3건" in view.summary.text() and "전체 코치" in view.summary.text()
    assert view.buttons["coaches"].text() == "코치별 (3명)"
    view.buttons["coaches"].click()
    assert page.list_title.text().startswith("코치별 만족도")
    rows = {r[0]: r[1:] for r in _cells(page)}
    assert rows["김코치"] == ["2", "4.5", "4.5", "4.5", "4.5", "4.0", "4.4"]
    assert rows["최코치"] == ["0", "—", "—", "—", "—", "—", "—"]  # nothing rated: no 0
    view.buttons["programmes"].click()
    assert {r[0]: r[1] for r in _cells(page)} == {
        "R&D 현장코칭": "2",
        "수출 코칭": "0",
        "(사업 없음)": "1",
    }
    started = time.perf_counter()  # a step on the GUI thread stays within the stall aim
    view.buttons["comments"].click()
    assert time.perf_counter() - started < 0.1
    assert [(r[1], r[3], r[4]) for r in _cells(page)] == [
        ("대양산업", "이코치", "후속 연락이 없었음"),
        ("(주)한빛정밀", "김코치", "설명이 친절함"),
    ]
    with qtbot.waitSignal(page.company_opened) as opened:
        page.rows.doubleClicked.emit(page.model.index(1, 0))
    assert opened.args == [hanbit]
    # The dashboard's own figures still open theirs.
    page.buttons["workload"][0].click()
    assert page.model.rowCount() == 3
    runner.shutdown()


def test_a_coach_sees_the_results_of_their_own_visits(qtbot: QtBot, db: Database) -> None:
    scene(db)
    sign_in(db, "kimcoach")
    runner = TaskRunner()
    page = DashboardPage(db, runner)
    qtbot.addWidget(page)
    _loaded(qtbot, page)
    assert "내 방문" in page.satisfaction.summary.text()
    page.satisfaction.buttons["coaches"].click()
    assert [r[0] for r in _cells(page)] == ["김코치"]
    runner.shutdown()
