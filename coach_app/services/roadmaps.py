"""Roadmaps: items, revisions, suggestions from the catalogue, and the review workflow.

Every status change goes through the domain's ``check_move`` with the signed-in user's
role, the same table the shared database enforces, so what the laptop allows the server
accepts.
"""

from __future__ import annotations

import datetime as dt
import uuid
from calendar import monthrange
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from coach_app.domain.catalogue import CatalogueEntry, CompanyFacts, Proposal, cap_problem, suggest
from coach_app.domain.difficulty import FINISHED
from coach_app.domain.errors import FieldProblem, RuleViolation, ValidationError, check
from coach_app.domain.messages import pick
from coach_app.domain.permissions import Action
from coach_app.domain.review import (
    ReviewDecision,
    RoadmapStatus,
    check_move,
    decision_target,
    may_edit_content,
    needs_new_revision,
)
from coach_app.domain.revision import ItemChange, carried_id, diff_items
from coach_app.domain.roadmap import (
    Budget,
    ItemStatus,
    RoadmapItemDraft,
    Scheduled,
    dependency_problems,
)
from coach_app.domain.roles import Role
from coach_app.domain.validate import collect, required_text
from coach_app.services.catalogues import shipped_catalogue
from coach_app.services.diagnoses import gaps_of
from coach_app.services.history import carry_history, item_changed
from coach_app.services.lookup import current_user_id, live, organisation_named
from coach_app.services.permissions import may
from coach_app.store.database import Database
from coach_app.store.models import Company, Review, Roadmap, RoadmapItem, User
from coach_app.store.queries import roadmaps as queries
from coach_app.store.queries.visits import open_categories, open_difficulty_in
from coach_app.store.types import utcnow

# The item fields a reviewer compares between revisions, in the order shown.
ITEM_FIELDS = (
    "title",
    "stage",
    "item_type",
    "phase",
    "starts_on",
    "ends_on",
    "budget_national",
    "budget_local",
    "budget_company",
    "owner_agency",
    "kpi_name",
    "kpi_unit",
    "kpi_baseline",
    "kpi_target",
    "status",
    "depends_on",
    "description",
)


@dataclass
class ItemDraft(RoadmapItemDraft):
    """Everything the coach sets on a roadmap item."""

    item_type: str = ""
    phase: int = 1
    description: str = ""
    owner_agency: str = ""
    kpi_name: str = ""
    kpi_unit: str = ""
    kpi_baseline: float | None = None
    kpi_target: float | None = None
    kpi_actual: float | None = None
    status: str = ItemStatus.PLANNED.value
    depends_on: list[str] = field(default_factory=list)
    gap_item_code: str | None = None
    difficulty_id: uuid.UUID | None = None
    support_programme_code: str | None = None

    def problems(self) -> list[FieldProblem]:
        found = super().problems()
        if ItemStatus.parse(self.status) is None:
            found.append(FieldProblem("status", "unknown_choice", {"value": self.status}))
        if self.phase < 1:
            found.append(FieldProblem("phase", "not_negative"))
        return found


def _values(draft: ItemDraft) -> dict[str, Any]:
    return {
        "title": draft.title.strip(),
        "stage": draft.stage,
        "item_type": draft.item_type,
        "phase": draft.phase,
        "description": draft.description,
        "starts_on": draft.starts_on,
        "ends_on": draft.ends_on,
        "budget_national": draft.budget.national,
        "budget_local": draft.budget.local,
        "budget_company": draft.budget.company,
        "owner_agency": draft.owner_agency,
        "kpi_name": draft.kpi_name,
        "kpi_unit": draft.kpi_unit,
        "kpi_baseline": draft.kpi_baseline,
        "kpi_target": draft.kpi_target,
        "kpi_actual": draft.kpi_actual,
        "status": draft.status,
        "depends_on": list(draft.depends_on),
        "gap_item_code": draft.gap_item_code,
        "difficulty_id": draft.difficulty_id,
        "support_programme_code": draft.support_programme_code,
    }


