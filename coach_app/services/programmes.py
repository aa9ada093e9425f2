"""Organisations and programmes over their period: budgets, targets, who takes part."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from coach_app.domain.errors import FieldProblem, RuleViolation, check
from coach_app.domain.organisation import OrganisationDraft, OrganisationKind
from coach_app.domain.programme import FundSource, Participant, ProgrammePlan, YearBudget
from coach_app.domain.roles import Role
from coach_app.services.lookup import current_user_id, live
from coach_app.store.database import Database
from coach_app.store.models import (
    Organisation,
    Programme,
    ProgrammeBudget,
    ProgrammeOrganisation,
    User,
)
from coach_app.store.queries import programmes as queries
from coach_app.store.queries.visits import field_count_row
from coach_app.store.types import utcnow


@dataclass(frozen=True)
class OrganisationView:
    id: uuid.UUID
    name: str
    kind: str
    kind_label: str
    phone: str
    email: str


@dataclass(frozen=True)
class ParticipantView:
    organisation_id: uuid.UUID
    name: str
    kind_label: str
    role: str


@dataclass(frozen=True)
class BudgetLine:
    year: int
    source: str
    source_label: str
    amount: int


@dataclass(frozen=True)
class ProgrammeView:
    """A programme as a programme manager reads it: period, money, targets, partners."""

    id: uuid.UUID
    name: str
    lead: str  # the lead organisation's name, else the agency as typed
    starts_on: dt.date | None
    ends_on: dt.date | None
    budgets: tuple[BudgetLine, ...]
    target_visits: int | None
    target_companies: int | None
    target_measures: int | None
    participants: tuple[ParticipantView, ...]

    @property
    def total(self) -> int:
        return sum(b.amount for b in self.budgets)

    def by_year(self) -> dict[int, dict[str, int]]:
        """Amount per year and funding source (stored value)."""
        table: dict[int, dict[str, int]] = {}
        for line in self.budgets:
            row = table.setdefault(line.year, {})
            row[line.source] = row.get(line.source, 0) + line.amount
        return dict(sorted(table.items()))


def require_reviewer(session: Session, user_id: uuid.UUID, field: str) -> None:
    """Reference data (organisations, programmes, meetings) is the supervisors' to write."""
    role = Role(live(session, User, user_id, "coach").role)
    if role is Role.COACH:
        raise RuleViolation(FieldProblem(field, "not_allowed", {"role": role.label}))


def _organisation_kind(draft: OrganisationDraft) -> OrganisationKind:
    check(draft.problems())
    kind = OrganisationKind.parse(draft.kind)
    assert kind is not None  # problems() refuses an unknown kind
    return kind


def create_organisation(db: Database, draft: OrganisationDraft) -> uuid.UUID:
    kind = _organisation_kind(draft)
    user_id = current_user_id(db)
    with db.transaction() as session:
        require_reviewer(session, user_id, "organisation")
        organisation = Organisation(
            name=draft.name.strip(), kind=kind.value, phone=draft.phone, email=draft.email
        )
        session.add(organisation)
        session.flush()
        return organisation.id


def update_organisation(db: Database, organisation_id: uuid.UUID, draft: OrganisationDraft) -> None:
    kind = _organisation_kind(draft)
    user_id = current_user_id(db)
    with db.transaction() as session:
        require_reviewer(session, user_id, "organisation")
        organisation = live(session, Organisation, organisation_id, "organisation")
        organisation.name, organisation.kind = draft.name.strip(), kind.value
        organisation.phone, organisation.email = draft.phone, draft.email


def organisations(db: Database) -> list[OrganisationView]:
    with db.read() as session:
        return [_organisation_view(o) for o in queries.organisations(session)]


def _organisation_view(row: Organisation) -> OrganisationView:
    kind = OrganisationKind.parse(row.kind)
    return OrganisationView(
        row.id, row.name, row.kind, kind.label if kind else row.kind, row.phone, row.email
    )


