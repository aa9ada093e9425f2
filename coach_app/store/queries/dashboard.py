"""The supervisor's dashboard: each figure as one query, the rows behind it included.

Grouping and counting happen in SQL, so the dashboard stays quick on 10,000 companies.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, case, func, literal_column, or_, select
from sqlalchemy.orm import Session

from coach_app.domain.review import RoadmapStatus
from coach_app.domain.roles import Role
from coach_app.store.live import labelling
from coach_app.store.models import (
    Assignment,
    Company,
    Diagnosis,
    Programme,
    Roadmap,
    User,
    Visit,
)

# Result rows, read by column name.
Rows = Sequence[Row[*tuple[Any, ...]]]


def _assigned_on(day: dt.date) -> ColumnElement[bool]:
    return and_(
        Assignment.starts_on <= day, or_(Assignment.ends_on.is_(None), Assignment.ends_on >= day)
    )


def coaches(session: Session) -> list[tuple[uuid.UUID, str]]:
    statement = (
        select(User.id, User.name)
        .where(User.role == Role.COACH.value, User.active.is_(True))
        .order_by(User.name)
    )
    return [(row.id, row.name) for row in session.execute(statement)]


def programmes(session: Session) -> list[tuple[uuid.UUID, str]]:
    """The programmes in view, the latest year first."""
    statement = select(Programme.id, Programme.name).order_by(Programme.year.desc(), Programme.name)
    return [(row.id, row.name) for row in session.execute(statement)]


def assigned_companies(session: Session, day: dt.date) -> dict[uuid.UUID, int]:
    """Companies each coach is assigned to on ``day``, by coach."""
    statement = (
        select(Assignment.coach_id, func.count(func.distinct(Assignment.company_id)))
        .where(_assigned_on(day))
        .group_by(Assignment.coach_id)
    )
    return {coach: count for coach, count in session.execute(statement)}


def visits_by_coach(session: Session, day: dt.date) -> dict[uuid.UUID, tuple[int, int]]:
    """(visits done up to ``day``, visits planned after it), by coach."""
    done = func.sum(case((Visit.visit_date <= day, 1), else_=0))
    planned = func.sum(case((Visit.visit_date > day, 1), else_=0))
    statement = select(Visit.coach_id, done, planned).group_by(Visit.coach_id)
    return {coach: (int(d or 0), int(p or 0)) for coach, d, p in session.execute(statement)}


def company_coaches(
    session: Session, day: dt.date, companies: Collection[uuid.UUID]
) -> dict[uuid.UUID, list[uuid.UUID]]:
    """The coaches assigned to each of ``companies`` on ``day``."""
    statement = select(Assignment.company_id, Assignment.coach_id).where(
        _assigned_on(day), Assignment.company_id.in_(companies)
    )
    found: dict[uuid.UUID, list[uuid.UUID]] = {}
    for company, coach in session.execute(statement):
        if coach not in found.setdefault(company, []):
            found[company].append(coach)
    return found


def waiting_reviews(session: Session) -> Rows:
    """Roadmaps submitted and not yet decided, the longest waiting first."""
    company = labelling(Company)
    coach = labelling(User)
    statement = (
        select(
            Roadmap.id,
            Roadmap.title,
            Roadmap.revision,
            Roadmap.submitted_at,
            company.id.label("company_id"),
            company.name.label("company"),
            coach.name.label("coach"),
        )
        .join(company, company.id == Roadmap.company_id)
        .join(coach, coach.id == Roadmap.coach_id)
        .where(Roadmap.status == RoadmapStatus.SUBMITTED.value)
        .order_by(Roadmap.submitted_at)
    )
    return session.execute(statement).all()


def never_visited(session: Session, day: dt.date) -> Rows:
    """Companies without a single visit up to ``day`` (a planned visit is not one)."""
    visited = select(Visit.id).where(Visit.company_id == Company.id, Visit.visit_date <= day)
    statement = (
        select(Company.id, Company.name, Company.region, Company.industry)
        .where(~visited.exists())
        .order_by(Company.name)
    )
    return session.execute(statement).all()


def visits_without_notes(session: Session, day: dt.date) -> Rows:
    """Visits made (not planned) whose notes are empty."""
    company = labelling(Company)
    coach = labelling(User)
    statement = (
        select(
            Visit.id,
            Visit.visit_date,
            company.id.label("company_id"),
            company.name.label("company"),
            coach.name.label("coach"),
        )
        .join(company, company.id == Visit.company_id)
        .join(coach, coach.id == Visit.coach_id)
        # Written as the partial index ix_visits_without_notes is (a bound '' would not
        # let SQLite use it): the visits' long notes are not read.
        .where(Visit.visit_date <= day, func.trim(Visit.notes) == literal_column("''"))
        .order_by(Visit.visit_date.desc())
    )
    return session.execute(statement).all()


def incomplete_diagnoses(session: Session) -> Rows:
    """Diagnoses saved with items neither scored nor marked not applicable: their overall
    score stays empty until they are complete (services.diagnoses.save_diagnosis)."""
    company = labelling(Company)
    statement = (
        select(
            Diagnosis.id,
            Diagnosis.template_id,
            Diagnosis.diagnosed_on,
            company.id.label("company_id"),
            company.name.label("company"),
        )
        .join(company, company.id == Diagnosis.company_id)
        .where(Diagnosis.overall_score.is_(None))
        .order_by(Diagnosis.diagnosed_on.desc())
    )
    return session.execute(statement).all()


def company_contacts(session: Session) -> Rows:
    """Every company's name, phone and address, to look for duplicates."""
    statement = select(Company.id, Company.name, Company.phone, Company.address).order_by(
        Company.name
    )
    return session.execute(statement).all()
