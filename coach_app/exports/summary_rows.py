"""The rows of the Excel summary, read from the database for ``coach_app.exports.summary``.

Each function yields one sheet's rows in order (a sheet streams top to bottom) and adds
what it sees to the counters the dashboard and the later sheets need; what "in the
period" means for each sheet is said in ``coach_app.exports.summary``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select

from coach_app.domain.difficulty import DifficultyCategory, DifficultyStatus, Severity
from coach_app.domain.meeting import MeasureStatus
from coach_app.domain.messages import pick
from coach_app.domain.programme import FundSource
from coach_app.domain.review import FROZEN, RoadmapStatus
from coach_app.domain.roadmap import FundingSource, ItemStatus, Stage
from coach_app.store.models import (
    Assignment,
    Company,
    Diagnosis,
    Difficulty,
    Measure,
    Meeting,
    Organisation,
    Programme,
    ProgrammeBudget,
    Roadmap,
    RoadmapItem,
    User,
    Visit,
)


@dataclass(frozen=True)
class SummaryFilter:
    """Which visits count: a period, a programme, a region, a coach (all optional)."""

    start: dt.date | None = None
    end: dt.date | None = None
    programme_id: uuid.UUID | None = None
    region: str | None = None
    coach_id: uuid.UUID | None = None


@dataclass
class FieldTally:
    """Counts visits as events while the visit rows stream by."""

    alone: int = 0
    meetings: set[uuid.UUID] = field(default_factory=set)
    companies: dict[uuid.UUID | None, set[uuid.UUID]] = field(default_factory=dict)
    by_programme: Counter[uuid.UUID | None] = field(default_factory=Counter)

    @property
    def events(self) -> int:
        return self.alone + len(self.meetings)


def company_ids(connection: Connection, where: SummaryFilter) -> set[uuid.UUID]:
    statement = select(Company.id).where(Company.deleted_at.is_(None))
    if where.region:
        statement = statement.where(Company.region == where.region)
    if where.programme_id or where.coach_id:
        assigned = select(Assignment.company_id).where(Assignment.deleted_at.is_(None))
        if where.programme_id:
            assigned = assigned.where(Assignment.programme_id == where.programme_id)
        if where.coach_id:
            assigned = assigned.where(Assignment.coach_id == where.coach_id)
        statement = statement.where(Company.id.in_(assigned))
    if where.start or where.end:
        visited = _visit_filter(select(Visit.company_id), where)
        diagnosed = _period(
            select(Diagnosis.company_id).where(Diagnosis.deleted_at.is_(None)),
            Diagnosis.diagnosed_on,
            where,
        )
        statement = statement.where(Company.id.in_(visited.union(diagnosed)))
    return set(connection.execute(statement).scalars())


def _period(statement: Any, day: Any, where: SummaryFilter) -> Any:
    if where.start:
        statement = statement.where(day >= where.start)
    if where.end:
        statement = statement.where(day <= where.end)
    return statement


def _visit_filter(statement: Any, where: SummaryFilter) -> Any:
    statement = statement.where(Visit.deleted_at.is_(None))
    if where.start:
        statement = statement.where(Visit.visit_date >= where.start)
    if where.end:
        statement = statement.where(Visit.visit_date <= where.end)
    if where.programme_id:
        statement = statement.where(Visit.programme_id == where.programme_id)
    if where.coach_id:
        statement = statement.where(Visit.coach_id == where.coach_id)
    return statement


def company_rows(
    connection: Connection, companies: set[uuid.UUID], where: SummaryFilter
) -> Iterator[list[Any]]:
    visits = dict(
        connection.execute(
            _visit_filter(select(Visit.company_id, func.count()), where).group_by(Visit.company_id)
        ).all()
    )
    rows = connection.execute(
        select(
            Company.id,
            Company.name,
            Company.brn,
            Company.region,
            Company.industry,
            Company.designation,
            Company.employees,
            Company.revenue,
        )
        .where(Company.deleted_at.is_(None))
        .order_by(Company.name)
    )
    for row in rows:
        if row[0] in companies:
            yield [*row[1:], visits.get(row[0], 0)]


def visit_rows(
    connection: Connection,
    companies: set[uuid.UUID],
    where: SummaryFilter,
    per_month: Counter[str],
    per_coach_month: dict[str, Counter[str]],
    tally: FieldTally,
) -> Iterator[list[Any]]:
    raised = (
        select(func.count())
        .where(Difficulty.visit_id == Visit.id, Difficulty.deleted_at.is_(None))
        .scalar_subquery()
    )
    statement = _visit_filter(
        select(
            Visit.visit_date,
            Visit.company_id,
            Company.name,
            func.coalesce(User.name, ""),
            func.coalesce(Programme.name, ""),
            Visit.purpose,
            Visit.programme_id,
            Visit.meeting_id,
            func.coalesce(Meeting.title, ""),
            raised,
        )
        .join(Company, Company.id == Visit.company_id)
        .outerjoin(User, User.id == Visit.coach_id)
        .outerjoin(Programme, Programme.id == Visit.programme_id)
        .outerjoin(Meeting, Meeting.id == Visit.meeting_id),
        where,
    ).order_by(Visit.visit_date, Company.name)
    for (
        day,
        company_id,
        name,
        coach,
        programme,
        purpose,
        programme_id,
        meeting_id,
        meeting,
        count,
    ) in connection.execute(statement.execution_options(yield_per=5_000)):
        if company_id not in companies:
            continue
        tally.companies.setdefault(programme_id, set()).add(company_id)
        # A meeting's other companies were counted with its first row.
        if meeting_id is None or meeting_id not in tally.meetings:
            if meeting_id is None:
                tally.alone += 1
            else:
                tally.meetings.add(meeting_id)
            tally.by_programme[programme_id] += 1
            month = day.strftime("%Y-%m")
            per_month[month] += 1
            per_coach_month[coach][month] += 1
        yield [day, name, coach, programme, purpose, meeting, count]


def difficulty_rows(
    connection: Connection,
    companies: set[uuid.UUID],
    where: SummaryFilter,
    by_category: dict[str, Counter[str]],
) -> Iterator[list[Any]]:
    statement = _visit_filter(
        select(
            Visit.visit_date,
            Difficulty.company_id,
            Company.name,
            Difficulty.category,
            Difficulty.severity,
            Difficulty.status,
            Difficulty.description,
            Difficulty.agency,
            Difficulty.resolved_on,
        )
        .join(Visit, Visit.id == Difficulty.visit_id)
        .join(Company, Company.id == Difficulty.company_id)
        .where(Difficulty.deleted_at.is_(None)),
        where,
    ).order_by(Visit.visit_date)
    for (
        day,
        company_id,
        name,
        category,
        severity,
        status,
        description,
        agency,
        resolved,
    ) in connection.execute(statement.execution_options(yield_per=5_000)):
        if company_id not in companies:
            continue
        by_category[category][status] += 1
        yield [
            day,
            name,
            DifficultyCategory(category).label,
            Severity(severity).label,
            DifficultyStatus(status).label,
            description,
            agency,
            resolved,
        ]


def diagnosis_rows(
    connection: Connection,
    companies: set[uuid.UUID],
    where: SummaryFilter,
    labels: Mapping[str, str],
) -> Iterator[list[Any]]:
    """One row per area of each diagnosis; checklist and area codes shown by their names."""
    statement = _period(
        select(
            Diagnosis.diagnosed_on,
            Diagnosis.company_id,
            Company.name,
            Diagnosis.template_id,
            Diagnosis.area_scores,
            Diagnosis.overall_score,
        )
        .join(Company, Company.id == Diagnosis.company_id)
        .where(Diagnosis.deleted_at.is_(None)),
        Diagnosis.diagnosed_on,
        where,
    )
    rows = connection.execute(statement.order_by(Diagnosis.diagnosed_on))
    for day, company_id, name, template, areas, overall in rows:
        if company_id in companies:
            for area, values in (areas or {}).items():
                yield [
                    day,
                    name,
                    labels.get(template, template),
                    labels.get(area, area),
                    values.get("score"),
                    values.get("target"),
                    overall,
                ]


def _plans(connection: Connection, companies: set[uuid.UUID]) -> dict[uuid.UUID, tuple[int, str]]:
    """Each company's plan: its newest approved revision, else its newest revision.
    Returns roadmap id → (revision, what the plan's state is called)."""
    newest: dict[uuid.UUID, tuple[uuid.UUID, int, str]] = {}
    approved: dict[uuid.UUID, tuple[uuid.UUID, int, str]] = {}
    rows = connection.execute(
        select(Roadmap.id, Roadmap.company_id, Roadmap.revision, Roadmap.status)
        .where(Roadmap.deleted_at.is_(None))
        .order_by(Roadmap.revision, Roadmap.created_at)
    )
    for roadmap_id, company_id, revision, status in rows:
        if company_id not in companies:
            continue
        newest[company_id] = (roadmap_id, revision, status)
        if RoadmapStatus.parse(status) in FROZEN:
            approved[company_id] = (roadmap_id, revision, status)
    plans: dict[uuid.UUID, tuple[int, str]] = {}
    for company_id, (roadmap_id, revision, status) in newest.items():
        if company_id in approved:
            roadmap_id, revision, status = approved[company_id]
            plans[roadmap_id] = (revision, _status_label(status))
        else:
            unapproved = pick("미승인", "not approved")
            plans[roadmap_id] = (revision, f"{_status_label(status)} ({unapproved})")
    return plans


def _status_label(status: str) -> str:
    known = RoadmapStatus.parse(status)
    return known.label if known else status


def roadmap_item_rows(
    connection: Connection, companies: set[uuid.UUID], where: SummaryFilter, budgets: Counter[str]
) -> Iterator[list[Any]]:
    plans = _plans(connection, companies)
    statement = (
        select(
            RoadmapItem.roadmap_id,
            Company.name,
            RoadmapItem.stage,
            RoadmapItem.title,
            RoadmapItem.status,
            RoadmapItem.starts_on,
            RoadmapItem.ends_on,
            RoadmapItem.budget_national,
            RoadmapItem.budget_local,
            RoadmapItem.budget_company,
            RoadmapItem.owner_agency,
        )
        .join(Roadmap, Roadmap.id == RoadmapItem.roadmap_id)
        .join(Company, Company.id == Roadmap.company_id)
        .where(RoadmapItem.deleted_at.is_(None), Roadmap.deleted_at.is_(None))
    )
    # In the period: the item's schedule overlaps it.
    if where.start:
        statement = statement.where(RoadmapItem.ends_on >= where.start)
    if where.end:
        statement = statement.where(RoadmapItem.starts_on <= where.end)
    rows = connection.execute(
        statement.order_by(Company.name, RoadmapItem.phase, RoadmapItem.position)
    )
    for roadmap_id, name, stage, title, status, starts, ends, national, local, own, agency in rows:
        plan = plans.get(roadmap_id)
        if plan is None:  # another revision, or a company outside the filter
            continue
        budgets[FundingSource.NATIONAL.label] += national
        budgets[FundingSource.LOCAL.label] += local
        budgets[FundingSource.COMPANY.label] += own
        stage_label = Stage(stage).label if stage in set(Stage) else stage
        status_label = ItemStatus(status).label if status in set(ItemStatus) else status
        yield [
            name,
            plan[0],
            plan[1],
            stage_label,
            title,
            status_label,
            starts,
            ends,
            national,
            local,
            own,
            national + local + own,
            agency,
        ]


def programme_ids(connection: Connection, where: SummaryFilter) -> list[uuid.UUID]:
    statement = select(Programme.id, Programme.year, Programme.starts_on, Programme.ends_on)
    statement = statement.where(Programme.deleted_at.is_(None))
    if where.programme_id:
        statement = statement.where(Programme.id == where.programme_id)
    chosen = []
    for programme_id, year, starts, ends in connection.execute(statement.order_by(Programme.name)):
        # A programme in the period: its period (else its year) touches it.
        first, last = starts or dt.date(year, 1, 1), ends or dt.date(year, 12, 31)
        if (where.start and last < where.start) or (where.end and first > where.end):
            continue
        chosen.append(programme_id)
    return chosen


def _source_label(value: str | None) -> str:
    source = FundSource.parse(value) if value else None
    return source.label if source else (value or "")


def programme_budget_rows(
    connection: Connection, programmes: list[uuid.UUID], where: SummaryFilter
) -> Iterator[list[Any]]:
    statement = (
        select(Programme.name, ProgrammeBudget.year, ProgrammeBudget.source, ProgrammeBudget.amount)
        .join(Programme, Programme.id == ProgrammeBudget.programme_id)
        .where(ProgrammeBudget.deleted_at.is_(None), ProgrammeBudget.programme_id.in_(programmes))
    )
    if where.start:
        statement = statement.where(ProgrammeBudget.year >= where.start.year)
    if where.end:
        statement = statement.where(ProgrammeBudget.year <= where.end.year)
    order = [s.value for s in FundSource]
    rows = sorted(
        connection.execute(statement).all(),
        key=lambda r: (r[0], r[1], order.index(r[2]) if r[2] in order else len(order)),
    )
    for name, year, source, amount in rows:
        yield [name, year, _source_label(source), amount]


@dataclass(frozen=True)
class MeasureRow:
    programme_id: uuid.UUID | None
    amount: int | None
    row: list[Any]


def measure_rows(
    connection: Connection, companies: set[uuid.UUID], where: SummaryFilter
) -> Iterator[MeasureRow]:
    day = func.coalesce(Measure.decided_on, func.date(Measure.created_at))
    statement = (
        select(
            Measure.company_id,
            Measure.programme_id,
            Measure.difficulty_ids,
            Measure.decided_on,
            Measure.title,
            Measure.amount,
            Measure.source,
            Measure.status,
            Measure.description,
            func.coalesce(Company.name, ""),
            func.coalesce(Programme.name, ""),
            func.coalesce(Organisation.name, ""),
            func.coalesce(Meeting.title, ""),
        )
        .outerjoin(Company, Company.id == Measure.company_id)
        .outerjoin(Programme, Programme.id == Measure.programme_id)
        .outerjoin(Organisation, Organisation.id == Measure.organisation_id)
        .outerjoin(Meeting, Meeting.id == Measure.meeting_id)
        .where(Measure.deleted_at.is_(None))
    )
    if where.programme_id:
        statement = statement.where(Measure.programme_id == where.programme_id)
    rows = connection.execute(_period(statement, day, where).order_by(day, Measure.title)).all()
    wanted = {uuid.UUID(d) for row in rows for d in row.difficulty_ids}
    owners: dict[str, uuid.UUID] = {}
    names: dict[uuid.UUID, str] = {}
    for difficulty_id, owner, owner_name in connection.execute(
        select(Difficulty.id, Difficulty.company_id, Company.name)
        .join(Company, Company.id == Difficulty.company_id)
        .where(Difficulty.id.in_(wanted))
    ):
        owners[str(difficulty_id)] = owner
        names[owner] = owner_name
    narrowed = bool(where.region or where.coach_id or where.programme_id)
    for (
        company_id,
        programme_id,
        difficulty_ids,
        decided_on,
        title,
        amount,
        source,
        status,
        description,
        company,
        programme,
        organisation,
        meeting,
    ) in rows:
        concerned = {owners[d] for d in difficulty_ids if d in owners}
        if company_id is not None:
            concerned.add(company_id)
        # A measure for several companies stays unless the filter leaves none of them.
        if (narrowed or company_id) and concerned and not concerned & companies:
            continue
        known = MeasureStatus.parse(status)
        if not company:
            # A shared measure: the companies whose difficulties it answers.
            listed = sorted(names[c] for c in concerned if c in names)
            company = (
                listed[0]
                + (
                    pick(f" 외 {len(listed) - 1}곳", f" and {len(listed) - 1} more")
                    if len(listed) > 1
                    else ""
                )
                if listed
                else pick("(공통)", "(all)")
            )
        yield MeasureRow(
            programme_id,
            amount,
            [
                decided_on,
                title,
                company,
                programme,
                organisation,
                _source_label(source),
                amount,
                known.label if known else status,
                meeting,
                len(difficulty_ids),
                description,
            ],
        )


def programme_target_rows(
    connection: Connection,
    programmes: list[uuid.UUID],
    where: SummaryFilter,
    tally: FieldTally,
    measures: list[MeasureRow],
) -> Iterator[list[Any]]:
    totals = dict(
        connection.execute(
            select(ProgrammeBudget.programme_id, func.sum(ProgrammeBudget.amount))
            .where(ProgrammeBudget.deleted_at.is_(None))
            .group_by(ProgrammeBudget.programme_id)
        ).all()
    )
    rows = connection.execute(
        select(
            Programme.id,
            Programme.name,
            func.coalesce(Organisation.name, Programme.agency),
            Programme.starts_on,
            Programme.ends_on,
            Programme.budget,
            Programme.target_visits,
            Programme.target_companies,
            Programme.target_measures,
        )
        .outerjoin(Organisation, Organisation.id == Programme.organisation_id)
        .where(Programme.id.in_(programmes))
        .order_by(Programme.name)
    )
    for key, name, lead, starts, ends, budget, visits, companies, target_measures in rows:
        done = [m for m in measures if m.programme_id == key]
        yield [
            name,
            lead,
            starts,
            ends,
            totals.get(key, budget),
            visits,
            tally.by_programme.get(key, 0),
            companies,
            len(tally.companies.get(key, ())),
            target_measures,
            len(done),
            sum(m.amount or 0 for m in done),
        ]