def draft_of_item(item: RoadmapItem) -> ItemDraft:
    return ItemDraft(
        title=item.title,
        stage=item.stage,
        starts_on=item.starts_on,
        ends_on=item.ends_on,
        budget=Budget(item.budget_national, item.budget_local, item.budget_company),
        item_type=item.item_type,
        phase=item.phase,
        description=item.description,
        owner_agency=item.owner_agency,
        kpi_name=item.kpi_name,
        kpi_unit=item.kpi_unit,
        kpi_baseline=item.kpi_baseline,
        kpi_target=item.kpi_target,
        kpi_actual=item.kpi_actual,
        status=item.status,
        depends_on=list(item.depends_on or []),
        gap_item_code=item.gap_item_code,
        difficulty_id=item.difficulty_id,
        support_programme_code=item.support_programme_code,
    )


# --- reading ----------------------------------------------------------------------------


def roadmaps_of(db: Database, company_id: uuid.UUID) -> list[Roadmap]:
    """A company's roadmap revisions, newest first."""
    with db.read() as session:
        return queries.roadmaps_of(session, company_id)


def current_roadmap(db: Database, company_id: uuid.UUID) -> Roadmap | None:
    found = roadmaps_of(db, company_id)
    return found[0] if found else None


def get_roadmap(db: Database, roadmap_id: uuid.UUID) -> Roadmap:
    with db.read() as session:
        return live(session, Roadmap, roadmap_id, "roadmap")


def items_of(db: Database, roadmap_id: uuid.UUID) -> list[RoadmapItem]:
    with db.read() as session:
        return queries.items_of(session, roadmap_id)


def reviews_of(db: Database, roadmap_id: uuid.UUID) -> list[Review]:
    """The reviews of this revision and of the revisions before it, oldest first."""
    with db.read() as session:
        chain = []
        roadmap: Roadmap | None = live(session, Roadmap, roadmap_id, "roadmap")
        while roadmap is not None:
            chain.append(roadmap.id)
            roadmap = session.get(Roadmap, roadmap.previous_id) if roadmap.previous_id else None
        return queries.reviews_of(session, chain)


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
        found = queries.listed(session, statuses)
        totals = queries.totals(session)
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


def schedule_problems(items: list[RoadmapItem]) -> dict[str, list[str]]:
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
        after = {str(i.id): _comparable(i) for i in queries.items_of(session, roadmap_id)}
        before: dict[str, dict[str, Any]] = {}
        if roadmap.previous_id is not None:
            before = {
                str(carried_id(roadmap.id, i.id)): _comparable(i, roadmap.id)
                for i in queries.items_of(session, roadmap.previous_id)
            }
    return diff_items(before, after, ITEM_FIELDS)


def _comparable(item: RoadmapItem, carried_into: uuid.UUID | None = None) -> dict[str, Any]:
    values = {name: getattr(item, name) for name in ITEM_FIELDS}
    depends = [uuid.UUID(d) for d in item.depends_on or ()]
    if carried_into is not None:  # predecessors as they are called in the new revision
        depends = [carried_id(carried_into, d) for d in depends]
    values["depends_on"] = sorted(str(d) for d in depends)
    return values


# --- the coach's edits ------------------------------------------------------------------


def create_roadmap(
    db: Database, company_id: uuid.UUID, title: str, programme_id: uuid.UUID | None = None
) -> uuid.UUID:
    coach_id = current_user_id(db)
    with db.transaction() as session:
        live(session, Company, company_id, "company")
        if queries.has_roadmap(session, company_id):
            raise RuleViolation(FieldProblem("roadmap", "roadmap_exists"))
        roadmap = Roadmap(
            company_id=company_id,
            coach_id=coach_id,
            programme_id=programme_id,
            title=title.strip(),
            status=RoadmapStatus.DRAFT.value,
        )
        session.add(roadmap)
        session.flush()
        return roadmap.id


def rename(db: Database, roadmap_id: uuid.UUID, title: str) -> None:
    check(collect(required_text("title", title, 200)))
    coach_id = current_user_id(db)
    with db.transaction() as session:
        roadmap = live(session, Roadmap, roadmap_id, "roadmap")
        _check_editable(session, roadmap, coach_id)
        roadmap.title = title.strip()


