"""Keyboard paths (seen point 6): Enter opens the company row, Tab leaves 코칭 내용 and
the date field at once."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coach_app.domain.company import CompanyDraft
from coach_app.services.companies import create_company
from coach_app.store.database import Database
from coach_app.ui.main_window import MainWindow
from coach_app.ui.visit_editor import VisitEditor


@pytest.fixture
def company(db: Database) -> uuid.UUID:
    return create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", region="광주"))


def test_enter_on_a_company_row_opens_it(qtbot: QtBot, db: Database, company: uuid.UUID) -> None:
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.companies.rowCount() == 1)
    window.table.setFocus()
    window.table.setCurrentIndex(window.companies.index(0, 0))
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.company_stack.currentWidget() is window.company_detail
    assert window.company_detail.company_id == company


def test_tab_leaves_the_notes_and_the_date_field_at_once(
    qtbot: QtBot, db: Database, company: uuid.UUID
) -> None:
    editor = VisitEditor(db, company)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.visit_date.setFocus()
    qtbot.waitUntil(editor.visit_date.hasFocus)
    qtbot.keyClick(editor.visit_date, Qt.Key.Key_Tab)
    # One Tab, not three (one per part of the date), to the field below it: the programme.
    qtbot.waitUntil(editor.programme.hasFocus, timeout=2_000)
    qtbot.keyClick(editor.programme, Qt.Key.Key_Backtab)
    qtbot.waitUntil(editor.visit_date.hasFocus, timeout=2_000)
    editor.notes.setFocus()
    qtbot.waitUntil(editor.notes.hasFocus)
    qtbot.keyClicks(editor.notes, "check")
    qtbot.keyClick(editor.notes, Qt.Key.Key_Tab)
    assert editor.notes.toPlainText() == "check"  # no tab typed
    qtbot.waitUntil(lambda: not editor.notes.hasFocus(), timeout=2_000)
