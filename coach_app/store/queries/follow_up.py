"""Reading what waits for a follow-up: open difficulties, measures and roadmap items due
by a given day, and the visits of the coming days.

Each read takes the coach whose follow-ups it lists (``domain.follow_up.in_charge``; None:
everyone's) and keeps the scope inside the statement: the sets of the coach's companies
and own visits are built once by SQLite and checked against the index's columns.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    and_,
    case,
    func,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased
from sqlalchemy.sql.expression import Subquery

from coach_app.domain import follow_up as fu
from coach_app.domain.difficulty import Severity
from coach_app.domain.review import RoadmapStatus
from coach_app.store.live import labelling
from coach_app.store.models import (
    Assignment,
    Company,
    Difficulty,
    Measure,
    Roadmap,
    RoadmapItem,
    User,
    Visit,
)


@dataclass(frozen=True)
class ComingVisit:
    id: uuid.UUID
    company_id: uuid.UUID
    company: str
    visit_date: dt.date
    purpose: str
    coach: str


@dataclass(frozen=True)
class ReturnedRoadmap:
    id: uuid.UUID
    company_id: uuid.UUID
    company: str
    title: str
    revision: int
    returned_at: dt.datetime


def coming_visits(
    session: Session, first: dt.date, last: dt.date, coach_id: uuid.UUID | None
) -> list[ComingVisit]:
    """Visits from ``first`` to ``last`` (one coach's if ``coach_id``), earliest first."""
    coach = labelling(User)
    statement = (
        select(
            Visit.id, Visit.company_id, Company.name, Visit.visit_date, Visit.purpose, coach.name
        )
        .join(Company, Company.id == Visit.company_id)
        .outerjoin(coach, coach.id == Visit.coach_id)
        .where(Visit.visit_date >= first, Visit.visit_date <= last)
        .order_by(Visit.visit_date, Company.name)
    )
    if coach_id is not None:
        statement = statement.where(Visit.coach_id == coach_id)
    return [ComingVisit(*row[:5], row[5] or "") for row in session.execute(statement)]


@dataclass(frozen=True)
class Scope:
    """Whose follow-ups are read: ``coach`` None for every company's; else the companies
    assigned to that coach on ``day`` and what the coach raised."""

    coach: uuid.UUID | None
    day: dt.date

    def companies(self) -> Select[Any]:
        return select(Assignment.company_id).where(
            Assignment.coach_id == self.coach,
            Assignment.starts_on <= self.day,
            or_(Assignment.ends_on.is_(None), Assignment.ends_on >= self.day),
        )

    def own_visits(self) -> Select[Any]:
        return select(Visit.id).where(Visit.coach_id == self.coach)


def open_follow_ups(session: Session, by: dt.date, scope: Scope) -> list[fu.FollowUp]:
    """Open measures and roadmap items due on or before ``by`` (difficulties, far more
    numerous, are counted and cut by ``difficulties_due``)."""
    return [*_measures(session, by, scope), *_items(session, by, scope)]


def _ruled_due() -> ColumnElement[dt.date]:
    """A difficulty's due date by its severity, computed by SQLite
    (``domain.follow_up.difficulty_due``): the visit's date plus the days it allows."""
    days = case(
        *[(Difficulty.severity == s.value, f"+{d} days") for s, d in fu.DIFFICULTY_DAYS.items()],
        else_=f"+{fu.DIFFICULTY_DAYS[Severity.MEDIUM]} days",
    )
    return type_coerce(func.date(Visit.visit_date, days), Date)


def difficulties_due(
    session: Session, first: dt.date | None, last: dt.date, limit: int, scope: Scope
) -> tuple[list[fu.FollowUp], int]:
    """Open difficulties due from ``first`` (None: any time before) to ``last``: the
    ``limit`` due first, and how many there are. A difficulty is due on the date the
    coach set, else by its severity's rule.

    Counted, sorted and cut by SQLite in one pass: a supervisor's database holds 100,000
    difficulties and more, and building them in Python would hold the interpreter (and
    so the window) for seconds.
    """
    both = _difficulties_between(first, last, scope)
    # The sort and the count read indexes only (ix_difficulties_open, ix_difficulties_due_on,
    # ix_visits_id_date, ix_companies_id_name); the long descriptions are read for the
    # lines kept.
    kept = (
        select(*both.c, func.count().over().label("total"))
        .order_by(both.c.due, both.c.company, both.c.id)
        .limit(limit)
        .subquery()
    )
    statement = (
        select(
            kept.c.id,
            kept.c.company_id,
            kept.c.company,
            func.substr(Difficulty.description, 1, 200),
            kept.c.raised,
            kept.c.due,
            kept.c.total,
        )
        .join(Difficulty, Difficulty.id == kept.c.id)
        .order_by(kept.c.due, kept.c.company, kept.c.id)
    )
    rows: list[Any] = list(session.execute(statement))
    found = [
        fu.FollowUp(
            fu.FollowUpKind.DIFFICULTY,
            id_,
            company_id,
            company,
            description.splitlines()[0] if description else "",
            raised,
            due_on,
        )
        for id_, company_id, company, description, raised, due_on, _total in rows
    ]
    return found, (rows[0].total if rows else 0)


def _difficulties_between(first: dt.date | None, last: dt.date, scope: Scope) -> Subquery:
    """Open difficulties due from ``first`` (None: any time before) to ``last``."""
    ruled = _ruled_due()
    in_scope = _in_scope(scope)
    # The rule's dates follow the visit's: a range on its index, not a scan, for a week.
    longest = max(fu.DIFFICULTY_DAYS.values())
    shortest = min(fu.DIFFICULTY_DAYS.values())
    by_rule = _open_difficulties(ruled).where(
        *in_scope,
        Difficulty.due_on.is_(None),
        ruled <= last,
        Visit.visit_date <= last - dt.timedelta(days=shortest),
    )
    # The dates set by a coach are on their own index.
    chosen = _open_difficulties(Difficulty.due_on).where(
        *in_scope, Difficulty.due_on.is_not(None), Difficulty.due_on <= last
    )
    if first is not None:
        by_rule = by_rule.where(
            ruled >= first, Visit.visit_date >= first - dt.timedelta(days=longest)
        )
        chosen = chosen.where(Difficulty.due_on >= first)
    return union_all(by_rule, chosen).subquery()


def _in_scope(scope: Scope) -> list[ColumnElement[bool]]:
    """A difficulty of the coach's companies or raised at the coach's own visit: both
    columns are in ix_difficulties_open, so the scope reads no row."""
    if scope.coach is None:
        return []
    return [
        or_(
            Difficulty.company_id.in_(scope.companies()),
            Difficulty.visit_id.in_(scope.own_visits()),
        )
    ]


def _open_difficulties(due: ColumnElement[Any] | InstrumentedAttribute[Any]) -> Select[Any]:
    return (
        select(
            Difficulty.id.label("id"),
            Difficulty.company_id,
            Difficulty.visit_id,
            Company.name.label("company"),
            Visit.visit_date.label("raised"),
            due.label("due"),
        )
        .join(Visit, Visit.id == Difficulty.visit_id)
        .join(Company, Company.id == Difficulty.company_id)
        .where(Difficulty.status.in_([s.value for s in fu.OPEN_DIFFICULTY]))
    )


def _measures(session: Session, by: dt.date, scope: Scope) -> list[fu.FollowUp]:
    company = aliased(Company)
    statement = (
        select(
            Measure.id,
            Measure.company_id,
            company.name,
            Measure.title,
            Measure.due_on,
            Measure.decided_on,
            Measure.created_at,
        )
        .outerjoin(company, company.id == Measure.company_id)
        .where(Measure.status.in_([s.value for s in fu.OPEN_MEASURE]))
    )
    if scope.coach is not None:
        # A shared measure (no company) is the agency's: its supervisors follow it up.
        statement = statement.where(
            or_(Measure.company_id.in_(scope.companies()), Measure.created_by == scope.coach)
        )
    found = []
    for id_, company_id, name, title, due_on, decided_on, created in session.execute(statement):
        if company_id is not None and name is None:
            continue  # the company was deleted
        recorded = created.date()
        due = fu.measure_due(due_on, decided_on, recorded)
        if due <= by:
            raised = decided_on or recorded
            found.append(
                fu.FollowUp(
                    fu.FollowUpKind.MEASURE, id_, company_id, name or "", title, raised, due
                )
            )
    return found


def _items(session: Session, by: dt.date, scope: Scope) -> list[fu.FollowUp]:
    statement = _live_items().where(or_(RoadmapItem.ends_on.is_(None), RoadmapItem.ends_on <= by))
    if scope.coach is not None:
        statement = statement.where(
            or_(Roadmap.company_id.in_(scope.companies()), Roadmap.coach_id == scope.coach)
        )
    found = []
    for id_, company_id, name, title, ends_on, starts_on, created in session.execute(statement):
        due = fu.item_due(ends_on, starts_on, created.date())
        if due <= by:
            raised = starts_on or created.date()
            found.append(
                fu.FollowUp(fu.FollowUpKind.ROADMAP_ITEM, id_, company_id, name, title, raised, due)
            )
    return found


def _live_items() -> Select[*tuple[Any, ...]]:
    """Open items of the newest revision of each roadmap not completed."""
    # Only the newest revision of each roadmap counts: older ones were copied into it.
    # (An uncorrelated NOT IN: SQLite builds the set once instead of scanning the
    # roadmaps again for every item.)
    newer = aliased(Roadmap)
    superseded = select(newer.previous_id).where(newer.previous_id.is_not(None))
    return (
        select(
            RoadmapItem.id,
            Roadmap.company_id,
            Company.name,
            RoadmapItem.title,
            RoadmapItem.ends_on,
            RoadmapItem.starts_on,
            RoadmapItem.created_at,
        )
        .join(Roadmap, Roadmap.id == RoadmapItem.roadmap_id)
        .join(Company, Company.id == Roadmap.company_id)
        .where(
            RoadmapItem.status.in_([s.value for s in fu.OPEN_ITEM]),
            Roadmap.status != RoadmapStatus.COMPLETED.value,
            Roadmap.id.not_in(superseded),
        )
    )


def returned_roadmaps(session: Session, coach_id: uuid.UUID | None) -> list[ReturnedRoadmap]:
    """Roadmaps a supervisor sent back with changes requested, oldest first."""
    statement = (
        select(
            Roadmap.id,
            Roadmap.company_id,
            Company.name,
            Roadmap.title,
            Roadmap.revision,
            Roadmap.updated_at,
        )
        .join(Company, Company.id == Roadmap.company_id)
        .where(Roadmap.status == RoadmapStatus.CHANGES_REQUESTED.value)
        .order_by(Roadmap.updated_at)
    )
    if coach_id is not None:
        statement = statement.where(Roadmap.coach_id == coach_id)
    return [ReturnedRoadmap(*row) for row in session.execute(statement)]


def overdue_by_coach(session: Session, day: dt.date) -> dict[uuid.UUID, int]:
    """How many follow-ups are overdue on ``day`` for each coach, each counted as that
    coach's 오늘 page counts it (``Scope``): those of the companies assigned to the coach
    that day and those the coach raised. One grouped statement for every coach: the
    dashboard's bars, without reading each coach's lists."""
    yesterday = day - dt.timedelta(days=1)
    active = and_(
        Assignment.starts_on <= day,
        or_(Assignment.ends_on.is_(None), Assignment.ends_on >= day),
    )
    late = _difficulties_between(None, yesterday, Scope(None, day))
    measures = (
        select(Measure.id, Measure.company_id, Measure.created_by.label("raiser"))
        .where(
            Measure.status.in_([s.value for s in fu.OPEN_MEASURE]),
            _measure_due() <= yesterday,
            or_(Measure.company_id.is_(None), Measure.company_id.in_(select(Company.id))),
        )
        .subquery()
    )
    items = (
        _live_items()
        .add_columns(Roadmap.coach_id.label("raiser"))
        .where(_item_due() <= yesterday)
        .subquery()
    )
    # Each (coach, follow-up) once, without a set of pairs to sort: a coach assigned to the
    # company twice (two programmes) counts once, and a raiser once unless assigned too.
    assigned = select(Assignment.coach_id, Assignment.company_id).where(active).distinct()
    assigned_now = assigned.subquery()
    pairs = []
    for found, raiser in (
        (late, select(Visit.coach_id).where(Visit.id == late.c.visit_id).scalar_subquery()),
        (measures, measures.c.raiser),
        (items, items.c.raiser),
    ):
        pairs.append(
            select(assigned_now.c.coach_id.label("coach")).join(
                found, assigned_now.c.company_id == found.c.company_id
            )
        )
        also_assigned = select(Assignment.id).where(
            Assignment.company_id == found.c.company_id, Assignment.coach_id == raiser, active
        )
        pairs.append(
            select(raiser.label("coach")).where(raiser.is_not(None), ~also_assigned.exists())
        )
    both = union_all(*pairs).subquery()
    statement = select(both.c.coach, func.count()).group_by(both.c.coach)
    return {coach: count for coach, count in session.execute(statement) if coach is not None}


def _measure_due() -> ColumnElement[dt.date]:
    """``domain.follow_up.measure_due`` computed by SQLite."""
    since = func.coalesce(Measure.decided_on, func.date(Measure.created_at))
    days = f"+{fu.MEASURE_DAYS} days"
    return type_coerce(func.coalesce(Measure.due_on, func.date(since, days)), Date)


def _item_due() -> ColumnElement[dt.date]:
    """``domain.follow_up.item_due`` computed by SQLite."""
    since = func.coalesce(RoadmapItem.starts_on, func.date(RoadmapItem.created_at))
    days = f"+{fu.ITEM_DAYS} days"
    return type_coerce(func.coalesce(RoadmapItem.ends_on, func.date(since, days)), Date)
