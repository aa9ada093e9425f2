"""The Excel summary a programme manager sends upward, streamed so memory stays flat.

Sheets: a dashboard with native charts, then companies, visits, difficulties, difficulties
by category and status, coaches by month, diagnosis scores by area, roadmap items with
their budget by funding source, and for programme managers: programmes' budgets by year
and funding source, their targets against what was done, and the measures with their
amounts. Each data sheet is an Excel table (filters included) with
a frozen header row, number/date/KRW formats and set column widths.

What "in the period" means, sheet by sheet (the dashboard says it too):
- visits: the visit date is in the period; a meeting (간담회) with several companies is
  one row per company on the visits sheet (each company's difficulties are its own) but
  counts once in every count: the dashboard, the months, the coaches, the programmes;
- difficulties: raised at a visit in the period (the visit date), with their status and
  resolution date as of the day the summary is written (how they were followed up since);
- diagnoses: the diagnosis date is in the period;
- companies: visited or diagnosed in the period;
- roadmap items: the item's schedule overlaps the period (an item with no dates is
  outside every period);
- programme budgets: the years the period touches; measures: decided in the period (one
  not yet decided: created in it).
Roadmaps show each company's plan once: the items of its newest approved revision, or of
its newest revision marked as not approved when none was ever approved.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from coach_app.domain.difficulty import DifficultyCategory, DifficultyStatus, Severity
from coach_app.domain.meeting import MeasureStatus
from coach_app.domain.messages import pick
from coach_app.domain.programme import FundSource
from coach_app.domain.review import FROZEN, RoadmapStatus
from coach_app.domain.roadmap import FundingSource, ItemStatus, Stage
from coach_app.exports.sheets import COUNT, DATE, KRW, SCORE, Book, Column, write_row
from coach_app.store.database import Database
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
class SummaryCounts:
    rows: dict[str, int] = field(default_factory=dict)
    # Field work as people count it: a meeting once, however many companies came.
    field_visits: int = 0
    meetings: int = 0
    measures_amount: int = 0


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


def write_summary(
    db: Database,
    target: Path,
    where: SummaryFilter = SummaryFilter(),
    progress: Callable[[str], None] | None = None,
    labels: Mapping[str, str] | None = None,
) -> SummaryCounts:
    """Write the summary workbook to ``target``; returns the rows written per sheet."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial.xlsx")
    book = Book(partial)
    try:
        counts = _write(book, db, where, progress, labels)
    except BaseException:
        # Cancelled or failed: what was written is closed (its temporary files go) and
        # thrown away.
        with contextlib.suppress(Exception):
            book.close()
        partial.unlink(missing_ok=True)
        raise
    book.close()
    partial.replace(target)  # a summary is either whole or absent
    return counts


