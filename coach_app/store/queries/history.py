"""Reading the recorded status changes of difficulties and roadmap items."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach_app.store.models import StatusChange


def changes_of(
    session: Session,
    difficulty_ids: Iterable[uuid.UUID] = (),
    item_ids: Iterable[uuid.UUID] = (),
) -> dict[uuid.UUID, list[StatusChange]]:
    """The recorded changes of these difficulties and items, by their id, oldest first."""
    found: dict[uuid.UUID, list[StatusChange]] = {}
    for column, ids in (
        (StatusChange.difficulty_id, list(difficulty_ids)),
        (StatusChange.roadmap_item_id, list(item_ids)),
    ):
        if not ids:
            continue
        for change in session.scalars(
            select(StatusChange)
            .where(column.in_(ids))
            .order_by(StatusChange.created_at, StatusChange.id)
        ):
            key = change.difficulty_id or change.roadmap_item_id
            assert key is not None
            found.setdefault(key, []).append(change)
    return found
