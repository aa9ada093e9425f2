"""The summary tells the truth: a roadmap's plan listed once, the period on every sheet,
and a dashboard that prints on one page."""

from __future__ import annotations

import datetime as dt
import re
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.programme import ProgrammeDraft
from coach_app.domain.review import ReviewDecision, RoadmapStatus
from coach_app.domain.roadmap import Budget
from coach_app.domain.visit import VisitDraft
from coach_app.exports.summary import DASHBOARD_ROWS, DASHBOARD_WIDTHS
from coach_app.services import roadmaps as rm
from coach_app.services.companies import create_company
from coach_app.services.diagnoses import DiagnosisDraft, ItemEntry, save_diagnosis
from coach_app.services.exports import export_summary
from coach_app.services.people import (
    UserDraft,
    assign_coach,
    create_programme,
    create_user,
    current_user,
    sign_in,
)
from coach_app.services.visits import record_visit
from coach_app.store.database import Database
from tests.present import present
from tests.sheets import values

ITEM = Budget(national=10_000_000, local=2_000_000, company=3_000_000)


def _visit(db: Database, company: uuid.UUID, day: dt.date) -> None:
    record_visit(
        db,
        company,
        VisitDraft(day, purpose="점검", difficulties=[DifficultyDraft("funding", f"자금 {day}")]),
    )


def _items(db: Database, roadmap: uuid.UUID, year: int, count: int) -> None:
    for n in range(count):
        rm.save_item(
            db,
            roadmap,
            rm.ItemDraft(
                title=f"{year} 과제 {n + 1}",
                stage="prototype",
                starts_on=dt.date(year, 3, 1),
                ends_on=dt.date(year, 9, 30),
                budget=ITEM,
            ),
        )


@pytest.fixture
def field(db: Database) -> Database:
    """한빛: rev 1 approved (2026 items), rev 2 drafted from it with one item more.
    새봄: visited in 2025 only, a draft roadmap with 2025 items, never approved."""
    programme = create_programme(db, ProgrammeDraft("R&D 현장코칭", 2026), agency="광주TP")
    coach = current_user(db)
    assert coach is not None
    hanbit = create_company(db, CompanyDraft(name="(주)한빛", brn="124-81-00998", region="광주"))
    saebom = create_company(db, CompanyDraft(name="(주)새봄", brn="220-81-62517", region="광주"))
    for company in (hanbit, saebom):
        assign_coach(db, programme, company, coach.id, dt.date(2025, 1, 1))
    _visit(db, hanbit, dt.date(2025, 3, 10))
    _visit(db, hanbit, dt.date(2026, 3, 10))
    _visit(db, saebom, dt.date(2025, 4, 10))
    for day in (dt.date(2025, 3, 10), dt.date(2026, 3, 10)):
        scores = {"rnd.tech.trl": ItemEntry(2)}
        save_diagnosis(db, hanbit, DiagnosisDraft("rnd", "1.0", day, scores))
    first = rm.create_roadmap(db, hanbit, "한빛 로드맵")
    _items(db, first, 2026, 2)
    rm.move(db, first, RoadmapStatus.SUBMITTED)
    create_user(db, UserDraft("parksup", "박감독", "supervisor", ""))
    sign_in(db, "parksup")
    rm.review(db, first, ReviewDecision.APPROVE, "좋습니다")
    sign_in(db, "kimcoach")
    second = rm.editable_revision(db, first)
    _items(db, second, 2027, 1)
    draft = rm.create_roadmap(db, saebom, "새봄 로드맵")
    _items(db, draft, 2025, 1)
    return db


def test_a_new_revision_lists_the_approved_plan_once(field: Database, tmp_path: Path) -> None:
    target = tmp_path / "요약.xlsx"
    export_summary(field, target)
    book = load_workbook(target)
    sheet = book["로드맵 과제"]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["기업명", "차수", "계획 상태"]
    rows = [dict(zip(header, row, strict=True)) for row in values(sheet)]
    hanbit = [r for r in rows if r["기업명"] == "(주)한빛"]
    assert [r["과제"] for r in hanbit] == ["2026 과제 1", "2026 과제 2"]  # rev 1, once
    assert {(r["차수"], r["계획 상태"]) for r in hanbit} == {(1, "승인")}
    saebom = [r for r in rows if r["기업명"] == "(주)새봄"]
    assert [(r["차수"], r["계획 상태"]) for r in saebom] == [(1, "작성 중 (미승인)")]
    dashboard = {r[0]: r[1] for r in values(book["대시보드"], 1) if r}
    assert dashboard["로드맵 예산 합계"] == 3 * ITEM.total == sum(r["합계"] for r in rows)


def test_the_period_limits_every_sheet(field: Database, tmp_path: Path) -> None:
    target = tmp_path / "2026.xlsx"
    counts = export_summary(field, target, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    book = load_workbook(target)

    def column(sheet: str, index: int) -> list[Any]:
        return [row[index] for row in book[sheet].iter_rows(2, values_only=True)]

    assert column("기업", 0) == ["(주)한빛"]  # 새봄 was not visited in 2026
    assert column("기업", 7) == [1]  # its visits in the period
    assert [d.year for d in column("방문", 0)] == [2026]
    assert [d.year for d in column("애로사항", 0)] == [2026]
    assert {d.year for d in column("진단 점수", 0)} == {2026}
    assert column("로드맵 과제", 4) == ["2026 과제 1", "2026 과제 2"]
    assert counts.rows == {**counts.rows, "companies": 1, "visits": 1, "roadmap_items": 2}
    dashboard = {r[0]: r[1] for r in values(book["대시보드"], 1) if r}
    assert dashboard["로드맵 예산 합계"] == 2 * ITEM.total
    assert dashboard["기업 수"] == 1
    early = tmp_path / "2025.xlsx"
    export_summary(field, early, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    names = [r[0] for r in load_workbook(early)["로드맵 과제"].iter_rows(2, values_only=True)]
    assert names == ["(주)새봄"]  # 한빛's plan runs in 2026


def test_the_dashboard_prints_on_one_page(field: Database, tmp_path: Path) -> None:
    target = tmp_path / "요약.xlsx"
    export_summary(field, target)
    sheet = load_workbook(target)["대시보드"]
    assert present(sheet.sheet_properties.pageSetUpPr).fitToPage
    # One page wide and tall; an absent attribute is the file format's default, 1.
    assert sheet.page_setup.fitToWidth in (None, 1)
    assert sheet.page_setup.fitToHeight in (None, 1)
    assert sheet.print_area == f"'대시보드'!$A$1:$F${DASHBOARD_ROWS}"
    # The charts sit inside the printed area: the cells they span, from corner to corner.
    with zipfile.ZipFile(target) as archive:
        drawing = archive.read("xl/drawings/drawing1.xml").decode()
    corners = [
        tuple(int(n) for n in found)
        for found in re.findall(
            r"<xdr:from><xdr:col>(\d+)<.*?<xdr:row>(\d+)<.*?"
            r"<xdr:to><xdr:col>(\d+)<.*?<xdr:row>(\d+)<",
            drawing,
        )
    ]
    assert len(corners) == 2
    for first_col, _, last_col, last_row in corners:
        assert first_col == 0 and last_col < len(DASHBOARD_WIDTHS)
        assert last_row < DASHBOARD_ROWS
    assert corners[1][1] > corners[0][3]  # one under the other
