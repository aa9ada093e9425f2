"""What the signed-in person may do here, asked of the domain's permission table.

Screens call ``may`` to decide which buttons and menu entries to offer, so that nothing
they offer is refused at the next sync.
"""

from __future__ import annotations

import uuid

from coach_app.domain.permissions import Action, Target, difficulty_action
from coach_app.domain.permissions import may as table_may
from coach_app.domain.review import RoadmapStatus
from coach_app.domain.roles import Role
from coach_app.store.database import Database
from coach_app.store.models import Difficulty, Roadmap, User, Visit
from coach_app.store.queries.people import assigned_now
from coach_app.sync import state


def standalone(db: Database) -> bool:
    """A laptop that does not sync answers to no server's rules."""
    saved = state.load(db)
    return not (saved.server_url and saved.login)


def may(
    db: Database,
    action: Action,
    *,
    company_id: uuid.UUID | None = None,
    roadmap_id: uuid.UUID | None = None,
    visit_id: uuid.UUID | None = None,
) -> bool:
    """Whether the signed-in person may do ``action`` on what the ids name."""
    with db.read() as session:
        me = session.get(User, db.actor) if db.actor is not None else None
        if me is not None and me.deleted_at is not None:
            return False
        # Nobody signed in yet (a new laptop before its first sync): the rights of a coach
        # who owns nothing, which on a laptop that does not sync are the stand-alone ones.
        role, my_id = (Role(me.role), me.id) if me is not None else (Role.COACH, None)
        owner = meeting = False
        status: RoadmapStatus | None = None
        if roadmap_id is not None:
            roadmap = session.get(Roadmap, roadmap_id)
            if roadmap is None:
                return False
            owner, status = (
                my_id is not None and roadmap.coach_id == my_id,
                RoadmapStatus(roadmap.status),
            )
            company_id = roadmap.company_id
        if visit_id is not None:
            visit = session.get(Visit, visit_id)
            if visit is None:
                return False
            owner, company_id = my_id is not None and visit.coach_id == my_id, visit.company_id
            meeting = visit.meeting_id is not None
        assigned = (
            my_id is not None
            and company_id is not None
            and assigned_now(session, my_id, company_id)
        )
    target = Target(
        owner=owner,
        assigned=assigned,
        standalone=standalone(db),
        meeting=meeting,
        roadmap=status,
    )
    return table_may(role, action, target)


def may_edit_visit(db: Database, visit_id: uuid.UUID) -> bool:
    """A reviewed visit is locked (for everyone, as the server has it)."""
    with db.read() as session:
        visit = session.get(Visit, visit_id)
        reviewed = visit is not None and visit.reviewed_at is not None
    action = Action.EDIT_REVIEWED_VISIT if reviewed else Action.EDIT_VISIT
    return may(db, action, visit_id=visit_id)


def may_edit_difficulty(db: Database, difficulty_id: uuid.UUID) -> bool:
    """Whether the difficulty itself may be written here (its due date): by who may edit
    the visit or meeting that raised it, never once that visit is reviewed."""
    with db.read() as session:
        difficulty = session.get(Difficulty, difficulty_id)
        visit = session.get(Visit, difficulty.visit_id) if difficulty is not None else None
        if visit is None:
            return False
        action = difficulty_action(visit.reviewed_at is not None, visit.meeting_id is not None)
        visit_id = visit.id
    return may(db, action, visit_id=visit_id)


def my_role(db: Database) -> Role | None:
    if db.actor is None:
        return None
    with db.read() as session:
        me = session.get(User, db.actor)
        return Role(me.role) if me is not None else None
