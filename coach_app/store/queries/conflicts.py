"""Reading the edits sync could not apply as made."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach_app.store.models import SyncConflict


def conflicts(session: Session, open_only: bool = True) -> list[SyncConflict]:
    """Conflicts, oldest first; only those not yet resolved if ``open_only``."""
    statement = select(SyncConflict).order_by(SyncConflict.created_at)
    if open_only:
        statement = statement.where(SyncConflict.resolved_at.is_(None))
    return list(session.scalars(statement))
