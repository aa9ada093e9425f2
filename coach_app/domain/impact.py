"""Impact tracking (성과조사): a company's yearly figures after support, against a baseline.

A figure is one number of one company for one year: sales, employees, new hires, exports,
patents, certifications or investment attracted. The baseline is the year before support
(``baseline`` set); every later year is a result. Each figure says where it came from
(``FigureSource``) and, when the company's representative confirmed it on the coach's
laptop, who confirmed it and when. A confirmed figure is the company's word: changing its
value drops the confirmation (the server refuses a change that keeps it, and refuses a
confirmation written by anyone but a coach of the company).

How the roadmap's KPIs roll up (``kpi_rollup``): a roadmap item whose KPI names one of the
metrics (by keyword, e.g. "수출액" → exports) and whose unit is known contributes its KPI
actual to the year its item ends (or to this year, for an item ending later: an actual
already recorded cannot belong to a year still to come). Flow metrics (new hires,
patents, certifications, investment) add up over the items; level metrics (sales,
employees, exports) are the company's totals, so the largest actual is taken. A recorded
figure always wins over a rolled-up one for the same company, year and metric: the KPI
is the coach's target bookkeeping, the figure is what the company reports.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from coach_app.domain.errors import FieldProblem
from coach_app.domain.messages import FIELD_LABELS, PROBLEMS, pick
from coach_app.domain.money import format_short, format_won, parse_count, parse_krw


class Metric(StrEnum):
    SALES = "sales"  # 원
    EMPLOYEES = "employees"  # 명, at year end
    NEW_HIRES = "new_hires"  # 명, in the year
    EXPORTS_USD = "exports_usd"  # US$
    PATENTS = "patents"  # 건, registered in the year
    CERTIFICATIONS = "certifications"  # 건, obtained in the year
    INVESTMENT = "investment"  # 원, attracted in the year

    @property
    def label(self) -> str:
        return pick(*_METRIC_LABELS[self])

    @property
    def names(self) -> tuple[str, str]:
        """The label in Korean and in English (an imported file may use either)."""
        return _METRIC_LABELS[self]

    @property
    def unit(self) -> str:
        return pick(*_METRIC_UNITS[self])

    @property
    def is_level(self) -> bool:
        """A level (a total at year end) rather than a flow (what happened in the year)."""
        return self in LEVELS


_METRIC_LABELS = {
    Metric.SALES: ("매출액", "Sales"),
    Metric.EMPLOYEES: ("고용 인원", "Employees"),
    Metric.NEW_HIRES: ("신규 채용", "New hires"),
    Metric.EXPORTS_USD: ("수출액(USD)", "Exports (USD)"),
    Metric.PATENTS: ("특허", "Patents"),
    Metric.CERTIFICATIONS: ("인증", "Certifications"),
    Metric.INVESTMENT: ("투자 유치", "Investment attracted"),
}
_METRIC_UNITS = {
    Metric.SALES: ("원", "KRW"),
    Metric.EMPLOYEES: ("명", "people"),
    Metric.NEW_HIRES: ("명", "people"),
    Metric.EXPORTS_USD: ("달러", "USD"),
    Metric.PATENTS: ("건", "filed"),
    Metric.CERTIFICATIONS: ("건", "obtained"),
    Metric.INVESTMENT: ("원", "KRW"),
}
LEVELS = frozenset({Metric.SALES, Metric.EMPLOYEES, Metric.EXPORTS_USD})


class FigureSource(StrEnum):
    COACH = "coach"  # told to the coach, recorded at the visit
    DOCUMENT = "document"  # the company's statements, tax or customs papers
    IMPORT = "import"  # the company's .xlsx, imported
    PUBLIC = "public"  # a public record (DART, KIPRIS, certification body)
    ROADMAP_KPI = "roadmap_kpi"  # rolled up from the roadmap's KPI actuals (never stored)

    @property
    def label(self) -> str:
        return pick(*_SOURCE_LABELS[self])


_SOURCE_LABELS = {
    FigureSource.COACH: ("코치 청취", "Told to the coach"),
    FigureSource.DOCUMENT: ("증빙 서류", "Company documents"),
    FigureSource.IMPORT: ("기업 제출 파일", "Company's file"),
    FigureSource.PUBLIC: ("공공 자료", "Public record"),
    FigureSource.ROADMAP_KPI: ("로드맵 KPI", "Roadmap KPI"),
}
RECORDED_SOURCES = tuple(s for s in FigureSource if s is not FigureSource.ROADMAP_KPI)

FIRST_YEAR, LAST_YEAR = 1990, 2100
MAX_VALUE = 10**15  # 1,000조원: anything larger is a typing slip

FIELD_LABELS.update(
    {
        "metric": ("지표", "Metric"),
        "value": ("값", "Value"),
        "figure_source": ("출처", "Source"),
        "confirmed_name": ("확인자", "Confirmed by"),
        "figure": ("성과 수치", "Impact figure"),
        "baseline": ("기준 연도", "Baseline year"),
    }
)
PROBLEMS.update(
    {
        "figure_year": (
            "{first}~{last} 사이의 연도를 입력하세요.",
            "must be a year between {first} and {last}.",
        ),
        "value_range": (
            "0 이상 {max} 이하로 입력하세요.",
            "must be between 0 and {max}.",
        ),
        "baseline_after_results": (
            "기준 연도({baseline})는 지원 후 성과 연도({first})보다 앞서야 합니다.",
            "the baseline year ({baseline}) must come before the first result year ({first}).",
        ),
        "confirmed_figure": (
            "기업이 확인한 수치입니다. 값을 바꾸면 확인이 취소됩니다.",
            "was confirmed by the company; changing it withdraws the confirmation.",
        ),
    }
)


@dataclass(frozen=True)
class FigureDraft:
    """One figure as typed or imported, before it is saved."""

    year: int
    metric: Metric
    value: int
    source: FigureSource = FigureSource.COACH
    baseline: bool = False
    note: str = ""

    def problems(self, today: dt.date | None = None) -> list[FieldProblem]:
        found: list[FieldProblem] = []
        last = min(LAST_YEAR, (today or dt.date.today()).year)
        if not FIRST_YEAR <= self.year <= last:
            found.append(FieldProblem("year", "figure_year", {"first": FIRST_YEAR, "last": last}))
        if not 0 <= self.value <= MAX_VALUE:
            found.append(FieldProblem("value", "value_range", {"max": f"{MAX_VALUE:,}"}))
        if self.source is FigureSource.ROADMAP_KPI:
            found.append(FieldProblem("figure_source", "required"))
        if len(self.note) > 500:
            found.append(FieldProblem("note", "too_long", {"max": 500}))
        return found


def baseline_problems(
    baseline_years: Iterable[int], result_years: Iterable[int]
) -> list[FieldProblem]:
    """The baseline is the year before support: it comes before every result year."""
    results = sorted(set(result_years))
    if not results:
        return []
    late = [y for y in set(baseline_years) if y >= results[0]]
    return [
        FieldProblem("baseline", "baseline_after_results", {"baseline": y, "first": results[0]})
        for y in sorted(late)
    ]


# --- the roadmap's KPIs ------------------------------------------------------------------

# Keyword → metric, most specific first ("신규 채용" before "고용").
_KPI_WORDS: tuple[tuple[str, Metric], ...] = (
    ("신규", Metric.NEW_HIRES),
    ("채용", Metric.NEW_HIRES),
    ("hire", Metric.NEW_HIRES),
    ("수출", Metric.EXPORTS_USD),
    ("export", Metric.EXPORTS_USD),
    ("매출", Metric.SALES),
    ("sales", Metric.SALES),
    ("revenue", Metric.SALES),
    ("고용", Metric.EMPLOYEES),
    ("인원", Metric.EMPLOYEES),
    ("employ", Metric.EMPLOYEES),
    ("특허", Metric.PATENTS),
    ("patent", Metric.PATENTS),
    ("인증", Metric.CERTIFICATIONS),
    ("certif", Metric.CERTIFICATIONS),
    ("투자", Metric.INVESTMENT),
    ("invest", Metric.INVESTMENT),
)
# Unit → how many of the metric's own unit one of it is.
_KRW_UNITS = {"원": 1, "천원": 1_000, "만원": 10_000, "백만원": 10**6, "억원": 10**8, "krw": 1}
_USD_UNITS = {"달러": 1, "usd": 1, "$": 1, "천달러": 1_000, "만달러": 10_000, "백만달러": 10**6}
_COUNT_UNITS = {"명": 1, "건": 1, "개": 1, "people": 1, "persons": 1, "": 1}


def metric_for_kpi(name: str) -> Metric | None:
    lowered = name.lower()
    for word, metric in _KPI_WORDS:
        if word in lowered:
            return metric
    return None


def kpi_value(metric: Metric, unit: str, amount: float) -> int | None:
    """The KPI amount in the metric's own unit, or None when the unit does not fit it."""
    key = re.sub(r"\s+", "", unit).lower()
    if metric in (Metric.SALES, Metric.INVESTMENT):
        factor = _KRW_UNITS.get(key)
    elif metric is Metric.EXPORTS_USD:
        factor = _USD_UNITS.get(key)
    else:
        factor = _COUNT_UNITS.get(key)
    if factor is None or amount < 0:
        return None
    return round(amount * factor)


