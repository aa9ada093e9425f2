"""The impact sheet and the satisfaction form, used as a coach and a company's
representative would, read back from the database."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coach_app.domain.company import CompanyDraft
from coach_app.domain.impact import Metric
from coach_app.domain.satisfaction import Question
from coach_app.domain.visit import VisitDraft
from coach_app.services.companies import create_company
from coach_app.services.visits import record_visit
from coach_app.store.database import Database
from coach_app.store.models import ImpactFigure, SatisfactionRating
from coach_app.ui.company_detail import CompanyDetail
from coach_app.ui.impact_sheet import ImpactSheet
from coach_app.ui.satisfaction_form import SatisfactionForm
from tests.present import present
from tests.ui.test_english_screens import english  # noqa: F401  (a fixture)

YEAR = dt.date.today().year
# Set to a folder to keep screenshots of the two screens (looked at by hand).
SHOTS = os.environ.get("COACH_IMPACT_SHOTS")


@pytest.fixture
def company_id(db: Database) -> uuid.UUID:
    return create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", region="광주"))


def _shot(widget: object, name: str) -> None:
    if SHOTS:
        from PySide6.QtWidgets import QWidget

        assert isinstance(widget, QWidget)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_a_coach_records_and_the_company_confirms_figures(
    qtbot: QtBot, db: Database, company_id: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = ImpactSheet(db, company_id)
    qtbot.addWidget(sheet)
    sheet.ui.year.setValue(YEAR - 3)
    sheet.ui.baseline.setChecked(True)
    sheet.ui.metric.setCurrentIndex(list(Metric).index(Metric.SALES))
    sheet.ui.value.setText("12억")
    sheet.ui.save_button.click()
    sheet.ui.year.setValue(YEAR - 1)
    sheet.ui.baseline.setChecked(False)
    sheet.ui.value.setText("15.5억")
    sheet.ui.save_button.click()
    sheet.ui.metric.setCurrentIndex(list(Metric).index(Metric.EXPORTS_USD))
    sheet.ui.value.setText("열두")
    sheet.ui.save_button.click()
    assert "숫자" in sheet.ui.error.text()  # nothing saved, the value is kept
    assert sheet.ui.value.text() == "열두"
    sheet.ui.value.setText("250,000")
    sheet.ui.save_button.click()
    assert sheet.ui.figures.rowCount() == 3
    monkeypatch.setattr(sheet, "ask_confirmer", lambda: "대표 김민준")
    sheet.ui.figures.selectAll()
    sheet.ui.confirm_button.click()
    with db.read() as session:
        rows = session.scalars(select(ImpactFigure).order_by(ImpactFigure.year)).all()
        assert [(r.year, r.metric, r.value, r.baseline) for r in rows] == [
            (YEAR - 3, "sales", 1_200_000_000, True),
            (YEAR - 1, "sales", 1_550_000_000, False),
            (YEAR - 1, "exports_usd", 250_000, False),
        ]
        assert {r.confirmed_name for r in rows} == {"대표 김민준"}
    assert "대표 김민준" in present(sheet.ui.figures.item(0, 5)).text()
    sheet.show()
    _shot(sheet, "impact_sheet")


def test_the_representative_rates_the_visit_once(
    qtbot: QtBot, db: Database, company_id: uuid.UUID
) -> None:
    visit = record_visit(db, company_id, VisitDraft(visit_date=dt.date.today(), purpose="코칭"))
    page = CompanyDetail(db)
    qtbot.addWidget(page)
    page.show_company(company_id)
    assert page.rating_button.isEnabled()
    form = SatisfactionForm(db, visit, "(주)한빛정밀")
    qtbot.addWidget(form)
    form.show()
    _shot(form, "satisfaction_form")
    for question in Question:
        form.choose(question, 4)
    assert not form.save()  # nobody named
    assert "응답자" in form.ui.error.text()
    form.ui.respondent.setText("김민준")
    form.ui.comment.setPlainText("설명이 친절했습니다.")
    form.choose(Question.OVERALL, 5)
    assert form.save()
    with db.read() as session:
        rating = session.scalars(select(SatisfactionRating)).one()
        assert rating.answers["overall"] == 5 and rating.answers["expertise"] == 4
        assert rating.respondent == "김민준" and rating.visit_id == visit
    page.show_company(company_id)
    assert not page.rating_button.isEnabled()  # rated once


def test_both_screens_read_in_english(
    qtbot: QtBot,
    db: Database,
    english: None,  # noqa: F811 (the fixture imported above)
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coach_app.domain import messages
    from coach_app.domain.impact import FigureDraft, FigureSource
    from coach_app.services import impact
    from tests.ui.test_english_screens import _korean

    monkeypatch.setattr(messages, "_language", "en")
    company = create_company(db, CompanyDraft(name="Hanbit Precision", brn="220-81-62517"))
    impact.record_figures(
        db,
        company,
        [
            FigureDraft(YEAR - 3, Metric.SALES, 1_200_000_000, baseline=True),
            FigureDraft(YEAR - 1, Metric.SALES, 1_550_000_000, FigureSource.DOCUMENT),
            FigureDraft(YEAR - 1, Metric.NEW_HIRES, 4),
        ],
    )
    ids = [f.id for f in impact.company_sheet(db, company).figures if f.id]
    impact.confirm_figures(db, company, ids[:2], "Kim Minjun")
    sheet = ImpactSheet(db, company)
    qtbot.addWidget(sheet)
    sheet.show()
    assert _korean(sheet) == []
    _shot(sheet, "impact_sheet_en")
    visit = record_visit(db, company, VisitDraft(visit_date=dt.date.today(), purpose="coaching"))
    form = SatisfactionForm(db, visit, "Hanbit Precision")
    qtbot.addWidget(form)
    form.show()
    assert _korean(form) == []
    _shot(form, "satisfaction_form_en")


def test_the_report_menu_writes_the_programmes_pdf_and_workbook(
    qtbot: QtBot,
    db: Database,
    company_id: uuid.UUID,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import subprocess

    from openpyxl import load_workbook
    from PySide6.QtWidgets import QMenu

    from coach_app.domain.impact import FigureDraft
    from coach_app.domain.programme import ProgrammeDraft
    from coach_app.services import impact
    from coach_app.services.people import assign_coach, create_programme
    from coach_app.ui.main_window import MainWindow

    programme = create_programme(db, ProgrammeDraft("스마트공장 코칭", YEAR))
    assert db.actor is not None
    assign_coach(db, programme, company_id, db.actor, dt.date.today())
    impact.record_figures(db, company_id, [FigureDraft(YEAR - 1, Metric.PATENTS, 3)])
    window = MainWindow(db)
    qtbot.addWidget(window)
    monkeypatch.setattr(window.impact_report, "ask_programme", lambda: programme)
    monkeypatch.setattr(window.impact_report, "ask_file", lambda: tmp_path / "성과")
    entry = next(
        a
        for menu in window.menuBar().findChildren(QMenu)
        for a in menu.actions()
        if a.text().startswith("사업 성과 보고서")
    )
    entry.trigger()
    qtbot.waitUntil(lambda: window.impact_report.written is not None, timeout=20_000)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "성과.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "스마트공장 코칭" in text and "(주)한빛정밀" in text
    rows = list(load_workbook(tmp_path / "성과.xlsx")["연도별"].iter_rows(values_only=True))
    assert (YEAR - 1, "특허", "건", 3, 1, None, 0) in rows


def test_money_is_read_as_the_refusal_message_suggests(
    qtbot: QtBot, db: Database, company_id: uuid.UUID
) -> None:
    sheet = ImpactSheet(db, company_id)
    qtbot.addWidget(sheet)
    typed = {"5억": 500_000_000, "5 억": 500_000_000, "5억 2천만": 520_000_000}
    typed |= {"1,500만 원": 15_000_000, "1.5억": 150_000_000}
    sheet.ui.metric.setCurrentIndex(list(Metric).index(Metric.INVESTMENT))
    for back, text in enumerate(typed, start=1):
        sheet.ui.year.setValue(YEAR - back)
        sheet.ui.value.setText(text)
        sheet.ui.save_button.click()
        assert sheet.ui.error.text() == "", text
    # Dollars and counts take the same units; a word is refused with a fitting example.
    sheet.ui.metric.setCurrentIndex(list(Metric).index(Metric.EXPORTS_USD))
    sheet.ui.value.setText("120만 달러")
    sheet.ui.save_button.click()
    sheet.ui.value.setText("열두")
    sheet.ui.save_button.click()
    assert "억" not in sheet.ui.error.text() and "숫자" in sheet.ui.error.text()
    with db.read() as session:
        rows = session.scalars(select(ImpactFigure).order_by(ImpactFigure.year.desc())).all()
        values = [r.value for r in rows if r.metric == "investment"]
        assert values == list(typed.values())
        assert [r.value for r in rows if r.metric == "exports_usd"] == [1_200_000]
