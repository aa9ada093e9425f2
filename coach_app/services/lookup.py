"""Fetching a live (not deleted) row, or saying clearly that it is not there."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy.orm import Session

from coach_app.domain.errors import FieldProblem, RuleViolation, ValidationError
from coach_app.store.base import Synced
from coach_app.store.database import Database
from coach_app.store.models import Organisation, User
from coach_app.store.queries.programmes import organisation_named as organisation_named

Row = TypeVar("Row", bound=Synced)


def live(session: Session, model: type[Row], row_id: uuid.UUID, field: str) -> Row:
    """The row ``row_id`` of ``model``; ValidationError naming ``field`` if absent or deleted."""
    row = session.get(model, row_id)
    if row is None:
        raise ValidationError([FieldProblem(field, "not_found", {"value": str(row_id)})])
    if row.is_deleted:
        raise ValidationError([FieldProblem(field, "deleted")])
    return row


def current_user_id(db: Database) -> uuid.UUID:
    """The signed-in user, who is recorded as the author of what is created."""
    if db.actor is None:
        raise RuleViolation(FieldProblem("coach", "no_current_user"))
    return db.actor


def contact_of(who: User | Organisation | None) -> str:
    """Whom the company calls: the coach's or the agency's phone and e-mail, as far as
    they are known."""
    if who is None:
        return ""
    return " · ".join(x for x in (who.phone.strip(), who.email.strip()) if x)
