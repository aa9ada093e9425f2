"""Suggestions from the support catalogue for the company's gaps and open difficulties."""

from __future__ import annotations

import datetime as dt
import uuid
from calendar import monthrange
from collections import Counter

from coach_app.domain.catalogue import CompanyFacts, Proposal, suggest
from coach_app.domain.difficulty import FINISHED
from coach_app.domain.errors import FieldProblem, RuleViolation
from coach_app.domain.messages import pick
from coach_app.domain.roadmap import (
    ItemStatus,
)
from coach_app.services.catalogues import shipped_catalogue
from coach_app.services.diagnoses import gaps_of
from coach_app.services.lookup import live
from coach_app.services.roadmaps.drafts import ItemDraft
from coach_app.services.roadmaps.editing import catalogue_entry as catalogue_entry
from coach_app.services.roadmaps.editing import save_item
from coach_app.services.roadmaps.queries import get_roadmap
from coach_app.store.database import Database
from coach_app.store.models import Company, Roadmap
from coach_app.store.queries import roadmaps as stored
from coach_app.store.queries.visits import open_categories, open_difficulty_in


def suggestions(
    db: Database, roadmap_id: uuid.UUID, today: dt.date | None = None
) -> list[Proposal]:
    """Catalogue entries that answer the company's diagnosis gaps and open difficulties."""
    roadmap = get_roadmap(db, roadmap_id)
    with db.read() as session:
        company = live(session, Company, roadmap.company_id, "company")
        unfinished = Counter(open_categories(session, company.id, [s.value for s in FINISHED]))
        taken: dict[str, dt.date] = {}
        in_roadmap: set[str] = set()
        for item, revision_id in stored.catalogue_items(session, company.id):
            code = item.support_programme_code or ""
            if revision_id == roadmap_id:
                in_roadmap.add(code)
            elif item.status in (ItemStatus.IN_PROGRESS.value, ItemStatus.DONE.value):
                started = item.starts_on or item.created_at.date()
                taken[code] = max(started, taken.get(code, started))
        employees = company.employees
    return suggest(
        shipped_catalogue(),
        gaps_of(db, roadmap.company_id),
        unfinished,
        CompanyFacts(employees, taken, frozenset(in_roadmap)),
        today or dt.date.today(),
    )


def accept(
    db: Database, roadmap_id: uuid.UUID, proposal: Proposal, starts_on: dt.date | None = None
) -> uuid.UUID:
    """Turn a proposal into a roadmap item, funded up to the programme's cap."""
    if not proposal.eligible:
        raise RuleViolation(
            FieldProblem("items", "explained", {"value": "; ".join(proposal.blockers)})
        )
    entry = proposal.entry
    start = starts_on or _next_month(dt.date.today())
    with db.read() as session:
        company_id = live(session, Roadmap, roadmap_id, "roadmap").company_id
        difficulty_id = open_difficulty_in(
            session, company_id, list(entry.categories), [s.value for s in FINISHED]
        )
    draft = ItemDraft(
        title=pick(*entry.name),
        stage=entry.stage.value,
        starts_on=start,
        ends_on=_add_months(start, entry.months) - dt.timedelta(days=1),
        budget=entry.budget(),
        item_type=entry.item_type,
        description=pick(*entry.funds),
        owner_agency=entry.agency,
        gap_item_code=proposal.gap_area,
        difficulty_id=difficulty_id,
        support_programme_code=entry.code,
    )
    return save_item(db, roadmap_id, draft)


def _next_month(day: dt.date) -> dt.date:
    return _add_months(day.replace(day=1), 1)


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, monthrange(year, month)[1]))
