"""Reading users and their assignments to companies.

A coach (any user) is looked up by name through their login: logins are unique and are
what a coach types to sign in, while display names may repeat.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from coach_app.store.live import INCLUDE_DELETED, labelling
from coach_app.store.models import Assignment, User


def users(session: Session, role: str | None = None) -> list[User]:
    """Users sorted by name, of one role if given."""
    statement = select(User).order_by(User.name)
    if role is not None:
        statement = statement.where(User.role == role)
    return list(session.scalars(statement))


def user_by_login(session: Session, login: str) -> User | None:
    """The (live) user who signs in as ``login``: the one lookup of a coach by name."""
    return session.scalars(select(User).where(User.login == login)).first()


def login_taken(session: Session, login: str) -> bool:
    """Whether any user, deleted ones included, has this login (logins are never reused)."""
    statement = select(User.id).where(User.login == login)
    return session.scalar(statement.execution_options(**{INCLUDE_DELETED: True})) is not None


def assigned_now(session: Session, coach_id: uuid.UUID, company_id: uuid.UUID) -> bool:
    """Whether the coach is assigned to the company today."""
    today = dt.date.today()
    found = session.scalar(
        select(Assignment.id).where(
            Assignment.coach_id == coach_id,
            Assignment.company_id == company_id,
            Assignment.starts_on <= today,
            (Assignment.ends_on.is_(None)) | (Assignment.ends_on >= today),
        )
    )
    return found is not None


def current_specialties(
    session: Session, company_id: uuid.UUID
) -> list[tuple[uuid.UUID, str | None]]:
    """(coach, specialty) of the company's assignments not ended, the latest started first."""
    today = dt.date.today()
    coach = labelling(User)
    rows = session.execute(
        select(Assignment.coach_id, coach.specialty)
        .join(coach, coach.id == Assignment.coach_id)
        .where(
            Assignment.company_id == company_id,
            or_(Assignment.ends_on.is_(None), Assignment.ends_on >= today),
        )
        .order_by(Assignment.starts_on.desc())
    )
    return list(rows)
