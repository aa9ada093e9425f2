"""Reading a coach's calendar and a programme's counts against its targets."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import case, distinct, func, or_, select
from sqlalchemy.orm import Session

from coach_app.domain.meeting import MeasureStatus
from coach_app.store.models import Assignment, Company, Measure, Meeting, Visit


@dataclass(frozen=True)
class CalendarRow:
    """One visit, or one meeting, on a coach's calendar.

    A meeting is one entry however many companies attend: ``id`` is then the meeting's,
    ``company_id`` None and ``company`` the number of companies is in ``companies``."""

    id: uuid.UUID
    is_meeting: bool
    day: dt.date
    company_id: uuid.UUID | None
    title: str  # the company's name, or the meeting's title
    place: str
    purpose: str
    companies: int
    reviewed: bool


def calendar_rows(
    session: Session, coach_id: uuid.UUID, start: dt.date, end: dt.date
) -> list[CalendarRow]:
    """The coach's visits from ``start`` to ``end`` (both included), and the meetings that
    the coach or a company assigned to the coach attends, by day then title."""
    visits = (
        select(
            Visit.id,
            Visit.visit_date,
            Visit.company_id,
            Company.name,
            Visit.place,
            Visit.purpose,
            Visit.reviewed_at.is_not(None),
        )
        .join(Company, Company.id == Visit.company_id)
        .where(
            Visit.coach_id == coach_id,
            Visit.meeting_id.is_(None),
            Visit.visit_date.between(start, end),
        )
    )
    rows = [
        CalendarRow(id_, False, day, company_id, name, place, purpose, 1, reviewed)
        for id_, day, company_id, name, place, purpose, reviewed in session.execute(visits)
    ]
    mine = select(Assignment.company_id).where(Assignment.coach_id == coach_id)
    attending = select(Visit.meeting_id).where(
        Visit.meeting_id.is_not(None),
        Visit.visit_date.between(start, end),
        or_(Visit.coach_id == coach_id, Visit.company_id.in_(mine)),
    )
    attendance = (
        select(
            Visit.meeting_id,
            func.count(Visit.id).label("companies"),
            func.max(case((Visit.reviewed_at.is_not(None), 1), else_=0)).label("reviewed"),
        )
        .where(Visit.meeting_id.in_(attending))
        .group_by(Visit.meeting_id)
        .subquery()
    )
    meetings = select(
        Meeting.id,
        Meeting.held_on,
        Meeting.title,
        Meeting.place,
        attendance.c.companies,
        attendance.c.reviewed,
    ).join(attendance, attendance.c.meeting_id == Meeting.id)
    rows += [
        CalendarRow(id_, True, day, None, title, place, "", count, bool(reviewed))
        for id_, day, title, place, count, reviewed in session.execute(meetings)
    ]
    return sorted(rows, key=lambda r: (r.day, r.is_meeting, r.title))


def open_measures(session: Session, company_id: uuid.UUID) -> list[Measure]:
    """The company's measures neither done nor dropped, soonest due first."""
    statement = (
        select(Measure)
        .where(
            Measure.company_id == company_id,
            Measure.status.not_in([MeasureStatus.DONE.value, MeasureStatus.DROPPED.value]),
        )
        .order_by(Measure.due_on.is_(None), Measure.due_on, Measure.created_at)
    )
    return list(session.scalars(statement))


@dataclass(frozen=True)
class DoneAndPlanned:
    done: int
    planned: int


def programme_visits(
    session: Session,
    programme_id: uuid.UUID,
    today: dt.date,
    until: dt.date,
    coach_id: uuid.UUID | None,
) -> tuple[DoneAndPlanned, DoneAndPlanned]:
    """Visits and distinct companies of a programme held by ``today`` and planned after it,
    neither later than ``until``.

    A meeting's visits are one event: they count once per meeting, as in the summaries.
    A company counts as planned only when it has no held visit yet."""
    where = [Visit.programme_id == programme_id, Visit.visit_date <= until]
    if coach_id is not None:
        where.append(Visit.coach_id == coach_id)
    held = Visit.visit_date <= today
    # One event per meeting, one per visit outside meetings.
    event = func.coalesce(Visit.meeting_id, Visit.id)
    visits_done = session.scalar(select(func.count(distinct(event))).where(*where, held)) or 0
    visits_planned = session.scalar(select(func.count(distinct(event))).where(*where, ~held)) or 0
    held_companies = select(Visit.company_id).where(*where, held)
    companies_done = (
        session.scalar(select(func.count(distinct(Visit.company_id))).where(*where, held)) or 0
    )
    companies_planned = (
        session.scalar(
            select(func.count(distinct(Visit.company_id))).where(
                *where, ~held, Visit.company_id.not_in(held_companies)
            )
        )
        or 0
    )
    return (
        DoneAndPlanned(visits_done, visits_planned),
        DoneAndPlanned(companies_done, companies_planned),
    )


def programme_measures(session: Session, programme_id: uuid.UUID, until: dt.date) -> DoneAndPlanned:
    """A programme's measures done, and those decided or under way (dropped ones neither);
    one done or due after ``until`` is left out, one without that date is counted."""
    finished = Measure.status == MeasureStatus.DONE.value
    day = case((finished, Measure.done_on), else_=Measure.due_on)
    rows = session.execute(
        select(Measure.status, func.count())
        .where(Measure.programme_id == programme_id, or_(day.is_(None), day <= until))
        .group_by(Measure.status)
    )
    counts: dict[str, int] = {status: count for status, count in rows}
    done = counts.pop(MeasureStatus.DONE.value, 0)
    counts.pop(MeasureStatus.DROPPED.value, None)
    return DoneAndPlanned(done, sum(counts.values()))
