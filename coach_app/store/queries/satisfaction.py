"""Reading satisfaction ratings for the results view: each rating with its visit's coach,
programme and company, and the coaches and programmes to show even with no rating."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach_app.domain.roles import Role
from coach_app.store.live import labelling
from coach_app.store.models import Company, Programme, SatisfactionRating, User, Visit


@dataclass(frozen=True)
class RatedVisit:
    answers: dict[str, Any]
    comment: str
    rated_at: dt.datetime
    visit_date: dt.date
    company_id: uuid.UUID
    company: str
    coach_id: uuid.UUID | None
    coach: str
    programme_id: uuid.UUID | None
    programme: str | None


def rated_visits(session: Session, coach_id: uuid.UUID | None) -> list[RatedVisit]:
    """Every rating of a live visit (one coach's visits if ``coach_id``), newest first."""
    coach = labelling(User)
    programme = labelling(Programme)
    statement = (
        select(
            SatisfactionRating.answers,
            SatisfactionRating.comment,
            SatisfactionRating.rated_at,
            Visit.visit_date,
            Company.id,
            Company.name,
            Visit.coach_id,
            coach.name,
            Visit.programme_id,
            programme.name,
        )
        .join(Visit, Visit.id == SatisfactionRating.visit_id)
        .join(Company, Company.id == SatisfactionRating.company_id)
        .outerjoin(coach, coach.id == Visit.coach_id)
        .outerjoin(programme, programme.id == Visit.programme_id)
        .order_by(SatisfactionRating.rated_at.desc())
    )
    if coach_id is not None:
        statement = statement.where(Visit.coach_id == coach_id)
    return [
        RatedVisit(
            answers, comment, rated_at, day, company_id, company, coach_id, name or "", pid, pname
        )
        for (
            answers,
            comment,
            rated_at,
            day,
            company_id,
            company,
            coach_id,
            name,
            pid,
            pname,
        ) in session.execute(statement)
    ]


def coaches(session: Session, coach_id: uuid.UUID | None) -> list[tuple[uuid.UUID, str]]:
    """The active coaches (only ``coach_id`` if given), by name."""
    statement = (
        select(User.id, User.name)
        .where(User.role == Role.COACH.value, User.active.is_(True))
        .order_by(User.name)
    )
    if coach_id is not None:
        statement = statement.where(User.id == coach_id)
    return [(id_, name) for id_, name in session.execute(statement)]


def programmes(session: Session) -> list[tuple[uuid.UUID, str]]:
    statement = select(Programme.id, Programme.name).order_by(Programme.name)
    return [(id_, name) for id_, name in session.execute(statement)]
