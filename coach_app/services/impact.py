"""Impact tracking: record, confirm and import a company's figures; a programme's totals.

The rules are in coach_app.domain.impact (what a figure is, how the KPIs roll up) and
coach_app.domain.impact_rollup (how a programme's totals are counted).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from coach_app.domain.errors import FieldProblem, RuleViolation, ValidationError, check
from coach_app.domain.impact import (
    FIRST_YEAR,
    LAST_YEAR,
    Figure,
    FigureDraft,
    FigureSource,
    KpiActual,
    Metric,
    baseline_problems,
    kpi_rollup,
    parse_figure,
    with_rollup,
)
from coach_app.domain.impact_rollup import CompanyImpact, ProgrammeImpact, programme_impact
from coach_app.domain.permissions import Action
from coach_app.domain.programme import FundSource
from coach_app.domain.satisfaction import SatisfactionSummary
from coach_app.exports.company_list import read_sheet
from coach_app.exports.impact import write_impact_workbook
from coach_app.reports.impact import ImpactFacts, write_impact
from coach_app.services import satisfaction
from coach_app.services.lookup import contact_of, current_user_id, live
from coach_app.services.permissions import may, my_role
from coach_app.store.database import Database
from coach_app.store.models import Company, ImpactFigure, Organisation, Programme, User
from coach_app.store.queries import impact as queries
from coach_app.store.types import utcnow


@dataclass(frozen=True)
class FigureRecord:
    id: uuid.UUID | None  # None: rolled up from the roadmap, not stored
    figure: Figure


@dataclass(frozen=True)
class CompanySheet:
    company_id: uuid.UUID
    company_name: str
    figures: tuple[FigureRecord, ...]


@dataclass(frozen=True)
class ImportedFigures:
    imported: int
    problems: tuple[tuple[int, FieldProblem], ...]  # (row number, problem)


@dataclass(frozen=True)
class ProgrammeImpactReport:
    programme_name: str
    year: int
    impact: ProgrammeImpact
    companies: tuple[CompanyImpact, ...]
    agency: str = ""
    author: str = ""
    satisfaction: tuple[SatisfactionSummary, ...] = ()
    author_contact: str = ""  # the writer's phone · e-mail, as the dossier prints them
    agency_contact: str = ""


def _refuse(db: Database, field: str) -> RuleViolation:
    role = my_role(db)
    return RuleViolation(FieldProblem(field, "not_allowed", {"role": role.label if role else ""}))


def _as_figure(row: ImpactFigure) -> Figure:
    return Figure(
        year=row.year,
        metric=Metric(row.metric),
        value=row.value,
        source=FigureSource(row.source),
        baseline=row.baseline,
        confirmed_name=row.confirmed_name or "",
        confirmed_at=row.confirmed_at,
    )


def _check_baseline(session: Session, company_id: uuid.UUID, extra: Sequence[FigureDraft]) -> None:
    rows = queries.company_figures(session, company_id)
    base = [r.year for r in rows if r.baseline] + [d.year for d in extra if d.baseline]
    done = [r.year for r in rows if not r.baseline] + [d.year for d in extra if not d.baseline]
    check(baseline_problems(base, done))


def _put(session: Session, company_id: uuid.UUID, draft: FigureDraft) -> ImpactFigure:
    """The company's figure for the draft's year, metric and kind, created or updated."""
    for row in queries.company_figures(session, company_id):
        if (row.year, row.metric, row.baseline) == (draft.year, draft.metric.value, draft.baseline):
            if row.value != draft.value:
                # The company confirmed another number: its confirmation does not carry over.
                row.confirmed_name = row.confirmed_at = row.confirmed_by = None
            row.value, row.source, row.note = draft.value, draft.source.value, draft.note
            return row
    row = ImpactFigure(
        company_id=company_id,
        year=draft.year,
        metric=draft.metric.value,
        value=draft.value,
        baseline=draft.baseline,
        source=draft.source.value,
        note=draft.note,
    )
    session.add(row)
    return row


def record_figures(db: Database, company_id: uuid.UUID, drafts: Sequence[FigureDraft]) -> None:
    """Save figures of one company, all or nothing (one figure per year, metric and kind)."""
    if not may(db, Action.RECORD_IMPACT, company_id=company_id):
        raise _refuse(db, "figure")
    problems = [p for d in drafts for p in d.problems()]
    check(problems)
    with db.transaction() as session:
        live(session, Company, company_id, "company")
        _check_baseline(session, company_id, drafts)
        for draft in drafts:
            _put(session, company_id, draft)
            session.flush()


def delete_figure(db: Database, figure_id: uuid.UUID) -> None:
    with db.transaction() as session:
        row = live(session, ImpactFigure, figure_id, "figure")
        if not may(db, Action.RECORD_IMPACT, company_id=row.company_id):
            raise _refuse(db, "figure")
        row.deleted_at = utcnow()


def confirm_figures(
    db: Database, company_id: uuid.UUID, figure_ids: Sequence[uuid.UUID], name: str
) -> None:
    """The company's representative confirms these figures, at the coach's laptop."""
    if not name.strip():
        raise ValidationError([FieldProblem("confirmed_name", "required")])
    if len(name) > 100:
        raise ValidationError([FieldProblem("confirmed_name", "too_long", {"max": 100})])
    if not may(db, Action.CONFIRM_IMPACT, company_id=company_id):
        raise _refuse(db, "confirmed_name")
    me = current_user_id(db)
    now = utcnow()
    with db.transaction() as session:
        for figure_id in figure_ids:
            row = live(session, ImpactFigure, figure_id, "figure")
            if row.company_id != company_id:
                missing = FieldProblem("figure", "not_found", {"value": str(figure_id)})
                raise ValidationError([missing])
            row.confirmed_name, row.confirmed_at, row.confirmed_by = name.strip(), now, me


def company_sheet(db: Database, company_id: uuid.UUID) -> CompanySheet:
    """The company's figures by year, with what its roadmap's KPIs roll up to."""
    with db.read() as session:
        company = live(session, Company, company_id, "company")
        rows = queries.company_figures(session, company_id)
        kpis = queries.company_kpis(session, [company_id])
        name = company.name
        recorded = [(r.id, _as_figure(r)) for r in rows]
    rolled = kpi_rollup(KpiActual(k.kpi_name, k.kpi_unit, k.kpi_actual, k.ends_on) for k in kpis)
    ids = {(f.year, f.metric, f.baseline): i for i, f in recorded}
    merged = with_rollup([f for _, f in recorded], rolled)
    return CompanySheet(
        company_id,
        name,
        tuple(FigureRecord(ids.get((f.year, f.metric, f.baseline)), f) for f in merged),
    )


# --- the company's .xlsx --------------------------------------------------------------

_YEAR_HEADERS = {"연도", "년도", "year"}
_BASELINE_HEADERS = {"구분", "기준", "baseline", "kind"}
_BASELINE_WORDS = {"기준", "기준연도", "기준 연도", "baseline", "base", "y", "yes", "true", "1"}


def _header_metric(header: str) -> Metric | None:
    wanted = header.strip().lower()
    for metric in Metric:
        names = {metric.value, *(n.lower() for n in metric.names)}
        if wanted in names or wanted.split("(")[0].strip() in {n.split("(")[0] for n in names}:
            return metric
    return None


def _cell_value(metric: Metric, cell: object) -> int:
    """A number cell rounded; a text cell as people type it ('5억', '1,500만원'), or a
    decimal written as text."""
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return round(cell)
    text = str(cell)
    try:
        return parse_figure(metric, text)
    except ValueError:
        return round(float(text.replace(",", "")))


def figures_from_sheet(path: Path) -> tuple[list[FigureDraft], list[tuple[int, FieldProblem]]]:
    """The drafts a company's .xlsx holds (a row per year, a column per metric), and the
    problems of the rows that cannot be read."""
    sheet = read_sheet(path)
    headers = [str(h or "").strip() for h in sheet.headers]
    lowered = [h.lower() for h in headers]
    year_at = next((i for i, h in enumerate(lowered) if h in _YEAR_HEADERS), None)
    if year_at is None:
        raise ValidationError([FieldProblem("year", "required")])
    base_at = next((i for i, h in enumerate(lowered) if h in _BASELINE_HEADERS), None)
    metrics = {i: m for i, h in enumerate(headers) if (m := _header_metric(h)) is not None}
    drafts: list[FigureDraft] = []
    problems: list[tuple[int, FieldProblem]] = []
    for number, cells in sheet.rows:
        cells = cells + [None] * (len(headers) - len(cells))
        try:
            year = int(str(cells[year_at]).strip().rstrip("년"))
        except ValueError:
            span: dict[str, object] = {"first": FIRST_YEAR, "last": LAST_YEAR}
            problems.append((number, FieldProblem("year", "figure_year", span)))
            continue
        baseline = base_at is not None and str(cells[base_at] or "").strip().lower() in (
            _BASELINE_WORDS
        )
        for index, metric in metrics.items():
            cell = cells[index]
            if cell is None or str(cell).strip() == "":
                continue
            try:
                value = _cell_value(metric, cell)
            except ValueError:
                problems.append((number, FieldProblem(metric.value, "value_range", {"max": "-"})))
                continue
            draft = FigureDraft(year, metric, value, FigureSource.IMPORT, baseline, path.name)
            found = draft.problems()
            if found:
                problems.extend((number, p) for p in found)
            else:
                drafts.append(draft)
    return drafts, problems


def import_figures(
    db: Database, company_id: uuid.UUID, path: Path, accept_valid: bool = False
) -> ImportedFigures:
    """Import the company's .xlsx: nothing if a row has a problem, unless ``accept_valid``."""
    drafts, problems = figures_from_sheet(path)
    if problems and not accept_valid:
        return ImportedFigures(0, tuple(problems))
    record_figures(db, company_id, drafts)
    return ImportedFigures(len(drafts), tuple(problems))


