"""Reading companies and their contacts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach_app.store.models import Assignment, Company, Contact


@dataclass(frozen=True)
class CompanyRow:
    """One line of the company list."""

    id: uuid.UUID
    name: str
    brn: str
    ceo: str
    region: str
    industry: str
    designation: str | None
    employees: int | None
    search_text: str


def company_rows(
    session: Session,
    region: str | None = None,
    coach_id: uuid.UUID | None = None,
    programme_id: uuid.UUID | None = None,
) -> list[CompanyRow]:
    """Companies sorted by name, in a region and assigned to a coach or programme if given."""
    statement = select(
        Company.id,
        Company.name,
        Company.brn,
        Company.ceo,
        Company.region,
        Company.industry,
        Company.designation,
        Company.employees,
        Company.search_text,
    ).where(Company.deleted_at.is_(None))
    if region:
        statement = statement.where(Company.region == region)
    if coach_id is not None or programme_id is not None:
        assigned = select(Assignment.company_id).where(Assignment.deleted_at.is_(None))
        if coach_id is not None:
            assigned = assigned.where(Assignment.coach_id == coach_id)
        if programme_id is not None:
            assigned = assigned.where(Assignment.programme_id == programme_id)
        statement = statement.where(Company.id.in_(assigned))
    # Plain rows on the connection, without the ORM's row handling: this is the
    # 10,000-company list. The session's filter of deleted rows does not reach there,
    # hence the two ``deleted_at IS NULL`` written out above.
    result = session.connection().execute(statement.order_by(Company.name))
    return [CompanyRow(*r) for r in result]


def company_by_brn(session: Session, brn: str, exclude: uuid.UUID | None = None) -> Company | None:
    """The company registered under this (normalised) number, other than ``exclude``."""
    statement = select(Company).where(Company.brn == brn)
    if exclude is not None:
        statement = statement.where(Company.id != exclude)
    return session.scalars(statement).first()


def contacts_of(session: Session, company_id: uuid.UUID) -> list[Contact]:
    statement = select(Contact).where(Contact.company_id == company_id).order_by(Contact.name)
    return list(session.scalars(statement))
