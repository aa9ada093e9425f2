"""A programme's impact: the companies' figures added up by year, funding source and coach.

How the totals are counted, so that a figure can be explained to the ministry:

- Each company counts once per metric and year: its recorded figure, or else the value its
  roadmap's KPIs roll up to (``domain.impact.with_rollup``). ``companies`` says how many
  companies a total adds up.
- A company's baseline is its figure of its baseline year (the latest one if several were
  marked). The change of a year adds, over the companies that have both a baseline and
  that year's figure, the figure minus the baseline; ``compared`` says how many companies
  that is. A company whose figures start late therefore never shows as growth.
- Per funding source and per coach, each company's latest result (its latest year after
  support with a figure) is set against its baseline. A company supported from several
  sources, or followed by several coaches, counts under each: those rows do not add up to
  the programme's total, and are not meant to.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from coach_app.domain.impact import Figure, Metric


@dataclass(frozen=True)
class CompanyImpact:
    company_id: uuid.UUID
    name: str
    figures: tuple[Figure, ...]
    coaches: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # funding sources that paid for its support


@dataclass(frozen=True)
class MetricTotal:
    total: int = 0
    companies: int = 0
    change: int = 0
    compared: int = 0


@dataclass
class _Sum:
    total: int = 0
    companies: int = 0
    change: int = 0
    compared: int = 0

    def add(self, value: int, baseline: int | None) -> None:
        self.total += value
        self.companies += 1
        if baseline is not None:
            self.change += value - baseline
            self.compared += 1

    def frozen(self) -> MetricTotal:
        return MetricTotal(self.total, self.companies, self.change, self.compared)


@dataclass(frozen=True)
class GroupImpact:
    """One funding source's or coach's companies: latest results against baselines."""

    name: str
    companies: int
    metrics: dict[Metric, MetricTotal] = field(default_factory=dict)


@dataclass(frozen=True)
class ProgrammeImpact:
    companies: int  # companies in the programme
    with_figures: int  # of which have at least one figure
    baseline: dict[Metric, MetricTotal]
    by_year: dict[int, dict[Metric, MetricTotal]]
    latest: dict[Metric, MetricTotal]
    by_source: tuple[GroupImpact, ...]
    by_coach: tuple[GroupImpact, ...]


def baselines(figures: Iterable[Figure]) -> dict[Metric, int]:
    chosen: dict[Metric, Figure] = {}
    for f in figures:
        if f.baseline and (f.metric not in chosen or f.year > chosen[f.metric].year):
            chosen[f.metric] = f
    return {m: f.value for m, f in chosen.items()}


def results(figures: Iterable[Figure]) -> dict[tuple[int, Metric], int]:
    return {(f.year, f.metric): f.value for f in figures if not f.baseline}


def latest_results(figures: Iterable[Figure]) -> dict[Metric, int]:
    latest: dict[Metric, tuple[int, int]] = {}
    for (year, metric), value in results(figures).items():
        if metric not in latest or year > latest[metric][0]:
            latest[metric] = (year, value)
    return {m: v for m, (_, v) in latest.items()}


def _latest(companies: Sequence[CompanyImpact]) -> dict[Metric, MetricTotal]:
    sums: dict[Metric, _Sum] = {}
    for company in companies:
        base = baselines(company.figures)
        for metric, value in latest_results(company.figures).items():
            sums.setdefault(metric, _Sum()).add(value, base.get(metric))
    return {m: sums[m].frozen() for m in Metric if m in sums}


def _groups(companies: Sequence[CompanyImpact], key: str) -> tuple[GroupImpact, ...]:
    members: dict[str, list[CompanyImpact]] = {}
    for company in companies:
        for name in getattr(company, key):
            members.setdefault(name, []).append(company)
    return tuple(
        GroupImpact(name, len(group), _latest(group)) for name, group in sorted(members.items())
    )


def programme_impact(companies: Sequence[CompanyImpact]) -> ProgrammeImpact:
    baseline_sums: dict[Metric, _Sum] = {}
    year_sums: dict[int, dict[Metric, _Sum]] = {}
    for company in companies:
        base = baselines(company.figures)
        for metric, value in base.items():
            baseline_sums.setdefault(metric, _Sum()).add(value, None)
        for (year, metric), value in results(company.figures).items():
            year_sums.setdefault(year, {}).setdefault(metric, _Sum()).add(value, base.get(metric))
    return ProgrammeImpact(
        companies=len(companies),
        with_figures=sum(1 for c in companies if c.figures),
        baseline={m: baseline_sums[m].frozen() for m in Metric if m in baseline_sums},
        by_year={
            year: {m: sums[m].frozen() for m in Metric if m in sums}
            for year, sums in sorted(year_sums.items())
        },
        latest=_latest(companies),
        by_source=_groups(companies, "sources"),
        by_coach=_groups(companies, "coaches"),
    )
