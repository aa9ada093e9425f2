"""The visit editor shows the visit's programme: the one open assignment preselected, a
choice among several, "(사업 없음)" only when none is open, and the choice kept in the
crash-recovery draft."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from coach_app.domain.company import CompanyDraft
from coach_app.domain.programme import ProgrammeDraft
from coach_app.services.companies import create_company
from coach_app.services.people import assign_coach, create_programme
from coach_app.services.visits import get_visit
from coach_app.store.database import Database
from coach_app.ui.visit_editor import VisitEditor

TODAY = dt.date.today()
START = TODAY - dt.timedelta(days=60)


def _scene(db: Database, *names: str) -> tuple[uuid.UUID, list[uuid.UUID]]:
    company = create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998"))
    assert db.actor is not None
    programmes = []
    for name in names:
        programme = create_programme(db, ProgrammeDraft(name, TODAY.year))
        assign_coach(db, programme, company, db.actor, START, TODAY + dt.timedelta(days=30))
        programmes.append(programme)
    return company, programmes


def _texts(editor: VisitEditor) -> list[str]:
    return [editor.programme.itemText(i) for i in range(editor.programme.count())]


def test_the_one_open_programme_is_preselected_and_saved(qtbot: QtBot, db: Database) -> None:
    company, (rnd,) = _scene(db, "R&D 현장코칭")
    editor = VisitEditor(db, company)
    qtbot.addWidget(editor)
    assert _texts(editor) == [f"R&D 현장코칭 ({TODAY.year})"]
    assert editor.programme.currentIndex() == 0
    editor.purpose.setText("코칭")
    assert editor.store()
    assert editor.visit_id is not None
    assert get_visit(db, editor.visit_id).programme_id == rnd
    # A date after the assignment ends offers no programme, and says so.
    editor.visit_date.setDate(QDate.currentDate().addDays(45))
    assert _texts(editor)[-1] == f"R&D 현장코칭 ({TODAY.year})"  # the stored one stays
    fresh = VisitEditor(db, company)
    qtbot.addWidget(fresh)
    fresh.visit_date.setDate(QDate.currentDate().addDays(45))
    assert _texts(fresh) == ["(사업 없음)"] and fresh.chosen_programme() is None


def test_several_open_programmes_wait_for_a_choice_kept_in_the_draft(
    qtbot: QtBot, db: Database
) -> None:
    company, (rnd, export) = _scene(db, "R&D 현장코칭", "수출 코칭")
    editor = VisitEditor(db, company)
    qtbot.addWidget(editor)
    assert "(사업 없음)" not in _texts(editor) and editor.programme.currentIndex() == -1
    assert not editor.store()  # the service asks which programme
    assert "사업" in editor.message.text()
    editor.programme.setCurrentIndex(editor.programme.findData(str(export)))
    payload = editor.payload()
    assert payload["programme_id"] == str(export)
    restored = VisitEditor(db, company, restored=payload)
    qtbot.addWidget(restored)
    assert restored.chosen_programme() == export
    assert restored.store() and restored.visit_id is not None
    assert get_visit(db, restored.visit_id).programme_id == export
    assert rnd != export
