"""Users (coaches, supervisors, administrators), programmes and assignments."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from coach_app.domain.errors import FieldProblem, RuleViolation, ValidationError, check
from coach_app.domain.programme import ProgrammeDraft
from coach_app.domain.roles import Role, Specialty, login_problem
from coach_app.domain.validate import collect, date_order, required_text, text_length
from coach_app.domain.validate import email as valid_email
from coach_app.domain.validate import phone as valid_phone
from coach_app.services.lookup import live
from coach_app.services.records import ProgrammeRecord, UserRecord, record, records
from coach_app.store.database import Database
from coach_app.store.models import Assignment, Company, Programme, User
from coach_app.store.queries import people as queries
from coach_app.store.queries.programmes import organisation_named
from coach_app.store.queries.programmes import programmes as all_programmes
from coach_app.store.types import utcnow


@dataclass
class UserDraft:
    login: str
    name: str
    role: str
    specialty: str | None = None
    # Printed in reports as whom the company calls.
    phone: str = ""
    email: str = ""

    def problems(self) -> list[FieldProblem]:
        found = collect(
            login_problem(self.login),
            required_text("name", self.name, 50),
            *contact_problems(self.phone, self.email),
        )
        if Role.parse(self.role) is None:
            found.append(FieldProblem("role", "unknown_choice", {"value": self.role}))
        if self.specialty and Specialty.parse(self.specialty) is None:
            found.append(FieldProblem("specialty", "unknown_choice", {"value": self.specialty}))
        return found


def create_user(db: Database, draft: UserDraft) -> uuid.UUID:
    check(draft.problems())
    with db.transaction() as session:
        if queries.login_taken(session, draft.login):
            raise ValidationError([FieldProblem("login", "brn_duplicate", {"name": draft.login})])
        role = Role.parse(draft.role)
        specialty = Specialty.parse(draft.specialty) if draft.specialty else None
        user = User(
            login=draft.login,
            name=draft.name.strip(),
            role=role.value if role else draft.role,
            specialty=specialty.value if specialty else None,
            phone=draft.phone.strip(),
            email=draft.email.strip(),
        )
        session.add(user)
        session.flush()
        return user.id


def contact_problems(phone: str, email: str) -> list[FieldProblem | None]:
    return [
        text_length("phone", phone, 30),
        valid_phone("phone", phone.strip()),
        text_length("email", email, 200),
        valid_email("email", email.strip()),
    ]


def set_contact(db: Database, user_id: uuid.UUID, phone: str, email: str) -> None:
    """A person's phone and e-mail (a coach's are printed in the company's reports).
    People are the administrators' to edit, here as on the server."""
    check(collect(*contact_problems(phone, email)))
    with db.transaction() as session:
        if db.actor is not None:
            editor = Role(live(session, User, db.actor, "coach").role)
            if editor is not Role.ADMIN:
                raise RuleViolation(FieldProblem("phone", "not_allowed", {"role": editor.label}))
        user = live(session, User, user_id, "coach")
        user.phone, user.email = phone.strip(), email.strip()


def users(db: Database, role: Role | None = None) -> list[UserRecord]:
    with db.read() as session:
        found = queries.users(session, role.value if role is not None else None)
        return records(UserRecord, found)


def user_by_login(db: Database, login: str) -> UserRecord | None:
    with db.read() as session:
        user = queries.user_by_login(session, login)
        return record(UserRecord, user) if user else None


def current_user(db: Database) -> UserRecord | None:
    """The user signed in on this database, if any."""
    if db.actor is None:
        return None
    with db.read() as session:
        user = session.get(User, db.actor)
        return record(UserRecord, user) if user else None


def sign_in(db: Database, login: str) -> UserRecord:
    """Make ``login`` the user this laptop's edits are recorded as."""
    user = user_by_login(db, login)
    if user is None or user.deleted_at is not None:
        raise ValidationError([FieldProblem("login", "not_found", {"value": login})])
    db.set_current_user(user.id)
    return user


def create_programme(db: Database, draft: ProgrammeDraft, agency: str = "") -> uuid.UUID:
    check(draft.problems())
    with db.transaction() as session:
        programme = Programme(
            name=draft.name.strip(),
            year=draft.year,
            agency=agency,
            organisation_id=organisation_named(session, agency),
            budget=draft.budget,
            funding_national=draft.funding.national,
            funding_local=draft.funding.local,
            funding_company=draft.funding.company,
        )
        session.add(programme)
        session.flush()
        return programme.id


def programmes(db: Database) -> list[ProgrammeRecord]:
    with db.read() as session:
        return records(ProgrammeRecord, all_programmes(session))


def assign_coach(
    db: Database,
    programme_id: uuid.UUID,
    company_id: uuid.UUID,
    coach_id: uuid.UUID,
    starts_on: dt.date,
    ends_on: dt.date | None = None,
) -> uuid.UUID:
    check(collect(date_order("ends_on", starts_on, ends_on)))
    with db.transaction() as session:
        live(session, Programme, programme_id, "programme")
        live(session, Company, company_id, "company")
        coach = live(session, User, coach_id, "coach")
        if coach.role != Role.COACH.value:
            raise ValidationError([FieldProblem("coach", "unknown_choice", {"value": coach.name})])
        assignment = Assignment(
            programme_id=programme_id,
            company_id=company_id,
            coach_id=coach_id,
            starts_on=starts_on,
            ends_on=ends_on,
        )
        session.add(assignment)
        session.flush()
        return assignment.id


def end_assignment(db: Database, assignment_id: uuid.UUID, ends_on: dt.date) -> None:
    with db.transaction() as session:
        assignment = live(session, Assignment, assignment_id, "coach")
        check(collect(date_order("ends_on", assignment.starts_on, ends_on)))
        assignment.ends_on = ends_on


def remove_assignment(db: Database, assignment_id: uuid.UUID) -> None:
    with db.transaction() as session:
        live(session, Assignment, assignment_id, "coach").deleted_at = utcnow()
