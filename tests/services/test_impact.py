"""Recording, confirming and importing a company's figures; a programme's report;
satisfaction ratings of a visit."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from coach_app.domain.company import CompanyDraft
from coach_app.domain.errors import RuleViolation, ValidationError
from coach_app.domain.impact import FigureDraft, FigureSource, Metric
from coach_app.domain.programme import ProgrammeDraft
from coach_app.domain.satisfaction import Question, RatingDraft
from coach_app.domain.visit import VisitDraft
from coach_app.services import impact, satisfaction
from coach_app.services.companies import create_company
from coach_app.services.people import assign_coach, create_programme
from coach_app.services.visits import record_visit
from coach_app.store.database import Database
from coach_app.store.models import ImpactFigure, OutboxEntry, Roadmap, RoadmapItem
from coach_app.sync import state

TODAY = dt.date.today()
YEAR = TODAY.year


@pytest.fixture
def company_id(db: Database) -> uuid.UUID:
    return create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", region="광주"))


def _not_standalone(db: Database) -> None:
    saved = state.load(db)
    saved.server_url, saved.login = "postgresql://server.invalid/coach", "kimcoach"
    state.save(db, saved)


def test_figures_are_recorded_once_per_year_and_metric(db: Database, company_id: uuid.UUID) -> None:
    impact.record_figures(
        db,
        company_id,
        [
            FigureDraft(YEAR - 3, Metric.SALES, 1_000_000_000, baseline=True),
            FigureDraft(YEAR - 1, Metric.SALES, 1_200_000_000, FigureSource.DOCUMENT),
        ],
    )
    impact.record_figures(db, company_id, [FigureDraft(YEAR - 1, Metric.SALES, 1_300_000_000)])
    with db.read() as session:
        rows = session.scalars(select(ImpactFigure).order_by(ImpactFigure.year)).all()
        assert [(r.year, r.value, r.baseline, r.source) for r in rows] == [
            (YEAR - 3, 1_000_000_000, True, "coach"),
            (YEAR - 1, 1_300_000_000, False, "coach"),
        ]
        pushed = session.scalars(
            select(OutboxEntry.table_name).where(OutboxEntry.table_name == "impact_figures")
        ).all()
        assert len(pushed) == 3  # two inserts and the update travel


def test_a_baseline_after_the_results_is_refused(db: Database, company_id: uuid.UUID) -> None:
    impact.record_figures(db, company_id, [FigureDraft(YEAR - 2, Metric.EMPLOYEES, 30)])
    with pytest.raises(ValidationError) as refused:
        impact.record_figures(
            db, company_id, [FigureDraft(YEAR - 1, Metric.EMPLOYEES, 25, baseline=True)]
        )
    assert refused.value.problems[0].code == "baseline_after_results"


def test_a_confirmation_is_dropped_when_the_value_changes(
    db: Database, company_id: uuid.UUID
) -> None:
    impact.record_figures(db, company_id, [FigureDraft(YEAR - 1, Metric.PATENTS, 2)])
    sheet = impact.company_sheet(db, company_id)
    ids = [r.id for r in sheet.figures if r.id is not None]
    impact.confirm_figures(db, company_id, ids, "대표 김민준")
    confirmed = impact.company_sheet(db, company_id).figures[0].figure
    assert confirmed.confirmed and confirmed.confirmed_name == "대표 김민준"
    with db.read() as session:
        assert session.scalars(select(ImpactFigure.confirmed_by)).one() == db.actor
    impact.record_figures(db, company_id, [FigureDraft(YEAR - 1, Metric.PATENTS, 2)])
    assert impact.company_sheet(db, company_id).figures[0].figure.confirmed  # same value
    impact.record_figures(db, company_id, [FigureDraft(YEAR - 1, Metric.PATENTS, 3)])
    assert not impact.company_sheet(db, company_id).figures[0].figure.confirmed


def test_a_coach_not_assigned_records_nothing_once_the_laptop_syncs(
    db: Database, company_id: uuid.UUID
) -> None:
    _not_standalone(db)
    with pytest.raises(RuleViolation):
        impact.record_figures(db, company_id, [FigureDraft(YEAR - 1, Metric.PATENTS, 2)])
    programme = create_programme(db, ProgrammeDraft("현장코칭", YEAR))
    assert db.actor is not None
    assign_coach(db, programme, company_id, db.actor, TODAY - dt.timedelta(days=1))
    impact.record_figures(db, company_id, [FigureDraft(YEAR - 1, Metric.PATENTS, 2)])


def test_the_companys_workbook_is_imported(
    db: Database, company_id: uuid.UUID, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["연도", "구분", "매출액", "Employees", "수출액(USD)", "비고"])
    sheet.append([YEAR - 3, "기준", 900_000_000, 20, None, ""])
    sheet.append([YEAR - 1, "", "11억", 24, "5만", ""])
    sheet.append(["작년", "", 1, 1, 1, ""])
    path = tmp_path / "성과.xlsx"
    book.save(path)
    refused = impact.import_figures(db, company_id, path)
    assert refused.imported == 0 and [n for n, _ in refused.problems] == [4]
    done = impact.import_figures(db, company_id, path, accept_valid=True)
    assert done.imported == 5
    figures = {(f.figure.year, f.figure.metric, f.figure.baseline): f.figure
               for f in impact.company_sheet(db, company_id).figures}  # fmt: skip
    assert figures[(YEAR - 1, Metric.SALES, False)].value == 1_100_000_000
    assert figures[(YEAR - 3, Metric.EMPLOYEES, True)].value == 20
    assert figures[(YEAR - 1, Metric.EXPORTS_USD, False)].value == 50_000
    assert figures[(YEAR - 1, Metric.EXPORTS_USD, False)].source is FigureSource.IMPORT


def test_a_programme_report_counts_companies_kpis_sources_and_coaches(
    db: Database, company_id: uuid.UUID
) -> None:
    programme = create_programme(db, ProgrammeDraft("현장코칭", YEAR))
    other = create_company(db, CompanyDraft(name="(주)다온", brn="220-81-62517"))
    assert db.actor is not None
    for company in (company_id, other):
        assign_coach(db, programme, company, db.actor, TODAY)
    impact.record_figures(
        db,
        company_id,
        [
            FigureDraft(YEAR - 2, Metric.NEW_HIRES, 1, baseline=True),
            FigureDraft(YEAR - 1, Metric.NEW_HIRES, 4),
        ],
    )
    with db.transaction() as session:
        roadmap = Roadmap(company_id=other, coach_id=db.actor, programme_id=programme, title="r")
        session.add(roadmap)
        session.flush()
        item = RoadmapItem(
            roadmap_id=roadmap.id,
            stage="export",
            title="수출",
            kpi_name="신규 채용",
            kpi_unit="명",
            kpi_actual=3,
            ends_on=dt.date(YEAR - 1, 6, 1),
            budget_national=10_000_000,
        )
        session.add(item)
    report = impact.programme_report(db, programme)
    assert report.programme_name == "현장코칭" and report.impact.companies == 2
    year = report.impact.by_year[YEAR - 1][Metric.NEW_HIRES]
    assert (year.total, year.companies, year.change, year.compared) == (7, 2, 3, 1)
    assert [(g.name, g.companies) for g in report.impact.by_source] == [("국비", 1)]
    assert [(g.name, g.companies) for g in report.impact.by_coach] == [("김코치", 2)]


def _visit(db: Database, company_id: uuid.UUID, day: dt.date) -> uuid.UUID:
    return record_visit(db, company_id, VisitDraft(visit_date=day, purpose="코칭"))


def test_a_visit_is_rated_once_and_summarised(db: Database, company_id: uuid.UUID) -> None:
    visit = _visit(db, company_id, TODAY)
    answers = dict.fromkeys(Question, 4) | {Question.OVERALL: 5}
    satisfaction.record_rating(db, visit, RatingDraft(answers, "박대표", "대표이사", "친절함"))
    with pytest.raises(RuleViolation) as again:
        satisfaction.record_rating(db, visit, RatingDraft(answers, "박대표"))
    assert again.value.problem.code == "already_rated"
    stored = satisfaction.rating_of_visit(db, visit)
    assert stored is not None and stored.answers[Question.OVERALL] == 5
    [coach] = satisfaction.by_coach(db)
    assert (coach.name, coach.ratings, coach.means[Question.OVERALL]) == ("김코치", 1, 5.0)
    assert [s.name for s in satisfaction.by_programme(db)] == ["-"]


def test_a_planned_visit_is_not_rated(db: Database, company_id: uuid.UUID) -> None:
    visit = _visit(db, company_id, TODAY + dt.timedelta(days=3))
    with pytest.raises(RuleViolation) as refused:
        satisfaction.record_rating(db, visit, RatingDraft(dict.fromkeys(Question, 3), "박대표"))
    assert refused.value.problem.code == "planned_not_rated"
