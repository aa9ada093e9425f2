"""Companies and their contacts."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coach_app.domain.company import CompanyDraft, ContactDraft, matches
from coach_app.domain.errors import FieldProblem, ValidationError, check
from coach_app.services.lookup import live
from coach_app.store.database import Database
from coach_app.store.models import Assignment, Company, Contact, Diagnosis, Roadmap, Visit
from coach_app.store.types import utcnow


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


def create_company(db: Database, draft: CompanyDraft) -> uuid.UUID:
    check(draft.problems())
    clean = draft.normalized()
    with db.transaction() as session:
        _refuse_duplicate(session, clean.brn, None)
        company = Company(**asdict(clean))
        session.add(company)
        _flush_unique(session, clean.brn)
        return company.id


def update_company(db: Database, company_id: uuid.UUID, draft: CompanyDraft) -> None:
    check(draft.problems())
    clean = draft.normalized()
    with db.transaction() as session:
        company = live(session, Company, company_id, "company")
        _refuse_duplicate(session, clean.brn, company_id)
        for name, value in asdict(clean).items():
            setattr(company, name, value)
        _flush_unique(session, clean.brn)


def delete_company(db: Database, company_id: uuid.UUID) -> None:
    with db.transaction() as session:
        live(session, Company, company_id, "company").deleted_at = utcnow()


def duplicate_of(db: Database, brn_text: str, exclude: uuid.UUID | None = None) -> str | None:
    """The name of another live company with this number, for checking before saving."""
    from coach_app.domain.brn import normalize

    normalized = normalize(brn_text)
    if normalized is None:
        return None
    with db.read() as session:
        other = _live_by_brn(session, normalized, exclude)
        return other.name if other else None


def get_company(db: Database, company_id: uuid.UUID) -> Company:
    with db.read() as session:
        return live(session, Company, company_id, "company")


def draft_of(company: Company) -> CompanyDraft:
    """The editable fields of a stored company, for a form."""
    return CompanyDraft(
        name=company.name,
        brn=company.brn,
        ceo=company.ceo,
        address=company.address,
        region=company.region,
        industry=company.industry,
        employees=company.employees,
        revenue=company.revenue,
        designation=company.designation,
        supplier_tier=company.supplier_tier,
        founded_on=company.founded_on,
        phone=company.phone,
        email=company.email,
    )


def list_companies(
    db: Database,
    query: str = "",
    region: str | None = None,
    coach_id: uuid.UUID | None = None,
    programme_id: uuid.UUID | None = None,
) -> list[CompanyRow]:
    """Live companies sorted by name, filtered by words in any searchable field."""
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
    with db.read() as session:
        # Plain rows, not ORM objects: this is the 10,000-company list.
        result = session.connection().execute(statement.order_by(Company.name))
        rows = [CompanyRow(*r) for r in result]
    if query.strip():
        rows = [r for r in rows if matches(r.search_text, query)]
    return rows


def add_contact(db: Database, company_id: uuid.UUID, draft: ContactDraft) -> uuid.UUID:
    check(draft.problems())
    with db.transaction() as session:
        live(session, Company, company_id, "company")
        contact = Contact(company_id=company_id, **asdict(draft))
        session.add(contact)
        session.flush()
        return contact.id


def contacts_of(db: Database, company_id: uuid.UUID) -> list[Contact]:
    with db.read() as session:
        found = session.scalars(
            select(Contact)
            .where(Contact.company_id == company_id, Contact.deleted_at.is_(None))
            .order_by(Contact.name)
        )
        return list(found)


def _live_by_brn(session: Session, brn: str, exclude: uuid.UUID | None) -> Company | None:
    statement = select(Company).where(Company.brn == brn, Company.deleted_at.is_(None))
    if exclude is not None:
        statement = statement.where(Company.id != exclude)
    return session.scalars(statement).first()


def _refuse_duplicate(session: Session, brn: str, exclude: uuid.UUID | None) -> None:
    other = _live_by_brn(session, brn, exclude)
    if other is not None:
        raise ValidationError([FieldProblem("brn", "brn_duplicate", {"name": other.name})])


def _flush_unique(session: Session, brn: str) -> None:
    # Another writer may have registered the number since we looked.
    try:
        session.flush()
    except IntegrityError as error:
        if "brn" not in str(error.orig):
            raise
        raise ValidationError([FieldProblem("brn", "brn_duplicate", {"name": brn})]) from error


def company_of(db: Database, kind: str, entity_id: uuid.UUID) -> Company:
    """The company a report is about: ``entity_id`` is the company itself for a dossier,
    else the visit, diagnosis or roadmap reported on."""
    owners: dict[str, type[Visit] | type[Diagnosis] | type[Roadmap]] = {
        "visit": Visit,
        "diagnosis": Diagnosis,
        "roadmap": Roadmap,
    }
    with db.read() as session:
        if kind in owners:
            entity_id = live(session, owners[kind], entity_id, kind).company_id
        return live(session, Company, entity_id, "company")
