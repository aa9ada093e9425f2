"""The main screens in English show no Korean: every widget's visible text, every header
and every cell is read. The data is Latin (company, people, notes), so any Hangul found
is the program's own text left untranslated."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coach_app.domain import brn
from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.programme import ProgrammeDraft
from coach_app.domain.review import RoadmapStatus
from coach_app.domain.visit import VisitDraft
from coach_app.services import roadmaps as rm
from coach_app.services.companies import create_company
from coach_app.services.people import (
    UserDraft,
    assign_coach,
    create_programme,
    create_user,
    sign_in,
)
from coach_app.services.visits import record_visit
from coach_app.store.database import Database
from coach_app.store.models import User
from coach_app.ui.app import install_translators
from tests.present import present

HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    installed = install_translators(qapp, "en")
    assert len(installed) == 2, "coach_en.qm is missing: run `make translations`"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translators(qapp, "ko")


class Latin:
    """A small agency whose every typed value is in Latin letters."""

    def __init__(self, db: Database) -> None:
        self.db = db
        create_user(db, UserDraft("parksup", "Park Supervisor", "supervisor", ""))
        coach = db.current_user()
        assert coach is not None
        with db.transaction() as session:  # the shared fixture's coach has a Korean name
            user = session.get(User, coach)
            assert user is not None
            user.name = "Kim Coach"
        programme = create_programme(db, ProgrammeDraft("Smart Factory 2026", 2026))
        self.company = create_company(
            db,
            CompanyDraft(
                name="Hanbit Precision",
                brn=brn.complete("124810099"),
                ceo="Lee Han",
                region="경기",
                industry="자동차부품",
                employees=40,
                revenue=3_000_000_000,
            ),
        )
        assign_coach(db, programme, self.company, coach, dt.date.today() - dt.timedelta(60))
        self.visit = record_visit(
            db,
            self.company,
            VisitDraft(
                dt.date.today() - dt.timedelta(3),
                "Plant 2",
                "Lee Han",
                "",
                "Went through the line.",
                [DifficultyDraft("funding", "Working capital is short")],
            ),
            programme,
        )
        self.roadmap = rm.create_roadmap(self.db, self.company, "Plan 2027")
        rm.save_item(
            db,
            self.roadmap,
            rm.ItemDraft(
                "MES pilot",
                "prototype",
                dt.date.today(),
                dt.date.today() + dt.timedelta(90),
            ),
        )
        rm.move(db, self.roadmap, RoadmapStatus.SUBMITTED)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    # Some of Qt's own models hide columnCount(parent): ask the top level without one.
    # A list model's columnCount is private in PySide: it has one.
    lists = isinstance(model, QAbstractListModel | QAbstractTableModel)
    if isinstance(model, QAbstractListModel):
        columns = 1
    else:
        columns = model.columnCount(parent or QModelIndex())
    rows = model.rowCount(parent or QModelIndex())
    if parent is None:
        for column in range(columns):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(min(rows, 50)):
        for column in range(columns):
            index = model.index(row, column) if parent is None else model.index(row, column, parent)
            yield str(model.data(index) or "")
            yield str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")
            if column == 0 and not lists and model.hasChildren(index):
                yield from _model_texts(model, index)


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything a person can read on ``root``."""
    yield "window title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = f"{type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        if isinstance(widget, QGroupBox):
            yield name, widget.title()
        if isinstance(widget, QLineEdit):
            yield name, widget.text() + " " + widget.placeholderText()
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            yield name, widget.toPlainText() + " " + widget.placeholderText()
        if isinstance(widget, QTabWidget):
            for tab in range(widget.count()):
                yield name, widget.tabText(tab)
        if isinstance(widget, QComboBox):
            for item in range(widget.count()):
                yield name, widget.itemText(item)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            for text in _model_texts(widget.model()):
                yield name, text
        yield name, widget.toolTip()


def _korean(root: QWidget) -> list[tuple[str, str]]:
    return sorted({(where, text) for where, text in _texts(root) if HANGUL.search(text)})


def test_the_main_screens_show_no_korean_in_english(
    qtbot: QtBot, db: Database, english: None
) -> None:
    from coach_app.ui.diagnosis_editor import DiagnosisEditor
    from coach_app.ui.main_window import MainWindow
    from coach_app.ui.roadmap_editor import RoadmapEditor
    from coach_app.ui.settings import SettingsEditor
    from coach_app.ui.visit_editor import VisitEditor

    agency = Latin(db)
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    found: dict[str, list[tuple[str, str]]] = {}
    found["company list"] = _korean(window)
    window.open_company(agency.company)
    found["company page"] = _korean(window)
    for row, page in ((2, "visit list"), (3, "roadmap list"), (5, "sync")):
        window.navigation.setCurrentRow(row)
        found[page] = _korean(present(window.pages.currentWidget()))
    sign_in(db, "parksup")
    window.reload()
    window.navigation.setCurrentRow(4)
    found["review"] = _korean(present(window.pages.currentWidget()))
    sign_in(db, "kimcoach")

    visit = VisitEditor(db, agency.company, agency.visit, window)
    qtbot.addWidget(visit)
    found["visit editor"] = _korean(visit)
    diagnosis = DiagnosisEditor(db, agency.company, None, window)
    qtbot.addWidget(diagnosis)
    found["diagnosis"] = _korean(diagnosis)
    roadmap = RoadmapEditor(db, agency.roadmap, window)
    qtbot.addWidget(roadmap)
    found["roadmap"] = _korean(roadmap)
    settings = SettingsEditor(window, window.db)
    found["settings"] = _korean(settings.dialog)
    # The language list names each language in itself, as language pickers do.
    found["settings"] = [t for t in found["settings"] if t != ("QComboBox language", "한국어")]
    left = {screen: texts for screen, texts in found.items() if texts}
    assert left == {}, "\n".join(f"{k}: {v}" for k, v in left.items())
    _ = uuid


def test_the_meeting_screens_show_no_korean_in_english(
    qtbot: QtBot, db: Database, english: None
) -> None:
    from coach_app.domain.meeting import MeasureDraft, MeetingCompany, MeetingDraft
    from coach_app.domain.organisation import OrganisationDraft
    from coach_app.services.meetings import record_measure, record_meeting
    from coach_app.services.programmes import create_organisation
    from coach_app.ui.main_window import MainWindow
    from coach_app.ui.measure_form import MeasureEditor
    from coach_app.ui.meeting_form import MeetingEditor
    from coach_app.ui.organisations import OrganisationsDialog

    agency = Latin(db)
    sign_in(db, "parksup")
    city = create_organisation(db, OrganisationDraft("Gwangju City", "government"))
    meeting = record_meeting(
        db,
        MeetingDraft(
            dt.date.today(),
            "Round table",
            place="Town hall",
            organiser_id=city,
            companies=[MeetingCompany(agency.company, [DifficultyDraft("sales", "Orders fell")])],
        ),
    )
    record_measure(
        db,
        MeasureDraft(
            "Special guarantee",
            amount=500_000_000,
            source="local",
            meeting_id=meeting.meeting_id,
            difficulty_ids=list(meeting.difficulties[agency.company]),
        ),
    )
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    found: dict[str, list[tuple[str, str]]] = {}
    window.navigation.setCurrentRow(window.pages.indexOf(window.meeting_page))
    found["meeting list"] = _korean(present(window.pages.currentWidget()))
    assert "Special guarantee" in window.meeting_page.detail.toPlainText()
    window.open_company(agency.company)
    found["company page with measures"] = _korean(window)
    assert "Special guarantee" in window.company_detail.measures.item(0).text()
    editor = MeetingEditor(db, window)
    qtbot.addWidget(editor)
    editor.check_company(agency.company)
    editor.add_difficulty()
    editor.save()  # shows the problems, in English too
    found["meeting form"] = _korean(editor)
    assert editor.errors["difficulties"].text().startswith("Difficulty 1:")
    measure = MeasureEditor(db, meeting_id=meeting.meeting_id, parent=window)
    qtbot.addWidget(measure)
    measure.save()
    found["measure form"] = _korean(measure)
    organisations = OrganisationsDialog(db, window)
    qtbot.addWidget(organisations)
    found["organisations"] = _korean(organisations)
    left = {screen: texts for screen, texts in found.items() if texts}
    assert left == {}, "\n".join(f"{k}: {v}" for k, v in left.items())


def test_region_and_stage_columns_fit_their_names_in_english(
    qtbot: QtBot, db: Database, english: None
) -> None:
    from coach_app.domain.company import REGIONS, region_label
    from coach_app.domain.roadmap import Stage
    from coach_app.ui.company_model import CompanyListModel
    from coach_app.ui.main_window import MainWindow
    from coach_app.ui.roadmap_editor import RoadmapEditor
    from coach_app.ui.roadmap_model import STAGE

    agency = Latin(db)
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    table = window.table
    metrics = table.fontMetrics()
    widest = max(metrics.horizontalAdvance(region_label(r)) for r in REGIONS)
    assert region_label("경기") == "Gyeonggi" and region_label("경남") == "Gyeongnam"
    assert table.columnWidth(CompanyListModel.REGION) >= widest + 8
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle

    roadmap = RoadmapEditor(db, agency.roadmap, window)
    qtbot.addWidget(roadmap)
    stages = max(roadmap.table.fontMetrics().horizontalAdvance(s.label) for s in Stage)
    assert roadmap.table.columnWidth(STAGE) >= stages + 8


def test_radar_labels_wrap_inside_the_chart(qtbot: QtBot) -> None:
    from PySide6.QtCore import QPointF

    from coach_app.ui.radar import LABEL_WIDTH, RadarChart

    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.resize(300, 260)
    label = "Production management and quality assurance"
    metrics = chart.fontMetrics()
    assert metrics.horizontalAdvance(label) > LABEL_WIDTH  # would have been cut
    for end in (QPointF(2, 130), QPointF(298, 130), QPointF(150, 2), QPointF(150, 258)):
        box = chart.label_box(metrics, end, label)
        assert chart.rect().toRectF().contains(box), (end, box)
        assert box.height() >= 2 * metrics.height()  # wrapped, not elided


def test_the_company_form_offers_regions_and_industries_in_english(
    qtbot: QtBot, db: Database, english: None
) -> None:
    """They were listed in Korean while the company page beside them spoke English."""
    from PySide6.QtWidgets import QComboBox, QLineEdit

    from coach_app.services.companies import get_company
    from coach_app.ui.company_form import CompanyEditor

    editor = CompanyEditor(db, None)
    qtbot.addWidget(editor.dialog)
    assert _korean(editor.dialog) == []
    region, industry = editor.fields["region"], editor.fields["industry"]
    name, brn = editor.fields["name"], editor.fields["brn"]
    assert isinstance(region, QComboBox) and isinstance(industry, QComboBox)
    assert isinstance(name, QLineEdit) and isinstance(brn, QLineEdit)
    name.setText("Hanbit Precision")
    brn.setText("124-81-00998")
    region.setCurrentIndex(region.findText("Gwangju"))
    industry.setCurrentIndex(industry.findText("Machinery"))
    editor.save()
    assert editor.saved_id is not None, editor.validate()
    company = get_company(db, editor.saved_id)
    assert (company.region, company.industry) == ("광주", "기계")  # kept by their names
    again = CompanyEditor(db, editor.saved_id)
    qtbot.addWidget(again.dialog)
    shown = again.fields["industry"]
    assert isinstance(shown, QComboBox) and shown.currentText() == "Machinery"
