"""Reading attachments."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach_app.store.models import Attachment


def attachments_of(
    session: Session, company_id: uuid.UUID, visit_id: uuid.UUID | None = None
) -> list[Attachment]:
    """A company's files (only those of one visit if given), oldest first."""
    statement = select(Attachment).where(Attachment.company_id == company_id)
    if visit_id is not None:
        statement = statement.where(Attachment.visit_id == visit_id)
    return list(session.scalars(statement.order_by(Attachment.created_at)))
