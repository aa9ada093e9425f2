"""A programme's impact as an Excel workbook: the report's tables, with raw numbers.

Sheets: by year (with the baseline), by funding source, by coach, and every company's
figures (source and confirmation). Counted as in coach_app.domain.impact_rollup.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from coach_app.domain.impact import Metric
from coach_app.domain.impact_rollup import CompanyImpact, GroupImpact, MetricTotal, ProgrammeImpact
from coach_app.domain.messages import pick
from coach_app.domain.satisfaction import Question, SatisfactionSummary
from coach_app.exports.sheets import COUNT, DATE_TIME, SCORE, Column, book_at


def _totals(metric: Metric, total: MetricTotal) -> list[Any]:
    """A metric's cells: its label and unit, the total, the companies counted, and the
    change against the baseline with the companies compared (blank where none are)."""
    change = total.change if total.compared else None
    return [metric.label, metric.unit, total.total, total.companies, change, total.compared]


def _year_rows(impact: ProgrammeImpact) -> Iterator[list[Any]]:
    for metric, total in impact.baseline.items():
        # The baseline is what changes are measured against: it has none of its own.
        base = [pick("기준", "baseline"), metric.label, metric.unit, total.total, total.companies]
        yield [*base, None, None]
    for year, metrics in impact.by_year.items():
        for metric, total in metrics.items():
            yield [year, *_totals(metric, total)]


def _group_rows(groups: Sequence[GroupImpact]) -> Iterator[list[Any]]:
    for group in groups:
        for metric, total in group.metrics.items():
            yield [group.name, group.companies, *_totals(metric, total)]


def _figure_rows(companies: Sequence[CompanyImpact]) -> Iterator[list[Any]]:
    for company in companies:
        for f in company.figures:
            yield [
                company.name,
                ", ".join(company.coaches),
                f.year,
                pick("기준", "baseline") if f.baseline else pick("성과", "result"),
                f.metric.label,
                f.metric.unit,
                f.value,
                f.source.label,
                f.confirmed_name,
                f.confirmed_at.astimezone().replace(tzinfo=None) if f.confirmed_at else None,
            ]


def _total_columns(total: str) -> list[Column]:
    return [
        Column(pick("지표", "Metric"), 16),
        Column(pick("단위", "Unit"), 8),
        Column(total, 18, COUNT),
        Column(pick("집계 기업", "Counted"), 10, COUNT),
        Column(pick("기준 대비 증감", "Change vs baseline"), 18, COUNT),
        Column(pick("비교 기업", "Compared"), 10, COUNT),
    ]


def _group_columns(first: str) -> list[Column]:
    return [
        Column(first, 18),
        Column(pick("기업 수", "Companies"), 10, COUNT),
        *_total_columns(pick("최근 성과 합계", "Latest total")),
    ]


def write_impact_workbook(
    target: Path,
    impact: ProgrammeImpact,
    companies: Sequence[CompanyImpact],
    satisfaction: Sequence[SatisfactionSummary] = (),
) -> None:
    with book_at(target) as book:
        book.table_sheet(
            pick("연도별", "By year"),
            "ImpactByYear",
            [Column(pick("연도", "Year"), 10), *_total_columns(pick("합계", "Total"))],
            _year_rows(impact),
        )
        book.table_sheet(
            pick("재원별", "By source"),
            "ImpactBySource",
            _group_columns(pick("재원", "Funding source")),
            _group_rows(impact.by_source),
        )
        book.table_sheet(
            pick("코치별", "By coach"),
            "ImpactByCoach",
            _group_columns(pick("코치", "Coach")),
            _group_rows(impact.by_coach),
        )
        book.table_sheet(
            pick("기업별 수치", "Figures"),
            "ImpactFigures",
            [
                Column(pick("기업", "Company"), 24),
                Column(pick("코치", "Coach"), 14),
                Column(pick("연도", "Year"), 8),
                Column(pick("구분", "Kind"), 8),
                Column(pick("지표", "Metric"), 16),
                Column(pick("단위", "Unit"), 8),
                Column(pick("값", "Value"), 18, COUNT),
                Column(pick("출처", "Source"), 14),
                Column(pick("확인자", "Confirmed by"), 14),
                Column(pick("확인 일시", "Confirmed at"), 18, DATE_TIME),
            ],
            _figure_rows(companies),
        )
        book.table_sheet(
            pick("만족도", "Satisfaction"),
            "Satisfaction",
            [
                Column(pick("코치", "Coach"), 14),
                Column(pick("평가 수", "Ratings"), 10, COUNT),
                *(Column(q.short, 12, SCORE) for q in Question),
                Column(pick("평균", "Mean"), 10, SCORE),
            ],
            (
                [s.name, s.ratings, *(s.means.get(q) for q in Question), s.mean]
                for s in satisfaction
            ),
        )
