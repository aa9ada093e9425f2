"""The coach's edits: starting a roadmap or its next revision, and its items.

Only the user the domain allows edits content: the owning coach while the roadmap is a
draft or sent back, never once it is approved (the next revision is edited instead).
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from coach_app.domain.catalogue import CatalogueEntry, cap_problem
from coach_app.domain.errors import FieldProblem, RuleViolation, ValidationError, check
from coach_app.domain.permissions import Action
from coach_app.domain.review import (
    RoadmapStatus,
    may_edit_content,
    needs_new_revision,
)
from coach_app.domain.revision import carried_id
from coach_app.domain.roadmap import (
    ItemStatus,
)
from coach_app.domain.roles import Role
from coach_app.domain.validate import collect, required_text
from coach_app.services.catalogues import shipped_catalogue
from coach_app.services.history import carry_history, item_changed
from coach_app.services.lookup import current_user_id, live, organisation_named
from coach_app.services.permissions import may
from coach_app.services.roadmaps.drafts import ITEM_FIELDS, ItemDraft, values_of
from coach_app.store.database import Database
from coach_app.store.models import Company, Roadmap, RoadmapItem, User
from coach_app.store.queries import roadmaps as stored
from coach_app.store.types import utcnow


def create_roadmap(
    db: Database, company_id: uuid.UUID, title: str, programme_id: uuid.UUID | None = None
) -> uuid.UUID:
    coach_id = current_user_id(db)
    with db.transaction() as session:
        live(session, Company, company_id, "company")
        if stored.has_roadmap(session, company_id):
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
        newer = stored.next_revision(session, roadmap.id)
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
    for old in stored.items_of(session, approved.id):
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
        values = values_of(draft)
        # The agency as typed, linked to the organisation of that name when there is one.
        values["organisation_id"] = organisation_named(session, draft.owner_agency)
        if item_id is None:
            position = len(stored.items_of(session, roadmap_id))
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
        for other in stored.items_of(session, item.roadmap_id):
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
    role, is_owner = role_on(session, roadmap, user_id)
    status = RoadmapStatus.DRAFT if ignore_status else RoadmapStatus(roadmap.status)
    if needs_new_revision(status):
        raise RuleViolation(FieldProblem("roadmap", "roadmap_frozen"))
    if status is RoadmapStatus.SUBMITTED and is_owner:
        raise RuleViolation(FieldProblem("roadmap", "roadmap_in_review"))
    if not may_edit_content(status, role, is_owner):
        raise RuleViolation(FieldProblem("roadmap", "not_allowed", {"role": role.label}))


def role_on(session: Session, roadmap: Roadmap, user_id: uuid.UUID) -> tuple[Role, bool]:
    user = live(session, User, user_id, "coach")
    return Role(user.role), roadmap.coach_id == user_id


def catalogue_entry(code: str) -> CatalogueEntry | None:
    return next((e for e in shipped_catalogue() if e.code == code), None)
