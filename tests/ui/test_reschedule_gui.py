"""Moving a difficulty's due date in the window: the visit editor's follow-up column
(kept in the crash draft) and the 오늘 page's 기한 변경… dialog."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.visit import VisitDraft
from coach_app.services.companies import create_company
from coach_app.services.people import UserDraft, create_user, sign_in
from coach_app.services.visits import difficulties_of, record_visit
from coach_app.store.database import Database
from coach_app.sync import state
from coach_app.ui.difficulty_model import FollowUps
from coach_app.ui.today_page import TodayPage
from coach_app.ui.visit_editor import VisitEditor

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
RAISED = TODAY - 50 * DAY


def _company(db: Database) -> uuid.UUID:
    company = create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998"))
    record_visit(
        db,
        company,
        VisitDraft(RAISED, difficulties=[DifficultyDraft("funding", "운전자금 부족", "high")]),
    )
    return company


def test_the_follow_up_takes_a_new_due_date_and_the_draft_keeps_it(
    qtbot: QtBot, db: Database
) -> None:
    company = _company(db)
    editor = VisitEditor(db, company)
    qtbot.addWidget(editor)
    ModelTester(qtbot).check(editor.follow_ups, force_py=True)
    follow = editor.follow_ups
    due = follow.index(0, FollowUps.DUE)
    # The rule's date (high: 14 days after the visit), grey until moved.
    assert due.data() == f"{RAISED + 14 * DAY:%Y-%m-%d}"
    assert due.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert follow.flags(due) & Qt.ItemFlag.ItemIsEditable
    assert follow.setData(due, RAISED + 14 * DAY) and follow.changed() == []  # no move
    follow.setData(due, TODAY + 30 * DAY)
    assert due.data() == f"{TODAY + 30 * DAY:%Y-%m-%d}"
    restored = VisitEditor(db, company, restored=editor.payload())
    qtbot.addWidget(restored)
    assert restored.follow_ups.due_on == [TODAY + 30 * DAY]
    # A date before the visit that raised it is explained, naming the row.
    follow.setData(due, RAISED - DAY)
    editor.save_button.click()
    assert not editor.saved
    assert "후속 조치 '운전자금 부족'" in editor.message.text()
    assert "제기된 날" in editor.message.text()
    restored.save_button.click()
    assert restored.saved, restored.message.text()
    (stored,) = difficulties_of(db, company)
    assert stored.due_on == TODAY + 30 * DAY and stored.status == "open"


def test_another_coach_s_difficulty_is_followed_up_but_its_date_stays(
    qtbot: QtBot, db: Database
) -> None:
    create_user(db, UserDraft("leecoach", "이코치", "coach"))  # kimcoach is signed in
    company = _company(db)
    saved = state.load(db)
    saved.server_url, saved.login = "postgresql://server.invalid/coach", "leecoach"
    state.save(db, saved)
    sign_in(db, "leecoach")
    editor = VisitEditor(db, company)
    qtbot.addWidget(editor)
    due = editor.follow_ups.index(0, FollowUps.DUE)
    assert not editor.follow_ups.flags(due) & Qt.ItemFlag.ItemIsEditable
    assert "담당자만" in due.data(Qt.ItemDataRole.ToolTipRole)


def test_the_today_page_moves_an_overdue_difficulty_s_date(qtbot: QtBot, db: Database) -> None:
    company = _company(db)
    (difficulty,) = difficulties_of(db, company)
    page = TodayPage(db)
    qtbot.addWidget(page)
    page.reload()
    line = page.line_of("difficulty", difficulty.id)
    assert line is not None and "지남" in line.text(4)
    dialog = page.reschedule_dialog(line)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.new_date() == RAISED + 14 * DAY  # starts from the date it has
    dialog.date.setDate(QDate(RAISED.year, RAISED.month, RAISED.day).addDays(-1))
    dialog.accept()  # refused: before the visit that raised it; the dialog stays
    assert dialog.message.isVisibleTo(dialog) and "제기된 날" in dialog.message.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    later = TODAY + 35 * DAY
    dialog.date.setDate(QDate(later.year, later.month, later.day))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [d.due_on for d in difficulties_of(db, company)] == [later]
    page.reload()
    assert page.line_of("difficulty", difficulty.id) is None  # neither overdue nor this week
    heading = page.agenda.topLevelItem(0)
    assert heading is not None and page.reschedule_dialog(heading) is None


def test_the_menu_offers_the_move_only_to_who_may_make_it(qtbot: QtBot, db: Database) -> None:
    company = _company(db)
    (difficulty,) = difficulties_of(db, company)
    page = TodayPage(db)
    qtbot.addWidget(page)
    page.reload()

    def offered() -> list[tuple[str, bool]]:
        line = page.line_of("difficulty", difficulty.id)
        assert line is not None
        menu = page.menu_for(line)
        assert menu is not None
        return [(a.text(), a.isEnabled()) for a in menu.actions()]

    assert offered() == [("열기", True), ("기한 변경…", True)]
    create_user(db, UserDraft("leecoach", "이코치", "coach"))
    saved = state.load(db)
    saved.server_url, saved.login = "postgresql://server.invalid/coach", "leecoach"
    state.save(db, saved)
    sign_in(db, "leecoach")
    assert offered() == [("열기", True), ("기한 변경…", False)]
