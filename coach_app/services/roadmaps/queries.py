"""Reading roadmaps: a company's revisions, their items and reviews, the roadmap list and
review queue, what changed since the approved revision, and how far the items have come."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from coach_app.domain.review import (
    RoadmapStatus,
)
from coach_app.domain.revision import ItemChange, carried_id, diff_items
from coach_app.domain.roadmap import (
    Scheduled,
    dependency_problems,
)
from coach_app.services.lookup import live
from coach_app.services.records import (
    ReviewRecord,
    RoadmapItemRecord,
    RoadmapRecord,
    record,
    records,
)
from coach_app.services.roadmaps.drafts import ITEM_FIELDS
from coach_app.store.database import Database
from coach_app.store.models import Roadmap, RoadmapItem
from coach_app.store.queries import roadmaps as stored


def roadmaps_of(db: Database, company_id: uuid.UUID) -> list[RoadmapRecord]:
    """A company's roadmap revisions, newest first."""
    with db.read() as session:
        return records(RoadmapRecord, stored.roadmaps_of(session, company_id))


def current_roadmap(db: Database, company_id: uuid.UUID) -> RoadmapRecord | None:
    found = roadmaps_of(db, company_id)
    return found[0] if found else None


def get_roadmap(db: Database, roadmap_id: uuid.UUID) -> RoadmapRecord:
    with db.read() as session:
        return record(RoadmapRecord, live(session, Roadmap, roadmap_id, "roadmap"))


def items_of(db: Database, roadmap_id: uuid.UUID) -> list[RoadmapItemRecord]:
    with db.read() as session:
        return records(RoadmapItemRecord, stored.items_of(session, roadmap_id))


def reviews_of(db: Database, roadmap_id: uuid.UUID) -> list[ReviewRecord]:
    """The reviews of this revision and of the revisions before it, oldest first."""
    with db.read() as session:
        chain = []
        roadmap: Roadmap | None = live(session, Roadmap, roadmap_id, "roadmap")
        while roadmap is not None:
            chain.append(roadmap.id)
            roadmap = session.get(Roadmap, roadmap.previous_id) if roadmap.previous_id else None
        return records(ReviewRecord, stored.reviews_of(session, chain))


@dataclass(frozen=True)
class RoadmapRow:
    """One line of the roadmap list and of the review queue."""

    id: uuid.UUID
    company_id: uuid.UUID
    company: str
    title: str
    revision: int
    status: str
    coach: str
    items: int
    total_budget: int
    submitted_at: dt.datetime | None
    updated_at: dt.datetime
    coach_id: uuid.UUID | None = None


def my_submissions(db: Database) -> list[RoadmapRow]:
    """The signed-in coach's own roadmaps under review or sent back for changes."""
    me = db.actor
    waiting = (RoadmapStatus.SUBMITTED.value, RoadmapStatus.CHANGES_REQUESTED.value)
    return [r for r in roadmap_rows(db, waiting) if r.coach_id == me]


def roadmap_rows(db: Database, statuses: tuple[str, ...] = ()) -> list[RoadmapRow]:
    """The newest revision per company (or, with ``statuses``, every revision in them)."""
    with db.read() as session:
        found = stored.listed(session, statuses)
        totals = stored.totals(session)
    rows: list[RoadmapRow] = []
    seen: set[uuid.UUID] = set()
    for roadmap, company_name, coach_name in found:
        if not statuses and roadmap.company_id in seen:
            continue
        seen.add(roadmap.company_id)
        rows.append(
            RoadmapRow(
                roadmap.id,
                roadmap.company_id,
                company_name,
                roadmap.title,
                roadmap.revision,
                roadmap.status,
                coach_name,
                *totals.get(roadmap.id, (0, 0)),
                roadmap.submitted_at,
                roadmap.updated_at,
                roadmap.coach_id,
            )
        )
    return rows


def review_queue(db: Database) -> list[RoadmapRow]:
    """Roadmaps waiting for a supervisor, the longest waiting first."""
    rows = roadmap_rows(db, (RoadmapStatus.SUBMITTED.value,))
    epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
    return sorted(rows, key=lambda r: r.submitted_at or epoch)


def schedule_problems(
    items: Sequence[RoadmapItem] | Sequence[RoadmapItemRecord],
) -> dict[str, list[str]]:
    """Dependency problems by item id (as text, the way ``depends_on`` stores them)."""
    return dependency_problems(
        [
            Scheduled(str(i.id), i.title, i.starts_on, i.ends_on, tuple(i.depends_on or ()))
            for i in items
        ]
    )


def changes_since_approved(db: Database, roadmap_id: uuid.UUID) -> list[ItemChange]:
    """What this revision changes in the approved revision it started from (for a first
    revision, every item is new)."""
    with db.read() as session:
        roadmap = live(session, Roadmap, roadmap_id, "roadmap")
        after = {str(i.id): _comparable(i) for i in stored.items_of(session, roadmap_id)}
        before: dict[str, dict[str, Any]] = {}
        if roadmap.previous_id is not None:
            before = {
                str(carried_id(roadmap.id, i.id)): _comparable(i, roadmap.id)
                for i in stored.items_of(session, roadmap.previous_id)
            }
    return diff_items(before, after, ITEM_FIELDS)


def _comparable(item: RoadmapItem, carried_into: uuid.UUID | None = None) -> dict[str, Any]:
    values = {name: getattr(item, name) for name in ITEM_FIELDS}
    depends = [uuid.UUID(d) for d in item.depends_on or ()]
    if carried_into is not None:  # predecessors as they are called in the new revision
        depends = [carried_id(carried_into, d) for d in depends]
    values["depends_on"] = sorted(str(d) for d in depends)
    return values


@dataclass(frozen=True)
class Progress:
    status: str
    revision: int
    by_status: dict[str, int]
    kpis_met: int
    kpis: int


def progress_of(db: Database, company_id: uuid.UUID) -> Progress | None:
    """The newest revision's status and how far its items have come, for the company page."""
    roadmap = current_roadmap(db, company_id)
    if roadmap is None:
        return None
    items = items_of(db, roadmap.id)
    counts = Counter(i.status for i in items)
    with_kpi = [i for i in items if i.kpi_target is not None]
    met = sum(
        1 for i in with_kpi if i.kpi_actual is not None and i.kpi_actual >= (i.kpi_target or 0)
    )
    return Progress(roadmap.status, roadmap.revision, dict(counts), met, len(with_kpi))
