"""Moving a stored difficulty's due date: at a later visit's follow-up, or directly from
where it is listed as due; refused where the server would refuse the row."""

import datetime as dt
import uuid

import pytest

from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.errors import RuleViolation
from coach_app.domain.visit import VisitDraft
from coach_app.services.companies import create_company
from coach_app.services.history import changes_of
from coach_app.services.people import UserDraft, create_user, sign_in
from coach_app.services.permissions import may_edit_difficulty
from coach_app.services.visits import (
    FollowUpDraft,
    difficulties_of,
    follow_up,
    record_visit,
    reschedule_difficulty,
    save_visit,
)
from coach_app.store.database import Database
from coach_app.store.models import Visit
from coach_app.sync import state

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
RAISED = TODAY - 20 * DAY


def _raise(db: Database) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """A company, the visit that raised two difficulties, and the first difficulty."""
    company = create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998"))
    visit = record_visit(
        db,
        company,
        VisitDraft(
            RAISED,
            difficulties=[
                DifficultyDraft("funding", "운전자금 부족", "high", due_on=TODAY + 5 * DAY),
                DifficultyDraft("ip", "특허 검토"),
            ],
        ),
    )
    funding = next(d for d in difficulties_of(db, company) if d.category == "funding")
    return company, visit, funding.id


def _due(db: Database, company: uuid.UUID, description: str) -> dt.date | None:
    return next(d.due_on for d in difficulties_of(db, company) if d.description == description)


def _history(db: Database, difficulty: uuid.UUID) -> int:
    with db.read() as session:
        return len(changes_of(session, difficulty_ids=[difficulty])[difficulty])


def _code(refused: pytest.ExceptionInfo[RuleViolation]) -> tuple[str, str]:
    return refused.value.problem.field, refused.value.problem.code


def test_a_due_date_moves_and_goes_back_to_the_rule(db: Database) -> None:
    company, _visit, funding = _raise(db)
    before = _history(db, funding)
    reschedule_difficulty(db, funding, TODAY + 35 * DAY)  # "the company asks for next month"
    assert _due(db, company, "운전자금 부족") == TODAY + 35 * DAY
    reschedule_difficulty(db, funding, TODAY - 10 * DAY)  # brought forward: overdue now
    assert _due(db, company, "운전자금 부족") == TODAY - 10 * DAY
    reschedule_difficulty(db, funding, None)
    assert _due(db, company, "운전자금 부족") is None
    # The status did not change, so its history has no new line.
    assert _history(db, funding) == before


def test_a_date_before_the_raising_visit_or_on_a_finished_difficulty_is_refused(
    db: Database,
) -> None:
    company, _visit, funding = _raise(db)
    with pytest.raises(RuleViolation) as refused:
        reschedule_difficulty(db, funding, RAISED - DAY)
    assert _code(refused) == ("due_on", "due_before_raised")
    follow_up(db, funding, "resolved", "정책자금 선정")
    with pytest.raises(RuleViolation) as refused:
        reschedule_difficulty(db, funding, TODAY + 30 * DAY)
    assert _code(refused) == ("due_on", "due_finished")
    assert "해결 상태의 애로사항은 기한을 바꿀 수 없습니다" in refused.value.problem.message
    # Finishing it cleared nothing: the date it had stays.
    assert _due(db, company, "운전자금 부족") == TODAY + 5 * DAY


def test_a_reviewed_visit_s_difficulty_keeps_its_date(db: Database) -> None:
    company, visit, funding = _raise(db)
    with db.transaction() as session:
        stored = session.get(Visit, visit)
        assert stored is not None
        stored.reviewed_at = dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC)
    assert not may_edit_difficulty(db, funding)
    with pytest.raises(RuleViolation) as refused:
        reschedule_difficulty(db, funding, TODAY + 30 * DAY)
    assert _code(refused) == ("due_on", "visit_locked")
    assert _due(db, company, "운전자금 부족") == TODAY + 5 * DAY


def test_on_a_synced_laptop_only_the_raising_visit_s_coach_moves_the_date(
    db: Database,
) -> None:
    create_user(db, UserDraft("leecoach", "이코치", "coach"))  # kimcoach is signed in
    company, _visit, funding = _raise(db)
    saved = state.load(db)
    saved.server_url, saved.login = "postgresql://server.invalid/coach", "kimcoach"
    state.save(db, saved)
    assert may_edit_difficulty(db, funding)
    sign_in(db, "leecoach")
    assert not may_edit_difficulty(db, funding)
    with pytest.raises(RuleViolation) as refused:
        reschedule_difficulty(db, funding, TODAY + 30 * DAY)
    assert _code(refused) == ("due_on", "not_allowed")
    # Following it up stays open to the other coach: only the date is the writer's.
    later = save_visit(db, company, VisitDraft(TODAY))
    with pytest.raises(RuleViolation) as refused:
        save_visit(
            db,
            company,
            VisitDraft(TODAY),
            later,
            [FollowUpDraft(funding, "in_progress", due_on=TODAY + 30 * DAY)],
        )
    assert _code(refused) == ("follow_ups[0].due_on", "not_allowed")
    save_visit(db, company, VisitDraft(TODAY), later, [FollowUpDraft(funding, "in_progress")])
    sign_in(db, "kimcoach")
    reschedule_difficulty(db, funding, TODAY + 30 * DAY)
    assert _due(db, company, "운전자금 부족") == TODAY + 30 * DAY


def test_a_later_visit_s_follow_up_moves_the_date_with_its_status(db: Database) -> None:
    company, _visit, funding = _raise(db)
    patent = next(d.id for d in difficulties_of(db, company) if d.category == "ip")
    # Refused as a whole: one date before the raising visit, one on a difficulty closed now.
    with pytest.raises(RuleViolation) as refused:
        save_visit(
            db,
            company,
            VisitDraft(TODAY, purpose="후속 방문"),
            follow_ups=[
                FollowUpDraft(funding, "in_progress", due_on=TODAY + 30 * DAY),
                FollowUpDraft(patent, "in_progress", due_on=RAISED - DAY),
            ],
        )
    assert _code(refused) == ("follow_ups[1].due_on", "due_before_raised")
    assert _due(db, company, "운전자금 부족") == TODAY + 5 * DAY  # nothing stored
    with pytest.raises(RuleViolation) as refused:
        save_visit(
            db,
            company,
            VisitDraft(TODAY),
            follow_ups=[FollowUpDraft(patent, "closed", "포기", due_on=TODAY + DAY)],
        )
    assert _code(refused) == ("follow_ups[0].due_on", "due_finished")
    save_visit(
        db,
        company,
        VisitDraft(TODAY, purpose="후속 방문"),
        follow_ups=[
            FollowUpDraft(funding, "in_progress", "신청서 작성 중", due_on=TODAY + 30 * DAY),
            FollowUpDraft(patent, "resolved", "출원 완료"),  # finishing keeps the rule
        ],
    )
    moved = {d.description: (d.status, d.due_on) for d in difficulties_of(db, company)}
    assert moved == {
        "운전자금 부족": ("in_progress", TODAY + 30 * DAY),
        "특허 검토": ("resolved", None),
    }
