"""Planning: a coach's calendar of visits and meetings, moving a plan to another day, the
company's open follow-ups beside a plan, the programme's targets against what is planned
and done, and the plan as an iCalendar file."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from sqlalchemy import select

from coach_app.domain.errors import FieldProblem, RuleViolation
from coach_app.domain.meeting import MeasureStatus
from coach_app.domain.permissions import Action
from coach_app.domain.planning import TargetProgress, check_move, target_deadline
from coach_app.domain.roles import Role
from coach_app.exports.calendar import CalendarEvent, calendar_bytes
from coach_app.services import drafts
from coach_app.services.lookup import live
from coach_app.services.permissions import may, may_edit_visit, my_role
from coach_app.services.records import DifficultyRecord, UserRecord, records
from coach_app.store.database import Database
from coach_app.store.models import Meeting, Programme, User, Visit
from coach_app.store.queries import planning as queries
from coach_app.store.queries.planning import CalendarRow as CalendarRow
from coach_app.store.queries.visits import difficulties_of


def coaches(db: Database) -> list[UserRecord]:
    """Whose calendar can be shown: the coaches, by name."""
    with db.read() as session:
        rows = session.scalars(
            select(User).where(User.role == Role.COACH.value).order_by(User.name)
        )
        return records(UserRecord, rows)


def calendar(db: Database, coach_id: uuid.UUID, start: dt.date, end: dt.date) -> list[CalendarRow]:
    """The coach's visits and meetings from ``start`` to ``end``; those after today are
    the plan."""
    with db.read() as session:
        return queries.calendar_rows(session, coach_id, start, end)


def move_plan(
    db: Database, entry: CalendarRow, new_date: dt.date, today: dt.date | None = None
) -> None:
    """Move a planned visit or meeting (an entry of the calendar) to another day."""
    if entry.is_meeting:
        move_meeting(db, entry.id, new_date, today)
    else:
        move_visit(db, entry.id, new_date, today)


def move_visit(
    db: Database, visit_id: uuid.UUID, new_date: dt.date, today: dt.date | None = None
) -> None:
    """Move a planned visit to another day, in one transaction. Refused: a visit that has
    taken place or is locked by review, a day already past, unsaved edits of the visit, a
    meeting's visit (it moves with its meeting), and what the signed-in person may not
    change."""
    day = today or dt.date.today()
    _refuse_unsaved(db, f"visit-{visit_id}")
    with db.read() as session:
        locked = live(session, Visit, visit_id, "visit").reviewed_at is not None
    if locked:  # the lock says more than "not allowed"
        raise RuleViolation(FieldProblem("visit", "visit_locked"))
    if not may_edit_visit(db, visit_id):
        _refuse(db)
    with db.transaction() as session:
        visit = live(session, Visit, visit_id, "visit")
        if visit.reviewed_at is not None:
            raise RuleViolation(FieldProblem("visit", "visit_locked"))
        if visit.meeting_id is not None:
            raise RuleViolation(FieldProblem("visit", "plan_outside_meeting"))
        check_move(visit.visit_date, new_date, day)
        visit.visit_date = new_date


def move_meeting(
    db: Database, meeting_id: uuid.UUID, new_date: dt.date, today: dt.date | None = None
) -> None:
    """Move a planned meeting, with every company's visit at it, in one transaction."""
    day = today or dt.date.today()
    _refuse_unsaved(db, f"meeting-edit-{meeting_id}")
    if not may(db, Action.EDIT_MEETING):
        _refuse(db)
    with db.transaction() as session:
        meeting = live(session, Meeting, meeting_id, "meeting")
        check_move(meeting.held_on, new_date, day)
        meeting.held_on = new_date
        for visit in session.scalars(select(Visit).where(Visit.meeting_id == meeting.id)):
            if visit.reviewed_at is not None:
                raise RuleViolation(FieldProblem("visit", "visit_locked"))
            visit.visit_date = new_date