def editable_revision(db: Database, roadmap_id: uuid.UUID) -> uuid.UUID:
    """The revision to edit: this one while the coach holds the pen; for an approved
    revision, the draft that follows it, started now if there is none yet."""
    coach_id = current_user_id(db)
    with db.transaction() as session:
        roadmap = live(session, Roadmap, roadmap_id, "roadmap")
        status = RoadmapStatus(roadmap.status)
        if not needs_new_revision(status):
            _check_editable(session, roadmap, coach_id)
            return roadmap.id
        newer = queries.next_revision(session, roadmap.id)
        if newer is not None:
            _check_editable(session, newer, coach_id)
            return newer.id
        _check_editable(session, roadmap, coach_id, ignore_status=True)
        return _start_revision(session, roadmap, coach_id)


def _start_revision(session: Session, approved: Roadmap, coach_id: uuid.UUID) -> uuid.UUID:
    revision = Roadmap(
        company_id=approved.company_id,
        programme_id=approved.programme_id,
        coach_id=coach_id,
        title=approved.title,
        revision=approved.revision + 1,
        previous_id=approved.id,
        status=RoadmapStatus.DRAFT.value,
    )
    revision.id = uuid.uuid4()
    session.add(revision)
    session.flush()
    for old in queries.items_of(session, approved.id):
        values = {name: getattr(old, name) for name in _COPIED}
        values["depends_on"] = [str(carried_id(revision.id, uuid.UUID(d))) for d in old.depends_on]
        carried = RoadmapItem(id=carried_id(revision.id, old.id), roadmap_id=revision.id, **values)
        session.add(carried)
        carry_history(session, old.id, carried)
    return revision.id


# Carried into a new revision as they are (predecessors are renamed to the new ids).
_COPIED = (
    *(f for f in ITEM_FIELDS if f != "depends_on"),
    "position",
    "kpi_actual",
    "organisation_id",
    "gap_item_code",
    "difficulty_id",
    "support_programme_code",
)


def save_item(
    db: Database, roadmap_id: uuid.UUID, draft: ItemDraft, item_id: uuid.UUID | None = None
) -> uuid.UUID:
    """Add or change an item of a revision the coach may edit."""
    check(draft.problems())
    if draft.support_programme_code:
        entry = catalogue_entry(draft.support_programme_code)
        problem = cap_problem(entry, draft.budget) if entry else None
        if problem:
            raise ValidationError([FieldProblem("budget", "explained", {"value": problem})])
    coach_id = current_user_id(db)
    with db.transaction() as session:
        roadmap = live(session, Roadmap, roadmap_id, "roadmap")
        _check_editable(session, roadmap, coach_id)
        values = _values(draft)
        # The agency as typed, linked to the organisation of that name when there is one.
        values["organisation_id"] = organisation_named(session, draft.owner_agency)
        if item_id is None:
            position = len(queries.items_of(session, roadmap_id))
            item = RoadmapItem(id=uuid.uuid4(), roadmap_id=roadmap_id, position=position, **values)
            session.add(item)
            item_changed(session, item, dt.date.today())
        else:
            item = live(session, RoadmapItem, item_id, "items")
            before = (item.status, item.kpi_actual)
            for name, value in values.items():
                setattr(item, name, value)
            if (item.status, item.kpi_actual) != before:
                item_changed(session, item, dt.date.today())
        session.flush()
        return item.id


def remove_item(db: Database, item_id: uuid.UUID) -> None:
    coach_id = current_user_id(db)
    with db.transaction() as session:
        item = live(session, RoadmapItem, item_id, "items")
        _check_editable(session, live(session, Roadmap, item.roadmap_id, "roadmap"), coach_id)
        item.deleted_at = utcnow()
        for other in queries.items_of(session, item.roadmap_id):
            if str(item_id) in (other.depends_on or []):
                other.depends_on = [d for d in other.depends_on if d != str(item_id)]