def plan_programme(
    db: Database,
    programme_id: uuid.UUID,
    plan: ProgrammePlan,
    lead_id: uuid.UUID | None = None,
) -> None:
    """Set a programme's period, targets, budget lines and partners, replacing the old ones."""
    check(plan.problems())
    user_id = current_user_id(db)
    with db.transaction() as session:
        require_reviewer(session, user_id, "programme")
        programme = live(session, Programme, programme_id, "programme")
        for participant in plan.participants:
            live(session, Organisation, participant.organisation_id, "organisation")
        if lead_id is not None:
            lead = live(session, Organisation, lead_id, "organisation")
            programme.organisation_id = lead.id
            programme.agency = lead.name
        programme.starts_on = plan.starts_on
        programme.ends_on = plan.ends_on
        programme.target_visits = plan.target_visits
        programme.target_companies = plan.target_companies
        programme.target_measures = plan.target_measures
        _replace_budgets(session, programme_id, plan.budgets)
        _replace_participants(session, programme_id, plan.participants)


def _replace_budgets(
    session: Session, programme_id: uuid.UUID, budgets: Iterable[YearBudget]
) -> None:
    now = utcnow()
    kept = {(b.year, b.source): b for b in budgets}
    for row in queries.parts_of(session, ProgrammeBudget, programme_id):
        wanted = kept.pop((row.year, row.source), None)
        if wanted is None:
            row.deleted_at = now
        elif row.amount != wanted.amount:
            row.amount = wanted.amount
    for budget in kept.values():
        source = FundSource.parse(budget.source)
        assert source is not None  # validated
        session.add(
            ProgrammeBudget(
                programme_id=programme_id,
                year=budget.year,
                source=source.value,
                amount=budget.amount,
            )
        )


def _replace_participants(
    session: Session, programme_id: uuid.UUID, participants: Iterable[Participant]
) -> None:
    now = utcnow()
    kept = {(p.organisation_id, p.role.strip()): p for p in participants}
    for row in queries.parts_of(session, ProgrammeOrganisation, programme_id):
        if kept.pop((row.organisation_id, row.role), None) is None:
            row.deleted_at = now
    for organisation_id, role in kept:
        session.add(
            ProgrammeOrganisation(
                programme_id=programme_id, organisation_id=organisation_id, role=role
            )
        )


def programme_view(db: Database, programme_id: uuid.UUID) -> ProgrammeView:
    with db.read() as session:
        return read_programme(session, programme_id)


def read_programme(session: Session, programme_id: uuid.UUID) -> ProgrammeView:
    programme = live(session, Programme, programme_id, "programme")
    lead = (
        session.get(Organisation, programme.organisation_id) if programme.organisation_id else None
    )
    budgets = sorted(
        queries.parts_of(session, ProgrammeBudget, programme_id),
        key=lambda b: (b.year, _source_order(b.source)),
    )
    partners = queries.partners_of(session, programme_id)
    return ProgrammeView(
        id=programme.id,
        name=programme.name,
        lead=lead.name if lead else programme.agency,
        starts_on=programme.starts_on,
        ends_on=programme.ends_on,
        budgets=tuple(
            BudgetLine(b.year, b.source, _source_label(b.source), b.amount) for b in budgets
        ),
        target_visits=programme.target_visits,
        target_companies=programme.target_companies,
        target_measures=programme.target_measures,
        participants=tuple(
            ParticipantView(o.id, o.name, _organisation_view(o).kind_label, role)
            for role, o in partners
        ),
    )


def _source_order(value: str) -> int:
    known = [s.value for s in FundSource]
    return known.index(value) if value in known else len(known)


def _source_label(value: str | None) -> str:
    if value is None:
        return ""
    source = FundSource.parse(value)
    return source.label if source else value


source_label = _source_label


@dataclass(frozen=True)
class FieldCount:
    """What was done in the field: a meeting counts once, however many companies came."""

    visits: int  # events: visits outside meetings + distinct meetings
    meetings: int
    companies: int


def field_count(
    session: Session,
    programme_id: uuid.UUID | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> FieldCount:
    alone, meetings, companies = field_count_row(session, programme_id, start, end)
    return FieldCount(visits=alone + meetings, meetings=meetings, companies=companies)
