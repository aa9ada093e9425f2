"""Reading visits and the difficulties raised at them."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from coach_app.domain.difficulty import DifficultyStatus
from coach_app.store.live import labelling
from coach_app.store.models import (
    Assignment,
    Company,
    Difficulty,
    Programme,
    SatisfactionRating,
    StatusChange,
    User,
    Visit,
    VisitSignature,
)


@dataclass(frozen=True)
class VisitRow:
    """One line of the visit list."""

    id: uuid.UUID
    company_id: uuid.UUID
    company: str
    visit_date: dt.date
    purpose: str
    coach: str
    difficulties: int
    reviewed: bool


def visits_of(session: Session, company_id: uuid.UUID) -> list[Visit]:
    """A company's visits, newest first."""
    statement = (
        select(Visit)
        .where(Visit.company_id == company_id)
        .order_by(Visit.visit_date.desc(), Visit.created_at.desc())
    )
    return list(session.scalars(statement))


def recent_visit_rows(session: Session, limit: int) -> list[VisitRow]:
    """The latest visits, newest first, with their company and coach."""
    # Counted per listed visit (an index lookup each), not over every difficulty.
    raised = select(func.count()).where(Difficulty.visit_id == Visit.id).scalar_subquery()
    coach = labelling(User)
    statement = (
        select(
            Visit.id,
            Visit.company_id,
            Company.name,
            Visit.visit_date,
            Visit.purpose,
            func.coalesce(coach.name, ""),
            raised,
            Visit.reviewed_at.is_not(None),
        )
        .join(Company, Company.id == Visit.company_id)
        .outerjoin(coach, coach.id == Visit.coach_id)
        .order_by(Visit.visit_date.desc(), Visit.created_at.desc())
        .limit(limit)
    )
    return [VisitRow(*row) for row in session.execute(statement)]


def open_programmes(
    session: Session, company_id: uuid.UUID, day: dt.date, coach_id: uuid.UUID | None = None
) -> list[tuple[uuid.UUID, str, int]]:
    """(id, name, year) of the programmes the company is assigned to on ``day`` — by
    ``coach_id`` when given, by any coach otherwise — by name."""
    statement = (
        select(Programme.id, Programme.name, Programme.year)
        .join(Assignment, Assignment.programme_id == Programme.id)
        .where(
            Assignment.company_id == company_id,
            Assignment.starts_on <= day,
            or_(Assignment.ends_on.is_(None), Assignment.ends_on >= day),
        )
        .distinct()
        .order_by(Programme.name, Programme.year)
    )
    if coach_id is not None:
        statement = statement.where(Assignment.coach_id == coach_id)
    return [(row[0], row[1], row[2]) for row in session.execute(statement)]


def difficulties_of(
    session: Session, company_id: uuid.UUID, open_only: bool = False
) -> list[Difficulty]:
    """A company's difficulties (only those still open if asked), oldest first."""
    statement = select(Difficulty).where(Difficulty.company_id == company_id)
    if open_only:
        statement = statement.where(
            Difficulty.status.in_([DifficultyStatus.OPEN, DifficultyStatus.IN_PROGRESS])
        )
    return list(session.scalars(statement.order_by(Difficulty.created_at)))


def carries_records(session: Session, visit_id: uuid.UUID) -> bool:
    """Whether the visit holds what only a visit that took place holds: difficulties raised
    or followed up at it, status changes, a signature, a rating."""
    checks = (
        select(Difficulty.id).where(
            Difficulty.deleted_at.is_(None),
            (Difficulty.visit_id == visit_id) | (Difficulty.followed_up_visit_id == visit_id),
        ),
        select(StatusChange.id).where(StatusChange.visit_id == visit_id),
        select(VisitSignature.id).where(VisitSignature.visit_id == visit_id),
        select(SatisfactionRating.id).where(SatisfactionRating.visit_id == visit_id),
    )
    return any(session.scalar(check.limit(1)) is not None for check in checks)


def raised_at(session: Session, visit_id: uuid.UUID) -> list[Difficulty]:
    """The difficulties raised at one visit."""
    return list(session.scalars(select(Difficulty).where(Difficulty.visit_id == visit_id)))


def open_categories(session: Session, company_id: uuid.UUID, finished: list[str]) -> list[str]:
    """The category of each of the company's difficulties whose status is not ``finished``."""
    statement = select(Difficulty.category).where(
        Difficulty.company_id == company_id, Difficulty.status.not_in(finished)
    )
    return list(session.scalars(statement))


def open_difficulty_in(
    session: Session, company_id: uuid.UUID, categories: list[str], finished: list[str]
) -> uuid.UUID | None:
    """One of the company's unfinished difficulties in one of these categories."""
    statement = select(Difficulty.id).where(
        Difficulty.company_id == company_id,
        Difficulty.category.in_(categories),
        Difficulty.status.not_in(finished),
    )
    return session.scalar(statement)


def field_count_row(
    session: Session,
    programme_id: uuid.UUID | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> tuple[int, int, int]:
    """(visits outside meetings, distinct meetings, distinct companies) in the period."""
    conditions: list[ColumnElement[bool]] = []
    if programme_id is not None:
        conditions.append(Visit.programme_id == programme_id)
    if start is not None:
        conditions.append(Visit.visit_date >= start)
    if end is not None:
        conditions.append(Visit.visit_date <= end)
    alone, meetings, companies = session.execute(
        select(
            func.count(Visit.id).filter(Visit.meeting_id.is_(None)),
            func.count(func.distinct(Visit.meeting_id)),
            func.count(func.distinct(Visit.company_id)),
        ).where(*conditions)
    ).one()
    return int(alone), int(meetings), int(companies)