# --- a programme ----------------------------------------------------------------------


def programme_companies(
    session: Session, programme_id: uuid.UUID, figured_only: bool = False
) -> tuple[CompanyImpact, ...]:
    """Every company assigned in the programme, with its figures (the roadmap's KPIs rolled
    up into them), coaches and funding sources. ``figured_only``: only the companies with
    a figure or a KPI, without their sources (the dashboard's totals need no more)."""
    names: dict[uuid.UUID, str] = {}
    coaches: dict[uuid.UUID, set[str]] = {}
    for company_id, company_name, coach_name in queries.programme_companies(session, programme_id):
        names[company_id] = company_name
        coaches.setdefault(company_id, set()).add(coach_name)
    ids = list(names)
    sources = {} if figured_only else queries.programme_sources(session, programme_id)
    figures: dict[uuid.UUID, list[Figure]] = {}
    for row in queries.all_figures(session, ids):
        figures.setdefault(row.company_id, []).append(_as_figure(row))
    kpis: dict[uuid.UUID, list[KpiActual]] = {}
    for k in queries.company_kpis(session, ids):
        kpis.setdefault(k.company_id, []).append(
            KpiActual(k.kpi_name, k.kpi_unit, k.kpi_actual, k.ends_on)
        )
    if figured_only:
        ids = [c for c in ids if c in figures or c in kpis]
    return tuple(
        CompanyImpact(
            company_id=c,
            name=names[c],
            figures=tuple(with_rollup(figures.get(c, []), kpi_rollup(kpis.get(c, [])))),
            coaches=tuple(sorted(coaches[c])),
            sources=tuple(FundSource(s).label for s in sorted(sources.get(c, set()))),
        )
        for c in ids
    )


