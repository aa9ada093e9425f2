"""Planning: the calendar, moving a plan, targets against planned and done, the .ics file."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import select

from coach_app.cli import main
from coach_app.domain import brn
from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.errors import RuleViolation
from coach_app.domain.meeting import MeasureDraft, MeetingCompany, MeetingDraft
from coach_app.domain.programme import ProgrammeDraft, ProgrammePlan
from coach_app.domain.visit import VisitDraft
from coach_app.services import drafts
from coach_app.services.companies import create_company
from coach_app.services.meetings import record_measure, record_meeting
from coach_app.services.people import (
    UserDraft,
    assign_coach,
    create_programme,
    create_user,
    sign_in,
)
from coach_app.services.planning import (
    calendar,
    export_calendar,
    follow_ups,
    move_meeting,
    move_visit,
    targets,
)
from coach_app.services.programmes import plan_programme
from coach_app.services.visits import record_visit, review_visit
from coach_app.store.database import Database
from coach_app.store.models import Meeting, Visit
from tests.present import present

TODAY = dt.date(2026, 6, 10)
DAY = dt.timedelta(days=1)


@dataclass
class Plan:
    db: Database
    programme: uuid.UUID
    coach: uuid.UUID
    companies: list[uuid.UUID]
    held: uuid.UUID
    planned: uuid.UUID
    meeting: uuid.UUID


def _visit(
    day: dt.date, purpose: str, difficulties: list[DifficultyDraft] | None = None
) -> VisitDraft:
    return VisitDraft(
        visit_date=day, place="기업 현장", purpose=purpose, difficulties=difficulties or []
    )


@pytest.fixture
def plan(db: Database) -> Plan:
    create_user(db, UserDraft("boss", "박감독", "supervisor"))
    coach = create_user(db, UserDraft("leecoach", "이코치", "coach", "rnd"))
    sign_in(db, "boss")
    programme = create_programme(db, ProgrammeDraft("R&D 현장코칭", 2026))
    plan_programme(
        db, programme, ProgrammePlan(target_visits=15, target_companies=4, target_measures=2)
    )
    companies = [
        create_company(db, CompanyDraft(name, brn.complete(f"4108{i:05d}"), region="광주"))
        for i, name in enumerate(("(주)한빛정밀", "대성금속", "세진테크", "미래산업"))
    ]
    for company in companies:
        assign_coach(db, programme, company, coach, dt.date(2026, 1, 1))
    meeting = record_meeting(
        db,
        MeetingDraft(
            held_on=TODAY + 7 * DAY,
            title="뿌리산업 간담회",
            place="평동산단 비즈니스센터",
            programme_id=programme,
            companies=[MeetingCompany(companies[2], []), MeetingCompany(companies[3], [])],
        ),
    ).meeting_id
    record_measure(
        db,
        MeasureDraft(
            "정책자금 연계", status="decided", programme_id=programme, company_id=companies[0]
        ),
    )
    sign_in(db, "leecoach")
    held = record_visit(
        db,
        companies[0],
        _visit(TODAY - 3 * DAY, "공정 진단", [DifficultyDraft("funding", "운전자금 부족")]),
        programme,
    )
    record_visit(db, companies[0], _visit(TODAY, "후속 점검"), programme)
    planned = record_visit(
        db, companies[0], _visit(TODAY + 2 * DAY, "정책자금 신청 지원"), programme
    )
    record_visit(db, companies[1], _visit(TODAY + 5 * DAY, "첫 방문"), programme)
    return Plan(db, programme, coach, companies, held, planned, meeting)


def test_the_calendar_holds_the_coachs_visits_and_the_meetings_of_their_companies(
    plan: Plan,
) -> None:
    rows = calendar(plan.db, plan.coach, TODAY, TODAY + 30 * DAY)
    assert [(r.day, r.title, r.is_meeting, r.companies) for r in rows] == [
        (TODAY, "(주)한빛정밀", False, 1),
        (TODAY + 2 * DAY, "(주)한빛정밀", False, 1),
        (TODAY + 5 * DAY, "대성금속", False, 1),
        (TODAY + 7 * DAY, "뿌리산업 간담회", True, 2),
    ]


def test_a_planned_visit_moves_to_another_day(plan: Plan) -> None:
    move_visit(plan.db, plan.planned, TODAY + 4 * DAY, TODAY)
    with plan.db.read() as session:
        assert present(session.get(Visit, plan.planned)).visit_date == TODAY + 4 * DAY


def test_a_held_visit_a_past_day_and_unsaved_edits_are_refused(plan: Plan) -> None:
    with pytest.raises(RuleViolation, match="이미 지난 방문"):
        move_visit(plan.db, plan.held, TODAY + DAY, TODAY)
    with pytest.raises(RuleViolation, match="오늘이나 그 이후"):
        move_visit(plan.db, plan.planned, TODAY - DAY, TODAY)
    drafts.save(plan.db.path, f"visit-{plan.planned}", {"purpose": "고치는 중"})
    with pytest.raises(RuleViolation, match="저장하지 않은"):
        move_visit(plan.db, plan.planned, TODAY + 4 * DAY, TODAY)
    with plan.db.read() as session:
        assert present(session.get(Visit, plan.planned)).visit_date == TODAY + 2 * DAY


def test_a_reviewed_visit_is_locked_and_a_coach_does_not_move_a_meeting(plan: Plan) -> None:
    sign_in(plan.db, "boss")
    review_visit(plan.db, plan.held, TODAY)
    sign_in(plan.db, "leecoach")
    with pytest.raises(RuleViolation, match="검토를 마친"):
        move_visit(plan.db, plan.held, TODAY + DAY, TODAY)
    with pytest.raises(RuleViolation, match="권한"):
        move_meeting(plan.db, plan.meeting, TODAY + 8 * DAY, TODAY)


def test_a_meeting_moves_with_every_companys_visit(plan: Plan) -> None:
    sign_in(plan.db, "boss")
    drafts.save(plan.db.path, f"meeting-edit-{plan.meeting}", {"title": "고치는 중"})
    with pytest.raises(RuleViolation, match="저장하지 않은"):
        move_meeting(plan.db, plan.meeting, TODAY + 9 * DAY, TODAY)
    drafts.discard(plan.db.path, f"meeting-edit-{plan.meeting}")
    move_meeting(plan.db, plan.meeting, TODAY + 9 * DAY, TODAY)
    with plan.db.read() as session:
        assert present(session.get(Meeting, plan.meeting)).held_on == TODAY + 9 * DAY
        days = session.scalars(select(Visit.visit_date).where(Visit.meeting_id == plan.meeting))
        assert set(days) == {TODAY + 9 * DAY}


def test_targets_count_done_and_planned(plan: Plan) -> None:
    progress = targets(plan.db, plan.programme, TODAY)
    # Held: 2 visits (3 days ago, today); planned: 2 visits and the meeting once.
    assert (progress.visits.target, progress.visits.done, progress.visits.planned) == (15, 2, 3)
    assert progress.visits.remaining == 10
    # Companies: 한빛 held; 대성 and the meeting's two only planned.
    assert (progress.companies.done, progress.companies.planned) == (1, 3)
    assert progress.companies.covered and not progress.companies.reached
    assert (progress.measures.target, progress.measures.done, progress.measures.planned) == (
        2,
        0,
        1,
    )
    assert progress.ends_on == dt.date(2026, 12, 31) and progress.ends_with_year
    mine = targets(plan.db, plan.programme, TODAY, plan.coach)
    assert (mine.visits.done, mine.visits.planned) == (2, 2)  # the meeting is the supervisor's


def test_targets_fall_due_at_the_programmes_end_and_later_work_does_not_count(
    plan: Plan,
) -> None:
    sign_in(plan.db, "boss")
    plan_programme(
        plan.db,
        plan.programme,
        ProgrammePlan(
            ends_on=TODAY + 6 * DAY, target_visits=15, target_companies=4, target_measures=2
        ),
    )
    record_measure(
        plan.db,
        MeasureDraft(
            "수출 바우처",
            status="decided",
            programme_id=plan.programme,
            company_id=plan.companies[1],
            due_on=TODAY + 30 * DAY,
        ),
    )
    progress = targets(plan.db, plan.programme, TODAY)
    assert progress.ends_on == TODAY + 6 * DAY and not progress.ends_with_year
    # The meeting (in 7 days) falls after the end: only the two plans before it count.
    assert (progress.visits.done, progress.visits.planned) == (2, 2)
    assert (progress.companies.done, progress.companies.planned) == (1, 1)
    # The voucher is due after the end; the loan link has no due date and still counts.
    assert (progress.measures.done, progress.measures.planned) == (0, 1)
    # After the end, a visit held late is not the programme's work by its end either.
    sign_in(plan.db, "leecoach")
    record_visit(plan.db, plan.companies[1], _visit(TODAY + 20 * DAY, "늦은 방문"), plan.programme)
    late = targets(plan.db, plan.programme, TODAY + 25 * DAY)
    assert (late.visits.done, late.visits.planned) == (4, 0)


def test_the_companys_open_follow_ups(plan: Plan) -> None:
    found = follow_ups(plan.db, plan.companies[0])
    assert [d.description for d in found.difficulties] == ["운전자금 부족"]
    assert [(m.title, m.status) for m in found.measures] == [("정책자금 연계", "확정")]


def _events(path: Path) -> list[icalendar.Component]:
    parsed = icalendar.Calendar.from_ical(path.read_bytes())
    return list(parsed.walk("VEVENT"))


def test_the_ics_file_reads_back_with_stable_uids(plan: Plan, tmp_path: Path) -> None:
    path = tmp_path / "plan.ics"
    assert export_calendar(plan.db, plan.coach, path, today=TODAY + DAY) == 3
    events = _events(path)
    assert [(str(e["SUMMARY"]), e.decoded("DTSTART")) for e in events] == [
        ("(주)한빛정밀", TODAY + 2 * DAY),
        ("대성금속", TODAY + 5 * DAY),
        ("뿌리산업 간담회", TODAY + 7 * DAY),
    ]
    first = events[0]
    assert str(first["UID"]) == f"{plan.planned}@coach-app"
    assert str(first["LOCATION"]) == "기업 현장"
    assert str(first["DESCRIPTION"]) == "정책자금 신청 지원"
    assert first.decoded("DTEND") == TODAY + 3 * DAY  # all-day: the next day, exclusive
    # Moved and exported again: the same UID, the new day (a calendar updates the event).
    move_visit(plan.db, plan.planned, TODAY + 4 * DAY, TODAY)
    export_calendar(plan.db, plan.coach, path, today=TODAY + DAY)
    moved = {str(e["UID"]): e.decoded("DTSTART") for e in _events(path)}
    assert moved[f"{plan.planned}@coach-app"] == TODAY + 4 * DAY


def test_export_calendar_command(
    plan: Plan, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "이코치.ics"
    plan.db.close()
    code = main(
        [
            "export",
            "calendar",
            "--db",
            str(plan.db.path),
            "--coach",
            "leecoach",
            "-o",
            str(path),
            "--from",
            (TODAY + DAY).isoformat(),
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert len(_events(path)) == 3
    assert "3건" in capsys.readouterr().out
    assert (
        main(
            ["export", "calendar", "--db", str(plan.db.path), "--coach", "nobody", "-o", str(path)]
        )
        == 2
    )
