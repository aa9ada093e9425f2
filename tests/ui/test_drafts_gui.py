"""Drafts on every typing screen: restored through the start-up offer, asked about on
Escape, and an empty restored row that no longer blocks saving (seen point 2)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from coach_app.domain.company import CompanyDraft
from coach_app.services import drafts
from coach_app.services.companies import create_company, list_companies
from coach_app.services.diagnoses import diagnoses_of
from coach_app.services.roadmaps import create_roadmap, items_of
from coach_app.services.visits import visits_of
from coach_app.store.database import Database
from coach_app.ui.company_form import CompanyEditor
from coach_app.ui.diagnosis_editor import DiagnosisEditor
from coach_app.ui.main_window import MainWindow
from coach_app.ui.roadmap_item import ItemEditor
from coach_app.ui.unsaved import GuardedDialog
from coach_app.ui.visit_editor import VisitEditor
from tests.present import narrowed, present

Button = QMessageBox.StandardButton


@pytest.fixture
def company(db: Database) -> uuid.UUID:
    return create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", region="광주"))


def answer(monkeypatch: pytest.MonkeyPatch, *answers: Button) -> list[int]:
    """Answer the close question with ``answers`` in turn; returns how often it was asked."""
    asked: list[int] = []
    queue = list(answers)

    def ask(cls: Any, parent: Any) -> Button:
        asked.append(1)
        return queue.pop(0)

    monkeypatch.setattr(GuardedDialog, "ask_unsaved", classmethod(ask))
    return asked


def restore_all(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    monkeypatch.setattr(MainWindow, "ask_restore", classmethod(lambda cls, p, payload: Button.Yes))
    window.offer_drafts()
    return window


def test_escape_on_the_new_company_form_asks_and_can_keep_the_draft(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = CompanyEditor(db)
    qtbot.addWidget(editor.dialog)
    editor.dialog.show()
    asked = answer(monkeypatch, Button.Cancel, Button.Close)
    narrowed(QLineEdit, editor.fields["name"]).setText("(주)새빛")
    qtbot.keyClick(editor.dialog, Qt.Key.Key_Escape)
    assert asked == [1] and editor.dialog.isVisible()  # Cancel: go on typing
    qtbot.keyClick(editor.dialog, Qt.Key.Key_Escape)
    assert not editor.dialog.isVisible()  # kept as a draft and closed
    (draft,) = drafts.pending(db.path)
    assert draft.payload["name"] == "(주)새빛"


def test_closing_the_company_form_discards_when_asked_and_closes_silently_when_empty(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer(monkeypatch, Button.Discard)
    empty = CompanyEditor(db)
    qtbot.addWidget(empty.dialog)
    empty.dialog.show()
    qtbot.keyClick(empty.dialog, Qt.Key.Key_Escape)
    assert not empty.dialog.isVisible() and asked == []
    typed = CompanyEditor(db)
    qtbot.addWidget(typed.dialog)
    typed.dialog.show()
    narrowed(QLineEdit, typed.fields["ceo"]).setText("김대표")
    present(typed.keeper).write()
    typed.dialog.close()  # the window's close button
    assert asked == [1] and not typed.dialog.isVisible()
    assert drafts.pending(db.path) == []


def test_a_kept_visit_draft_comes_back_without_its_empty_difficulty_row(
    qtbot: QtBot, db: Database, company: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = VisitEditor(db, company)
    qtbot.addWidget(editor)
    editor.show()
    editor.notes.setPlainText("정전 직전까지 적은 메모")
    editor._add_difficulty()  # a row added, its cell open, nothing typed
    answer(monkeypatch, Button.Close)
    editor.reject()
    assert not editor.isVisible()
    (draft,) = drafts.pending(db.path)
    assert len(draft.payload["difficulties"]) == 1  # the draft keeps the screen as it was

    window = restore_all(qtbot, db, monkeypatch)
    (restored,) = window.editors
    assert restored.notes.toPlainText() == "정전 직전까지 적은 메모"
    assert restored.raised.rows == []
    restored.save_button.click()
    assert restored.saved and len(visits_of(db, company)) == 1


def test_a_diagnosis_draft_is_offered_back_with_its_scores_and_comments(
    qtbot: QtBot, db: Database, company: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = DiagnosisEditor(db, company)
    qtbot.addWidget(editor)
    editor.template.setCurrentIndex(editor.template.findData("export|1.0"))
    editor.diagnosed_on.setDate(QDate(2026, 11, 20))
    model = editor.model
    model.setData(model.index(0, 2), 3)
    editor.table.setCurrentIndex(model.index(1, 6))
    editor.table.edit(model.index(1, 6))  # the item comment, still being typed
    (cell,) = editor.table.viewport().findChildren(QLineEdit)
    cell.setText("인증 준비 중")
    editor.comment.setPlainText("수출 준비도 점검")
    present(editor.keeper).write()
    editor.saved = True  # the process dies here
    editor.hide()

    window = restore_all(qtbot, db, monkeypatch)
    (restored,) = window.findChildren(DiagnosisEditor)
    assert restored.comment.toPlainText() == "수출 준비도 점검"
    assert restored.diagnosed_on.date() == QDate(2026, 11, 20)
    assert restored.model.index(0, 2).data() == "3"
    assert restored.model.index(1, 6).data() == "인증 준비 중"
    assert restored.windowTitle().endswith("(주)한빛정밀")
    assert diagnoses_of(db, company) == []


def test_a_roadmap_item_draft_is_offered_back_in_its_roadmap(
    qtbot: QtBot, db: Database, company: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    roadmap = create_roadmap(db, company, "2027 로드맵")
    editor = ItemEditor(db, roadmap, [])
    qtbot.addWidget(editor)
    editor.fields["title"].setText("CE 인증 취득")
    editor.description.setPlainText("시험기관 선정부터")
    present(editor.keeper).write()
    editor.saved = True
    editor.hide()

    window = restore_all(qtbot, db, monkeypatch)
    (restored,) = window.findChildren(ItemEditor)
    assert restored.fields["title"].text() == "CE 인증 취득"
    assert restored.description.toPlainText() == "시험기관 선정부터"
    assert restored.save()
    assert [i.title for i in items_of(db, roadmap)] == ["CE 인증 취득"]
    assert drafts.pending(db.path) == []


def test_a_company_draft_is_offered_back(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = CompanyEditor(db)
    qtbot.addWidget(editor.dialog)
    narrowed(QLineEdit, editor.fields["name"]).setText("(주)새빛")
    narrowed(QLineEdit, editor.fields["brn"]).setText("124-81-00998")
    present(editor.keeper).write()
    editor.saved_id = uuid.uuid4()  # the process dies here; nothing more is written
    editor.dialog.hide()

    def save_at_once(self: CompanyEditor) -> int:
        assert self.text("name") == "(주)새빛"
        self.save()
        return 1

    monkeypatch.setattr(CompanyEditor, "exec", save_at_once)
    restore_all(qtbot, db, monkeypatch)
    assert [c.name for c in list_companies(db)] == ["(주)새빛"]
    assert drafts.pending(db.path) == []
