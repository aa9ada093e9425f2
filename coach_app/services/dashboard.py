"""The supervisor's dashboard: coaches' workload, overdue follow-ups, the review queue and
data-quality checks, each figure with the rows behind it.

Impact totals are each programme's companies' latest results after support against their
baselines, counted as the programme's impact report counts them.

Overdue follow-ups are counted as the 오늘 page counts them (``services.today.follow_ups``):
open difficulties, measures and roadmap items past their due date (``domain.follow_up``:
the date set, else the rule's), everyone's for the figure, and each coach's by the rule of
whose they are (``domain.follow_up.in_charge``) for the coach's bar. A coach's number here
is the number on that coach's 오늘 page.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from coach_app.domain import follow_up as fu
from coach_app.domain.impact import Metric
from coach_app.domain.impact_rollup import (
    CompanyImpact,
    MetricTotal,
    baselines,
    latest_results,
    programme_impact,
    results,
)
from coach_app.services.impact import programme_companies
from coach_app.services.today import follow_ups
from coach_app.store.database import Database
from coach_app.store.models import User
from coach_app.store.queries import dashboard as queries
from coach_app.store.queries import follow_up as follow_up_queries


@dataclass(frozen=True)
class CoachLoad:
    coach_id: uuid.UUID
    coach: str
    companies: int
    visits_done: int
    visits_planned: int
    overdue: int


@dataclass(frozen=True)
class Overdue:
    """A follow-up past its date; ``coach`` names the coaches whose it is (for everyone's
    list, those assigned to its company)."""

    kind: fu.FollowUpKind
    id: uuid.UUID
    title: str
    due_on: dt.date
    days_late: int
    company_id: uuid.UUID | None  # None: a measure shared by several companies
    company: str
    coach_id: uuid.UUID | None
    coach: str


@dataclass(frozen=True)
class Waiting:
    roadmap_id: uuid.UUID
    title: str
    revision: int
    company_id: uuid.UUID
    company: str
    coach: str
    submitted_at: dt.datetime | None
    days_waiting: int | None


@dataclass(frozen=True)
class CompanyLine:
    company_id: uuid.UUID
    company: str
    detail: str  # region and industry; for a duplicate, what it shares: name, phone, address
    group: int = 0  # duplicates: the companies of one group share it
    shared: str = ""  # duplicates: the company's own name, phone or address that matched


@dataclass(frozen=True)
class VisitLine:
    visit_id: uuid.UUID
    visit_date: dt.date
    company_id: uuid.UUID
    company: str
    coach: str


@dataclass(frozen=True)
class DiagnosisLine:
    diagnosis_id: uuid.UUID
    template_id: str
    diagnosed_on: dt.date
    company_id: uuid.UUID
    company: str


@dataclass(frozen=True)
class ImpactCompany:
    """One company's latest result of a metric, and its baseline if it has one."""

    company_id: uuid.UUID
    company: str
    year: int
    value: int
    baseline: int | None


@dataclass(frozen=True)
class ImpactTotal:
    """A programme's total of one metric: each company's latest result after support,
    its change against the baselines of the companies that have one
    (``domain.impact_rollup``), and the companies it adds up."""

    programme_id: uuid.UUID
    programme: str
    metric: Metric
    total: MetricTotal
    companies: tuple[ImpactCompany, ...]


@dataclass(frozen=True)
class Dashboard:
    day: dt.date
    workload: list[CoachLoad] = field(default_factory=list)
    # Everyone's overdue follow-ups: the first lines of each kind, and how many in all.
    overdue: list[Overdue] = field(default_factory=list)
    overdue_count: int = 0
    waiting: list[Waiting] = field(default_factory=list)
    never_visited: list[CompanyLine] = field(default_factory=list)
    without_notes: list[VisitLine] = field(default_factory=list)
    incomplete: list[DiagnosisLine] = field(default_factory=list)
    duplicates: list[CompanyLine] = field(default_factory=list)
    impact: list[ImpactTotal] = field(default_factory=list)


