"""What the coach sees of the sync in the window: the history on the sync page, a refused
visit's mark in the visit list and on its screen, and retrying it from the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coach_app.domain.sync_marks import SyncMark
from coach_app.services.syncing import mark
from coach_app.services.visits import get_visit, record_visit, review_visit, update_visit
from coach_app.ui import sync_marks
from coach_app.ui.conflicts import ConflictDialog
from tests.sync.conftest import Agency
from tests.sync.test_sync_flow import assign, visit
from tests.ui.test_sync_gui import sync_by_hand, window_for


def test_history_refusal_and_marks_in_the_window(
    qtbot: QtBot, agency: Agency, monkeypatch: pytest.MonkeyPatch
) -> None:
    kim = agency.kim
    assign(agency, kim, 0)
    agency.admin.sync()
    kim.sync()
    visit_id = record_visit(kim.db, agency.companies[0], visit("검토 전"))
    kim.sync()
    agency.supervisor.sync()
    review_visit(agency.supervisor.db, visit_id)
    agency.supervisor.sync()
    update_visit(kim.db, visit_id, visit("검토 후 고침"))

    window = window_for(qtbot, kim.db)
    sync_by_hand(qtbot, window, agency.server.url, kim.login)
    page = window.sync_page
    assert page.history.rowCount() == 3  # two syncs before, this one newest
    assert page.history.data(page.history.index(0, page.history.REFUSED)) == "1"
    details = page.history_detail.toPlainText()
    assert "서버가 거부한 변경 1건" in details and "관리자가 검토를 마친 방문" in details
    assert "동기화 전 백업" in details

    window.visit_page.reload()
    visits = window.visit_page.visits
    row = next(n for n, v in enumerate(visits.shown) if v.id == visit_id)
    tip = visits.data(visits.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip == sync_marks.tooltip(SyncMark.REFUSED)
    assert visits.data(visits.index(row, 0), Qt.ItemDataRole.DecorationRole) is not None

    editor = window.open_visit(agency.companies[0], visit_id)
    assert editor.sync_mark.words.text() == "서버가 거부함"
    assert "관리자가 검토를 마친 방문" in editor.sync_mark.toolTip()
    editor.close()

    def retry(dialog: ConflictDialog) -> int:
        assert dialog.retry.isVisible() or not dialog.retry.isHidden()
        dialog.retry.click()
        return 1

    monkeypatch.setattr(ConflictDialog, "exec", retry)
    page.resolve_selected()
    assert get_visit(kim.db, visit_id).notes == "검토 후 고침"
    assert mark(kim.db, "visits", visit_id)[0] is SyncMark.WAITING
    assert page.conflicts.rowCount() == 0
