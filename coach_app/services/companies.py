"""Companies and their contacts."""

from __future__ import annotations

import uuid
from dataclasses import asdict

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coach_app.domain.company import CompanyDraft, ContactDraft, matches
from coach_app.domain.errors import FieldProblem, ValidationError, check
from coach_app.services.lookup import live
from coach_app.services.records import CompanyRecord, ContactRecord, record, records
from coach_app.store.database import Database
from coach_app.store.models import Company, Contact, Diagnosis, Roadmap, Visit
from coach_app.store.queries import companies as queries
from coach_app.store.queries.companies import CompanyRow as CompanyRow
from coach_app.store.types import utcnow


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
        other = queries.company_by_brn(session, normalized, exclude)
        return other.name if other else None


def get_company(db: Database, company_id: uuid.UUID) -> CompanyRecord:
    with db.read() as session:
        return record(CompanyRecord, live(session, Company, company_id, "company"))


def draft_of(company: CompanyRecord) -> CompanyDraft:
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
    with db.read() as session:
        rows = queries.company_rows(session, region, coach_id, programme_id)
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


def contacts_of(db: Database, company_id: uuid.UUID) -> list[ContactRecord]:
    with db.read() as session:
        return records(ContactRecord, queries.contacts_of(session, company_id))


def _refuse_duplicate(session: Session, brn: str, exclude: uuid.UUID | None) -> None:
    other = queries.company_by_brn(session, brn, exclude)
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


def company_of(db: Database, kind: str, entity_id: uuid.UUID) -> CompanyRecord:
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
        return record(CompanyRecord, live(session, Company, entity_id, "company"))