@dataclass(frozen=True)
class KpiActual:
    """A roadmap item's KPI as it stands: what ``kpi_rollup`` reads."""

    kpi_name: str
    kpi_unit: str
    kpi_actual: float | None
    ends_on: dt.date | None


def kpi_rollup(
    items: Iterable[KpiActual], today: dt.date | None = None
) -> dict[tuple[int, Metric], int]:
    """(year, metric) → the value the roadmap's KPI actuals give (see the module's notes)."""
    this_year = (today or dt.date.today()).year
    rolled: dict[tuple[int, Metric], int] = {}
    for item in items:
        if item.kpi_actual is None or item.ends_on is None:
            continue
        metric = metric_for_kpi(item.kpi_name)
        if metric is None:
            continue
        value = kpi_value(metric, item.kpi_unit, item.kpi_actual)
        if value is None:
            continue
        key = (min(item.ends_on.year, this_year), metric)
        if key not in rolled:
            rolled[key] = value
        elif metric.is_level:
            rolled[key] = max(rolled[key], value)
        else:
            rolled[key] += value
    return rolled


# --- a company's sheet ------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """A figure as read: recorded, or rolled up from the roadmap (``source`` ROADMAP_KPI)."""

    year: int
    metric: Metric
    value: int
    source: FigureSource
    baseline: bool = False
    confirmed_name: str = ""
    confirmed_at: dt.datetime | None = None

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None


