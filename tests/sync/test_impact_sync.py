"""Impact figures and satisfaction ratings travel like everything else; the server keeps
the confirmation the coach's and refuses a coach's figures for another's company."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest

from coach_app.domain.impact import FigureDraft, FigureSource, Metric
from coach_app.domain.satisfaction import Question, RatingDraft
from coach_app.domain.visit import VisitDraft
from coach_app.services import impact, satisfaction
from coach_app.services.visits import record_visit
from coach_app.store.models import ImpactFigure
from tests.sync.conftest import Agency, settle
from tests.sync.test_sync_flow import assert_same_where_both_see, assign

YEAR = dt.date.today().year


def test_figures_and_a_rating_reach_the_supervisor_with_the_coachs_confirmation(
    agency: Agency,
) -> None:
    settle(agency.admin)
    assign(agency, agency.kim, 0)
    settle(agency.admin)
    settle(agency.kim)
    kim, company = agency.kim.db, agency.companies[0]
    impact.record_figures(
        kim,
        company,
        [
            FigureDraft(YEAR - 3, Metric.SALES, 900_000_000, baseline=True),
            FigureDraft(YEAR - 1, Metric.SALES, 1_200_000_000, FigureSource.DOCUMENT),
        ],
    )
    ids = [f.id for f in impact.company_sheet(kim, company).figures if f.id is not None]
    impact.confirm_figures(kim, company, ids, "대표 김민준")
    visit = record_visit(kim, company, VisitDraft(visit_date=dt.date.today(), purpose="코칭"))
    satisfaction.record_rating(kim, visit, RatingDraft(dict.fromkeys(Question, 5), "김민준"))
    settle(agency.kim)
    settle(agency.supervisor)
    sheet = impact.company_sheet(agency.supervisor.db, company)
    assert [(f.figure.value, f.figure.confirmed_name) for f in sheet.figures] == [
        (900_000_000, "대표 김민준"),
        (1_200_000_000, "대표 김민준"),
    ]
    with agency.supervisor.db.read() as session:
        takers = {r.confirmed_by for r in session.query(ImpactFigure)}
    assert takers == {kim.actor}
    [summary] = satisfaction.by_coach(agency.supervisor.db)
    assert (summary.name, summary.ratings, summary.mean) == ("김코치", 1, 5.0)
    assert_same_where_both_see(kim, agency.supervisor.db)


def test_the_server_refuses_forged_confirmations_and_unassigned_coaches(agency: Agency) -> None:
    settle(agency.admin)
    assign(agency, agency.kim, 0)
    assign(agency, agency.lee, 1)
    settle(agency.admin)
    company = agency.companies[0]
    insert = (
        "INSERT INTO coach.impact_figures (id, company_id, year, metric, value, baseline,"
        " source, note, created_at, updated_at{}) VALUES (gen_random_uuid(), %s, 2025, 'sales',"
        " 1, false, 'coach', '', now(), now(){})"
    )
    plain = insert.format("", "")
    confirmed = insert.format(", confirmed_name, confirmed_at", ", '박대표', now()")
    with (
        agency.server.as_user(agency.lee.login) as lee,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        lee.execute(plain, (company,))  # not lee's company
    with agency.server.as_user(agency.supervisor.login) as sup:
        sup.execute(plain, (company,))  # supervisors record figures
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="confirmed with a coach"):
            sup.execute(confirmed, (company,))
    with agency.server.as_user(agency.kim.login) as kim:
        # Another year than the supervisor's: one live figure per year and metric.
        kim.execute(confirmed.replace("2025", "2024"), (company,))
