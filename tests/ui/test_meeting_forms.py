"""Recording a 간담회, a 지원 조치 and an 기관 in the window, as a supervisor would."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coach_app.domain import brn
from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.meeting import MeasureDraft, MeetingCompany, MeetingDraft
from coach_app.services import drafts
from coach_app.services import meetings as meeting_service
from coach_app.services.companies import create_company
from coach_app.services.meetings import meeting_view, record_meeting
from coach_app.services.meetings import recording as meeting_recording
from coach_app.services.people import UserDraft, create_user, sign_in
from coach_app.services.visits import new_difficulty
from coach_app.store.database import Database
from coach_app.store.errors import DiskFull
from coach_app.store.models import Difficulty, Measure, Meeting, Visit
from coach_app.ui.company_detail import CompanyDetail
from coach_app.ui.measure_form import MeasureEditor
from coach_app.ui.meeting_form import DESCRIPTION, MeetingEditor
from coach_app.ui.meeting_page import MeetingListPage
from coach_app.ui.organisations import OrganisationsDialog
from tests.present import present

NAMES = ("(주)광신기계", "대광공업(주)", "빛고을오토텍")


@pytest.fixture
def companies(db: Database) -> list[uuid.UUID]:
    found = [
        create_company(db, CompanyDraft(name, brn.complete(f"4108{i:05d}"), region="광주"))
        for i, name in enumerate(NAMES)
    ]
    create_user(db, UserDraft("parkboss", "박감독", "supervisor"))
    sign_in(db, "parkboss")
    return found


def _describe(editor: MeetingEditor, row: int, text: str) -> None:
    editor.difficulties.setItem(row, DESCRIPTION, QTableWidgetItem(text))


def _fill(editor: MeetingEditor, companies: list[uuid.UUID]) -> None:
    editor.held_on.setText("2019-04-22")
    editor.title.setText("자동차·뿌리산업 현장 간담회")
    editor.place.setText("평동산단 비즈니스센터")
    editor.attendees.setPlainText("김보증 이사장\n정대표 대표이사")
    for company in companies:
        editor.check_company(company)
    editor.add_difficulty(str(companies[0]), "funding", "운전자금이 부족함")
    editor.add_difficulty(str(companies[0]), "manpower", "현장 인력 채용이 어려움")
    editor.add_difficulty(str(companies[1]), "export_marketing", "해외 판로가 없음")


def _count(db: Database, model: type[Meeting] | type[Visit] | type[Difficulty]) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_meeting_with_three_companies_is_saved_in_one_go(
    qtbot: QtBot, db: Database, companies: list[uuid.UUID]
) -> None:
    editor = MeetingEditor(db)
    qtbot.addWidget(editor)
    _fill(editor, companies)
    assert editor.save()
    assert editor.saved_id is not None
    with db.read() as session:
        visits = session.scalars(select(Visit).where(Visit.meeting_id == editor.saved_id)).all()
        assert sorted(v.company_id for v in visits) == sorted(companies)
        assert {v.visit_date for v in visits} == {dt.date(2019, 4, 22)}
        raised: dict[uuid.UUID, list[str]] = {}
        for d in session.scalars(select(Difficulty).order_by(Difficulty.created_at)):
            visit = next(v for v in visits if v.id == d.visit_id)
            assert visit.company_id == d.company_id
            raised.setdefault(d.company_id, []).append(d.description)
    assert raised == {
        companies[0]: ["운전자금이 부족함", "현장 인력 채용이 어려움"],
        companies[1]: ["해외 판로가 없음"],
    }
    page = MeetingListPage(db)
    qtbot.addWidget(page)
    page.reload()
    assert page.table.rowCount() == 1
    assert present(page.table.item(0, 4)).text() == "3"
    text = page.detail.toPlainText()
    assert "참석 기업 3곳" in text and "해외 판로가 없음" in text and "김보증 이사장" in text
    assert not drafts.pending(db.path)  # saved: no draft left to offer back


def test_bad_input_is_shown_at_its_field_and_nothing_is_lost(
    qtbot: QtBot, db: Database, companies: list[uuid.UUID]
) -> None:
    editor = MeetingEditor(db)
    qtbot.addWidget(editor)
    assert not editor.save()
    assert editor.errors["held_on"].text() == "필수 항목입니다."
    assert editor.errors["title"].text() == "필수 항목입니다."
    assert editor.errors["companies"].text() == "필수 항목입니다."
    editor.held_on.setText("4월 22일")
    assert editor.errors["held_on"].text() == "날짜로 읽을 수 없습니다 (예: 2015-03-02)."
    editor.held_on.setText("2019-04-22")
    assert editor.errors["held_on"].text() == ""  # problems follow the typing after a try
    editor.title.setText("간담회")
    editor.check_company(companies[0])
    assert editor.errors["companies"].text() == ""
    editor.check_company(companies[1])  # two companies: a new row names neither yet
    editor.add_difficulty(str(companies[0]), "funding", "")
    editor.add_difficulty("", "funding", "판로 부족")
    assert not editor.save()
    message = editor.errors["difficulties"].text()
    assert "애로사항 1번: 애로 내용: 필수 항목입니다." in message
    assert "애로사항 2번: 기업을 고르세요." in message
    assert _count(db, Meeting) == 0
    assert editor.title.text() == "간담회" and editor.difficulties.rowCount() == 2
    _describe(editor, 0, "자금 부족")
    editor.difficulties.removeRow(1)
    assert editor.save()
    assert _count(db, Difficulty) == 1


def test_a_failure_half_way_stores_nothing_and_keeps_the_form(
    qtbot: QtBot, db: Database, companies: list[uuid.UUID], monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = MeetingEditor(db)
    qtbot.addWidget(editor)
    _fill(editor, companies)
    real = new_difficulty
    made: list[uuid.UUID] = []

    def fails_at_the_second_company(
        session: Session, company_id: uuid.UUID, visit_id: uuid.UUID, draft: DifficultyDraft
    ) -> Difficulty:
        if company_id == companies[1]:
            raise DiskFull("디스크가 가득 찼습니다.")
        made.append(company_id)
        return real(session, company_id, visit_id, draft)

    monkeypatch.setattr(meeting_recording, "new_difficulty", fails_at_the_second_company)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    assert not editor.save()
    assert warnings == ["디스크가 가득 찼습니다."]
    assert made == [companies[0]] * 2  # the first company's were made, then it failed
    for model in (Meeting, Visit, Difficulty):
        assert _count(db, model) == 0
    assert not editor.saved
    assert editor.difficulties.rowCount() == 3 and len(editor.chosen()) == 3
    monkeypatch.setattr(meeting_recording, "new_difficulty", real)
    assert editor.save()
    assert _count(db, Visit) == 3 and _count(db, Difficulty) == 3


def test_the_typing_survives_a_crash_as_a_draft(
    qtbot: QtBot, db: Database, companies: list[uuid.UUID]
) -> None:
    editor = MeetingEditor(db)
    qtbot.addWidget(editor)
    _fill(editor, companies)
    qtbot.waitUntil(lambda: bool(drafts.pending(db.path)), timeout=3000)  # the keeper's beat
    (left,) = drafts.pending(db.path)
    again = MeetingEditor(db, restored=left.payload)
    qtbot.addWidget(again)
    assert again.title.text() == "자동차·뿌리산업 현장 간담회"
    assert [c for c, _ in again.chosen()] == [c for c, _ in editor.chosen()]
    assert again.rows() == editor.rows()
    assert again.attendees.toPlainText() == "김보증 이사장\n정대표 대표이사"


def test_a_coach_is_not_offered_meetings_nor_organisations(
    qtbot: QtBot, db: Database, companies: list[uuid.UUID]
) -> None:
    sign_in(db, "kimcoach")
    page = MeetingListPage(db)
    qtbot.addWidget(page)
    page.reload()
    assert not page.new_button.isEnabled()
    dialog = OrganisationsDialog(db)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled() and not dialog.name.isEnabled()


def test_organisations_are_listed_and_a_bad_email_is_shown(
    qtbot: QtBot, db: Database, companies: list[uuid.UUID]
) -> None:
    dialog = OrganisationsDialog(db)
    qtbot.addWidget(dialog)
    dialog.name.setText("광주신용보증재단")
    dialog.kind.setCurrentIndex(dialog.kind.findData("bank"))
    dialog.email.setText("gjsinbo-at-example")
    assert not dialog.save()
    assert dialog.errors["email"].text() != ""
    assert dialog.table.rowCount() == 0
    dialog.email.setText("help@gjsinbo.or.kr")
    assert dialog.save()
    assert dialog.table.rowCount() == 1
    assert present(dialog.table.item(0, 1)).text() == "금융기관"
    dialog.phone.setText("062-950-0000")
    assert dialog.save()  # the chosen one is edited, not added again
    assert (
        dialog.table.rowCount() == 1 and present(dialog.table.item(0, 2)).text() == "062-950-0000"
    )


def _meeting(db: Database, companies: list[uuid.UUID]) -> tuple[uuid.UUID, tuple[uuid.UUID, ...]]:
    recorded = record_meeting(
        db,
        MeetingDraft(
            dt.date(2019, 4, 22),
            "현장 간담회",
            companies=[
                MeetingCompany(
                    companies[0],
                    [
                        DifficultyDraft("funding", "운전자금 부족"),
                        DifficultyDraft("sales", "납품 단가 인하"),
                    ],
                ),
                MeetingCompany(companies[1], [DifficultyDraft("manpower", "인력 부족")]),
            ],
        ),
    )
    return recorded.meeting_id, recorded.difficulties[companies[0]]


def test_a_measure_answering_two_difficulties_is_in_the_company_history(
    qtbot: QtBot, db: Database, companies: list[uuid.UUID]
) -> None:
    meeting_id, (first, second) = _meeting(db, companies)
    editor = MeasureEditor(db, meeting_id=meeting_id)
    qtbot.addWidget(editor)
    assert editor.answers.count() == 3  # every difficulty raised at the meeting
    editor.lines["title"].setText("특례보증 확대")
    editor.lines["amount"].setText("오억")
    assert not editor.save()
    assert editor.errors["amount"].text() == "금액을 숫자로 입력하세요 (예: 1,500만원)."
    editor.lines["amount"].setText("5억원")
    editor.combos["source"].setCurrentIndex(editor.combos["source"].findData("local"))
    editor.combos["status"].setCurrentIndex(editor.combos["status"].findData("done"))
    assert not editor.save()
    assert editor.errors["done_on"].text() == "필수 항목입니다."
    editor.lines["done_on"].setText("2019-06-30")
    editor.check(first)
    editor.check(second)
    assert editor.save()
    with db.read() as session:
        measure = session.scalars(select(Measure)).one()
        assert measure.amount == 500_000_000 and measure.source == "local"
        assert measure.meeting_id == meeting_id and measure.company_id is None
        assert sorted(measure.difficulty_ids) == sorted([str(first), str(second)])
    page = CompanyDetail(db)
    qtbot.addWidget(page)
    page.show_company(companies[0])
    shown = [present(page.measures.item(r)).text() for r in range(page.measures.count())]
    assert len(shown) == 1
    assert "특례보증 확대" in shown[0] and "500,000,000원" in shown[0]
    assert "운전자금 부족" in shown[0] and "납품 단가 인하" in shown[0]
    assert "간담회: 현장 간담회" in shown[0]
    page.show_company(companies[2])  # took no part: nothing of it shows there
    assert present(page.measures.item(0)).text() == "지원 조치가 없습니다."


def test_a_company_measure_from_its_page_reads_plain_amounts(
    qtbot: QtBot, db: Database, companies: list[uuid.UUID]
) -> None:
    _meeting_id, (first, _second) = _meeting(db, companies)
    editor = MeasureEditor(db, company_id=companies[0])
    qtbot.addWidget(editor)
    assert editor.answers.count() == 2  # only this company's difficulties
    editor.lines["title"].setText("컨설팅 지원")
    editor.lines["amount"].setText("500,000,000")
    editor.check(first)
    assert editor.answers.item(0).checkState() == Qt.CheckState.Checked
    assert editor.save()
    with db.read() as session:
        measure = session.scalars(select(Measure)).one()
        assert measure.amount == 500_000_000 and measure.company_id == companies[0]


def test_a_company_measure_moves_along_from_the_company_page(
    qtbot: QtBot, db: Database, companies: list[uuid.UUID], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    editor = MeasureEditor(db, company_id=companies[0])
    qtbot.addWidget(editor)
    editor.lines["title"].setText("컨설팅 지원")
    assert editor.save()
    page = CompanyDetail(db)
    qtbot.addWidget(page)
    page.show_company(companies[0])
    moved: list[object] = []
    page.measure_moved.connect(moved.append)
    answers = iter([("완료", True), ("시행 중", False)])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a, **_k: next(answers))
    assert page._move_measure(page.measures.item(0))
    with db.read() as session:
        measure = session.scalars(select(Measure)).one()
        assert measure.status == "done" and measure.done_on == dt.date.today()
    assert moved == [companies[0]]
    page.show_company(companies[0])
    assert "완료" in present(page.measures.item(0)).text()
    assert not page._move_measure(page.measures.item(0))  # cancelled: nothing changes
    with db.read() as session:
        assert session.scalars(select(Measure)).one().status == "done"


def test_the_window_reaches_meetings_and_offers_their_drafts_back(
    qtbot: QtBot, db: Database, companies: list[uuid.UUID], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QAction

    from coach_app.ui.main_window import MainWindow

    editor = MeetingEditor(db)
    qtbot.addWidget(editor)
    _fill(editor, companies)
    present(editor.keeper).write()  # as a crash would leave it
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    shortcuts = {a.shortcut().toString(): a for a in window.findChildren(QAction)}
    shortcuts["Ctrl+6"].trigger()
    assert window.pages.currentWidget() is window.meeting_page
    assert window.meeting_page.new_button.isEnabled()
    monkeypatch.setattr(
        MainWindow,
        "ask_restore",
        classmethod(lambda cls, parent, payload: QMessageBox.StandardButton.Yes),
    )
    window.offer_drafts()
    (restored,) = [e for e in window.findChildren(MeetingEditor) if e.isVisible()]
    assert restored.rows() == editor.rows()
    assert restored.save()
    assert window.pages.currentWidget() is window.meeting_page
    assert window.meeting_page.table.rowCount() == 1
    assert window.meeting_page.meeting_id() == restored.saved_id
    shortcuts["Ctrl+Shift+M"].trigger()  # a second meeting, from the menu
    assert len([e for e in window.findChildren(MeetingEditor) if e.isVisible()]) == 1


def test_a_measure_draft_is_offered_back_with_its_answers(
    qtbot: QtBot, db: Database, companies: list[uuid.UUID], monkeypatch: pytest.MonkeyPatch
) -> None:
    from coach_app.ui.main_window import MainWindow

    meeting_id, (_first, second) = _meeting(db, companies)
    editor = MeasureEditor(db, meeting_id=meeting_id)
    qtbot.addWidget(editor)
    editor.lines["title"].setText("특례보증 확대")
    editor.lines["amount"].setText("20억원")
    editor.check(second)
    present(editor.keeper).write()  # as a crash would leave it
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    monkeypatch.setattr(
        MainWindow,
        "ask_restore",
        classmethod(lambda cls, parent, payload: QMessageBox.StandardButton.Yes),
    )
    window.offer_drafts()
    (restored,) = [e for e in window.findChildren(MeasureEditor) if e.isVisible()]
    assert restored.meeting_id == meeting_id and restored.company_id is None
    assert restored.lines["amount"].text() == "20억원"
    assert restored.checked() == [second]
    assert restored.save()
    assert not drafts.pending(db.path)
    with db.read() as session:
        assert session.scalars(select(Measure)).one().amount == 2_000_000_000


def test_a_meeting_double_clicked_opens_filled_and_is_corrected(
    qtbot: QtBot, db: Database, companies: list[uuid.UUID], monkeypatch: pytest.MonkeyPatch
) -> None:
    from coach_app.ui.main_window import MainWindow

    meeting_id, (first, _second) = _meeting(db, companies)
    meeting_service.record_measure(
        db, MeasureDraft("특례보증", meeting_id=meeting_id, difficulty_ids=[first])
    )
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    window.meeting_page.reload()
    window.meeting_page.table.cellDoubleClicked.emit(0, 1)
    (editor,) = [e for e in window.findChildren(MeetingEditor) if e.isVisible()]
    assert editor.windowTitle() == "간담회 수정"
    assert (editor.held_on.text(), editor.title.text()) == ("2019-04-22", "현장 간담회")
    assert {c for c, _ in editor.chosen()} == set(companies[:2])
    last = record_meeting(
        db,
        MeetingDraft(dt.date(2019, 5, 2), "후속 간담회", companies=[MeetingCompany(companies[2])]),
    ).meeting_id
    reopened = MeetingEditor(db, meeting_id=last)
    qtbot.addWidget(reopened)
    # The company that took part heads the list (it is last by name).
    assert reopened.companies.item(0).text() == NAMES[2]
    assert reopened.companies.item(0).checkState() == Qt.CheckState.Checked
    assert reopened.companies.item(1).checkState() == Qt.CheckState.Unchecked
    assert [(r[2], bool(r[3])) for r in editor.rows()] == [
        ("운전자금 부족", True),
        ("납품 단가 인하", True),
        ("인력 부족", True),
    ]
    # Removing the difficulty the measure answers: refused with a clear word, form kept.
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    editor.difficulties.selectRow(0)
    editor._remove_selected()
    editor.place.setText("시청")
    assert not editor.save()
    assert "특례보증" in warned[0] and "삭제할 수 없습니다" in warned[0]
    assert editor.isVisible() and editor.place.text() == "시청"
    assert meeting_view(db, meeting_id).place == ""
    # Closed and reopened as stored; one reworded (typed over), another withdrawn.
    editor.saved = True
    editor.reject()
    again = window.meetings.edit_meeting(meeting_id)
    assert again is not None and len(again.rows()) == 3
    editor = again
    present(editor.difficulties.item(1, DESCRIPTION)).setText("납품 단가 10% 인하")
    editor.difficulties.selectRow(2)
    editor._remove_selected()
    editor.place.setText("시청")
    assert editor.save()
    view = meeting_view(db, meeting_id)
    assert view.place == "시청"
    raised = {c.company_id: [d.description for d in c.difficulties] for c in view.companies}
    assert raised == {companies[0]: ["운전자금 부족", "납품 단가 10% 인하"], companies[1]: []}
    assert _count(db, Meeting) == 2  # corrected, not recorded twice (the other is 후속)
    with db.read() as session:  # the reworded one is the same difficulty, rewritten
        assert (
            session.scalar(
                select(func.count()).select_from(Difficulty).where(Difficulty.deleted_at.is_(None))
            )
            == 2
        )


def test_a_measure_is_corrected_and_deleted_from_the_meeting_page(
    qtbot: QtBot, db: Database, companies: list[uuid.UUID], monkeypatch: pytest.MonkeyPatch
) -> None:
    from coach_app.ui.main_window import MainWindow

    meeting_id, (first, second) = _meeting(db, companies)
    measure = meeting_service.record_measure(
        db,
        MeasureDraft("특례보증", amount=500_000_000, meeting_id=meeting_id, difficulty_ids=[first]),
    )
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    window.meeting_page.reload()
    assert f'href="measure:{measure}"' in window.meeting_page._html(meeting_view(db, meeting_id))
    editor = window.meetings.edit_measure(measure)
    assert editor is not None
    assert editor.windowTitle() == "지원 조치 수정 — 현장 간담회"
    assert editor.lines["amount"].text() == "500,000,000"
    assert editor.checked() == [first]
    editor.lines["amount"].setText("7억원")
    editor.lines["decided_on"].setText("2019-05-10")
    editor.lines["due_on"].setText("2019-05-01")
    assert not editor.save()  # due before decided
    assert editor.errors["due_on"].text()
    editor.lines["due_on"].setText("2019-12-31")
    editor.combos["status"].setCurrentIndex(editor.combos["status"].findData("in_progress"))
    editor.check(second)
    assert editor.save()
    with db.read() as session:
        row = session.get(Measure, measure)
        assert row is not None and (row.amount, row.status, row.due_on) == (
            700_000_000,
            "in_progress",
            dt.date(2019, 12, 31),
        )
        assert sorted(row.difficulty_ids) == sorted([str(first), str(second)])
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: next(answers))
    window.meeting_page.edit_requested.emit("delete-measure", measure)  # declined
    assert meeting_view(db, meeting_id).measures != ()
    window.meeting_page.edit_requested.emit("delete-measure", measure)
    assert meeting_view(db, meeting_id).measures == ()
    with db.read() as session:
        gone = session.get(Measure, measure)
        assert gone is not None and gone.deleted_at is not None


def test_a_coach_is_offered_no_correction_of_meetings(
    qtbot: QtBot, db: Database, companies: list[uuid.UUID]
) -> None:
    meeting_id, _ = _meeting(db, companies)
    sign_in(db, "kimcoach")
    page = MeetingListPage(db)
    qtbot.addWidget(page)
    page.reload()
    assert 'href="meeting:' not in page._html(meeting_view(db, meeting_id))


def test_a_correction_left_as_a_draft_is_offered_back_as_a_correction(
    qtbot: QtBot, db: Database, companies: list[uuid.UUID], monkeypatch: pytest.MonkeyPatch
) -> None:
    from coach_app.ui.main_window import MainWindow

    meeting_id, _ = _meeting(db, companies)
    editor = MeetingEditor(db, meeting_id=meeting_id)
    qtbot.addWidget(editor)
    editor.place.setText("시청 대회의실")
    present(editor.difficulties.item(0, DESCRIPTION)).setText("운전자금 3억원 부족")
    present(editor.keeper).write()  # as a crash would leave it
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    monkeypatch.setattr(
        MainWindow,
        "ask_restore",
        classmethod(lambda cls, parent, payload: QMessageBox.StandardButton.Yes),
    )
    window.offer_drafts()
    (restored,) = [e for e in window.findChildren(MeetingEditor) if e.isVisible()]
    assert restored.meeting_id == meeting_id and restored.rows() == editor.rows()
    assert restored.save()
    assert not drafts.pending(db.path)
    view = meeting_view(db, meeting_id)
    assert view.place == "시청 대회의실" and _count(db, Meeting) == 1
    assert view.companies[0].difficulties[0].description == "운전자금 3억원 부족"
    with db.read() as session:  # rewritten in place: three difficulties, none removed
        assert session.scalar(select(func.count()).select_from(Difficulty)) == 3


def test_a_difficulty_s_due_date_is_shown_by_rule_and_taken_when_typed(
    qtbot: QtBot, db: Database, companies: list[uuid.UUID]
) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from coach_app.ui.meeting_form import DUE, RuleDateDelegate

    editor = MeetingEditor(db)
    qtbot.addWidget(editor)
    _fill(editor, companies)
    # Left empty, the cell shows the rule's date (a meeting's difficulty is of medium
    # severity: 30 days), following the meeting's date.
    option = QStyleOptionViewItem()
    delegate = editor.difficulties.itemDelegateForColumn(DUE)
    assert isinstance(delegate, RuleDateDelegate)
    delegate.initStyleOption(option, editor.difficulties.model().index(0, DUE))
    assert option.text == "2019-05-22"
    editor.difficulties.setItem(0, DUE, QTableWidgetItem("2019-04-20"))  # before the meeting
    editor.difficulties.setItem(1, DUE, QTableWidgetItem("2019-06-30"))
    editor.difficulties.setItem(2, DUE, QTableWidgetItem("6월 말"))
    _draft, problems = editor.draft()
    texts = [text for _field, text in problems]
    assert any(t.startswith("애로사항 1번") and "제기된 날" in t for t in texts)
    assert any(t.startswith("애로사항 3번") and "날짜" in t for t in texts), texts
    editor.difficulties.setItem(0, DUE, QTableWidgetItem(""))
    editor.difficulties.setItem(2, DUE, QTableWidgetItem(""))
    assert editor.save()
    # The typing kept as a draft holds the dates too.
    assert [row[4] for row in editor.payload()["difficulties"]] == ["", "2019-06-30", ""]
    with db.read() as session:
        dates = {
            d.description: d.due_on
            for d in session.scalars(select(Difficulty).order_by(Difficulty.created_at))
        }
    assert dates == {
        "운전자금이 부족함": None,
        "현장 인력 채용이 어려움": dt.date(2019, 6, 30),
        "해외 판로가 없음": None,
    }
