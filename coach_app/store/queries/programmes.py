"""Reading programmes, their budgets and partners, and organisations.

A programme is looked up by name in one way only, ``programme_named``: a name recurs from
year to year ("스마트공장 지원" 2025, 2026), and by name means the newest of them; an older
one is chosen by id.
"""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach_app.store.live import labelling
from coach_app.store.models import (
    Organisation,
    Programme,
    ProgrammeBudget,
    ProgrammeOrganisation,
)

Part = TypeVar("Part", ProgrammeBudget, ProgrammeOrganisation)


def programmes(session: Session) -> list[Programme]:
    """Programmes, the newest year first, then by name."""
    statement = select(Programme).order_by(Programme.year.desc(), Programme.name)
    return list(session.scalars(statement))


def programme_named(session: Session, name: str) -> Programme | None:
    """The newest programme called ``name`` (as typed, spaces aside), if there is one."""
    statement = (
        select(Programme)
        .where(Programme.name == name.strip())
        .order_by(Programme.year.desc(), Programme.created_at.desc())
    )
    return session.scalars(statement).first()


def parts_of(session: Session, model: type[Part], programme_id: uuid.UUID) -> list[Part]:
    """A programme's budget lines or partner rows."""
    return list(session.scalars(select(model).where(model.programme_id == programme_id)))


def partners_of(session: Session, programme_id: uuid.UUID) -> list[tuple[str, Organisation]]:
    """(role, organisation) of a programme's partners, in the order they were added."""
    organisation = labelling(Organisation)
    statement = (
        select(ProgrammeOrganisation.role, organisation)
        .join(organisation, organisation.id == ProgrammeOrganisation.organisation_id)
        .where(ProgrammeOrganisation.programme_id == programme_id)
        .order_by(ProgrammeOrganisation.created_at)
    )
    return list(session.execute(statement))


def organisations(session: Session) -> list[Organisation]:
    return list(session.scalars(select(Organisation).order_by(Organisation.name)))


def organisation_named(session: Session, name: str) -> uuid.UUID | None:
    """The organisation called ``name`` (as typed, spaces aside), the first one made."""
    wanted = name.strip()
    if not wanted:
        return None
    statement = select(Organisation.id).where(Organisation.name == wanted)
    return session.scalars(statement.order_by(Organisation.created_at)).first()
