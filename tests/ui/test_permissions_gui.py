"""Each screen offers exactly what the domain's permission table allows, for each role, on a
laptop that syncs (where the server's rules apply): walked action by action."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from coach_app.domain import brn
from coach_app.domain.company import CompanyDraft
from coach_app.domain.permissions import Action, Target, ever, may
from coach_app.domain.programme import ProgrammeDraft
from coach_app.domain.review import RoadmapStatus
from coach_app.domain.roles import Role
from coach_app.domain.visit import VisitDraft
from coach_app.services import roadmaps as rm
from coach_app.services.companies import create_company
from coach_app.services.people import (
    UserDraft,
    assign_coach,
    create_programme,
    create_user,
    current_user,
    sign_in,
)
from coach_app.services.visits import record_visit
from coach_app.store.database import Database
from coach_app.store.models import Roadmap
from coach_app.sync import state
from coach_app.ui.company_detail import CompanyDetail
from coach_app.ui.company_form import CompanyEditor
from coach_app.ui.main_window import MainWindow
from coach_app.ui.review_page import ReviewPage
from coach_app.ui.roadmap_editor import BUTTON_ACTIONS, RoadmapEditor
from coach_app.ui.visit_editor import VisitEditor
from tests.present import narrowed

LOGINS = {Role.COACH: "kimcoach", Role.SUPERVISOR: "parksup", Role.ADMIN: "leeadmin"}


class Office:
    def __init__(self, db: Database) -> None:
        self.db = db
        create_user(db, UserDraft("parksup", "박감독", "supervisor", ""))
        create_user(db, UserDraft("leeadmin", "이관리", "admin", ""))
        coach = current_user(db)
        assert coach is not None
        self.company = create_company(
            db, CompanyDraft(name="Hanbit Precision", brn="124-81-00998", region="광주")
        )
        programme = create_programme(db, ProgrammeDraft("Smart factory 2026", 2026))
        assign_coach(db, programme, self.company, coach.id, dt.date.today() - dt.timedelta(30))
        self.visit = record_visit(
            db, self.company, VisitDraft(dt.date.today(), "Plant", "", "", "notes")
        )
        self.roadmaps: dict[RoadmapStatus, uuid.UUID] = {}
        for number, status in enumerate(RoadmapStatus):
            # One roadmap per company: a company of the coach's for each state.
            company = create_company(
                db,
                CompanyDraft(
                    name=f"Plan Co {number}",
                    brn=brn.complete(f"1248101{number:02d}"),
                    region="광주",
                ),
            )
            assign_coach(db, programme, company, coach.id, dt.date.today() - dt.timedelta(30))
            roadmap_id = rm.create_roadmap(db, company, f"Plan {status.value}")
            with db.transaction() as session:
                row = session.get(Roadmap, roadmap_id)
                assert row is not None
                row.status = status.value
            self.roadmaps[status] = roadmap_id
        # A laptop that syncs: the server's rules apply.
        saved = state.load(db)
        saved.server_url, saved.login = "postgresql://server.invalid/coach", "kimcoach"
        state.save(db, saved)

    def target(self, role: Role, status: RoadmapStatus | None = None) -> Target:
        coach = role is Role.COACH
        return Target(owner=coach, assigned=coach, standalone=False, roadmap=status)


@pytest.fixture
def office(db: Database) -> Office:
    return Office(db)


@pytest.mark.parametrize("role", list(Role))
def test_the_roadmap_editor_offers_what_the_table_allows(
    qtbot: QtBot, office: Office, role: Role
) -> None:
    sign_in(office.db, LOGINS[role])
    for status, roadmap_id in office.roadmaps.items():
        editor = RoadmapEditor(office.db, roadmap_id)
        qtbot.addWidget(editor)
        target = office.target(role, status)
        for name, action in BUTTON_ACTIONS.items():
            assert editor.buttons[name].isVisibleTo(editor) is may(role, action, target), (
                name,
                status,
            )
        editable = may(role, Action.EDIT_ROADMAP, target)
        for name in ("add", "edit", "remove"):
            assert editor.buttons[name].isEnabled() is editable, (name, status)
        assert editor.title.isReadOnly() is not editable
        assert editor.model.follow_up is may(role, Action.FOLLOW_UP_ITEM, target), status
        editor.close()


def test_a_supervisor_gets_no_follow_up_on_an_approved_roadmap(
    qtbot: QtBot, office: Office
) -> None:
    """What was seen: the laptop took a supervisor's follow-up that the server refused."""
    sign_in(office.db, "parksup")
    editor = RoadmapEditor(office.db, office.roadmaps[RoadmapStatus.APPROVED])
    qtbot.addWidget(editor)
    assert not editor.model.follow_up
    editor.close()


