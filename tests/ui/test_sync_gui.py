"""The sync page and status bar, driven as a user would, against the real PostgreSQL."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coach_app.domain.company import CompanyDraft
from coach_app.services.companies import get_company, update_company
from coach_app.services.syncing import conflicts
from coach_app.ui.conflicts import ConflictDialog, ConflictModel
from coach_app.ui.main_window import MainWindow
from tests.sync.conftest import Agency
from tests.sync.test_sync_flow import assign


def window_for(qtbot: QtBot, db: Any) -> MainWindow:
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    return window


def sync_by_hand(qtbot: QtBot, window: MainWindow, url: str, login: str) -> None:
    page = window.sync_page
    window.navigation.setCurrentRow(5)
    page.server.setText(url)
    page.login.setText(login)
    with qtbot.waitSignal(window.sync.succeeded, timeout=30_000):
        page.sync_button.click()
    qtbot.waitUntil(lambda: page.sync_button.isEnabled())
    qtbot.waitUntil(lambda: not window.company_page.loading)  # read off the GUI thread


def test_a_coach_syncs_from_the_sync_page(qtbot: QtBot, agency: Agency) -> None:
    assign(agency, agency.kim, 0)
    agency.admin.sync()
    window = window_for(qtbot, agency.kim.db)
    assert window.companies.rowCount() == 0
    sync_by_hand(qtbot, window, agency.server.url, agency.kim.login)
    assert "받음" in window.sync_page.result.text()
    assert window.companies.rowCount() == 1  # the list follows the sync
    status = window.sync_status.text()
    assert "온라인" in status and "보낼 변경 0건" in status and "마지막 동기화" in status
    assert "김코치" in window.user.text()


def test_an_unreachable_server_never_blocks_the_window(qtbot: QtBot, agency: Agency) -> None:
    window = window_for(qtbot, agency.kim.db)
    page = window.sync_page
    page.server.setText("postgresql://127.0.0.1:1/coach")
    page.login.setText(agency.kim.login)
    started = time.perf_counter()
    with qtbot.waitSignal(window.sync.failed, timeout=30_000):
        page.sync_button.click()
        assert time.perf_counter() - started < 0.2  # the click returns at once
    qtbot.waitUntil(lambda: "서버에 연결할 수 없습니다" in page.result.text())
    assert "오프라인" in window.sync_status.text()
    assert page.sync_button.isEnabled()


def test_a_conflict_is_shown_side_by_side_and_resolved(
    qtbot: QtBot, agency: Agency, monkeypatch: pytest.MonkeyPatch, qtmodeltester: ModelTester
) -> None:
    assign(agency, agency.kim, 0)
    agency.admin.sync()
    agency.kim.sync()
    company = agency.companies[0]
    stored = get_company(agency.kim.db, company)
    draft = CompanyDraft(name=stored.name, brn=stored.brn, region=stored.region)
    draft.phone = "062-111-1111"
    update_company(agency.kim.db, company, draft)
    draft.phone = "062-999-9999"
    update_company(agency.admin.db, company, draft)
    agency.admin.sync()

    window = window_for(qtbot, agency.kim.db)
    sync_by_hand(qtbot, window, agency.server.url, agency.kim.login)
    page = window.sync_page
    assert page.conflicts.rowCount() == 1
    qtmodeltester.check(page.conflicts, force_py=True)
    assert "충돌 1건" in window.sync_status.text()

    shown: dict[str, str] = {}

    def answer(dialog: ConflictDialog) -> int:
        shown["mine"] = dialog.mine.toPlainText()
        shown["theirs"] = dialog.theirs.toPlainText()
        dialog.edited.setPlainText("062-555-5555")
        dialog.keep_edited.click()
        return 1

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    page.resolve_selected()
    assert shown == {"mine": "062-111-1111", "theirs": "062-999-9999"}
    assert page.conflicts.rowCount() == 0 and conflicts(agency.kim.db) == []
    sync_by_hand(qtbot, window, agency.server.url, agency.kim.login)
    agency.admin.sync()
    assert get_company(agency.admin.db, company).phone == "062-555-5555"


def test_a_refused_login_asks_for_the_password(
    qtbot: QtBot, agency: Agency, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_for(qtbot, agency.kim.db)
    page = window.sync_page
    asked: list[str] = []

    def ask(*args: Any, **kwargs: Any) -> tuple[str, bool]:
        asked.append(args[2])
        return "", False  # the user cancels

    monkeypatch.setattr("coach_app.ui.sync_page.QInputDialog.getText", ask)
    page.server.setText(agency.server.url)
    page.login.setText("nobody_here")
    with qtbot.waitSignal(window.sync.failed, timeout=30_000):
        page.sync_button.click()
    qtbot.waitUntil(lambda: bool(asked))
    assert "nobody_here" in asked[0]
    assert "로그인에 실패" in page.result.text()


def test_the_conflict_model_is_sound_when_empty(qtmodeltester: ModelTester) -> None:
    model = ConflictModel()
    qtmodeltester.check(model, force_py=True)


def test_it_syncs_by_itself_when_the_server_answers(qtbot: QtBot, agency: Agency) -> None:
    from coach_app.domain.visit import VisitDraft
    from coach_app.services.visits import record_visit

    assign(agency, agency.kim, 0)
    agency.admin.sync()
    agency.kim.sync()
    record_visit(agency.kim.db, agency.companies[0], VisitDraft(visit_date=dt.date.today()))
    window = window_for(qtbot, agency.kim.db)
    assert "보낼 변경 1건" in window.sync_status.text()
    with qtbot.waitSignal(window.sync.succeeded, timeout=30_000):
        window.sync.auto_sync()  # what the timer does every minute
    qtbot.waitUntil(lambda: "보낼 변경 0건" in window.sync_status.text())
    assert "온라인" in window.sync_status.text()


def test_a_coach_on_a_server_is_not_offered_company_registration(
    qtbot: QtBot, agency: Agency
) -> None:
    assign(agency, agency.kim, 0)
    agency.admin.sync()
    kim = window_for(qtbot, agency.kim.db)
    assert kim.new_company_action.isEnabled()  # not connected to a server yet
    sync_by_hand(qtbot, kim, agency.server.url, agency.kim.login)
    assert not kim.new_company_action.isEnabled()
    admin = window_for(qtbot, agency.admin.db)
    assert admin.new_company_action.isEnabled()