def _write(
    book: Book,
    db: Database,
    where: SummaryFilter,
    progress: Callable[[str], None] | None,
    labels: Mapping[str, str] | None,
) -> SummaryCounts:
    counts = SummaryCounts()
    say = progress or (lambda _text: None)
    dashboard = book.sheet(pick("대시보드", "Dashboard"), list(DASHBOARD_WIDTHS.values()))
    with db.read() as session:
        connection = session.connection()
        companies = _company_ids(connection, where)

        say(pick("기업", "Companies"))
        counts.rows["companies"] = book.table_sheet(
            pick("기업", "Companies"),
            "Companies",
            [
                Column(pick("기업명", "Company"), 28),
                Column(pick("사업자등록번호", "Reg. no."), 15),
                Column(pick("지역", "Region"), 8),
                Column(pick("업종", "Industry"), 14),
                Column(pick("지정·인증", "Designation"), 16),
                Column(pick("종업원", "Employees"), 10, COUNT),
                Column(pick("매출액", "Revenue"), 18, KRW),
                Column(pick("방문 수", "Visits"), 10, COUNT),
            ],
            _companies(connection, companies, where),
        )

        say(pick("방문", "Visits"))
        per_month: Counter[str] = Counter()
        per_coach_month: dict[str, Counter[str]] = defaultdict(Counter)
        tally = FieldTally()
        counts.rows["visits"] = book.table_sheet(
            pick("방문", "Visits"),
            "Visits",
            [
                Column(pick("방문일", "Date"), 12, DATE),
                Column(pick("기업명", "Company"), 28),
                Column(pick("코치", "Coach"), 10),
                Column(pick("사업", "Programme"), 22),
                Column(pick("방문 목적", "Purpose"), 36),
                Column(pick("간담회", "Meeting"), 24),
                Column(pick("애로사항 수", "Difficulties"), 12, COUNT),
            ],
            _visits(connection, companies, where, per_month, per_coach_month, tally),
        )
        counts.field_visits, counts.meetings = tally.events, len(tally.meetings)

        say(pick("애로사항", "Difficulties"))
        by_category: dict[str, Counter[str]] = defaultdict(Counter)
        counts.rows["difficulties"] = book.table_sheet(
            pick("애로사항", "Difficulties"),
            "Difficulties",
            [
                Column(pick("제기일", "Raised on"), 12, DATE),
                Column(pick("기업명", "Company"), 28),
                Column(pick("분야", "Category"), 18),
                Column(pick("심각도", "Severity"), 8),
                Column(pick("상태", "Status"), 10),
                Column(pick("애로 내용", "Difficulty"), 40),
                Column(pick("담당 기관", "Agency"), 18),
                Column(pick("해결일", "Resolved on"), 12, DATE),
            ],
            _difficulties(connection, companies, where, by_category),
        )

        statuses = list(DifficultyStatus)
        category_rows = [
            [
                category.label,
                *[by_category[category.value][s.value] for s in statuses],
                sum(by_category[category.value].values()),
            ]
            for category in DifficultyCategory
        ]
        counts.rows["by_category"] = book.table_sheet(
            pick("애로 분야별", "By category"),
            "ByCategory",
            [Column(pick("분야", "Category"), 22)]
            + [Column(s.label, 10, COUNT) for s in statuses]
            + [Column(pick("합계", "Total"), 10, COUNT)],
            iter(category_rows),
        )

        months = sorted(per_month)
        coach_rows = [
            [
                coach,
                *[per_coach_month[coach][m] for m in months],
                sum(per_coach_month[coach].values()),
            ]
            for coach in sorted(per_coach_month)
        ]
        counts.rows["coach_month"] = book.table_sheet(
            pick("코치·월별", "Coach by month"),
            "CoachByMonth",
            [Column(pick("코치", "Coach"), 12)]
            + [Column(m, 9, COUNT) for m in months]
            + [Column(pick("합계", "Total"), 10, COUNT)],
            iter(coach_rows),
        )
        _month_table(book, months, per_month)

        say(pick("진단·로드맵", "Diagnoses and roadmaps"))
        counts.rows["diagnoses"] = book.table_sheet(
            pick("진단 점수", "Diagnosis scores"),
            "DiagnosisScores",
            [
                Column(pick("진단일", "Date"), 12, DATE),
                Column(pick("기업명", "Company"), 28),
                Column(pick("진단 양식", "Template"), 18),
                Column(pick("영역", "Area"), 22),
                Column(pick("점수", "Score"), 8, SCORE),
                Column(pick("목표", "Target"), 8, SCORE),
                Column(pick("종합 점수", "Overall"), 10, SCORE),
            ],
            _diagnoses(connection, companies, where, labels or {}),
        )
        budgets: Counter[str] = Counter()
        counts.rows["roadmap_items"] = book.table_sheet(
            pick("로드맵 과제", "Roadmap items"),
            "RoadmapItems",
            [
                Column(pick("기업명", "Company"), 28),
                Column(pick("차수", "Revision"), 8, COUNT),
                Column(pick("계획 상태", "Plan status"), 18),
                Column(pick("단계", "Stage"), 12),
                Column(pick("과제", "Item"), 32),
                Column(pick("상태", "Status"), 10),
                Column(pick("시작", "Start"), 12, DATE),
                Column(pick("종료", "End"), 12, DATE),
                Column(FundingSource.NATIONAL.label, 16, KRW),
                Column(FundingSource.LOCAL.label, 16, KRW),
                Column(FundingSource.COMPANY.label, 16, KRW),
                Column(pick("합계", "Total"), 16, KRW),
                Column(pick("담당 기관", "Agency"), 18),
            ],
            _roadmap_items(connection, companies, where, budgets),
        )

        say(pick("사업", "Programmes"))
        programme_ids = _programme_ids(connection, where)
        counts.rows["programme_budgets"] = book.table_sheet(
            pick("사업 예산", "Programme budgets"),
            "ProgrammeBudgets",
            [
                Column(pick("사업", "Programme"), 28),
                Column(pick("연도", "Year"), 8),
                Column(pick("재원", "Source"), 12),
                Column(pick("예산", "Budget"), 18, KRW),
            ],
            _programme_budgets(connection, programme_ids, where),
        )
        measures = list(_measures(connection, companies, where))
        counts.measures_amount = sum(m.amount or 0 for m in measures)
        counts.rows["programmes"] = book.table_sheet(
            pick("사업 목표·실적", "Programme targets"),
            "ProgrammeTargets",
            [
                Column(pick("사업", "Programme"), 28),
                Column(pick("주관 기관", "Lead"), 18),
                Column(pick("시작", "Start"), 12, DATE),
                Column(pick("종료", "End"), 12, DATE),
                Column(pick("총 예산", "Total budget"), 18, KRW),
                Column(pick("목표 방문", "Target visits"), 10, COUNT),
                Column(pick("방문 실적", "Visits"), 10, COUNT),
                Column(pick("목표 기업", "Target companies"), 10, COUNT),
                Column(pick("기업 실적", "Companies"), 10, COUNT),
                Column(pick("목표 조치", "Target measures"), 10, COUNT),
                Column(pick("조치 실적", "Measures"), 10, COUNT),
                Column(pick("조치 금액", "Measures' amount"), 18, KRW),
            ],
            _programme_targets(connection, programme_ids, where, tally, measures),
        )
        counts.rows["measures"] = book.table_sheet(
            pick("지원 조치", "Measures"),
            "Measures",
            [
                Column(pick("결정일", "Decided on"), 12, DATE),
                Column(pick("지원 조치", "Measure"), 30),
                Column(pick("대상 기업", "Company"), 22),
                Column(pick("사업", "Programme"), 22),
                Column(pick("기관", "Organisation"), 18),
                Column(pick("재원", "Source"), 12),
                Column(pick("금액", "Amount"), 18, KRW),
                Column(pick("상태", "Status"), 10),
                Column(pick("간담회", "Meeting"), 24),
                Column(pick("답한 애로사항 수", "Difficulties answered"), 12, COUNT),
                Column(pick("내용", "Description"), 40),
            ],
            (m.row for m in measures),
        )

        _dashboard(dashboard, book, counts, by_category, budgets, per_month, where)
    return counts