@pytest.mark.parametrize("role", list(Role))
def test_the_review_page_offers_what_the_table_allows(
    qtbot: QtBot, office: Office, role: Role
) -> None:
    sign_in(office.db, LOGINS[role])
    page = ReviewPage(office.db)
    qtbot.addWidget(page)
    page.reload()
    for status in (RoadmapStatus.SUBMITTED, RoadmapStatus.CHANGES_REQUESTED):
        page.roadmap_id = None
        if office.roadmaps[status] not in [r.id for r in page.model.rows]:
            continue  # not on this role's list
        page.show_roadmap(office.roadmaps[status])
        target = office.target(role, status)
        for widget, action in (
            (page.approve_button, Action.REVIEW_ROADMAP),
            (page.changes_button, Action.REVIEW_ROADMAP),
            (page.comment_button, Action.COMMENT_ROADMAP),
        ):
            assert widget.isVisibleTo(page) is ever(role, action), (action, status)
            assert widget.isEnabled() is may(role, action, target), (action, status)
    # A coach is never offered a comment on a roadmap.
    assert page.comment_button.isVisibleTo(page) is (role is not Role.COACH)


@pytest.mark.parametrize("role", list(Role))
def test_company_screens_offer_what_the_table_allows(
    qtbot: QtBot, office: Office, role: Role
) -> None:
    sign_in(office.db, LOGINS[role])
    target = office.target(role)

    window = MainWindow(office.db, auto_sync=False)
    qtbot.addWidget(window)
    registers = may(role, Action.REGISTER_COMPANY, target)
    assert window.new_company_action.isEnabled() is registers
    assert window.import_action.isEnabled() is registers

    detail = CompanyDetail(office.db)
    qtbot.addWidget(detail)
    detail.show_company(office.company)
    assert detail.visit_button.isEnabled() is may(role, Action.RECORD_VISIT, target)
    assert detail.edit_button.isEnabled() is may(role, Action.EDIT_COMPANY, target)
    assert detail.diagnosis_button.isEnabled() is may(role, Action.RECORD_DIAGNOSIS, target)
    # This company has no roadmap yet: the button would make one.
    creates = may(role, Action.CREATE_ROADMAP, target)
    assert detail.roadmap_button.isEnabled() is creates

    editor = CompanyEditor(office.db, office.company)
    brn = narrowed(QLineEdit, editor.fields["brn"])
    assert brn.isReadOnly() is not may(role, Action.EDIT_BRN, target)
    editor.dialog.close()

    visit = VisitEditor(office.db, office.company, office.visit)
    qtbot.addWidget(visit)
    assert visit.save_button.isEnabled() is may(role, Action.EDIT_VISIT, target)
    assert visit.review_button.isVisibleTo(visit) is may(role, Action.REVIEW_VISIT, target)
    visit.close()

    # The menu's way to a roadmap asks too (it would make the company's first one).
    opened = window.open_company_roadmap(office.company)
    assert (opened is not None) is creates
    if opened is not None:
        opened.close()


def test_a_coach_sees_only_their_own_submissions(qtbot: QtBot, office: Office) -> None:
    """Headed "내 로드맵의 검토 상황", the list held every coach's roadmaps under review."""
    from coach_app.store.models import Roadmap, User

    coach = current_user(office.db)
    assert coach is not None
    other = create_user(office.db, UserDraft("leecoach", "이코치", "coach", ""))
    with office.db.transaction() as session:
        theirs = session.get(Roadmap, office.roadmaps[RoadmapStatus.SUBMITTED])
        assert theirs is not None and session.get(User, other) is not None
        theirs.coach_id = other
    page = ReviewPage(office.db)
    qtbot.addWidget(page)
    page.reload()
    shown = [r.id for r in page.model.rows]
    assert office.roadmaps[RoadmapStatus.CHANGES_REQUESTED] in shown
    assert office.roadmaps[RoadmapStatus.SUBMITTED] not in shown
    assert "1건" in page.heading.text()
