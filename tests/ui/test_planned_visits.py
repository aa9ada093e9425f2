"""Planned visits in the window: the editor says so, the company page lists them apart
and 최근 방문 보고서 reports the latest visit held (seen point 4)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from coach_app.domain.company import CompanyDraft
from coach_app.domain.visit import VisitDraft
from coach_app.services.companies import create_company
from coach_app.services.visits import latest_held_visit, record_visit
from coach_app.store.database import Database
from coach_app.ui.company_detail import CompanyDetail
from coach_app.ui.visit_editor import VisitEditor
from coach_app.ui.visit_page import VisitListPage

TODAY = dt.date.today()


@pytest.fixture
def company(db: Database) -> uuid.UUID:
    return create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", region="광주"))


@pytest.fixture
def visits(db: Database, company: uuid.UUID) -> tuple[uuid.UUID, uuid.UUID]:
    held = record_visit(db, company, VisitDraft(TODAY - dt.timedelta(days=3), purpose="현장 점검"))
    planned = record_visit(
        db, company, VisitDraft(TODAY + dt.timedelta(days=60), purpose="후속 방문")
    )
    return held, planned


def test_the_editor_says_a_future_date_makes_a_planned_visit(
    qtbot: QtBot, db: Database, company: uuid.UUID
) -> None:
    editor = VisitEditor(db, company)
    qtbot.addWidget(editor)
    assert editor.planned_note.text() == ""
    next_month = TODAY + dt.timedelta(days=30)
    editor.visit_date.setDate(QDate(next_month.year, next_month.month, next_month.day))
    assert "예정된 방문" in editor.planned_note.text()
    far = TODAY + dt.timedelta(days=500)
    editor.visit_date.setDate(QDate(far.year, far.month, far.day))
    assert "1년" in editor.planned_note.text()
    editor.save_button.click()
    assert not editor.saved and "방문 계획은 1년 안의 날짜만" in editor.message.text()


def test_the_company_page_lists_planned_visits_apart_and_reports_the_visit_held(
    qtbot: QtBot, db: Database, company: uuid.UUID, visits: tuple[uuid.UUID, uuid.UUID]
) -> None:
    held, planned = visits
    page = CompanyDetail(db)
    qtbot.addWidget(page)
    page.show_company(company)
    lines = [page.timeline.item(i).text() for i in range(page.timeline.count())]
    assert "현장 점검" in lines[0]  # the latest visit held heads the history
    assert lines[-1].startswith("[예정]") and "후속 방문" in lines[-1]
    last = page.timeline.item(page.timeline.count() - 1)
    assert last.data(Qt.ItemDataRole.UserRole + 1) == str(planned)
    asked: list[tuple[str, object]] = []
    page.report_requested.connect(lambda kind, entity: asked.append((kind, entity)))
    page.report_actions["visit"].trigger()
    assert asked == [("visit", held)]
    assert latest_held_visit(db, company) is not None


def test_only_a_planned_visit_offers_no_latest_visit_report(
    qtbot: QtBot, db: Database, company: uuid.UUID
) -> None:
    record_visit(db, company, VisitDraft(TODAY + dt.timedelta(days=10), purpose="첫 방문 예정"))
    page = CompanyDetail(db)
    qtbot.addWidget(page)
    page.show_company(company)
    assert not page.report_actions["visit"].isEnabled()
    assert latest_held_visit(db, company) is None


def test_the_visit_list_marks_planned_visits(
    qtbot: QtBot, db: Database, visits: tuple[uuid.UUID, uuid.UUID]
) -> None:
    page = VisitListPage(db)
    qtbot.addWidget(page)
    page.reload()
    dates = [page.visits.index(r, 0).data() for r in range(page.visits.rowCount())]
    assert any(d.endswith("(예정)") for d in dates)
    assert sum(d.endswith("(예정)") for d in dates) == 1