# --- what goes in ---------------------------------------------------------------------------


def _company_ids(connection: Any, where: SummaryFilter) -> set[uuid.UUID]:
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


def _companies(
    connection: Any, companies: set[uuid.UUID], where: SummaryFilter
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


def _visits(
    connection: Any,
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


def _difficulties(
    connection: Any,
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


def _diagnoses(
    connection: Any, companies: set[uuid.UUID], where: SummaryFilter, labels: Mapping[str, str]
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


def _plans(connection: Any, companies: set[uuid.UUID]) -> dict[uuid.UUID, tuple[int, str]]:
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


def _roadmap_items(
    connection: Any, companies: set[uuid.UUID], where: SummaryFilter, budgets: Counter[str]
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


def _programme_ids(connection: Any, where: SummaryFilter) -> list[uuid.UUID]:
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


def _programme_budgets(
    connection: Any, programmes: list[uuid.UUID], where: SummaryFilter
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
class _MeasureRow:
    programme_id: uuid.UUID | None
    amount: int | None
    row: list[Any]


def _measures(
    connection: Any, companies: set[uuid.UUID], where: SummaryFilter
) -> Iterator[_MeasureRow]:
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
        yield _MeasureRow(
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


def _programme_targets(
    connection: Any,
    programmes: list[uuid.UUID],
    where: SummaryFilter,
    tally: FieldTally,
    measures: list[_MeasureRow],
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


# --- how it is written -----------------------------------------------------------------


def _month_table(book: Book, months: list[str], per_month: Counter[str]) -> None:
    sheet = book.sheet(pick("월별 방문", "Visits by month"), [12, 12])
    sheet.write_string(0, 0, pick("월", "Month"), book.header)
    sheet.write_string(0, 1, pick("방문 수", "Visits"), book.header)
    formats = [None, book.number(COUNT)]
    for row, month in enumerate(months, start=1):
        write_row(sheet, row, [month, per_month[month]], formats)


# Where the dashboard's parts sit: figures on top, the two charts below them, all inside
# columns A–F and rows 1–DASHBOARD_ROWS, printed on one A4 page.
DASHBOARD_WIDTHS = {"A": 26, "B": 18, "C": 12, "D": 12, "E": 12, "F": 12}
DASHBOARD_ROWS = 53
CHART_WIDTH_CM = 17.0  # columns A–F are 644 pixels, 17.0 cm, wide


def _dashboard(
    sheet: Any,
    book: Book,
    counts: SummaryCounts,
    by_category: dict[str, Counter[str]],
    budgets: Counter[str],
    per_month: Counter[str],
    where: SummaryFilter,
) -> None:
    # One printed A4 page, portrait, whatever the printer's margins.
    sheet.print_area(0, 0, DASHBOARD_ROWS - 1, len(DASHBOARD_WIDTHS) - 1)
    sheet.set_portrait()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 1)
    sheet.write_string(
        0, 0, pick("현장코칭 요약", "Field coaching summary"), book.format(bold=True, size=16)
    )
    period = (
        f"{where.start or '…'} ~ {where.end or '…'}"
        if where.start or where.end
        else pick("전체 기간", "All dates")
    )
    sheet.write_string(1, 0, pick("기간", "Period"))
    sheet.write_string(1, 1, period)
    write_row(sheet, 2, [pick("작성일", "Written on"), dt.date.today()], [None, book.number(DATE)])
    open_count = sum(
        c[DifficultyStatus.OPEN.value] + c[DifficultyStatus.IN_PROGRESS.value]
        for c in by_category.values()
    )
    row = 4  # under a blank row
    for label, value, number_format in (
        (pick("기업 수", "Companies"), counts.rows["companies"], COUNT),
        (pick("방문 수", "Visits"), counts.field_visits, COUNT),
        (pick("간담회 수", "Meetings"), counts.meetings, COUNT),
        (pick("애로사항 수", "Difficulties"), counts.rows["difficulties"], COUNT),
        (pick("미해결 애로사항", "Open difficulties"), open_count, COUNT),
        (pick("로드맵 예산 합계", "Roadmap budget"), sum(budgets.values()), KRW),
        (pick("지원 조치 금액 합계", "Measures' amount"), counts.measures_amount, KRW),
    ):
        write_row(sheet, row, [label, value], [None, book.number(number_format)])
        row += 1
    row += 1  # a blank row
    small = book.format(size=8, font_color="#555555")
    for line in (
        pick(
            "기간 기준: 방문·애로사항은 방문일, 진단은 진단일,",
            "In the period: visits and difficulties by visit date, diagnoses by diagnosis date,",
        ),
        pick(
            "로드맵 과제는 과제 기간이 기간과 겹치는 것, 기업은 기간 중 방문·진단한 기업.",
            "roadmap items whose schedule overlaps it, companies visited or diagnosed in it.",
        ),
        pick(
            "로드맵은 기업별 최신 승인 차수(승인 차수가 없으면 미승인 최신 차수)의 과제.",
            "Roadmaps: each company's newest approved revision (else its newest, marked).",
        ),
        pick(
            "애로사항의 상태와 해결일은 작성일 기준. 간담회는 참여 기업 수와 관계없이 1회.",
            "Difficulties' status: as of the day written. A meeting counts once.",
        ),
    ):
        sheet.write_string(row, 0, line, small)
        row += 1
    # Native charts over the data sheets (they update if the sheets are edited).
    chart = book.bar_chart(
        "column",
        pick("월별 방문 수", "Visits per month"),
        pick("월별 방문", "Visits by month"),
        1,
        max(len(per_month), 1),
        (CHART_WIDTH_CM, 7.5),  # rows 18–32
        max(per_month.values(), default=0),
    )
    sheet.insert_chart("A18", chart)
    chart = book.bar_chart(
        "bar",
        pick("애로 분야별 건수", "Difficulties by category"),
        pick("애로 분야별", "By category"),
        len(DifficultyStatus) + 1,  # the total
        len(DifficultyCategory),
        (CHART_WIDTH_CM, 9.5),  # rows 34–51
        max((sum(c.values()) for c in by_category.values()), default=0),
    )
    sheet.insert_chart("A34", chart)
