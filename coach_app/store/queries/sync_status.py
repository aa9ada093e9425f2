"""Reading where records stand with the server, and the history of syncs."""

from __future__ import annotations

import uuid
from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach_app.domain.sync_marks import SyncMark
from coach_app.store.models import OutboxEntry, SentChange, SyncConflict, SyncRun


def marks(session: Session, table: str) -> dict[uuid.UUID, SyncMark]:
    """Every row of ``table`` that is not simply as the server has it, with its mark.

    Only the small bookkeeping tables are read (outbox, conflicts, sent rows), so a list of
    ten thousand companies costs no more than its few changed rows. A row not in the
    answer is CONFIRMED, or LOCAL when this database has never synced.
    """
    found: dict[uuid.UUID, SyncMark] = {}
    sent = select(SentChange.row_id).where(SentChange.table_name == table)
    waiting = select(OutboxEntry.row_id).where(OutboxEntry.table_name == table).distinct()
    open_conflicts = select(SyncConflict.row_id, SyncConflict.kind).where(
        SyncConflict.table_name == table, SyncConflict.resolved_at.is_(None)
    )
    # Least pressing first, so the more pressing overwrite it.
    for row_id in session.scalars(sent):
        found[row_id] = SyncMark.SENT
    for row_id in session.scalars(waiting):
        found[row_id] = SyncMark.WAITING
    refused: set[uuid.UUID] = set()
    for row_id, kind in session.execute(open_conflicts):
        if kind == "rejected":
            refused.add(row_id)
        found[row_id] = SyncMark.CONFLICT
    for row_id in refused:
        found[row_id] = SyncMark.REFUSED
    return found


def mark_of(
    session: Session, table: str, row_id: uuid.UUID, synced_before: bool
) -> tuple[SyncMark, list[str]]:
    """One row's mark, and the server's reasons for any refusal still open."""
    reasons = list(
        session.scalars(
            select(SyncConflict.message).where(
                SyncConflict.table_name == table,
                SyncConflict.row_id == row_id,
                SyncConflict.kind == "rejected",
                SyncConflict.resolved_at.is_(None),
            )
        )
    )
    found = marks_of(session, table, [row_id], synced_before)
    return found.get(row_id, _default(synced_before)), reasons


def marks_of(
    session: Session, table: str, ids: Collection[uuid.UUID], synced_before: bool
) -> dict[uuid.UUID, SyncMark]:
    everything = marks(session, table)
    return {i: everything[i] for i in ids if i in everything}


def _default(synced_before: bool) -> SyncMark:
    return SyncMark.CONFIRMED if synced_before else SyncMark.LOCAL


def runs(session: Session, limit: int = 500) -> list[SyncRun]:
    """The syncs kept, newest first."""
    return list(session.scalars(select(SyncRun).order_by(SyncRun.started_at.desc()).limit(limit)))
