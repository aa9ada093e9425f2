"""The Excel summary, read back with openpyxl and compared with the database."""

from __future__ import annotations

import datetime as dt
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import Select, func, select

from coach_app.cli import main
from coach_app.demo import DemoSize, build
from coach_app.domain.errors import Cancelled, ValidationError
from coach_app.domain.review import FROZEN, RoadmapStatus
from coach_app.exports.summary import write_summary
from coach_app.services.exports import export_summary
from coach_app.services.people import programmes
from coach_app.store.database import Database
from coach_app.store.models import (
    Company,
    Diagnosis,
    Difficulty,
    Measure,
    Roadmap,
    RoadmapItem,
    Visit,
)
from tests.sheets import values


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    db = Database.open(tmp_path_factory.mktemp("summary") / "demo.sqlite3")
    build(db, DemoSize(companies=150, visits_per_company=4))
    return db


def count(db: Database, statement: Select[Any]) -> int:
    with db.read() as session:
        return int(session.scalar(statement) or 0)


def test_every_sheet_matches_the_database(demo: Database, tmp_path: Path) -> None:
    target = tmp_path / "요약.xlsx"
    counts = export_summary(demo, target)
    book = load_workbook(target)
    assert book.sheetnames == [
        "대시보드",
        "기업",
        "방문",
        "애로사항",
        "애로 분야별",
        "코치·월별",
        "월별 방문",
        "진단 점수",
        "로드맵 과제",
        "사업 예산",
        "사업 목표·실적",
        "지원 조치",
    ]
    companies, visits, difficulties = book["기업"], book["방문"], book["애로사항"]
    assert [c.value for c in companies[1]] == [
        "기업명",
        "사업자등록번호",
        "지역",
        "업종",
        "지정·인증",
        "종업원",
        "매출액",
        "방문 수",
    ]
    assert companies.max_row - 1 == count(demo, select(func.count()).select_from(Company))
    assert visits.max_row - 1 == count(demo, select(func.count()).select_from(Visit))
    assert difficulties.max_row - 1 == count(demo, select(func.count()).select_from(Difficulty))
    assert counts.rows["visits"] == visits.max_row - 1
    # Sums agree too: revenue, visits per company, difficulties by category.
    revenue = sum(row[6] or 0 for row in values(companies))
    assert revenue == count(demo, select(func.sum(Company.revenue)))
    assert sum(row[7] for row in values(companies)) == (visits.max_row - 1)
    by_category = book["애로 분야별"]
    assert sum(row[-1] for row in values(by_category)) == (difficulties.max_row - 1)
    # Formats, frozen headers, Excel tables.
    assert companies["G2"].number_format == '#,##0"원"'
    assert visits["A2"].number_format == "yyyy-mm-dd"
    assert isinstance(visits["A2"].value, dt.datetime | dt.date)
    for sheet in (companies, visits, difficulties, by_category):
        assert sheet.freeze_panes == "A2"
        assert len(sheet.tables) == 1
        # The table spans every row written, however the sheet was streamed.
        (ref,) = (table.ref for table in sheet.tables.values())
        assert ref == f"A1:{get_column_letter(sheet.max_column)}{sheet.max_row}"
    assert companies.column_dimensions["A"].width == 28
    # Native charts on the dashboard (openpyxl does not read charts back: look in the file).
    with zipfile.ZipFile(target) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        # Hundreds of visits: the spreadsheet picks the steps itself.
        assert all("majorUnit" not in archive.read(n).decode() for n in charts)
    assert len(charts) == 2
    dashboard = {row[0]: row[1] for row in values(book["대시보드"], 1) if row}
    # A meeting counts once: the visits outside meetings plus the distinct meetings.
    rows = values(visits)
    meetings = {row[5] for row in rows if row[5]}
    assert meetings, "the demo holds meetings"
    assert "" not in {row[5] for row in rows}  # no meeting: an empty cell, not an empty text
    assert dashboard["방문 수"] == sum(1 for row in rows if not row[5]) + len(meetings)
    assert dashboard["간담회 수"] == len(meetings)
    with demo.read() as session:
        amounts = sum(m.amount or 0 for m in session.scalars(select(Measure)))
    assert dashboard["지원 조치 금액 합계"] == amounts
    assert sum(row[6] or 0 for row in values(book["지원 조치"])) == amounts
    # Diagnoses: one row per scored area, named in Korean; roadmap budgets add up.
    with demo.read() as session:
        stored = list(session.scalars(select(Diagnosis)))
    scores = values(book["진단 점수"])
    assert stored and len(scores) == sum(len(d.area_scores) for d in stored)
    assert {row[2] for row in scores} <= {"R&D 역량 진단", "수출 역량 진단", "스마트공장 수준 진단"}
    assert "지식재산 관리" in {row[3] for row in scores}
    assert all(row[5] >= row[4] for row in scores)  # target never below the score
    # Roadmaps: each company's plan once (newest approved revision, else newest).
    items = values(book["로드맵 과제"])
    with demo.read() as session:
        plans: dict[object, Roadmap] = {}
        for roadmap in session.scalars(select(Roadmap).order_by(Roadmap.revision)):
            held = plans.get(roadmap.company_id)
            if (
                held is None
                or RoadmapStatus(held.status) not in FROZEN
                or (RoadmapStatus(roadmap.status) in FROZEN)
            ):
                plans[roadmap.company_id] = roadmap
        planned = [p.id for p in plans.values()]
    assert len(items) == count(
        demo, select(func.count()).where(RoadmapItem.roadmap_id.in_(planned))
    )
    assert len(items) < count(demo, select(func.count()).select_from(RoadmapItem))


