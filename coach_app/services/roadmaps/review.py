"""Moves along the review workflow and the supervisor's decisions.

Every status change goes through the domain's ``check_move`` with the signed-in user's
role, the same table the shared database enforces, so what the laptop allows the server
accepts.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from coach_app.domain.errors import FieldProblem, ValidationError
from coach_app.domain.review import (
    ReviewDecision,
    RoadmapStatus,
    check_move,
    decision_target,
)
from coach_app.services.lookup import current_user_id, live
from coach_app.services.roadmaps.editing import role_on
from coach_app.services.roadmaps.queries import schedule_problems
from coach_app.store.database import Database
from coach_app.store.models import Review, Roadmap
from coach_app.store.queries import roadmaps as stored
from coach_app.store.types import utcnow


def move(db: Database, roadmap_id: uuid.UUID, target: RoadmapStatus) -> None:
    """Submit, withdraw, start or complete, as the domain's table allows the user."""
    user_id = current_user_id(db)
    with db.transaction() as session:
        roadmap = live(session, Roadmap, roadmap_id, "roadmap")
        role, is_owner = role_on(session, roadmap, user_id)
        check_move(RoadmapStatus(roadmap.status), target, role, is_owner)
        if target is RoadmapStatus.SUBMITTED:
            _check_submittable(session, roadmap)
            roadmap.submitted_at = utcnow()
        roadmap.status = target.value


def _check_submittable(session: Session, roadmap: Roadmap) -> None:
    items = stored.items_of(session, roadmap.id)
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
        role, is_owner = role_on(session, roadmap, user_id)
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
