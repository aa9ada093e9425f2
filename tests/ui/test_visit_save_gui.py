"""The visit screen saves all or nothing: a failed save keeps the screen as typed and
stores nothing, so the save after the fix stores everything once (seen point 1)."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.visit import VisitDraft
from coach_app.services.attachments import attachments_of
from coach_app.services.companies import create_company
from coach_app.services.visits import difficulties_of, record_visit, visits_of
from coach_app.store.database import Database
from coach_app.ui.visit_editor import VisitEditor

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def company(db: Database) -> uuid.UUID:
    company_id = create_company(
        db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", region="광주")
    )
    record_visit(
        db,
        company_id,
        VisitDraft(
            dt.date.today() - dt.timedelta(days=30),
            difficulties=[DifficultyDraft("funding", "운전자금 부족")],
        ),
    )
    return company_id


def raise_difficulty(editor: VisitEditor, text: str) -> None:
    row = editor.raised.add()
    editor.raised.setData(editor.raised.index(row, 0), "certification", EDIT)
    editor.raised.setData(editor.raised.index(row, 1), text, EDIT)


def photo(tmp_path: Path, name: str = "현장.png") -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7"))
    path = tmp_path / name
    assert image.save(str(path))
    return path


def test_seen_1_resolved_without_text_then_fixed_stores_the_new_difficulty_once(
    qtbot: QtBot, db: Database, company: uuid.UUID, tmp_path: Path
) -> None:
    editor = VisitEditor(db, company)
    qtbot.addWidget(editor)
    editor.notes.setPlainText("인증 상담")
    raise_difficulty(editor, "CE 인증 절차 문의")
    editor._add_photo(photo(tmp_path))
    follow = editor.follow_ups
    follow.setData(follow.index(0, 2), "resolved", EDIT)

    editor.save_button.click()
    assert not editor.saved
    assert "운전자금 부족" in editor.message.text() and "조치 결과" in editor.message.text()
    assert len(visits_of(db, company)) == 1  # only the earlier visit
    assert attachments_of(db, company) == []
    # The screen still holds everything typed.
    assert [d.description for d in editor.raised.rows] == ["CE 인증 절차 문의"]
    assert editor.notes.toPlainText() == "인증 상담" and editor.photo_list.count() == 1

    follow.setData(follow.index(0, 3), "정책자금 선정으로 해결", EDIT)
    editor.save_button.click()
    assert editor.saved
    descriptions = [d.description for d in difficulties_of(db, company)]
    assert descriptions.count("CE 인증 절차 문의") == 1
    assert len(visits_of(db, company)) == 2
    assert len(attachments_of(db, company, editor.visit_id)) == 1


def test_a_photo_gone_from_disk_stores_nothing_and_keeps_the_screen(
    qtbot: QtBot, db: Database, company: uuid.UUID, tmp_path: Path
) -> None:
    editor = VisitEditor(db, company)
    qtbot.addWidget(editor)
    editor.notes.setPlainText("사진이 사라진 방문")
    raise_difficulty(editor, "판로 개척")
    gone = photo(tmp_path, "지워진.png")
    editor._add_photo(photo(tmp_path))
    editor._add_photo(gone)
    gone.unlink()
    editor.save_button.click()
    assert not editor.saved and "지워진.png" in editor.message.text()
    assert len(visits_of(db, company)) == 1 and attachments_of(db, company) == []
    assert editor.notes.toPlainText() == "사진이 사라진 방문" and len(editor.raised.rows) == 1


def test_a_follow_up_refused_by_the_stored_state_stores_nothing(
    qtbot: QtBot, db: Database, company: uuid.UUID
) -> None:
    from coach_app.services.visits import follow_up

    editor = VisitEditor(db, company)
    qtbot.addWidget(editor)
    raise_difficulty(editor, "새 애로")
    follow = editor.follow_ups
    follow.setData(follow.index(0, 2), "in_progress", EDIT)
    # Meanwhile (a sync) the earlier difficulty was resolved: resolved → in progress is no move.
    (earlier,) = difficulties_of(db, company)
    follow_up(db, earlier.id, "resolved", "동기화로 들어온 해결")
    editor.save_button.click()
    assert not editor.saved and "운전자금 부족" in editor.message.text()
    assert len(visits_of(db, company)) == 1
    assert [d.description for d in difficulties_of(db, company)] == ["운전자금 부족"]


def test_an_untouched_difficulty_row_does_not_block_saving(
    qtbot: QtBot, db: Database, company: uuid.UUID
) -> None:
    editor = VisitEditor(db, company)
    qtbot.addWidget(editor)
    editor.notes.setPlainText("빈 줄이 남은 방문")
    editor.raised.add()  # added, never typed into (or restored empty from a draft)
    editor.save_button.click()
    assert editor.saved
    assert [d.description for d in difficulties_of(db, company)] == ["운전자금 부족"]


def test_seen_5_a_new_difficulty_resolved_on_the_spot_takes_its_resolution_in_the_table(
    qtbot: QtBot, db: Database, company: uuid.UUID
) -> None:
    editor = VisitEditor(db, company)
    qtbot.addWidget(editor)
    raise_difficulty(editor, "도면 해석 문의")
    model = editor.raised
    model.setData(model.index(0, 5), "resolved", EDIT)
    editor.save_button.click()
    assert not editor.saved and "조치 결과" in editor.message.text()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("조치 결과")  # the coach can see where to give it
    assert model.flags(model.index(0, column)) & Qt.ItemFlag.ItemIsEditable
    model.setData(model.index(0, column), "현장에서 설명함", EDIT)
    editor.save_button.click()
    assert editor.saved
    raised = [d for d in difficulties_of(db, company) if d.visit_id == editor.visit_id]
    assert [(d.status, d.resolution) for d in raised] == [("resolved", "현장에서 설명함")]


def test_seen_6_a_photo_can_be_taken_off_before_and_after_saving(
    qtbot: QtBot, db: Database, company: uuid.UUID, tmp_path: Path
) -> None:
    editor = VisitEditor(db, company)
    qtbot.addWidget(editor)
    editor._add_photo(photo(tmp_path, "잘못 찍음.png"))
    editor._add_photo(photo(tmp_path, "설비.png"))
    editor.photo_list.item(0).setSelected(True)
    editor.remove_selected_photos()
    assert [editor.photo_list.item(i).text() for i in range(editor.photo_list.count())] == [
        "설비.png"
    ]
    editor.save_button.click()
    assert editor.saved
    (kept,) = attachments_of(db, company, editor.visit_id)
    assert kept.filename == "설비.png"

    again = VisitEditor(db, company, editor.visit_id)
    qtbot.addWidget(again)
    again.photo_list.setFocus()
    again.photo_list.item(0).setSelected(True)
    again.remove_selected_photos()
    assert len(attachments_of(db, company, editor.visit_id)) == 1
    again.save_button.click()
    assert again.saved and attachments_of(db, company, editor.visit_id) == []
