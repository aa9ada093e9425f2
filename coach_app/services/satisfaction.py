"""Satisfaction: the company's representative rates a visit on the coach's laptop, offline;
the results per coach and programme, with the comments.

The rules are in coach_app.domain.satisfaction; the server keeps ratings append-only.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from coach_app.domain.errors import FieldProblem, RuleViolation, check
from coach_app.domain.messages import pick
from coach_app.domain.permissions import Action, ever
from coach_app.domain.satisfaction import Question, RatingDraft, SatisfactionSummary, summarise
from coach_app.domain.visit import is_planned
from coach_app.services.lookup import live
from coach_app.services.permissions import may, my_role
from coach_app.store.database import Database
from coach_app.store.models import SatisfactionRating, Visit
from coach_app.store.queries import impact as queries
from coach_app.store.queries import satisfaction as results_queries
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
        # A rating given before the review may still arrive (the server takes it); one
        # given now would be dated after the review.
        if visit.reviewed_at is not None:
            raise RuleViolation(FieldProblem("rating", "visit_locked"))
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


@dataclass(frozen=True)
class RatingComment:
    company_id: uuid.UUID
    company: str
    visit_date: dt.date
    rated_on: dt.date
    coach: str
    comment: str


@dataclass(frozen=True)
class SatisfactionResults:
    """What the results view shows; ``everyone``: every coach's ratings, else the signed-in
    coach's own (domain.permissions, ``SEE_ALL_RATINGS``)."""

    everyone: bool
    overall: SatisfactionSummary
    by_coach: list[SatisfactionSummary]
    by_programme: list[SatisfactionSummary]
    comments: list[RatingComment]


NO_PROGRAMME = ("(사업 없음)", "(no programme)")


def satisfaction_results(db: Database) -> SatisfactionResults:
    """The ratings' figures per coach and per programme, and their comments, newest first.
    Coaches and programmes without a rating are listed too, with no mean ("—", not 0)."""
    role = my_role(db)
    everyone = role is not None and ever(role, Action.SEE_ALL_RATINGS)
    # Nobody signed in: the rights of a coach who owns nothing, so no rating at all.
    own = None if everyone else (db.actor or uuid.UUID(int=0))
    with db.read() as session:
        rated = results_queries.rated_visits(session, own)
        coaches = results_queries.coaches(session, own)
        programmes = results_queries.programmes(session)
    per_coach: dict[uuid.UUID | None, list[dict[str, int]]] = {c: [] for c, _ in coaches}
    coach_names: dict[uuid.UUID | None, str] = dict(coaches)
    per_programme: dict[uuid.UUID | None, list[dict[str, int]]] = {p: [] for p, _ in programmes}
    programme_names: dict[uuid.UUID | None, str] = dict(programmes)
    for r in rated:
        per_coach.setdefault(r.coach_id, []).append(r.answers)
        coach_names.setdefault(r.coach_id, r.coach)
        per_programme.setdefault(r.programme_id, []).append(r.answers)
        programme_names.setdefault(r.programme_id, r.programme or pick(*NO_PROGRAMME))
    by_coach = sorted(
        (summarise(coach_names[c], answers) for c, answers in per_coach.items()),
        key=lambda s: s.name,
    )
    by_programme = sorted(
        (summarise(programme_names[p], answers) for p, answers in per_programme.items()),
        key=lambda s: s.name,
    )
    comments = [
        RatingComment(
            r.company_id,
            r.company,
            r.visit_date,
            r.rated_at.astimezone().date(),
            r.coach,
            r.comment,
        )
        for r in rated
        if r.comment.strip()
    ]
    overall = summarise(pick("전체", "All"), (r.answers for r in rated))
    return SatisfactionResults(everyone, overall, by_coach, by_programme, comments)
