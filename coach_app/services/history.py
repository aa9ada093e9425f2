"""The status history of difficulties and roadmap items: written with every change, read
by reports dated in the past (what the status was on their day, and since when)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from coach_app.domain.messages import pick
from coach_app.store.models import Difficulty, Roadmap, RoadmapItem, StatusChange
from coach_app.store.queries.history import changes_of as changes_of


def difficulty_changed(
    session: Session, difficulty: Difficulty, on: dt.date | None, visit_id: uuid.UUID | None
) -> None:
    """Record the difficulty's present status, taken ``on`` that day at that visit."""
    if difficulty.id is None:
        difficulty.id = uuid.uuid4()
    session.add(
        StatusChange(
            company_id=difficulty.company_id,
            difficulty_id=difficulty.id,
            status=difficulty.status,
            resolution=difficulty.resolution or "",
            changed_on=on,
            visit_id=visit_id,
        )
    )


def item_changed(session: Session, item: RoadmapItem, on: dt.date | None) -> None:
    """Record the item's present status and KPI actual, taken ``on`` that day."""
    if item.id is None:
        item.id = uuid.uuid4()
    roadmap = session.get(Roadmap, item.roadmap_id)
    assert roadmap is not None
    session.add(
        StatusChange(
            company_id=roadmap.company_id,
            roadmap_item_id=item.id,
            status=item.status,
            kpi_actual=item.kpi_actual,
            changed_on=on,
        )
    )


def carry_history(session: Session, old_id: uuid.UUID, new: RoadmapItem) -> None:
    """An item carried into a new revision keeps the history it had."""
    for change in changes_of(session, item_ids=[old_id]).get(old_id, []):
        session.add(
            StatusChange(
                company_id=change.company_id,
                roadmap_item_id=new.id,
                status=change.status,
                kpi_actual=change.kpi_actual,
                changed_on=change.changed_on,
                visit_id=change.visit_id,
            )
        )


@dataclass(frozen=True)
class StatusOn:
    status: str
    resolution: str
    kpi_actual: float | None
    changed_on: dt.date
    visit_id: uuid.UUID | None


def status_on(changes: list[StatusChange], day: dt.date) -> StatusOn | None:
    """The status on ``day``: the latest change dated that day or before (ties: the one
    recorded last). None when the history cannot tell: none dated by then, or a change of
    unknown date recorded after the one found (it may have come before ``day``)."""
    dated = [c for c in changes if c.changed_on is not None and c.changed_on <= day]
    if not dated:
        return None
    found = max(dated, key=lambda c: (c.changed_on, c.created_at))
    assert found.changed_on is not None
    if any(c.changed_on is None and c.created_at > found.created_at for c in changes):
        return None
    return StatusOn(
        found.status, found.resolution, found.kpi_actual, found.changed_on, found.visit_id
    )


def undated(label: str) -> str:
    """A status known to have been taken but not when (kept before the history was, or
    whose day no record gives): printed as such, so a document dated in the past does not
    pass today's status off as that day's."""
    return f"{label} ({pick('변경일 미상', 'date of change unknown')})"


def label_on(label: str, changes: list[StatusChange], day: dt.date, first: str, now: str) -> str:
    """``label`` of the status ``now`` a document dated ``day`` shows when ``changes``
    cannot tell that day's: marked undated unless it is still the ``first`` status (which
    held from the start)."""
    if status_on(changes, day) is not None or now == first:
        return label
    return undated(label)
