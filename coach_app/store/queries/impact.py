"""Read queries of impact figures and satisfaction ratings."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach_app.store.models import (
    Assignment,
    Company,
    ImpactFigure,
    Measure,
    Programme,
    Roadmap,
    RoadmapItem,
    SatisfactionRating,
    User,
    Visit,
)


def company_figures(session: Session, company_id: uuid.UUID) -> Sequence[ImpactFigure]:
    return session.scalars(
        select(ImpactFigure)
        .where(ImpactFigure.company_id == company_id)
        .order_by(ImpactFigure.year, ImpactFigure.metric, ImpactFigure.updated_at)
    ).all()


def company_kpis(session: Session, company_ids: Sequence[uuid.UUID]) -> Sequence[Any]:
    """(company, KPI name, unit, actual, end) of the items of each company's roadmaps.

    Only the latest revision of a roadmap counts: revisions repeat their items."""
    newer = select(Roadmap.previous_id).where(Roadmap.previous_id.is_not(None))
    return session.execute(
        select(
            Roadmap.company_id,
            RoadmapItem.kpi_name,
            RoadmapItem.kpi_unit,
            RoadmapItem.kpi_actual,
            RoadmapItem.ends_on,
        )
        .join(Roadmap, Roadmap.id == RoadmapItem.roadmap_id)
        .where(
            Roadmap.company_id.in_(company_ids),
            Roadmap.id.not_in(newer),
            RoadmapItem.kpi_actual.is_not(None),
        )
    ).all()


def programme_companies(session: Session, programme_id: uuid.UUID) -> Sequence[Any]:
    """(company id, company name, coach name) per assignment of the programme."""
    return session.execute(
        select(Company.id, Company.name, User.name)
        .join(Assignment, Assignment.company_id == Company.id)
        .join(User, User.id == Assignment.coach_id)
        .where(Assignment.programme_id == programme_id)
        .order_by(Company.name)
    ).all()


def programme_sources(session: Session, programme_id: uuid.UUID) -> dict[uuid.UUID, set[str]]:
    """Company → the funding sources that paid for its support in the programme."""
    found: dict[uuid.UUID, set[str]] = {}
    for company, source in session.execute(
        select(Measure.company_id, Measure.source).where(
            Measure.programme_id == programme_id,
            Measure.company_id.is_not(None),
            Measure.source.is_not(None),
        )
    ):
        if company is not None and source is not None:  # filtered above; for the types
            found.setdefault(company, set()).add(source)
    for company, national, local, own in session.execute(
        select(
            Roadmap.company_id,
            RoadmapItem.budget_national,
            RoadmapItem.budget_local,
            RoadmapItem.budget_company,
        )
        .join(Roadmap, Roadmap.id == RoadmapItem.roadmap_id)
        .where(Roadmap.programme_id == programme_id)
    ):
        for source, amount in (("national", national), ("local", local), ("company", own)):
            if amount:
                found.setdefault(company, set()).add(source)
    return found


def programme_named(session: Session, programme_id: uuid.UUID) -> Programme | None:
    return session.get(Programme, programme_id)


def all_figures(session: Session, company_ids: Sequence[uuid.UUID]) -> Sequence[ImpactFigure]:
    return session.scalars(
        select(ImpactFigure)
        .where(ImpactFigure.company_id.in_(company_ids))
        .order_by(ImpactFigure.updated_at)
    ).all()


def rating_of_visit(session: Session, visit_id: uuid.UUID) -> SatisfactionRating | None:
    return session.scalar(select(SatisfactionRating).where(SatisfactionRating.visit_id == visit_id))


def ratings_with_visits(session: Session, programme_id: uuid.UUID | None = None) -> Sequence[Any]:
    """(answers, coach name, programme name or None) of every rating."""
    query = (
        select(SatisfactionRating.answers, User.name, Programme.name)
        .join(Visit, Visit.id == SatisfactionRating.visit_id)
        .join(User, User.id == Visit.coach_id)
        .outerjoin(Programme, Programme.id == Visit.programme_id)
    )
    if programme_id is not None:
        query = query.where(Visit.programme_id == programme_id)
    return session.execute(query).all()
