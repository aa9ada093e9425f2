"""Reading diagnoses and their scores."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach_app.store.models import Diagnosis, DiagnosisScore


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
