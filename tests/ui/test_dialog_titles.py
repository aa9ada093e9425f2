"""Every dialog about one company names it in its title, in Korean and in English: with the
company page and an editor or two open, the coach tells the windows apart by company."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from coach_app.domain.company import CompanyDraft
from coach_app.domain.visit import VisitDraft
from coach_app.services import roadmaps as rm
from coach_app.services.companies import create_company
from coach_app.services.visits import record_visit
from coach_app.store.database import Database
from coach_app.ui.app import install_translators

COMPANY = "(주)한빛정밀"


@pytest.fixture(params=["ko", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code: str = request.param
    installed = install_translators(qapp, code)
    yield code
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translators(qapp, "ko")


def test_each_company_dialog_names_the_company(qtbot: QtBot, db: Database, language: str) -> None:
    from coach_app.ui.diagnosis_editor import DiagnosisEditor
    from coach_app.ui.impact_sheet import ImpactSheet
    from coach_app.ui.roadmap_editor import RoadmapEditor
    from coach_app.ui.roadmap_item import ItemEditor
    from coach_app.ui.satisfaction_form import SatisfactionForm
    from coach_app.ui.sign_visit import SignVisitDialog
    from coach_app.ui.visit_editor import VisitEditor

    company = create_company(db, CompanyDraft(name=COMPANY, brn="124-81-00998", region="광주"))
    visit = record_visit(db, company, VisitDraft(dt.date.today() - dt.timedelta(1)))
    roadmap = rm.create_roadmap(db, company, "2027 시제품 로드맵")
    dialogs: dict[str, QDialog] = {
        "visit": VisitEditor(db, company, visit),
        "new visit": VisitEditor(db, company),
        "impact": ImpactSheet(db, company),
        "diagnosis": DiagnosisEditor(db, company),
        "roadmap": RoadmapEditor(db, roadmap),
        "roadmap item": ItemEditor(db, roadmap, []),
        "satisfaction": SatisfactionForm(db, visit, COMPANY),
        "signature": SignVisitDialog(db, visit, COMPANY),
    }
    titles = {name: dialog.windowTitle() for name, dialog in dialogs.items()}
    for dialog in dialogs.values():
        qtbot.addWidget(dialog)
    assert {name: COMPANY in title for name, title in titles.items()} == dict.fromkeys(
        dialogs, True
    ), titles
    # The roadmap's own title stays beside the company's: a company has one per revision.
    assert "2027 시제품 로드맵" in titles["roadmap"]
    words = {"ko": ("방문 기록", "성과 수치"), "en": ("Visit", "Impact figures")}[language]
    assert titles["visit"].startswith(words[0]) and titles["impact"].startswith(words[1])