def _refuse_unsaved(db: Database, key: str) -> None:
    """Edits of the visit or meeting kept from an unfinished form (the keys its form saves
    them under) would put the old day back when saved: they come first."""
    if any(d.key == key for d in drafts.pending(db.path)):
        raise RuleViolation(FieldProblem("visit", "plan_has_draft"))


def _refuse(db: Database) -> NoReturn:
    role = my_role(db)
    raise RuleViolation(FieldProblem("visit", "not_allowed", {"role": role.label if role else ""}))


@dataclass(frozen=True)
class MeasureLine:
    id: uuid.UUID
    title: str
    status: str  # its label in the current language
    due_on: dt.date | None


@dataclass(frozen=True)
class FollowUps:
    """What is still open at a company: shown beside a plan to prepare the visit."""

    difficulties: list[DifficultyRecord]
    measures: list[MeasureLine]


def follow_ups(db: Database, company_id: uuid.UUID) -> FollowUps:
    with db.read() as session:
        difficulties = records(DifficultyRecord, difficulties_of(session, company_id, True))
        measures = [
            MeasureLine(m.id, m.title, _measure_status(m.status), m.due_on)
            for m in queries.open_measures(session, company_id)
        ]
    return FollowUps(difficulties, measures)


def _measure_status(value: str) -> str:
    status = MeasureStatus.parse(value)
    return status.label if status is not None else value


@dataclass(frozen=True)
class ProgrammeTargets:
    """A programme's targets against what is planned and done by ``today``."""

    programme_id: uuid.UUID
    name: str
    year: int
    ends_on: dt.date  # when the targets fall due: the programme's end, or its year's end
    ends_with_year: bool  # the programme sets no end date: its targets are by year-end
    visits: TargetProgress
    companies: TargetProgress
    measures: TargetProgress


@dataclass(frozen=True)
class ProgrammeChoice:
    id: uuid.UUID
    name: str
    year: int


def programmes(db: Database) -> list[ProgrammeChoice]:
    """Programmes whose targets can be shown, the latest year first."""
    with db.read() as session:
        rows = session.execute(
            select(Programme.id, Programme.name, Programme.year).order_by(
                Programme.year.desc(), Programme.name
            )
        )
        return [ProgrammeChoice(*row) for row in rows]


def targets(
    db: Database,
    programme_id: uuid.UUID,
    today: dt.date | None = None,
    coach_id: uuid.UUID | None = None,
) -> ProgrammeTargets:
    """Visits, companies and measures of the programme done by ``today`` and planned after
    it, up to the day its targets fall due, against those targets: what lands after that
    day does not count towards them. With ``coach_id``, the visits and companies are that
    coach's (the targets stay the programme's)."""
    day = today or dt.date.today()
    with db.read() as session:
        programme = live(session, Programme, programme_id, "programme")
        due = target_deadline(programme.year, programme.ends_on)
        visits, companies = queries.programme_visits(session, programme_id, day, due, coach_id)
        measures = queries.programme_measures(session, programme_id, due)
        return ProgrammeTargets(
            programme.id,
            programme.name,
            programme.year,
            due,
            programme.ends_on is None,
            TargetProgress(programme.target_visits, visits.done, visits.planned),
            TargetProgress(programme.target_companies, companies.done, companies.planned),
            TargetProgress(programme.target_measures, measures.done, measures.planned),
        )


def export_calendar(
    db: Database,
    coach_id: uuid.UUID,
    path: Path,
    start: dt.date | None = None,
    end: dt.date | None = None,
    today: dt.date | None = None,
) -> int:
    """Write the coach's plan (from today, or ``start``, to ``end``) as an iCalendar file
    that Outlook and Google Calendar import; returns the number of events."""
    first = start or today or dt.date.today()
    last = end or dt.date.max
    with db.read() as session:
        coach = live(session, User, coach_id, "coach")
        name = coach.name
        rows = queries.calendar_rows(session, coach_id, first, last)
    events = [
        CalendarEvent(
            uid=row.id, day=row.day, summary=row.title, location=row.place, description=row.purpose
        )
        for row in rows
    ]
    data = calendar_bytes(events, name)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    partial.replace(path)
    return len(events)
