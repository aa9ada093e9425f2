"""Reading what waits for a follow-up: open difficulties, measures and roadmap items due
by a given day, and the visits of a week."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from coach_app.domain import follow_up as fu
from coach_app.domain.difficulty import Severity
from coach_app.domain.review import RoadmapStatus
from coach_app.store.live import labelling
from coach_app.store.models import Company, Difficulty, Measure, Roadmap, RoadmapItem, User, Visit


@dataclass(frozen=True)
class WeekVisit:
    id: uuid.UUID
    company_id: uuid.UUID
    company: str
    visit_date: dt.date
    purpose: str
    coach: str


@dataclass(frozen=True)
class ReturnedRoadmap:
    id: uuid.UUID
    company_id: uuid.UUID
    company: str
    title: str
    revision: int
    returned_at: dt.datetime


def week_visits(
    session: Session, first: dt.date, last: dt.date, coach_id: uuid.UUID | None
) -> list[WeekVisit]:
    """Visits from ``first`` to ``last`` (one coach's if ``coach_id``), earliest first."""
    coach = labelling(User)
    statement = (
        select(
            Visit.id, Visit.company_id, Company.name, Visit.visit_date, Visit.purpose, coach.name
        )
        .join(Company, Company.id == Visit.company_id)
        .outerjoin(coach, coach.id == Visit.coach_id)
        .where(Visit.visit_date >= first, Visit.visit_date <= last)
        .order_by(Visit.visit_date, Company.name)
    )
    if coach_id is not None:
        statement = statement.where(Visit.coach_id == coach_id)
    return [WeekVisit(*row[:5], row[5] or "") for row in session.execute(statement)]


def open_follow_ups(session: Session, by: dt.date) -> list[fu.FollowUp]:
    """Open difficulties, measures and roadmap items due on or before ``by``."""
    return [*_difficulties(session, by), *_measures(session, by), *_items(session, by)]


def _difficulties(session: Session, by: dt.date) -> list[fu.FollowUp]:
    # Due = raised + days by severity: each severity is a plain date range on the indexed
    # visit date, so only the rows due by ``by`` are read.
    known = [s.value for s in fu.DIFFICULTY_DAYS]
    due_by = [
        and_(Difficulty.severity == s.value, Visit.visit_date <= by - dt.timedelta(days=days))
        for s, days in fu.DIFFICULTY_DAYS.items()
    ]
    medium = fu.DIFFICULTY_DAYS[Severity.MEDIUM]
    due_by.append(
        and_(Difficulty.severity.not_in(known), Visit.visit_date <= by - dt.timedelta(days=medium))
    )
    statement = (
        select(
            Difficulty.id,
            Difficulty.company_id,
            Company.name,
            Difficulty.category,
            Difficulty.description,
            Difficulty.severity,
            Visit.visit_date,
        )
        .join(Visit, Visit.id == Difficulty.visit_id)
        .join(Company, Company.id == Difficulty.company_id)
        .where(Difficulty.status.in_([s.value for s in fu.OPEN_DIFFICULTY]), or_(*due_by))
    )
    found = []
    for id_, company_id, company, _category, description, severity, raised in session.execute(
        statement
    ):
        title = description.splitlines()[0] if description else ""
        due = fu.difficulty_due(raised, severity)
        found.append(
            fu.FollowUp(fu.FollowUpKind.DIFFICULTY, id_, company_id, company, title, raised, due)
        )
    return found


def _measures(session: Session, by: dt.date) -> list[fu.FollowUp]:
    company = aliased(Company)
    statement = (
        select(
            Measure.id,
            Measure.company_id,
            company.name,
            Measure.title,
            Measure.due_on,
            Measure.decided_on,
            Measure.created_at,
        )
        .outerjoin(company, company.id == Measure.company_id)
        .where(Measure.status.in_([s.value for s in fu.OPEN_MEASURE]))
    )
    found = []
    for id_, company_id, name, title, due_on, decided_on, created in session.execute(statement):
        if company_id is not None and name is None:
            continue  # the company was deleted
        recorded = created.date()
        due = fu.measure_due(due_on, decided_on, recorded)
        if due <= by:
            raised = decided_on or recorded
            found.append(
                fu.FollowUp(
                    fu.FollowUpKind.MEASURE, id_, company_id, name or "", title, raised, due
                )
            )
    return found


def _items(session: Session, by: dt.date) -> list[fu.FollowUp]:
    # Only the newest revision of each roadmap counts: older ones were copied into it.
    # (An uncorrelated NOT IN: SQLite builds the set once instead of scanning the
    # roadmaps again for every item.)
    newer = aliased(Roadmap)
    superseded = select(newer.previous_id).where(newer.previous_id.is_not(None))
    statement = (
        select(
            RoadmapItem.id,
            Roadmap.company_id,
            Company.name,
            RoadmapItem.title,
            RoadmapItem.ends_on,
            RoadmapItem.starts_on,
            RoadmapItem.created_at,
        )
        .join(Roadmap, Roadmap.id == RoadmapItem.roadmap_id)
        .join(Company, Company.id == Roadmap.company_id)
        .where(
            RoadmapItem.status.in_([s.value for s in fu.OPEN_ITEM]),
            Roadmap.status != RoadmapStatus.COMPLETED.value,
            Roadmap.id.not_in(superseded),
            or_(RoadmapItem.ends_on.is_(None), RoadmapItem.ends_on <= by),
        )
    )
    found = []
    for id_, company_id, name, title, ends_on, starts_on, created in session.execute(statement):
        due = fu.item_due(ends_on, starts_on, created.date())
        if due <= by:
            raised = starts_on or created.date()
            found.append(
                fu.FollowUp(fu.FollowUpKind.ROADMAP_ITEM, id_, company_id, name, title, raised, due)
            )
    return found


def returned_roadmaps(session: Session, coach_id: uuid.UUID | None) -> list[ReturnedRoadmap]:
    """Roadmaps a supervisor sent back with changes requested, oldest first."""
    statement = (
        select(
            Roadmap.id,
            Roadmap.company_id,
            Company.name,
            Roadmap.title,
            Roadmap.revision,
            Roadmap.updated_at,
        )
        .join(Company, Company.id == Roadmap.company_id)
        .where(Roadmap.status == RoadmapStatus.CHANGES_REQUESTED.value)
        .order_by(Roadmap.updated_at)
    )
    if coach_id is not None:
        statement = statement.where(Roadmap.coach_id == coach_id)
    return [ReturnedRoadmap(*row) for row in session.execute(statement)]