def programme_report(db: Database, programme_id: uuid.UUID) -> ProgrammeImpactReport:
    """Every company assigned in the programme, with its figures, coaches and sources."""
    with db.read() as session:
        programme = live(session, Programme, programme_id, "programme")
        companies = programme_companies(session, programme_id)
        title, year, agency = programme.name, programme.year, programme.agency
        me = session.get(User, db.actor) if db.actor is not None else None
        author = me.name if me is not None else ""
        organisation = (
            session.get(Organisation, programme.organisation_id)
            if programme.organisation_id
            else None
        )
        if organisation is not None:
            agency = organisation.name
        author_contact, agency_contact = contact_of(me), contact_of(organisation)
    return ProgrammeImpactReport(
        title,
        year,
        programme_impact(companies),
        companies,
        agency,
        author,
        tuple(satisfaction.by_coach(db, programme_id)),
        author_contact,
        agency_contact,
    )


def write_programme_pdf(
    db: Database, programme_id: uuid.UUID, target: Path, font: str | None = None
) -> int:
    """The programme's impact report as a PDF; returns its page count."""
    report = programme_report(db, programme_id)
    facts = ImpactFacts(
        report.programme_name,
        report.agency,
        report.author,
        report.impact,
        report.companies,
        satisfaction=report.satisfaction,
        author_contact=report.author_contact,
        agency_contact=report.agency_contact,
    )
    return write_impact(target, facts, font)


def write_programme_workbook(db: Database, programme_id: uuid.UUID, target: Path) -> None:
    report = programme_report(db, programme_id)
    write_impact_workbook(target, report.impact, report.companies, report.satisfaction)
