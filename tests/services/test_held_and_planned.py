"""What only a visit that took place carries: the app refuses on a planned visit what the
server refuses (follow-ups, a difficulty noted other than open), a held visit with records
does not become a plan, and no follow-up is dated before its difficulty was raised."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.errors import RuleViolation, ValidationError
from coach_app.domain.meeting import MeetingCompany, MeetingDraft
from coach_app.domain.satisfaction import Question, RatingDraft
from coach_app.domain.visit import VisitDraft
from coach_app.services.companies import create_company
from coach_app.services.meetings import record_meeting, stored_meeting, update_meeting
from coach_app.services.people import UserDraft, create_user, sign_in
from coach_app.services.satisfaction import record_rating
from coach_app.services.visits import (
    FollowUpDraft,
    add_difficulty,
    difficulties_of,
    follow_up,
    review_visit,
    save_visit,
    update_visit,
)
from coach_app.store.database import Database

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)


@pytest.fixture
def company_id(db: Database) -> uuid.UUID:
    return create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", region="광주"))


def _raised(db: Database, company_id: uuid.UUID, day: dt.date) -> uuid.UUID:
    save_visit(db, company_id, VisitDraft(day, difficulties=[DifficultyDraft("funding", "자금")]))
    return difficulties_of(db, company_id)[0].id


def test_a_plan_takes_open_difficulties_and_no_follow_up(
    db: Database, company_id: uuid.UUID
) -> None:
    difficulty = _raised(db, company_id, TODAY - 5 * DAY)
    plan = VisitDraft(TODAY + 3 * DAY, difficulties=[DifficultyDraft("ip", "특허")])
    planned = save_visit(db, company_id, plan)  # an open difficulty noted ahead
    with pytest.raises(ValidationError) as caught:
        save_visit(
            db, company_id, VisitDraft(TODAY + 3 * DAY),
            follow_ups=[FollowUpDraft(difficulty, "in_progress")],
        )  # fmt: skip
    assert [p.code for p in caught.value.problems] == ["planned_no_follow_up"]
    resolved = DifficultyDraft("ip", "상표", status="resolved", resolution="등록")
    with pytest.raises(ValidationError) as caught:
        save_visit(db, company_id, VisitDraft(TODAY + 3 * DAY, difficulties=[resolved]))
    assert [p.code for p in caught.value.problems] == ["planned_only_open"]
    with pytest.raises(RuleViolation) as raised:
        add_difficulty(db, planned, resolved)
    assert raised.value.problem.code == "planned_only_open"
    with pytest.raises(RuleViolation) as raised:
        follow_up(db, difficulty, "in_progress", at_visit=planned)
    assert raised.value.problem.code == "planned_no_follow_up"


def test_a_held_visit_with_records_stays_held(db: Database, company_id: uuid.UUID) -> None:
    _raised(db, company_id, TODAY - 5 * DAY)
    held = next(iter({d.visit_id for d in difficulties_of(db, company_id)}))
    with pytest.raises(RuleViolation) as raised:
        update_visit(db, held, VisitDraft(TODAY + 3 * DAY))
    assert raised.value.problem.code == "held_not_plan"
    bare = save_visit(db, company_id, VisitDraft(TODAY - 2 * DAY))
    update_visit(db, bare, VisitDraft(TODAY + 3 * DAY))  # nothing recorded at it yet
    update_visit(db, bare, VisitDraft(TODAY))  # the plan took place


def test_no_follow_up_before_the_difficulty_was_raised(db: Database, company_id: uuid.UUID) -> None:
    difficulty = _raised(db, company_id, TODAY - 2 * DAY)
    with pytest.raises(RuleViolation) as raised:
        save_visit(
            db, company_id, VisitDraft(TODAY - 5 * DAY),
            follow_ups=[FollowUpDraft(difficulty, "in_progress")],
        )  # fmt: skip
    assert raised.value.problem.code == "follow_up_before_raised"
    with pytest.raises(RuleViolation):
        follow_up(db, difficulty, "in_progress", on=TODAY - 3 * DAY)
    follow_up(db, difficulty, "in_progress", on=TODAY - 2 * DAY)


def test_a_reviewed_visit_takes_no_new_rating(db: Database, company_id: uuid.UUID) -> None:
    held = save_visit(db, company_id, VisitDraft(TODAY - DAY))
    create_user(db, UserDraft("parksup", "박관리", "supervisor", None))
    sign_in(db, "parksup")
    review_visit(db, held)
    sign_in(db, "kimcoach")
    with pytest.raises(RuleViolation) as raised:
        record_rating(db, held, RatingDraft(dict.fromkeys(Question, 4), "박대표"))
    assert raised.value.problem.code == "visit_locked"


def test_a_meeting_ahead_notes_open_difficulties_and_a_held_one_stays_held(
    db: Database, company_id: uuid.UUID
) -> None:
    create_user(db, UserDraft("parksup", "박관리", "supervisor", None))
    sign_in(db, "parksup")
    resolved = DifficultyDraft("ip", "상표", status="resolved", resolution="등록")
    ahead = MeetingDraft(
        TODAY + 3 * DAY, "간담회", companies=[MeetingCompany(company_id, [resolved])]
    )
    with pytest.raises(ValidationError) as caught:
        record_meeting(db, ahead)
    assert [p.code for p in caught.value.problems] == ["planned_only_open"]
    patent = DifficultyDraft("ip", "특허")
    held = MeetingDraft(TODAY - 3 * DAY, "간담회", companies=[MeetingCompany(company_id, [patent])])
    recorded = record_meeting(db, held)
    moved = stored_meeting(db, recorded.meeting_id)
    moved.held_on = TODAY + 3 * DAY
    with pytest.raises(RuleViolation) as raised:
        update_meeting(db, recorded.meeting_id, moved)
    assert raised.value.problem.code == "held_not_plan"