def with_rollup(recorded: Iterable[Figure], rolled: dict[tuple[int, Metric], int]) -> list[Figure]:
    """The recorded figures, plus the rolled-up ones no recorded figure covers."""
    figures = list(recorded)
    covered = {(f.year, f.metric) for f in figures if not f.baseline}
    figures += [
        Figure(year, metric, value, FigureSource.ROADMAP_KPI)
        for (year, metric), value in sorted(rolled.items())
        if (year, metric) not in covered
    ]
    return sorted(figures, key=lambda f: (f.year, list(Metric).index(f.metric)))


def parse_figure(metric: Metric, text: str) -> int:
    """A figure as typed, in the metric's unit: money as '5억', '1,500만원', '5억 2천만';
    counts and dollars as '1,200', '120만 달러'. Raises ValueError otherwise."""
    if metric in (Metric.SALES, Metric.INVESTMENT):
        return parse_krw(text)
    return parse_count(text)


def format_value(metric: Metric, value: int, signed: bool = False, exact: bool = False) -> str:
    """A figure as people read it: money at a glance (억원/만원) or ``exact`` to the 원,
    counts and dollars whole."""
    sign = "+" if signed and value > 0 else ""
    if metric in (Metric.SALES, Metric.INVESTMENT):
        return sign + (format_won(value) if exact else format_short(value))
    if metric is Metric.EXPORTS_USD:
        return f"{sign}{value:,} USD" if pick("ko", "en") == "en" else f"{sign}{value:,}달러"
    return f"{sign}{value:,}{pick(_METRIC_UNITS[metric][0], '')}"
