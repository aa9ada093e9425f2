"""Recording visits in the window: difficulties, follow-ups, photos, drafts after a crash."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.services import drafts
from coach_app.services.attachments import attachments_of, content
from coach_app.services.companies import create_company
from coach_app.services.visits import difficulties_of, visits_of
from coach_app.store.database import Database
from coach_app.ui.difficulty_model import FollowUps, RaisedDifficulties
from coach_app.ui.main_window import MainWindow
from coach_app.ui.visit_editor import VisitEditor
from tests.present import narrowed


@pytest.fixture
def company(db: Database) -> uuid.UUID:
    return create_company(
        db,
        CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", region="광주", industry="자동차부품"),
    )


def big_photo(tmp_path: Path) -> Path:
    image = QImage(3200, 2400, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7"))
    path = tmp_path / "생산라인.png"
    assert image.save(str(path))
    return path


def fill(editor: VisitEditor, notes: str) -> None:
    editor.place.setText("기업 현장(공장)")
    editor.attendees.insert("대표 김민준, 생산팀장 박서연")
    editor.purpose.insert("신제품 개발 과제 기획 코칭")
    editor.notes.setPlainText(notes)


def test_a_visit_with_two_difficulties_and_a_photo(
    qtbot: QtBot, db: Database, company: uuid.UUID, tmp_path: Path
) -> None:
    editor = VisitEditor(db, company)
    qtbot.addWidget(editor)
    fill(editor, "공정별 병목 구간을 확인함.")
    for category, text, severity in (
        ("funding", "원자재 가격 상승으로 운전자금 부족", "high"),
        ("certification", "CE 인증 취득 절차 문의", "medium"),
    ):
        row = editor.raised.add()
        model = editor.raised
        model.setData(model.index(row, 0), category, Qt.ItemDataRole.EditRole)
        model.setData(model.index(row, 1), text, Qt.ItemDataRole.EditRole)
        model.setData(model.index(row, 2), severity, Qt.ItemDataRole.EditRole)
    assert editor.raised.index(0, 0).data() == "자금·유동성"  # shown by its label
    editor._add_photo(big_photo(tmp_path))
    assert editor.photo_list.count() == 1
    editor.save_button.click()
    assert editor.saved

    (visit,) = visits_of(db, company)
    assert visit.notes == "공정별 병목 구간을 확인함." and visit.attendees.startswith("대표")
    assert [(d.category, d.severity) for d in difficulties_of(db, company)] == [
        ("funding", "high"),
        ("certification", "medium"),
    ]
    (photo,) = attachments_of(db, company, visit.id)
    assert photo.filename == "생산라인.jpg" and photo.kind == "photo"
    stored = QImage.fromData(content(db, photo) or b"")
    assert max(stored.width(), stored.height()) == 2048  # downscaled on the way in
    assert not drafts.pending(db.path)


def test_a_bad_difficulty_is_explained_and_nothing_is_saved(
    qtbot: QtBot, db: Database, company: uuid.UUID
) -> None:
    editor = VisitEditor(db, company)
    qtbot.addWidget(editor)
    fill(editor, "메모")
    row = editor.raised.add()
    editor.raised.setData(editor.raised.index(row, 3), "정책자금", Qt.ItemDataRole.EditRole)
    editor.save_button.click()  # the row has a requested support but no description
    assert not editor.saved
    assert "애로 내용: 필수 항목입니다." in editor.message.text()
    assert visits_of(db, company) == []


def test_a_difficulty_is_resolved_at_a_later_visit(
    qtbot: QtBot, db: Database, company: uuid.UUID
) -> None:
    from coach_app.domain.visit import VisitDraft
    from coach_app.services.visits import record_visit

    record_visit(
        db,
        company,
        VisitDraft(
            dt.date.today() - dt.timedelta(days=30),
            difficulties=[
                DifficultyDraft("funding", "운전자금 부족"),
                DifficultyDraft("ip", "특허 검토"),
            ],
        ),
    )
    editor = VisitEditor(db, company)
    qtbot.addWidget(editor)
    follow = editor.follow_ups
    assert follow.rowCount() == 2
    row = next(r for r in range(2) if follow.index(r, 1).data() == "운전자금 부족")
    follow.setData(follow.index(row, 2), "resolved", Qt.ItemDataRole.EditRole)
    editor.save_button.click()
    assert not editor.saved
    assert "조치 결과: 필수 항목입니다." in editor.message.text()
    follow.setData(follow.index(row, 3), "정책자금 선정으로 해결", Qt.ItemDataRole.EditRole)
    editor.save_button.click()
    assert editor.saved
    settled = next(d for d in difficulties_of(db, company) if d.description == "운전자금 부족")
    assert settled.status == "resolved" and settled.followed_up_visit_id == editor.visit_id
    assert [d.description for d in difficulties_of(db, company, open_only=True)] == ["특허 검토"]


def test_a_draft_survives_a_crash_and_is_offered_back(
    qtbot: QtBot, db: Database, company: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = VisitEditor(db, company)
    qtbot.addWidget(editor)
    editor.show()
    fill(editor, "정전 직전까지 적은 메모 🏭")
    editor.visit_date.setDate(QDate(2026, 11, 20))
    qtbot.waitUntil(lambda: bool(drafts.pending(db.path)), timeout=3_000)  # autosaved
    # The process dies here: nothing is closed, nothing is saved.
    editor.saved = True  # keeps the test's own teardown from asking
    editor.hide()

    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    monkeypatch.setattr(
        MainWindow,
        "ask_restore",
        classmethod(lambda cls, parent, payload: QMessageBox.StandardButton.Yes),
    )
    window.offer_drafts()
    (restored,) = window.editors
    qtbot.addWidget(restored)
    assert restored.notes.toPlainText() == "정전 직전까지 적은 메모 🏭"
    assert restored.visit_date.date() == QDate(2026, 11, 20)
    restored.save_button.click()
    (visit,) = visits_of(db, company)
    assert visit.notes == "정전 직전까지 적은 메모 🏭" and visit.visit_date == dt.date(2026, 11, 20)
    assert drafts.pending(db.path) == []


def test_closing_with_unsaved_work_asks(
    qtbot: QtBot, db: Database, company: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = VisitEditor(db, company)
    qtbot.addWidget(editor)
    editor.show()
    fill(editor, "아직 저장 안 함")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(VisitEditor, "ask_unsaved", classmethod(lambda cls, parent: answers.pop(0)))
    editor.keep_draft()
    assert not editor.close()  # Cancel: keep editing
    assert editor.isVisible() and drafts.pending(db.path)
    assert editor.close()  # Discard
    assert drafts.pending(db.path) == [] and visits_of(db, company) == []


def test_the_company_page_shows_the_timeline_and_open_difficulties(
    qtbot: QtBot, db: Database, company: uuid.UUID
) -> None:
    from coach_app.domain.visit import VisitDraft
    from coach_app.services.visits import record_visit

    record_visit(
        db,
        company,
        VisitDraft(
            dt.date(2026, 10, 1),
            purpose="첫 방문",
            difficulties=[DifficultyDraft("sales", "판로 부족")],
        ),
    )
    record_visit(db, company, VisitDraft(dt.date(2026, 11, 1), purpose="두 번째 방문"))
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    window.open_company(company)
    detail = window.company_detail
    assert detail.title.text() == "(주)한빛정밀"
    lines = [detail.timeline.item(i).text() for i in range(detail.timeline.count())]
    assert lines[0].startswith("2026-11-01  두 번째 방문") and "2026-10-01" in lines[1]
    assert "[판로·납품] 판로 부족" in detail.difficulties.item(0).text()


def test_difficulty_models_pass_the_model_tester(
    qtmodeltester: ModelTester, db: Database, company: uuid.UUID
) -> None:
    raised = RaisedDifficulties()
    raised.add(DifficultyDraft("funding", "자금"))
    qtmodeltester.check(raised, force_py=True)
    raised.add()
    raised.remove(0)
    follow = FollowUps()
    follow.set_difficulties(difficulties_of(db, company))
    qtmodeltester.check(follow, force_py=True)


def test_the_visit_page_lists_and_opens_visits(
    qtbot: QtBot, db: Database, company: uuid.UUID, qtmodeltester: ModelTester
) -> None:
    from coach_app.domain.visit import VisitDraft
    from coach_app.services.visits import record_visit

    first = record_visit(
        db,
        company,
        VisitDraft(
            dt.date(2026, 10, 1),
            purpose="특허 출원 전략",
            difficulties=[DifficultyDraft("ip", "특허")],
        ),
    )
    record_visit(db, company, VisitDraft(dt.date(2026, 11, 2), purpose="수출 인증 점검"))
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    window.navigation.setCurrentRow(2)  # the page loads when first shown
    page = window.visit_page
    qtmodeltester.check(page.visits, force_py=True)
    assert [page.visits.index(r, 2).data() for r in range(2)] == [
        "수출 인증 점검",
        "특허 출원 전략",
    ]
    assert page.visits.index(1, 4).data() == "1"
    page.search.insert("특허")
    assert page.visits.rowCount() == 1 and page.visit_id(0) == first
    page.table.doubleClicked.emit(page.visits.index(0, 0))
    (editor,) = window.editors
    qtbot.addWidget(editor)
    assert editor.visit_id == first and editor.purpose.text() == "특허 출원 전략"


def test_a_full_disk_is_explained_and_the_typed_visit_stays(
    qtbot: QtBot, db: Database, company: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from sqlalchemy import event

    editor = VisitEditor(db, company)
    qtbot.addWidget(editor)
    fill(editor, "디스크가 가득 찬 날의 메모 " * 2000)
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def tiny_disk(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 1}")

    editor.save_button.click()
    assert not editor.saved
    assert "디스크 공간이 부족" in editor.message.text()
    assert editor.notes.toPlainText().startswith("디스크가 가득 찬 날의 메모")
    event.remove(db.engine, "connect", tiny_disk)
    db.engine.dispose()
    editor.save_button.click()
    assert editor.saved and len(visits_of(db, company)) == 1


def test_the_company_form_explains_a_full_disk(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coach_app.store.errors import disk_full
    from coach_app.ui import company_form

    shown: list[str] = []
    monkeypatch.setattr(
        "coach_app.ui.company_form.QMessageBox.warning",
        lambda _parent, _title, text: shown.append(text),
    )

    def full(*_args: object) -> None:  # what the store raises on SQLITE_FULL (tested there)
        raise disk_full(db.path)

    monkeypatch.setattr(company_form, "create_company", full)
    editor = company_form.CompanyEditor(db)
    qtbot.addWidget(editor.dialog)
    narrowed(QLineEdit, editor.fields["name"]).setText("(주)가득참")
    narrowed(QLineEdit, editor.fields["brn"]).setText("124-81-00998")
    editor.save_button.click()
    assert shown and "디스크 공간이 부족" in shown[0]
    assert editor.saved_id is None and editor.text("brn") == "124-81-00998"


def test_a_saved_visit_shows_its_own_difficulties_when_reopened(qtbot: QtBot, db: Database) -> None:
    """They were missing from the first tab; an open one showed as an earlier visit's
    follow-up and a resolved one not at all."""
    from coach_app.domain.company import CompanyDraft
    from coach_app.domain.difficulty import DifficultyDraft
    from coach_app.domain.visit import VisitDraft
    from coach_app.services.companies import create_company
    from coach_app.services.visits import difficulties_of, record_visit

    company = create_company(db, CompanyDraft(name="(주)새봄정밀", brn="124-81-00998"))
    earlier = record_visit(
        db, company, VisitDraft(dt.date.today() - dt.timedelta(30), "본사"),
    )  # fmt: skip
    with_one = [DifficultyDraft("funding", "운전자금 부족")]
    record_visit(db, company, VisitDraft(dt.date.today() - dt.timedelta(30), difficulties=with_one))
    visit = record_visit(
        db,
        company,
        VisitDraft(
            dt.date.today(),
            "공장",
            difficulties=[
                DifficultyDraft("manpower", "연구 인력 부족"),
                DifficultyDraft("other", "금형 비용", status="resolved", resolution="시비 지원"),
            ],
        ),
    )
    assert earlier
    editor = VisitEditor(db, company, visit)
    qtbot.addWidget(editor)
    texts = [editor.raised.data(editor.raised.index(r, 1)) for r in range(editor.raised.rowCount())]
    assert texts == ["연구 인력 부족", "금형 비용"]
    assert editor.raised.data(editor.raised.index(1, 6)) == "시비 지원"
    assert not editor.raised.flags(editor.raised.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    # Only earlier visits' open difficulties are offered for follow-up.
    assert [d.description for d in editor.follow_ups.difficulties] == ["운전자금 부족"]
    # A new row goes after them and is what a save adds; nothing is doubled.
    row = editor.raised.add(DifficultyDraft("export_marketing", "해외 판로"))
    assert row == 2 and editor.raised.rowCount() == 3
    editor.raised.remove(0)  # a stored one stays
    assert editor.raised.rowCount() == 3
    assert editor.save(), editor.message.text()
    assert sorted(d.description for d in difficulties_of(db, company)) == sorted(
        ["운전자금 부족", "연구 인력 부족", "금형 비용", "해외 판로"]
    )


def test_a_difficulty_shows_the_rule_s_due_date_and_takes_the_coach_s(
    qtbot: QtBot, db: Database, company: uuid.UUID
) -> None:
    editor = VisitEditor(db, company)
    qtbot.addWidget(editor)
    ModelTester(qtbot).check(editor.raised)
    editor.visit_date.setDate(QDate(2026, 11, 2))
    fill(editor, "자금 애로 확인")
    row = editor.raised.add(DifficultyDraft("funding", "운전자금 부족", "critical"))
    due = editor.raised.index(row, RaisedDifficulties.DUE)
    # The rule's date (critical: a week after the visit), in grey: nothing chosen yet.
    assert due.data() == "2026-11-09"
    assert due.data(Qt.ItemDataRole.ForegroundRole) is not None
    editor.raised.setData(editor.raised.index(row, 2), "low")  # the rule's date follows
    assert due.data() == "2027-01-01"
    editor.raised.setData(due, dt.date(2026, 12, 15))
    assert due.data() == "2026-12-15" and due.data(Qt.ItemDataRole.ForegroundRole) is None
    # The draft kept after a crash holds the date too.
    restored = VisitEditor(db, company, restored=editor.payload())
    qtbot.addWidget(restored)
    assert restored.raised.rows[0].due_on == dt.date(2026, 12, 15)
    # Given the rule's date again, a difficulty follows the rule.
    other = editor.raised.add(DifficultyDraft("ip", "특허", "critical"))
    assert editor.raised.setData(
        editor.raised.index(other, RaisedDifficulties.DUE), dt.date(2026, 12, 1)
    )
    assert editor.raised.setData(
        editor.raised.index(other, RaisedDifficulties.DUE), dt.date(2026, 11, 9)
    )
    assert editor.raised.rows[other].due_on is None
    assert editor.save(), editor.message.text()
    saved = {d.description: d.due_on for d in difficulties_of(db, company)}
    assert saved == {"운전자금 부족": dt.date(2026, 12, 15), "특허": None}