def follow_up_item(
    db: Database,
    item_id: uuid.UUID,
    status: str,
    kpi_actual: float | None,
    on: dt.date | None = None,
) -> None:
    """At a later visit: the item's progress and KPI actual (as of ``on``, default today),
    allowed on approved revisions too (the only fields the shared database lets change
    there)."""
    if ItemStatus.parse(status) is None:
        raise ValidationError([FieldProblem("status", "unknown_choice", {"value": status})])
    user_id = current_user_id(db)
    with db.read() as session:
        roadmap_id = live(session, RoadmapItem, item_id, "items").roadmap_id
        role = Role(live(session, User, user_id, "coach").role)
    # Only the owning coach follows up, on an approved or running revision (the server's rule).
    if not may(db, Action.FOLLOW_UP_ITEM, roadmap_id=roadmap_id):
        raise RuleViolation(FieldProblem("roadmap", "not_allowed", {"role": role.label}))
    with db.transaction() as session:
        item = live(session, RoadmapItem, item_id, "items")
        item.status = status
        item.kpi_actual = kpi_actual
        item_changed(session, item, on or dt.date.today())


def _check_editable(
    session: Session, roadmap: Roadmap, user_id: uuid.UUID, ignore_status: bool = False
) -> None:
    """Refuse unless the user may change the content (``ignore_status``: of the draft
    about to follow an approved revision)."""
    role, is_owner = _role(session, roadmap, user_id)
    status = RoadmapStatus.DRAFT if ignore_status else RoadmapStatus(roadmap.status)
    if needs_new_revision(status):
        raise RuleViolation(FieldProblem("roadmap", "roadmap_frozen"))
    if status is RoadmapStatus.SUBMITTED and is_owner:
        raise RuleViolation(FieldProblem("roadmap", "roadmap_in_review"))
    if not may_edit_content(status, role, is_owner):
        raise RuleViolation(FieldProblem("roadmap", "not_allowed", {"role": role.label}))


def _role(session: Session, roadmap: Roadmap, user_id: uuid.UUID) -> tuple[Role, bool]:
    user = live(session, User, user_id, "coach")
    return Role(user.role), roadmap.coach_id == user_id


# --- moves and reviews ------------------------------------------------------------------


def move(db: Database, roadmap_id: uuid.UUID, target: RoadmapStatus) -> None:
    """Submit, withdraw, start or complete, as the domain's table allows the user."""
    user_id = current_user_id(db)
    with db.transaction() as session:
        roadmap = live(session, Roadmap, roadmap_id, "roadmap")
        role, is_owner = _role(session, roadmap, user_id)
        check_move(RoadmapStatus(roadmap.status), target, role, is_owner)
        if target is RoadmapStatus.SUBMITTED:
            _check_submittable(session, roadmap)
            roadmap.submitted_at = utcnow()
        roadmap.status = target.value


def _check_submittable(session: Session, roadmap: Roadmap) -> None:
    items = queries.items_of(session, roadmap.id)
    if not items:
        raise ValidationError([FieldProblem("items", "roadmap_empty")])
    problems = schedule_problems(items)
    if problems:
        titles = {str(i.id): i.title for i in items}
        text = "; ".join(f"{titles[k]} — {' / '.join(v)}" for k, v in problems.items())
        raise ValidationError([FieldProblem("items", "dependencies", {"value": text})])


def review(
    db: Database, roadmap_id: uuid.UUID, decision: ReviewDecision, comment: str = ""
) -> uuid.UUID:
    """A supervisor's decision (or a plain comment, from anyone who may see the roadmap)."""
    user_id = current_user_id(db)
    comment = comment.strip()
    if decision is ReviewDecision.REQUEST_CHANGES and not comment:
        raise ValidationError([FieldProblem("comment", "comment_required")])
    if decision is ReviewDecision.COMMENT and not comment:
        raise ValidationError([FieldProblem("comment", "required")])
    with db.transaction() as session:
        roadmap = live(session, Roadmap, roadmap_id, "roadmap")
        role, is_owner = _role(session, roadmap, user_id)
        target = decision_target(decision)
        if target is not None:
            check_move(RoadmapStatus(roadmap.status), target, role, is_owner)
            roadmap.status = target.value
            if target is RoadmapStatus.APPROVED:
                roadmap.approved_at = utcnow()
                roadmap.approved_by = user_id
        record = Review(
            roadmap_id=roadmap_id, reviewer_id=user_id, decision=decision.value, comment=comment
        )
        session.add(record)
        session.flush()
        return record.id


# --- suggestions ------------------------------------------------------------------------


def catalogue_entry(code: str) -> CatalogueEntry | None:
    return next((e for e in shipped_catalogue() if e.code == code), None)


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
        for item, revision_id in queries.catalogue_items(session, company.id):
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
