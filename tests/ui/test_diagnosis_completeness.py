"""The diagnosis screen (seen point 7): it starts from the company's own checklist, warns
with the count before saving unscored items, and shows no total while items are unscored."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coach_app.domain.company import CompanyDraft
from coach_app.services.companies import create_company
from coach_app.services.diagnoses import default_checklist, diagnoses_of
from coach_app.services.people import (
    UserDraft,
    assign_coach,
    create_programme,
    create_user,
    user_by_login,
)
from coach_app.store.database import Database
from coach_app.ui.diagnosis_editor import DiagnosisEditor


@pytest.fixture
def company(db: Database) -> uuid.UUID:
    return create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", region="광주"))


def test_a_new_diagnosis_starts_from_the_companys_programme_then_its_last_checklist(
    qtbot: QtBot, db: Database, company: uuid.UUID
) -> None:
    from coach_app.domain.programme import ProgrammeDraft

    assert default_checklist(db, company) is None
    create_user(db, UserDraft("leeexport", "이수출", "coach", "export"))
    programme = create_programme(db, ProgrammeDraft("수출 맞춤형 지원 패키지", 2026))
    coach = user_by_login(db, "leeexport")
    assert coach is not None
    assign_coach(db, programme, company, coach.id, dt.date(2026, 1, 1))
    assert default_checklist(db, company) == "export"
    editor = DiagnosisEditor(db, company)
    qtbot.addWidget(editor)
    assert str(editor.template.currentData()).startswith("export|")

    editor.template.setCurrentIndex(editor.template.findData("smart_factory|2.0"))
    for row in range(editor.model.rowCount()):
        editor.model.setData(editor.model.index(row, 2), 3)
    assert editor.save()
    assert default_checklist(db, company) == "smart_factory"
    again = DiagnosisEditor(db, company)
    qtbot.addWidget(again)
    assert str(again.template.currentData()).startswith("smart_factory|")


def test_unscored_items_are_counted_before_saving_and_leave_no_total(
    qtbot: QtBot, db: Database, company: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = DiagnosisEditor(db, company)
    qtbot.addWidget(editor)
    editor.template.setCurrentIndex(editor.template.findData("export|1.0"))
    rows = editor.model.rowCount()
    for row in range(rows - 3):
        editor.model.setData(editor.model.index(row, 2), 4)
    assert editor.overall.text().startswith("종합 점수: 미완료 (항목 3개 미입력)")
    asked: list[int] = []

    def ask(cls: object, parent: object, unscored: int) -> bool:
        asked.append(unscored)
        return len(asked) > 1  # the first time the coach goes back to score them

    monkeypatch.setattr(DiagnosisEditor, "ask_incomplete", classmethod(ask))
    assert not editor.save()
    assert asked == [3] and diagnoses_of(db, company) == []
    assert editor.save()
    (stored,) = diagnoses_of(db, company)
    assert stored.overall_score is None  # not a total over the areas scored so far

    complete = DiagnosisEditor(db, company)
    qtbot.addWidget(complete)
    complete.template.setCurrentIndex(complete.template.findData("export|1.0"))
    for row in range(complete.model.rowCount()):
        complete.model.setData(complete.model.index(row, 2), 4)
    assert complete.overall.text().startswith("종합 4.0점")
    assert complete.save() and len(asked) == 2  # nothing to ask about


def test_a_diagnosis_whose_evidence_cannot_be_stored_saves_nothing_and_keeps_the_screen(
    qtbot: QtBot,
    db: Database,
    company: uuid.UUID,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    import errno

    from coach_app.services.attachments import attachments_of
    from coach_app.store.files import FileStore

    editor = DiagnosisEditor(db, company)
    qtbot.addWidget(editor)
    editor.template.setCurrentIndex(editor.template.findData("export|1.0"))
    for row in range(editor.model.rowCount()):
        editor.model.setData(editor.model.index(row, 2), 3)
    certificate = tmp_path / "CE인증서.jpg"
    certificate.write_bytes(b"\xff\xd8 certificate")
    editor.attach_file(0, str(certificate))
    editor.comment.setPlainText("인증 준비 상태 양호")

    def disk_full(_self: FileStore, _data: bytes) -> str:
        raise OSError(errno.ENOSPC, "No space left on device")

    real_put = FileStore.put
    monkeypatch.setattr(FileStore, "put", disk_full)
    assert not editor.save()
    assert "CE인증서.jpg" in editor.message.text()
    assert diagnoses_of(db, company) == [] and attachments_of(db, company) == []
    assert editor.comment.toPlainText() == "인증 준비 상태 양호"
    assert editor.model.index(0, 5).data() == "CE인증서.jpg"
    monkeypatch.setattr(FileStore, "put", real_put)  # space again
    assert editor.save()
    assert len(diagnoses_of(db, company)) == 1 and len(attachments_of(db, company)) == 1
