"""A difficulty's due date set by the coach travels with the difficulty, and the server
holds it to the difficulty's own rules: another coach only following it up cannot move it."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest

from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.meeting import MeetingCompany, MeetingDraft
from coach_app.domain.visit import VisitDraft
from coach_app.services.meetings import record_meeting, stored_meeting, update_meeting
from coach_app.services.visits import difficulties_of, record_visit
from tests.sync.conftest import Agency, settle
from tests.sync.test_sync_flow import assert_same_where_both_see, assign

TODAY = dt.date.today()


def test_a_set_due_date_reaches_the_supervisor_and_only_its_coach_changes_it(
    agency: Agency,
) -> None:
    settle(agency.admin)
    assign(agency, agency.kim, 0)
    assign(agency, agency.lee, 0)
    settle(agency.admin)
    settle(agency.kim)
    kim, company = agency.kim.db, agency.companies[0]
    due = TODAY + dt.timedelta(days=45)
    record_visit(
        kim,
        company,
        VisitDraft(
            TODAY - dt.timedelta(days=3),
            purpose="코칭",
            difficulties=[
                DifficultyDraft("funding", "운전자금 부족", "critical", due_on=due),
                DifficultyDraft("ip", "특허"),
            ],
        ),
    )
    settle(agency.kim)
    settle(agency.supervisor)
    seen = {d.description: d.due_on for d in difficulties_of(agency.supervisor.db, company)}
    assert seen == {"운전자금 부족": due, "특허": None}
    assert_same_where_both_see(kim, agency.supervisor.db)
    # The other coach of the company follows difficulties up but does not set their dates.
    with (
        agency.server.as_user(agency.lee.login) as lee,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        lee.execute(
            "UPDATE coach.difficulties SET due_on = due_on + 1 WHERE description = '운전자금 부족'"
        )
    # Its coach moves it; the new date travels back.
    with agency.server.as_user(agency.kim.login) as own:
        own.execute(
            "UPDATE coach.difficulties SET due_on = %s, updated_at = now()"
            " WHERE description = '운전자금 부족'",
            (due + dt.timedelta(days=7),),
        )
    settle(agency.supervisor)
    moved = {d.description: d.due_on for d in difficulties_of(agency.supervisor.db, company)}
    assert moved["운전자금 부족"] == due + dt.timedelta(days=7)


def test_a_date_moved_at_the_laptop_reaches_the_server_and_a_review_locks_it(
    agency: Agency,
) -> None:
    from coach_app.domain.errors import RuleViolation
    from coach_app.services.visits import (
        FollowUpDraft,
        reschedule_difficulty,
        review_visit,
        save_visit,
    )

    settle(agency.admin)
    assign(agency, agency.kim, 0)
    assign(agency, agency.lee, 0)
    settle(agency.admin)
    settle(agency.kim)
    settle(agency.lee)
    kim, company = agency.kim.db, agency.companies[0]
    raised = TODAY - dt.timedelta(days=20)
    visit = record_visit(
        kim,
        company,
        VisitDraft(raised, purpose="코칭", difficulties=[DifficultyDraft("funding", "운전자금")]),
    )
    (difficulty,) = difficulties_of(kim, company)
    settle(agency.kim)
    # The company asked for next month: moved from the 오늘 page, then again at a visit.
    next_month = TODAY + dt.timedelta(days=30)
    reschedule_difficulty(kim, difficulty.id, next_month)
    report = settle(agency.kim)
    assert not report.refusals, report.refusals
    settle(agency.supervisor)
    assert [d.due_on for d in difficulties_of(agency.supervisor.db, company)] == [next_month]
    later = TODAY + dt.timedelta(days=40)
    save_visit(
        kim,
        company,
        VisitDraft(TODAY, purpose="후속 방문"),
        follow_ups=[FollowUpDraft(difficulty.id, "in_progress", "신청 중", due_on=later)],
    )
    report = settle(agency.kim)
    assert not report.refusals, report.refusals
    settle(agency.supervisor)
    (seen,) = difficulties_of(agency.supervisor.db, company)
    assert (seen.due_on, seen.status) == (later, "in_progress")
    assert_same_where_both_see(kim, agency.supervisor.db)
    # Once the supervisor reviews the raising visit, the laptop refuses the move itself,
    # as the server would at the next sync.
    review_visit(agency.supervisor.db, visit)
    settle(agency.supervisor)
    settle(agency.kim)
    with pytest.raises(RuleViolation) as refused:
        reschedule_difficulty(kim, difficulty.id, later + dt.timedelta(days=7))
    assert refused.value.problem.code == "visit_locked"
    with (
        agency.server.as_user(agency.kim.login) as own,
        pytest.raises(psycopg.Error, match="reviewed by a supervisor and is locked"),
    ):
        own.execute(
            "UPDATE coach.difficulties SET due_on = due_on + 7, updated_at = now() WHERE id = %s",
            (difficulty.id,),
        )


def test_a_supervisor_s_meeting_correction_moves_a_due_date(agency: Agency) -> None:
    settle(agency.admin)
    assign(agency, agency.kim, 0)
    settle(agency.admin)
    for laptop in (agency.supervisor, agency.kim):
        settle(laptop)
    sup, company = agency.supervisor.db, agency.companies[0]
    due = TODAY + dt.timedelta(days=30)
    recorded = record_meeting(
        sup,
        MeetingDraft(
            TODAY,
            "현장 간담회",
            companies=[MeetingCompany(company, [DifficultyDraft("funding", "자금", due_on=due)])],
        ),
    )
    settle(agency.supervisor)
    draft = stored_meeting(sup, recorded.meeting_id)
    draft.companies[0].difficulties[0].due_on = due + dt.timedelta(days=14)
    update_meeting(sup, recorded.meeting_id, draft)
    report = settle(agency.supervisor)
    assert (report.rejected, report.new_conflicts) == (0, 0)
    settle(agency.kim)
    seen = [d.due_on for d in difficulties_of(agency.kim.db, company)]
    assert seen == [due + dt.timedelta(days=14)]
