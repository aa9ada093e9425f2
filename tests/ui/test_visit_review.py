"""A supervisor marks a held visit reviewed from the visit editor; it is then locked."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coach_app.domain.company import CompanyDraft
from coach_app.domain.errors import RuleViolation
from coach_app.domain.visit import VisitDraft
from coach_app.services.companies import create_company
from coach_app.services.people import UserDraft, create_user, current_user, sign_in
from coach_app.services.visits import get_visit, record_visit, review_visit, save_visit
from coach_app.store.database import Database
from coach_app.sync import state
from coach_app.ui.visit_editor import VisitEditor

TODAY = dt.date.today()


@pytest.fixture
def visits(db: Database) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """A company, a visit held last week and one planned next month, by the coach."""
    create_user(db, UserDraft("parksup", "박감독", "supervisor", ""))
    company = create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998"))
    held = record_visit(db, company, VisitDraft(TODAY - dt.timedelta(7), "본사", "", "", "메모"))
    planned = record_visit(db, company, VisitDraft(TODAY + dt.timedelta(30), "공장"))
    saved = state.load(db)  # a laptop that syncs: the server's rules apply
    saved.server_url, saved.login = "postgresql://server.invalid/coach", "kimcoach"
    state.save(db, saved)
    return company, held, planned


def test_a_supervisor_reviews_a_held_visit_and_it_locks(
    qtbot: QtBot, db: Database, visits: tuple[uuid.UUID, uuid.UUID, uuid.UUID],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    company, held, _planned = visits
    sign_in(db, "parksup")
    editor = VisitEditor(db, company, held)
    qtbot.addWidget(editor)
    assert editor.review_button.isVisibleTo(editor) and editor.review_button.isEnabled()
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: next(answers))
    assert not editor.mark_reviewed()  # the supervisor changed their mind: nothing stored
    assert get_visit(db, held).reviewed_at is None
    assert editor.mark_reviewed()
    visit = get_visit(db, held)
    me = current_user(db)
    assert me is not None
    assert visit.reviewed_at is not None and visit.reviewed_by == me.id
    assert not editor.review_button.isVisibleTo(editor)
    assert not editor.save_button.isEnabled() and editor.notes.isReadOnly()
    assert "검토를 마친" in editor.message.text()
    # Locked for its coach too, and reviewed only once.
    sign_in(db, "kimcoach")
    reopened = VisitEditor(db, company, held)
    qtbot.addWidget(reopened)
    assert not reopened.save_button.isEnabled()
    assert not reopened.review_button.isVisibleTo(reopened)
    with pytest.raises(RuleViolation):
        save_visit(db, company, VisitDraft(TODAY, "바꿈"), held)
    sign_in(db, "parksup")
    with pytest.raises(RuleViolation) as again:
        review_visit(db, held)
    assert again.value.problem.code == "already_reviewed"


def test_a_planned_visit_and_a_coach_cannot_review(
    qtbot: QtBot, db: Database, visits: tuple[uuid.UUID, uuid.UUID, uuid.UUID]
) -> None:
    company, held, planned = visits
    with pytest.raises(RuleViolation) as refused:
        review_visit(db, held)  # the coach, signed in by the fixture
    assert refused.value.problem.code == "not_allowed"
    sign_in(db, "parksup")
    with pytest.raises(RuleViolation) as early:
        review_visit(db, planned)
    assert early.value.problem.code == "planned_not_reviewable"
    editor = VisitEditor(db, company, planned)
    qtbot.addWidget(editor)
    assert editor.review_button.isVisibleTo(editor) and not editor.review_button.isEnabled()
    assert get_visit(db, planned).reviewed_at is None