def test_filters_narrow_the_summary(demo: Database, tmp_path: Path) -> None:
    programme = programmes(demo)[0]
    start, end = dt.date.today() - dt.timedelta(days=200), dt.date.today()
    counts = export_summary(demo, tmp_path / "a.xlsx", start, end, programme.name, "광주")
    everything = export_summary(demo, tmp_path / "b.xlsx")
    assert 0 < counts.rows["visits"] < everything.rows["visits"]
    book = load_workbook(tmp_path / "a.xlsx")
    for day in (row[0] for row in values(book["방문"])):
        assert start <= day.date() <= end
    assert {row[2] for row in values(book["기업"])} == {"광주"}


def test_an_empty_period_keeps_valid_tables(demo: Database, tmp_path: Path) -> None:
    day = dt.date(1990, 1, 1)
    counts = export_summary(demo, tmp_path / "empty.xlsx", day, day)
    assert counts.rows["visits"] == counts.rows["companies"] == 0
    visits = load_workbook(tmp_path / "empty.xlsx")["방문"]
    # Excel wants a data row under a table's headers: a blank one.
    assert [table.ref for table in visits.tables.values()] == ["A1:G2"]
    assert [c.value for c in visits[1]][:2] == ["방문일", "기업명"]


def test_a_stopped_summary_leaves_nothing_behind(
    demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "temporary"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))

    def stop(stage: str) -> None:
        if stage == "방문":
            raise Cancelled

    with pytest.raises(Cancelled):
        write_summary(demo, tmp_path / "out" / "요약.xlsx", progress=stop)
    assert list((tmp_path / "out").iterdir()) == []
    assert list(scratch.iterdir()) == []  # the sheets' streamed rows too


def test_bad_filters_are_named(demo: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="사업: 찾을 수 없습니다"):
        export_summary(demo, tmp_path / "x.xlsx", programme="없는 사업")
    with pytest.raises(ValidationError, match="종료일"):
        export_summary(demo, tmp_path / "x.xlsx", dt.date(2026, 5, 1), dt.date(2026, 4, 1))
    assert not (tmp_path / "x.xlsx").exists()


def test_the_cli_writes_the_summary(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "summary.xlsx"
    assert (
        main(
            [
                "export",
                "summary",
                "--db",
                str(demo.path),
                "-o",
                str(target),
                "--from",
                "2025-01-01",
                "--region",
                "전북",
            ]
        )
        == 0
    )
    assert "요약을 썼습니다" in capsys.readouterr().out
    assert load_workbook(target)["기업"].max_row > 1
