"""Reading diagnoses and their scores."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
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
    checklist: the peers of a benchmark, one per company."""
    statement = (
        select(Diagnosis.company_id, Company.industry, Diagnosis.area_scores)
        .join(Company, Company.id == Diagnosis.company_id)
        .where(Diagnosis.template_id == template_id)
        .order_by(Diagnosis.company_id, Diagnosis.diagnosed_on.desc(), Diagnosis.created_at.desc())
    )
    found: dict[uuid.UUID, tuple[uuid.UUID, str, dict[str, Any]]] = {}
    for company_id, industry, areas in session.execute(statement):
        found.setdefault(company_id, (company_id, industry, areas or {}))
    return list(found.values())