def dashboard(
    db: Database, day: dt.date | None = None, now: dt.datetime | None = None
) -> Dashboard:
    """Every figure of the dashboard on ``day`` (today by default), in one read."""
    day = day or dt.date.today()
    now = now or dt.datetime.now(dt.UTC)
    with db.read() as session:
        coaches = queries.coaches(session)
        names = dict(coaches)
        assigned = queries.assigned_companies(session, day)
        visits = queries.visits_by_coach(session, day)
        everyone = follow_ups(session, day, None)
        late_by_coach = follow_up_queries.overdue_by_coach(session, day)
        # Everyone's lines name the coaches assigned to each company.
        company_coaches = queries.company_coaches(
            session, day, {f.company_id for f in everyone.overdue if f.company_id}
        )
        overdue = [
            _overdue(f, day, None, ", ".join(names.get(c, "") for c in assigned_to))
            for f in everyone.overdue
            for assigned_to in [company_coaches.get(f.company_id, []) if f.company_id else []]
        ]
        workload = [
            CoachLoad(
                coach_id,
                name,
                assigned.get(coach_id, 0),
                *visits.get(coach_id, (0, 0)),
                late_by_coach.get(coach_id, 0),
            )
            for coach_id, name in coaches
        ]
        waiting = [
            Waiting(
                row.id,
                row.title,
                row.revision,
                row.company_id,
                row.company,
                row.coach,
                row.submitted_at,
                (now - _aware(row.submitted_at)).days if row.submitted_at else None,
            )
            for row in queries.waiting_reviews(session)
        ]
        never = [
            CompanyLine(row.id, row.name, " · ".join(p for p in (row.region, row.industry) if p))
            for row in queries.never_visited(session, day)
        ]
        without_notes = [
            VisitLine(row.id, row.visit_date, row.company_id, row.company, row.coach)
            for row in queries.visits_without_notes(session, day)
        ]
        incomplete = [
            DiagnosisLine(row.id, row.template_id, row.diagnosed_on, row.company_id, row.company)
            for row in queries.incomplete_diagnoses(session)
        ]
        duplicates = duplicate_companies(
            (row.id, row.name, row.phone, row.address) for row in queries.company_contacts(session)
        )
        impact = [
            total
            for programme_id, name in queries.programmes(session)
            for total in impact_totals(
                programme_id, name, programme_companies(session, programme_id, figured_only=True)
            )
        ]
    return Dashboard(
        day,
        workload,
        overdue,
        everyone.overdue_count,
        waiting,
        never,
        without_notes,
        incomplete,
        duplicates,
        impact,
    )


def coach_overdue(db: Database, coach_id: uuid.UUID, day: dt.date | None = None) -> list[Overdue]:
    """A coach's overdue follow-ups, as on their 오늘 page: the lines behind their bar."""
    day = day or dt.date.today()
    with db.read() as session:
        coach = session.get(User, coach_id)
        found = follow_ups(session, day, coach_id)
    name = coach.name if coach is not None else ""
    return [_overdue(f, day, coach_id, name) for f in found.overdue]


def _overdue(
    follow_up: fu.FollowUp, day: dt.date, coach_id: uuid.UUID | None, coach: str
) -> Overdue:
    return Overdue(
        follow_up.kind,
        follow_up.id,
        follow_up.title,
        follow_up.due_on,
        follow_up.days_late(day),
        follow_up.company_id,
        follow_up.company,
        coach_id,
        coach,
    )


def impact_totals(
    programme_id: uuid.UUID, programme: str, companies: Sequence[CompanyImpact]
) -> list[ImpactTotal]:
    """The programme's totals by metric, each with the companies behind it."""
    latest = programme_impact(companies).latest
    behind: dict[Metric, list[ImpactCompany]] = defaultdict(list)
    for company in companies:
        base = baselines(company.figures)
        years: dict[Metric, int] = {}
        for (year, metric), _value in results(company.figures).items():
            years[metric] = max(year, years.get(metric, year))
        for metric, value in latest_results(company.figures).items():
            behind[metric].append(
                ImpactCompany(
                    company.company_id, company.name, years[metric], value, base.get(metric)
                )
            )
    return [
        ImpactTotal(
            programme_id,
            programme,
            metric,
            total,
            tuple(sorted(behind[metric], key=lambda c: (-c.value, c.company))),
        )
        for metric, total in latest.items()
    ]


def _aware(moment: dt.datetime) -> dt.datetime:
    # SQLite gives back naive UTC timestamps.
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


# Compiled once: the keys are taken for every company of the agency.
_LEGAL_FORM = re.compile(
    r"\(주\)|㈜|주식회사|\(유\)|유한회사|co\.?,?\s*ltd\.?|inc\.?|corp\.?", re.IGNORECASE
)
_NOT_LETTERS = re.compile(r"[\s\W_]+")
_NOT_DIGITS = re.compile(r"\D")
_ADDRESS_MARKS = re.compile(r"[\s,.\-]+")


def name_key(name: str) -> str:
    """A company name as people write it differently: no legal form, spaces or case."""
    return _NOT_LETTERS.sub("", _LEGAL_FORM.sub("", name)).lower()


def phone_key(phone: str) -> str:
    digits = _NOT_DIGITS.sub("", phone)
    return digits if len(digits) >= 7 else ""


def address_key(address: str) -> str:
    return _ADDRESS_MARKS.sub("", address).lower()


def duplicate_companies(
    companies: Iterable[tuple[uuid.UUID, str, str, str]],
) -> list[CompanyLine]:
    """Companies that share a name, a phone number or an address with another (written a
    little differently or not), each group together; ``detail`` says what they share."""
    keys = (("name", name_key), ("phone", phone_key), ("address", address_key))
    rows = list(companies)
    groups: dict[tuple[str, str], list[tuple[uuid.UUID, str, str]]] = defaultdict(list)
    for company_id, name, phone, address in rows:
        for (what, key), value in zip(keys, (name, phone, address), strict=True):
            found = key(value)
            if found:
                groups[(what, found)].append((company_id, name, value))
    shared = [(what, members) for (what, _key), members in groups.items() if len(members) > 1]
    lines: list[CompanyLine] = []
    for number, (what, members) in enumerate(sorted(shared, key=lambda g: g[1][0][1]), 1):
        lines += [CompanyLine(cid, name, what, number, value) for cid, name, value in members]
    return lines
