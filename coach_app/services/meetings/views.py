"""Meetings as the window and the reports read them."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach_app.domain.difficulty import DifficultyCategory, DifficultyStatus
from coach_app.services.lookup import live
from coach_app.services.meetings.measures import MeasureView, measure_views, names_of
from coach_app.store.database import Database
from coach_app.store.models import (
    Company,
    Difficulty,
    Measure,
    Meeting,
    Organisation,
    Programme,
    User,
    Visit,
)


@dataclass(frozen=True)
class MeetingDifficulty:
    category: str
    description: str
    status: str
    agency: str
    id: uuid.UUID


@dataclass(frozen=True)
class MeetingCompanyView:
    company_id: uuid.UUID
    name: str
    visit_id: uuid.UUID
    difficulties: tuple[MeetingDifficulty, ...]


@dataclass(frozen=True)
class MeetingView:
    id: uuid.UUID
    title: str
    held_on: dt.date
    place: str
    notes: str
    programme: str
    organiser: str
    recorded_by: str
    attendees: tuple[str, ...]  # "이름 직위 (소속)"
    companies: tuple[MeetingCompanyView, ...]
    measures: tuple[MeasureView, ...]


def meeting_view(db: Database, meeting_id: uuid.UUID) -> MeetingView:
    with db.read() as session:
        return read_meeting(session, meeting_id)


def read_meeting(session: Session, meeting_id: uuid.UUID) -> MeetingView:
    meeting = live(session, Meeting, meeting_id, "meeting")
    parts = session.execute(
        select(Visit, Company.name)
        .join(Company, Company.id == Visit.company_id)
        .where(Visit.meeting_id == meeting_id)
        .order_by(Company.name)
    ).all()
    raised: dict[uuid.UUID, list[Difficulty]] = {}
    for difficulty in session.scalars(
        select(Difficulty)
        .where(Difficulty.visit_id.in_([v.id for v, _ in parts]))
        .order_by(Difficulty.created_at)
    ):
        raised.setdefault(difficulty.visit_id, []).append(difficulty)
    organisations = names_of(
        session,
        Organisation,
        {meeting.organiser_id}
        | {uuid.UUID(a["organisation_id"]) for a in meeting.attendees if a.get("organisation_id")},
    )
    companies = {
        str(c.id): c.name
        for c in session.scalars(
            select(Company).where(
                Company.id.in_(
                    [uuid.UUID(a["company_id"]) for a in meeting.attendees if a.get("company_id")]
                )
            )
        )
    }
    programme = session.get(Programme, meeting.programme_id) if meeting.programme_id else None
    recorder = session.get(User, meeting.created_by) if meeting.created_by else None
    if recorder is None and parts:
        recorder = session.get(User, parts[0][0].coach_id)
    measures = session.scalars(
        select(Measure)
        .where(Measure.meeting_id == meeting_id)
        .order_by(Measure.decided_on, Measure.created_at)
    )
    return MeetingView(
        id=meeting.id,
        title=meeting.title,
        held_on=meeting.held_on,
        place=meeting.place,
        notes=meeting.notes,
        programme=programme.name if programme else "",
        organiser=organisations.get(meeting.organiser_id, "") if meeting.organiser_id else "",
        recorded_by=recorder.name if recorder else "",
        attendees=tuple(_attendee_line(a, organisations, companies) for a in meeting.attendees),
        companies=tuple(
            MeetingCompanyView(
                company_id=visit.company_id,
                name=name,
                visit_id=visit.id,
                difficulties=tuple(
                    MeetingDifficulty(
                        _label(DifficultyCategory, d.category),
                        d.description,
                        _label(DifficultyStatus, d.status),
                        d.agency,
                        d.id,
                    )
                    for d in raised.get(visit.id, [])
                ),
            )
            for visit, name in parts
        ),
        measures=tuple(measure_views(session, list(measures))),
    )


def _attendee_line(
    attendee: dict[str, Any], organisations: dict[uuid.UUID, str], companies: dict[str, str]
) -> str:
    text = f"{attendee.get('name', '')} {attendee.get('position', '')}".strip()
    where = ""
    if attendee.get("organisation_id"):
        where = organisations.get(uuid.UUID(attendee["organisation_id"]), "")
    elif attendee.get("company_id"):
        where = companies.get(attendee["company_id"], "")
    return f"{text} ({where})" if where else text


def _label(choice: type[DifficultyCategory] | type[DifficultyStatus], value: str) -> str:
    member = choice.parse(value)
    return member.label if member else value


@dataclass(frozen=True)
class MeetingLine:
    id: uuid.UUID
    held_on: dt.date
    title: str
    companies: int
    place: str = ""
    organiser: str = ""


def meetings(db: Database) -> list[MeetingLine]:
    with db.read() as session:
        rows = session.scalars(select(Meeting).order_by(Meeting.held_on.desc())).all()
        counts: dict[uuid.UUID, set[uuid.UUID]] = {}
        for meeting_id, company_id in session.execute(
            select(Visit.meeting_id, Visit.company_id).where(
                Visit.meeting_id.in_([m.id for m in rows])
            )
        ):
            assert meeting_id is not None
            counts.setdefault(meeting_id, set()).add(company_id)
        hosts = names_of(session, Organisation, {m.organiser_id for m in rows})
        return [
            MeetingLine(
                m.id,
                m.held_on,
                m.title,
                len(counts.get(m.id, ())),
                m.place,
                hosts.get(m.organiser_id, "") if m.organiser_id else "",
            )
            for m in rows
        ]


@dataclass(frozen=True)
class Answerable:
    """A difficulty a measure may answer, as the measure form lists it."""

    id: uuid.UUID
    company: str
    category: str
    description: str


def answerable(
    db: Database, company_id: uuid.UUID | None = None, meeting_id: uuid.UUID | None = None
) -> list[Answerable]:
    """The difficulties raised at a meeting, or a company's: what a new measure may answer."""
    with db.read() as session:
        statement = (
            select(Difficulty, Company.name)
            .join(Company, Company.id == Difficulty.company_id)
            .order_by(Company.name, Difficulty.created_at)
        )
        if company_id is not None:
            statement = statement.where(Difficulty.company_id == company_id)
        if meeting_id is not None:
            statement = statement.join(Visit, Visit.id == Difficulty.visit_id).where(
                Visit.meeting_id == meeting_id
            )
        return [
            Answerable(d.id, name, _label(DifficultyCategory, d.category), d.description)
            for d, name in session.execute(statement)
        ]
