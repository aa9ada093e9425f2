"""Satisfaction: the company's representative rates a visit on the coach's laptop, offline.

The rules are in coach_app.domain.satisfaction; the server keeps ratings append-only.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from coach_app.domain.errors import FieldProblem, RuleViolation, check
from coach_app.domain.permissions import Action
from coach_app.domain.satisfaction import Question, RatingDraft, SatisfactionSummary, summarise
from coach_app.domain.visit import is_planned
from coach_app.services.lookup import live
from coach_app.services.permissions import may, my_role
from coach_app.store.database import Database
from coach_app.store.models import SatisfactionRating, Visit
from coach_app.store.queries import impact as queries
from coach_app.store.types import utcnow


@dataclass(frozen=True)
class RatingRecord:
    id: uuid.UUID
    visit_id: uuid.UUID
    respondent: str
    position: str
    answers: dict[Question, int]
    comment: str
    rated_at: dt.datetime


def record_rating(
    db: Database, visit_id: uuid.UUID, draft: RatingDraft, today: dt.date | None = None
) -> uuid.UUID:
    """Save the representative's rating of a held visit: once, never edited."""
    if not may(db, Action.RECORD_SATISFACTION, visit_id=visit_id):
        role = my_role(db)
        raise RuleViolation(
            FieldProblem("rating", "not_allowed", {"role": role.label if role else ""})
        )
    check(draft.problems())
    with db.transaction() as session:
        visit = live(session, Visit, visit_id, "visit")
        if is_planned(visit.visit_date, today or dt.date.today()):
            raise RuleViolation(FieldProblem("rating", "planned_not_rated"))
        if queries.rating_of_visit(session, visit_id) is not None:
            raise RuleViolation(FieldProblem("rating", "already_rated"))
        rating = SatisfactionRating(
            company_id=visit.company_id,
            visit_id=visit_id,
            respondent=draft.respondent.strip(),
            position=draft.position.strip(),
            answers=draft.stored_answers(),
            comment=draft.comment.strip(),
            rated_at=utcnow(),
        )
        session.add(rating)
        session.flush()
        return rating.id


def rating_of_visit(db: Database, visit_id: uuid.UUID) -> RatingRecord | None:
    with db.read() as session:
        row = queries.rating_of_visit(session, visit_id)
        if row is None:
            return None
        answers = {q: int(row.answers[q.value]) for q in Question if q.value in row.answers}
        return RatingRecord(
            row.id, row.visit_id, row.respondent, row.position, answers, row.comment, row.rated_at
        )


def by_coach(db: Database, programme_id: uuid.UUID | None = None) -> list[SatisfactionSummary]:
    """One summary per coach (of the visits rated), optionally within one programme."""
    with db.read() as session:
        rows = queries.ratings_with_visits(session, programme_id)
    groups: dict[str, list[dict[str, int]]] = {}
    for answers, coach, _programme in rows:
        groups.setdefault(coach, []).append(answers)
    return [summarise(name, ratings) for name, ratings in sorted(groups.items())]


def by_programme(db: Database) -> list[SatisfactionSummary]:
    """One summary per programme; visits outside any programme under '-'."""
    with db.read() as session:
        rows = queries.ratings_with_visits(session)
    groups: dict[str, list[dict[str, int]]] = {}
    for answers, _coach, programme in rows:
        groups.setdefault(programme or "-", []).append(answers)
    return [summarise(name, ratings) for name, ratings in sorted(groups.items())]
