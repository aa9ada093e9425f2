"""A difficulty's due date set by the coach: saved with the visit or the meeting, read
back, corrected with the meeting, and used by the Today page's lists."""

import datetime as dt

import pytest

from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.errors import ValidationError
from coach_app.domain.meeting import MeetingCompany, MeetingDraft
from coach_app.domain.visit import VisitDraft
from coach_app.services.companies import create_company
from coach_app.services.meetings import record_meeting, stored_meeting, update_meeting
from coach_app.services.people import UserDraft, create_user, sign_in
from coach_app.services.today import today_overview
from coach_app.services.visits import add_difficulty, difficulties_of, record_visit
from coach_app.store.database import Database

TODAY = dt.date(2026, 11, 25)  # a Wednesday; the week is 23–29 November
DAY = dt.timedelta(days=1)


def test_a_set_due_date_is_saved_and_read_back(db: Database) -> None:
    company = create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998"))
    raised = TODAY - 10 * DAY
    visit = record_visit(
        db,
        company,
        VisitDraft(
            raised,
            difficulties=[
                DifficultyDraft("funding", "운전자금 부족", due_on=TODAY + 40 * DAY),
                DifficultyDraft("ip", "특허"),
            ],
        ),
    )
    stored = {d.description: d.due_on for d in difficulties_of(db, company)}
    assert stored == {"운전자금 부족": TODAY + 40 * DAY, "특허": None}
    with pytest.raises(ValidationError) as refused:
        add_difficulty(db, visit, DifficultyDraft("sales", "판로", due_on=raised - DAY))
    assert [p.code for p in refused.value.problems] == ["due_before_raised"]


def test_a_meeting_keeps_and_corrects_a_difficulty_s_due_date(db: Database) -> None:
    create_user(db, UserDraft("parkboss", "박감독", "supervisor"))
    sign_in(db, "parkboss")
    company = create_company(db, CompanyDraft(name="대양산업", brn="220-81-62517"))
    draft = MeetingDraft(
        held_on=TODAY - 5 * DAY,
        title="현장 간담회",
        companies=[
            MeetingCompany(company, [DifficultyDraft("funding", "자금", due_on=TODAY + 3 * DAY)])
        ],
    )
    recorded = record_meeting(db, draft)
    again = stored_meeting(db, recorded.meeting_id)
    assert again.companies[0].difficulties[0].due_on == TODAY + 3 * DAY
    again.companies[0].difficulties[0].due_on = None  # back to the rule
    update_meeting(db, recorded.meeting_id, again)
    assert [d.due_on for d in difficulties_of(db, company)] == [None]


def test_today_lists_a_difficulty_by_the_date_the_coach_set(db: Database) -> None:
    company = create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998"))
    record_visit(
        db,
        company,
        VisitDraft(
            TODAY - 40 * DAY,
            difficulties=[
                # By the rule (critical: +7) long overdue; the coach gave it until Friday.
                DifficultyDraft("funding", "이번 주 기한", "critical", due_on=TODAY + 2 * DAY),
                # By the rule (low: +60) not due for weeks; the coach wanted it earlier.
                DifficultyDraft("ip", "지난 기한", "low", due_on=TODAY - 3 * DAY),
                # Set far off: in neither list.
                DifficultyDraft("sales", "먼 기한", "critical", due_on=TODAY + 90 * DAY),
                DifficultyDraft("other", "규칙대로", "critical"),  # +7: overdue
            ],
        ),
    )
    # Raised yesterday, due today by the coach's date (the rule would give 30 days).
    record_visit(
        db,
        company,
        VisitDraft(TODAY - DAY, difficulties=[DifficultyDraft("manpower", "오늘", due_on=TODAY)]),
    )
    day = today_overview(db, TODAY)
    overdue = {(f.title, f.due_on) for f in day.overdue}
    coming = {(f.title, f.due_on) for f in day.coming}
    assert overdue == {("지난 기한", TODAY - 3 * DAY), ("규칙대로", TODAY - 33 * DAY)}
    assert coming == {("이번 주 기한", TODAY + 2 * DAY), ("오늘", TODAY)}
    assert day.overdue_count == 2 and day.coming_count == 2
    # Most late first, whichever way the date was given.
    assert [f.title for f in day.overdue] == ["규칙대로", "지난 기한"]
