"""Reading roadmaps, their items and reviews."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coach_app.store.live import labelling
from coach_app.store.models import Company, Review, Roadmap, RoadmapItem, User


def roadmaps_of(session: Session, company_id: uuid.UUID) -> list[Roadmap]:
    """A company's roadmap revisions, newest first."""
    statement = (
        select(Roadmap)
        .where(Roadmap.company_id == company_id)
        .order_by(Roadmap.revision.desc(), Roadmap.created_at.desc())
    )
    return list(session.scalars(statement))


def has_roadmap(session: Session, company_id: uuid.UUID) -> bool:
    statement = select(Roadmap.id).where(Roadmap.company_id == company_id)
    return session.scalar(statement) is not None


def next_revision(session: Session, roadmap_id: uuid.UUID) -> Roadmap | None:
    """The revision started from this one, if any."""
    return session.scalar(select(Roadmap).where(Roadmap.previous_id == roadmap_id))


def items_of(session: Session, roadmap_id: uuid.UUID) -> list[RoadmapItem]:
    """A revision's items by phase, then start date (undated last), then position."""
    statement = (
        select(RoadmapItem)
        .where(RoadmapItem.roadmap_id == roadmap_id)
        .order_by(
            RoadmapItem.phase,
            RoadmapItem.starts_on.is_(None),
            RoadmapItem.starts_on,
            RoadmapItem.position,
        )
    )
    return list(session.scalars(statement))


def reviews_of(session: Session, roadmap_ids: list[uuid.UUID]) -> list[Review]:
    """The reviews of these revisions, oldest first."""
    statement = select(Review).where(Review.roadmap_id.in_(roadmap_ids)).order_by(Review.created_at)
    return list(session.scalars(statement))


def listed(session: Session, statuses: tuple[str, ...] = ()) -> list[tuple[Roadmap, str, str]]:
    """(revision, company name, coach name), by company name then newest revision first;
    only revisions in ``statuses`` if given."""
    coach = labelling(User)
    statement = (
        select(Roadmap, Company.name, coach.name)
        .join(Company, Company.id == Roadmap.company_id)
        .join(coach, coach.id == Roadmap.coach_id)
        .order_by(Company.name, Roadmap.revision.desc())
    )
    if statuses:
        statement = statement.where(Roadmap.status.in_(statuses))
    return list(session.execute(statement))


def totals(session: Session) -> dict[uuid.UUID, tuple[int, int]]:
    """Items and total budget per revision."""
    statement = select(
        RoadmapItem.roadmap_id,
        func.count(),
        func.sum(
            RoadmapItem.budget_national + RoadmapItem.budget_local + RoadmapItem.budget_company
        ),
    ).group_by(RoadmapItem.roadmap_id)
    return {roadmap_id: (count, budget) for roadmap_id, count, budget in session.execute(statement)}


def catalogue_items(session: Session, company_id: uuid.UUID) -> list[tuple[RoadmapItem, uuid.UUID]]:
    """(item, revision) of every item from the support catalogue in the company's roadmaps."""
    roadmap = labelling(Roadmap)
    statement = (
        select(RoadmapItem, roadmap.id)
        .join(roadmap, roadmap.id == RoadmapItem.roadmap_id)
        .where(
            roadmap.company_id == company_id,
            RoadmapItem.support_programme_code.is_not(None),
        )
    )
    return list(session.execute(statement))
