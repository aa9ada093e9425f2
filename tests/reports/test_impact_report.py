"""A programme's impact report and workbook, read back: the totals, changes and companies
counted that the roll-up gives."""

from __future__ import annotations

import datetime as dt
import subprocess
import uuid
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coach_app.domain.company import CompanyDraft
from coach_app.domain.impact import FigureDraft, FigureSource, Metric
from coach_app.domain.programme import ProgrammeDraft
from coach_app.domain.satisfaction import Question, RatingDraft
from coach_app.domain.visit import VisitDraft
from coach_app.exports import impact as exports_impact
from coach_app.services import impact, satisfaction
from coach_app.services.companies import create_company
from coach_app.services.people import assign_coach, create_programme
from coach_app.services.reports import ReportKind, write_report
from coach_app.services.visits import record_visit
from coach_app.store.database import Database

YEAR = dt.date.today().year


@pytest.fixture
def programme(db: Database) -> uuid.UUID:
    programme = create_programme(db, ProgrammeDraft("수출 현장코칭", YEAR))
    assert db.actor is not None
    companies = [
        create_company(db, CompanyDraft(name=name, brn=number))
        for name, number in (("(주)한빛정밀", "124-81-00998"), ("(주)다온", "220-81-62517"))
    ]
    for company in companies:
        assign_coach(db, programme, company, db.actor, dt.date.today())
    impact.record_figures(
        db,
        companies[0],
        [
            FigureDraft(YEAR - 3, Metric.EXPORTS_USD, 100_000, baseline=True),
            FigureDraft(YEAR - 1, Metric.EXPORTS_USD, 350_000, FigureSource.DOCUMENT),
        ],
    )
    impact.record_figures(db, companies[1], [FigureDraft(YEAR - 1, Metric.EXPORTS_USD, 40_000)])
    ids = [f.id for f in impact.company_sheet(db, companies[0]).figures if f.id]
    impact.confirm_figures(db, companies[0], ids, "대표 김민준")
    for company, overall in zip(companies, (5, 3), strict=True):
        draft = VisitDraft(visit_date=dt.date.today(), purpose="코칭")
        visit = record_visit(db, company, draft, programme)
        answers = dict.fromkeys(Question, 4) | {Question.OVERALL: overall}
        satisfaction.record_rating(db, visit, RatingDraft(answers, "대표"))
    return programme


def _text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(done.stdout.split())


def test_the_pdf_prints_totals_changes_and_companies_counted(
    db: Database, programme: uuid.UUID, tmp_path: Path
) -> None:
    target = tmp_path / "impact.pdf"
    pages = write_report(db, ReportKind.IMPACT, programme, target)
    assert pages >= 2
    text = _text(target)
    assert "사업 성과 보고서" in text and "수출 현장코칭" in text
    assert "2개사 중 성과 수치가 있는 기업 2개사" in text
    # The year after support: both companies (2), change +250,000 over the one compared (1).
    assert f"{YEAR - 1} 수출액(USD) 390,000달러 2 +250,000달러 (1)" in text
    assert "기준 연도 수출액(USD) 100,000달러 1" in text
    assert "김코치 2 수출액(USD) 390,000달러 2 +250,000달러 (1)" in text
    assert "(주)한빛정밀 김코치 — 2 2" in text  # two figures, both confirmed
    # Two ratings of 김코치's visits: overall 5 and 3, the other questions 4.
    assert "김코치 2 4.00 4.00 4.00 4.00 4.00 4.00" in text


def test_the_workbook_holds_the_same_numbers(
    db: Database, programme: uuid.UUID, tmp_path: Path
) -> None:
    target = tmp_path / "impact.xlsx"
    impact.write_programme_workbook(db, programme, target)
    book = load_workbook(target)
    by_year = [list(r) for r in book["연도별"].iter_rows(values_only=True)]
    assert by_year[0][:5] == ["연도", "지표", "단위", "합계", "집계 기업"]
    assert [YEAR - 1, "수출액(USD)", "달러", 390_000, 2, 250_000, 1] in by_year
    figures = [list(r) for r in book["기업별 수치"].iter_rows(values_only=True)][1:]
    confirmed = [r for r in figures if r[0] == "(주)한빛정밀"]
    assert {r[8] for r in confirmed} == {"대표 김민준"}
    assert sorted(int(str(r[6])) for r in figures) == [40_000, 100_000, 350_000]
    assert book["코치별"].freeze_panes == "A2"
    rated = [list(r) for r in book["만족도"].iter_rows(values_only=True)]
    assert rated[1][:2] == ["김코치", 2] and rated[1][-2:] == [4, 4]
    assert by_year[1][0] == "기준" and by_year[1][5:] == [None, None]


def test_a_workbook_that_fails_halfway_leaves_the_last_one_whole(
    db: Database, programme: uuid.UUID, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "impact.xlsx"
    impact.write_programme_workbook(db, programme, target)
    written = target.read_bytes()

    def broken(_groups: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(exports_impact, "_group_rows", broken)
    with pytest.raises(OSError, match="disk full"):
        impact.write_programme_workbook(db, programme, target)
    assert target.read_bytes() == written
    assert [p.name for p in target.parent.iterdir()] == ["impact.xlsx"]


def test_the_cover_names_whom_to_call(db: Database, programme: uuid.UUID, tmp_path: Path) -> None:
    # The agency running the programme and the writer, as the dossier prints them.
    from coach_app.store.models import Organisation, Programme, User

    with db.transaction() as session:
        agency = Organisation(name="광주테크노파크", phone="062-601-1001", email="tp@gjtp.example")
        session.add(agency)
        session.flush()
        row = session.get(Programme, programme)
        me = session.get(User, db.actor)
        assert row is not None and me is not None
        row.organisation_id = agency.id
        me.phone = "010-1000-2000"
    target = tmp_path / "impact.pdf"
    write_report(db, ReportKind.IMPACT, programme, target)
    text = _text(target)
    assert "광주테크노파크" in text and "062-601-1001 · tp@gjtp.example" in text
    assert "010-1000-2000" in text and "미입력" not in text
