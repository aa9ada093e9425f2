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

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coach_app.domain.difficulty import DifficultyCategory, DifficultyStatus
from coach_app.domain.messages import pick
from coach_app.domain.roadmap import FundingSource
from coach_app.exports import summary_rows as rows
from coach_app.exports.sheets import COUNT, DATE, KRW, SCORE, Book, Column, book_at, write_row
from coach_app.exports.summary_rows import FieldTally
from coach_app.exports.summary_rows import SummaryFilter as SummaryFilter  # callers' filter
from coach_app.store.database import Database


@dataclass
class SummaryCounts:
    rows: dict[str, int] = field(default_factory=dict)
    # Field work as people count it: a meeting once, however many companies came.
    field_visits: int = 0
    meetings: int = 0
    measures_amount: int = 0


def write_summary(
    db: Database,
    target: Path,
    where: SummaryFilter = SummaryFilter(),
    progress: Callable[[str], None] | None = None,
    labels: Mapping[str, str] | None = None,
) -> SummaryCounts:
    """Write the summary workbook to ``target``; returns the rows written per sheet.
    A summary is either whole or absent: cancelled or failed, nothing is left."""
    with book_at(target) as book:
        return _write(book, db, where, progress, labels)


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
        companies = rows.company_ids(connection, where)

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
            rows.company_rows(connection, companies, where),
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
            rows.visit_rows(connection, companies, where, per_month, per_coach_month, tally),
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
            rows.difficulty_rows(connection, companies, where, by_category),
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
            rows.diagnosis_rows(connection, companies, where, labels or {}),
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
            rows.roadmap_item_rows(connection, companies, where, budgets),
        )

        say(pick("사업", "Programmes"))
        programme_ids = rows.programme_ids(connection, where)
        counts.rows["programme_budgets"] = book.table_sheet(
            pick("사업 예산", "Programme budgets"),
            "ProgrammeBudgets",
            [
                Column(pick("사업", "Programme"), 28),
                Column(pick("연도", "Year"), 8),
                Column(pick("재원", "Source"), 12),
                Column(pick("예산", "Budget"), 18, KRW),
            ],
            rows.programme_budget_rows(connection, programme_ids, where),
        )
        measures = list(rows.measure_rows(connection, companies, where))
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
            rows.programme_target_rows(connection, programme_ids, where, tally, measures),
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
