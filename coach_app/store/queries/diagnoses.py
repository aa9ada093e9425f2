"""Reading diagnoses and their scores."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coach_app.store.models import Company, Diagnosis, DiagnosisScore


def diagnoses_of(session: Session, company_id: uuid.UUID) -> list[Diagnosis]:
    """A company's diagnoses, newest first."""
    statement = (
        select(Diagnosis)
        .where(Diagnosis.company_id == company_id)
        .order_by(Diagnosis.diagnosed_on.desc(), Diagnosis.created_at.desc())
    )
    return list(session.scalars(statement))


def scores_of(session: Session, diagnosis_id: uuid.UUID) -> list[DiagnosisScore]:
    statement = select(DiagnosisScore).where(DiagnosisScore.diagnosis_id == diagnosis_id)
    return list(session.scalars(statement))


def latest_area_scores(
    session: Session, template_id: str
) -> list[tuple[uuid.UUID, str, dict[str, Any]]]:
    """(company, its industry, area scores) of each company's latest diagnosis with this
    checklist: the peers of a benchmark, one per company. The latest is picked in SQL, so
    only those scores are decoded."""
    newest = (
        func.row_number()
        .over(
            partition_by=Diagnosis.company_id,
            order_by=(Diagnosis.diagnosed_on.desc(), Diagnosis.created_at.desc()),
        )
        .label("newest")
    )
    ranked = select(Diagnosis.id, newest).where(Diagnosis.template_id == template_id).subquery()
    statement = (
        select(Diagnosis.company_id, Company.industry, Diagnosis.area_scores)
        .join(ranked, ranked.c.id == Diagnosis.id)
        .join(Company, Company.id == Diagnosis.company_id)
        .where(ranked.c.newest == 1)
    )
    return [
        (company, industry, areas or {}) for company, industry, areas in session.execute(statement)
    ]


def peers_stamp(session: Session, template_id: str) -> tuple[object, ...]:
    """What changes whenever the peers of a checklist may have: the diagnoses made with it
    and the companies (their industry). Edits made here move ``updated_at``; rows a sync
    brings move ``server_version``, though their ``updated_at`` may be older."""
    diagnoses = session.execute(
        select(
            func.count(), func.max(Diagnosis.updated_at), func.max(Diagnosis.server_version)
        ).where(Diagnosis.template_id == template_id)
    ).one()
    companies = session.execute(
        select(func.count(), func.max(Company.updated_at), func.max(Company.server_version))
    ).one()
    return (*diagnoses, *companies)
