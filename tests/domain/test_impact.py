"""Impact rules: figures, baselines, the roadmap's KPIs rolled up, a programme's totals."""

from __future__ import annotations

import datetime as dt
import uuid

from coach_app.domain import messages
from coach_app.domain.impact import (
    Figure,
    FigureDraft,
    FigureSource,
    KpiActual,
    Metric,
    baseline_problems,
    kpi_rollup,
    metric_for_kpi,
    with_rollup,
)
from coach_app.domain.impact_rollup import CompanyImpact, programme_impact
from coach_app.domain.satisfaction import Question, RatingDraft, summarise

D = dt.date


def test_a_figure_is_checked() -> None:
    today = D(2026, 11, 29)
    assert FigureDraft(2025, Metric.SALES, 10**9).problems(today) == []
    codes = {p.code for p in FigureDraft(2027, Metric.SALES, -1).problems(today)}
    assert codes == {"figure_year", "value_range"}
    assert [p.field for p in FigureDraft(2025, Metric.SALES, 1, FigureSource.ROADMAP_KPI)
            .problems(today)] == ["figure_source"]  # fmt: skip


def test_the_messages_of_other_modules_are_left_as_they_were() -> None:
    # The programme's own year message takes {low} and {high}.
    assert "{low}" in messages.PROBLEMS["year_range"][0]
    assert messages.FIELD_LABELS["source"][0] == "재원"


def test_the_baseline_comes_before_the_results() -> None:
    assert baseline_problems([2023], [2024, 2025]) == []
    late = baseline_problems([2024], [2024, 2025])
    assert [(p.code, p.params["baseline"]) for p in late] == [("baseline_after_results", 2024)]


def test_kpis_roll_up_by_metric_year_and_unit() -> None:
    assert metric_for_kpi("신규 채용 인원") is Metric.NEW_HIRES
    assert metric_for_kpi("고용 인원") is Metric.EMPLOYEES
    assert metric_for_kpi("시제품 완성도") is None
    rolled = kpi_rollup(
        [
            KpiActual("수출액", "만달러", 12, D(2025, 12, 31)),
            KpiActual("수출 실적", "달러", 90_000, D(2025, 6, 30)),  # a level: the largest
            KpiActual("특허 출원", "건", 2, D(2025, 3, 1)),
            KpiActual("특허 등록", "건", 1, D(2025, 9, 1)),  # a flow: added up
            KpiActual("매출액", "억원", 1.5, D(2026, 1, 1)),
            KpiActual("매출액", "평", 3, D(2026, 1, 1)),  # a unit that does not fit: left out
            KpiActual("투자 유치", "억원", None, D(2025, 1, 1)),  # no actual yet
            KpiActual("투자 유치", "억원", 2, D(2029, 1, 1)),  # ends later: counts this year
        ],
        today=D(2026, 11, 29),
    )
    assert rolled == {
        (2025, Metric.EXPORTS_USD): 120_000,
        (2025, Metric.PATENTS): 3,
        (2026, Metric.SALES): 150_000_000,
        (2026, Metric.INVESTMENT): 200_000_000,
    }


def test_a_recorded_figure_wins_over_the_rolled_up_one() -> None:
    recorded = [Figure(2025, Metric.PATENTS, 5, FigureSource.DOCUMENT)]
    merged = with_rollup(recorded, {(2025, Metric.PATENTS): 3, (2025, Metric.SALES): 7})
    assert [(f.metric, f.value, f.source) for f in merged] == [
        (Metric.SALES, 7, FigureSource.ROADMAP_KPI),
        (Metric.PATENTS, 5, FigureSource.DOCUMENT),
    ]


def _company(
    name: str, coaches: tuple[str, ...], sources: tuple[str, ...], *figures: Figure
) -> CompanyImpact:
    return CompanyImpact(uuid.uuid4(), name, figures, coaches, sources)


def test_a_programme_adds_up_by_year_source_and_coach() -> None:
    s = FigureSource.COACH
    a = _company(
        "A", ("김코치",), ("국비", "자부담"),
        Figure(2023, Metric.SALES, 100, s, baseline=True),
        Figure(2024, Metric.SALES, 150, s),
        Figure(2025, Metric.SALES, 200, s),
    )  # fmt: skip
    b = _company(
        "B", ("이코치",), ("국비",),
        Figure(2024, Metric.SALES, 50, s),  # no baseline: counted, never compared
        Figure(2025, Metric.EMPLOYEES, 12, s),
    )  # fmt: skip
    c = _company("C", ("이코치",), ())  # no figures at all
    impact = programme_impact([a, b, c])
    assert (impact.companies, impact.with_figures) == (3, 2)
    assert impact.baseline[Metric.SALES].total == 100
    y2024 = impact.by_year[2024][Metric.SALES]
    assert (y2024.total, y2024.companies, y2024.change, y2024.compared) == (200, 2, 50, 1)
    y2025 = impact.by_year[2025][Metric.SALES]
    assert (y2025.total, y2025.companies, y2025.change) == (200, 1, 100)
    latest = impact.latest[Metric.SALES]  # A's 2025 and B's 2024
    assert (latest.total, latest.companies, latest.change) == (250, 2, 100)
    sources = {g.name: g for g in impact.by_source}
    assert sources["국비"].companies == 2 and sources["자부담"].companies == 1
    assert sources["자부담"].metrics[Metric.SALES].change == 100
    coaches = {g.name: g for g in impact.by_coach}
    assert coaches["이코치"].companies == 2
    assert coaches["이코치"].metrics[Metric.EMPLOYEES].total == 12


def test_a_rating_needs_every_question_and_a_respondent() -> None:
    full = {q: 4 for q in Question}
    assert RatingDraft(full, "박대표").problems() == []
    draft = RatingDraft({**full, Question.OVERALL: 6}, " ")
    fields = {p.field: p.code for p in draft.problems()}
    assert fields == {"answers.overall": "rating_range", "respondent": "required"}
    assert {p.field for p in RatingDraft({}, "박대표").problems()} == {
        f"answers.{q.value}" for q in Question
    }


def test_ratings_are_summarised_per_question() -> None:
    summary = summarise("김코치", [{"overall": 5, "expertise": 4}, {"overall": 3, "x": 9}])
    assert summary.ratings == 2
    assert summary.means == {Question.OVERALL: 4.0, Question.EXPERTISE: 4.0}
    assert summary.mean == 4.0
