"""A programme's impact report (사업 성과 보고서): totals and changes by year, per funding
source and per coach, with the companies each figure counts (domain.impact_rollup)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable

from coach_app.domain.impact import Metric, format_value
from coach_app.domain.impact_rollup import CompanyImpact, GroupImpact, MetricTotal, ProgrammeImpact
from coach_app.domain.messages import pick
from coach_app.domain.satisfaction import Question, SatisfactionSummary
from coach_app.reports.document import (
    Meta,
    build,
    cover,
    note,
    section,
    table,
)
from coach_app.reports.fonts import register


@dataclass(frozen=True)
class ImpactFacts:
    programme: str
    agency: str
    author: str
    impact: ProgrammeImpact
    companies: tuple[CompanyImpact, ...]
    as_of: dt.date | None = None
    satisfaction: tuple[SatisfactionSummary, ...] = ()  # per coach, in the programme
    author_contact: str = ""
    agency_contact: str = ""


def how_counted() -> str:
    return pick(
        "집계 방법: 기업마다 지표·연도별로 한 번 셉니다(기록된 수치, 없으면 로드맵 KPI 실적). "
        "증감은 기준 연도 수치와 그 해 수치가 모두 있는 기업만 더하며, 비교 기업 수로 "
        "표시합니다. 재원별·코치별 표는 기업마다 가장 최근 성과 연도를 기준 연도와 비교하며, "
        "여러 재원·코치에 속한 기업은 각각에 셉니다(합계가 사업 전체와 같지 않습니다).",
        "How it is counted: each company once per metric and year (its recorded figure, or "
        "else its roadmap KPI actuals). A change adds only companies with both a baseline and "
        "that year's figure; 'compared' says how many. The funding-source and coach tables set "
        "each company's latest result year against its baseline; a company under several "
        "sources or coaches counts under each (those rows do not add up to the total).",
    )


def _change(metric: Metric, total: MetricTotal) -> str:
    if not total.compared:
        return "—"
    return f"{format_value(metric, total.change, signed=True)} ({total.compared})"


def _totals(metric: Metric, total: MetricTotal) -> list[str]:
    """A metric's cells: its name, the total, the companies counted and the change."""
    return [
        metric.label,
        format_value(metric, total.total),
        str(total.companies),
        _change(metric, total),
    ]


def year_rows(impact: ProgrammeImpact) -> list[list[str]]:
    # A baseline is compared with nothing: its change shows as "—".
    baseline = pick("기준 연도", "Baseline")
    rows = [[baseline, *_totals(metric, total)] for metric, total in impact.baseline.items()]
    for year, metrics in impact.by_year.items():
        rows.extend([str(year), *_totals(metric, total)] for metric, total in metrics.items())
    return rows


def group_rows(groups: Sequence[GroupImpact]) -> list[list[str]]:
    rows: list[list[str]] = []
    for group in groups:
        if not group.metrics:
            rows.append([group.name, str(group.companies), "—", "", "", "—"])
        rows.extend(
            [group.name, str(group.companies), *_totals(metric, total)]
            for metric, total in group.metrics.items()
        )
    return rows


def company_rows(companies: Sequence[CompanyImpact]) -> list[list[str]]:
    return [
        [
            c.name,
            ", ".join(c.coaches),
            ", ".join(c.sources) or "—",
            str(len(c.figures)),
            str(sum(1 for f in c.figures if f.confirmed)),
        ]
        for c in companies
    ]


def _group_table(groups: Sequence[GroupImpact], first: str) -> Flowable:
    if not groups:
        return note(pick("해당하는 기업이 없습니다.", "No company to count."))
    header = [
        first,
        pick("기업 수", "Companies"),
        pick("지표", "Metric"),
        pick("최근 성과 합계", "Latest total"),
        pick("집계 기업", "Counted"),
        pick("기준 대비 (비교 기업)", "Change (compared)"),
    ]
    return table(header, group_rows(groups), [0.2, 0.1, 0.15, 0.2, 0.1, 0.25], numeric=(1, 3, 4))


def write_impact(target: Path, facts: ImpactFacts, font: str | None = None) -> int:
    register(font)
    impact = facts.impact
    meta = Meta(
        title=pick("사업 성과 보고서", "Programme impact report"),
        subject=facts.programme,
        author=facts.author,
        agency=facts.agency,
        as_of=facts.as_of,
        author_contact=facts.author_contact,
        agency_contact=facts.agency_contact,
        author_labels=(pick("작성자", "Prepared by"), pick("작성자 연락처", "Contact")),
    )
    story = cover(
        meta,
        [
            (
                pick("집계 기업", "Companies counted"),
                pick(
                    f"{impact.companies}개사 중 성과 수치가 있는 기업 {impact.with_figures}개사",
                    f"{impact.with_figures} of {impact.companies} companies have figures",
                ),
            ),
        ],
    )
    story.append(section(pick("연도별 합계와 기준 대비 증감", "Totals and changes by year")))
    story.append(note(how_counted()))
    header = [
        pick("연도", "Year"),
        pick("지표", "Metric"),
        pick("합계", "Total"),
        pick("집계 기업", "Companies"),
        pick("기준 대비 (비교 기업)", "Change (compared)"),
    ]
    rows = year_rows(impact) or [["—", "", "", "", ""]]
    story.append(table(header, rows, [0.14, 0.2, 0.26, 0.14, 0.26], numeric=(2, 3)))
    story.append(section(pick("재원별 성과", "By funding source")))
    story.append(_group_table(impact.by_source, pick("재원", "Funding source")))
    story.append(section(pick("코치별 성과", "By coach")))
    story.append(_group_table(impact.by_coach, pick("코치", "Coach")))
    story.append(section(pick("집계 대상 기업", "Companies counted")))
    company_header = [
        pick("기업", "Company"),
        pick("코치", "Coach"),
        pick("재원", "Funding"),
        pick("수치", "Figures"),
        pick("기업 확인", "Confirmed"),
    ]
    story.append(
        table(
            company_header,
            company_rows(facts.companies),
            [0.3, 0.2, 0.26, 0.12, 0.12],
            numeric=(3, 4),
        )
    )
    story.append(section(pick("방문 만족도 (코치별)", "Visit satisfaction by coach")))
    story.append(satisfaction_table(facts.satisfaction))
    return build(target, meta, story, font)


def satisfaction_rows(summaries: Sequence[SatisfactionSummary]) -> list[list[str]]:
    def shown(value: float | None) -> str:
        return "—" if value is None else f"{value:.2f}"

    return [
        [s.name, str(s.ratings), *(shown(s.means.get(q)) for q in Question), shown(s.mean)]
        for s in summaries
    ]


def satisfaction_table(summaries: Sequence[SatisfactionSummary]) -> Flowable:
    if not summaries:
        return note(pick("평가된 방문이 없습니다.", "No visit has been rated."))
    header = [
        pick("코치", "Coach"),
        pick("평가 수", "Ratings"),
        *(q.short for q in Question),
        pick("평균", "Mean"),
    ]
    widths = [0.2, 0.1, *([0.1] * len(Question)), 0.1]
    return table(header, satisfaction_rows(summaries), widths, numeric=range(1, len(header)))
