"""The diagnosis, roadmap and review screens driven as a coach and a supervisor would."""

import datetime as dt
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coach_app.demo import DemoSize, build
from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.review import ReviewDecision, RoadmapStatus
from coach_app.domain.revision import ChangeKind
from coach_app.domain.visit import VisitDraft
from coach_app.services import catalogues
from coach_app.services import roadmaps as rm
from coach_app.services.companies import create_company
from coach_app.services.diagnoses import diagnoses_of
from coach_app.services.people import UserDraft, create_user, sign_in
from coach_app.services.roadmaps import roadmap_rows
from coach_app.services.visits import record_visit
from coach_app.store.database import Database
from coach_app.ui.diagnosis_editor import DiagnosisEditor
from coach_app.ui.diagnosis_model import (
    CURRENT,
    NOT_APPLICABLE,
    TARGET,
    DiagnosisItems,
    LevelDelegate,
)
from coach_app.ui.main_window import MainWindow
from coach_app.ui.roadmap_editor import RoadmapEditor
from coach_app.ui.roadmap_list import RoadmapList
from coach_app.ui.roadmap_model import ACTUAL, STATUS, RoadmapItems
from tests.present import present


@pytest.fixture
def company_id(db: Database) -> uuid.UUID:
    company = create_company(
        db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", region="광주", employees=40)
    )
    record_visit(
        db,
        company,
        VisitDraft(
            dt.date.today(),
            difficulties=[DifficultyDraft("certification", "CE 인증 비용이 부담됨")],
        ),
    )
    create_user(db, UserDraft("parksup", "박감독", "supervisor", ""))
    return company


def _row(model: DiagnosisItems, code: str) -> int:
    return next(i for i, item in enumerate(model.items) if item.code == code)


def _score(editor: DiagnosisEditor, code: str, level: int, column: int = CURRENT) -> None:
    """Choose a level in the cell's combo box, the way the delegate hands it to the model."""
    index = editor.model.index(_row(editor.model, code), column)
    delegate = editor.table.itemDelegateForColumn(column)
    combo = delegate.createEditor(editor.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(level))
    delegate.setModelData(combo, editor.model, index)


def test_scoring_moves_the_radar_and_the_bands(
    qtbot: QtBot, db: Database, company_id: uuid.UUID
) -> None:
    editor = DiagnosisEditor(db, company_id)
    qtbot.addWidget(editor)
    editor.show()
    editor.template.setCurrentIndex(editor.template.findData("rnd|1.0"))
    assert present(editor.checklist()).id == "rnd"
    assert editor.radar.series["current"].values == [None] * 6
    assert "아직 점수가 없습니다" in editor.overall.text()

    _score(editor, "rnd.ip.portfolio", 1)
    _score(editor, "rnd.ip.search", 2)
    ip_row = [present(editor.areas.item(r, 0)).text() for r in range(6)].index("지식재산 관리")
    assert present(editor.areas.item(ip_row, 1)).text() == "1.4"  # weights 1.5 and 1
    assert present(editor.areas.item(ip_row, 3)).text() == "미흡"
    ip_axis = 2
    assert editor.radar.series["current"].values[ip_axis] == pytest.approx(1.4)
    assert editor.radar.series["target"].values[ip_axis] == pytest.approx(2.4)

    _score(editor, "rnd.ip.portfolio", 4)
    _score(editor, "rnd.ip.search", 4, TARGET)  # a chosen target overrides one-up
    assert present(editor.areas.item(ip_row, 3)).text() == "보통"
    assert editor.radar.series["current"].values[ip_axis] == pytest.approx(3.2)
    assert editor.radar.series["target"].values[ip_axis] == pytest.approx((5 * 1.5 + 4) / 2.5)

    # N/A is offered only where the checklist allows it.
    delegate = editor.table.itemDelegateForColumn(CURRENT)
    assert isinstance(delegate, LevelDelegate)
    na_row = _row(editor.model, "rnd.ip.overseas")
    strict_row = _row(editor.model, "rnd.ip.portfolio")
    for row, offered in ((na_row, True), (strict_row, False)):
        combo = delegate.createEditor(
            editor.table.viewport(), QStyleOptionViewItem(), editor.model.index(row, CURRENT)
        )
        assert isinstance(combo, QComboBox)
        assert (combo.findData(NOT_APPLICABLE) >= 0) is offered
    _score(editor, "rnd.ip.overseas", NOT_APPLICABLE)
    assert present(editor.areas.item(ip_row, 1)).text() == "3.2"  # N/A leaves the area untouched

    editor.diagnosed_on.setDate(QDate(2026, 11, 20))
    assert editor.save()
    saved = diagnoses_of(db, company_id)[0]
    assert saved.area_scores["rnd.ip"]["score"] == pytest.approx(3.2)

    # A second diagnosis is compared with the first.
    again = DiagnosisEditor(db, company_id)
    qtbot.addWidget(again)
    again.template.setCurrentIndex(again.template.findData("rnd|1.0"))
    assert "2026-11-20" in again.overall.text()
    _score(again, "rnd.ip.portfolio", 5)
    assert again.radar.series["previous"].values[ip_axis] == pytest.approx(3.2)
    ip_row = [present(again.areas.item(r, 0)).text() for r in range(6)].index("지식재산 관리")
    assert present(again.areas.item(ip_row, 4)).text() == "3.2 (+1.8)"


def test_coach_verified_needs_evidence_and_takes_a_file(
    qtbot: QtBot, db: Database, company_id: uuid.UUID, tmp_path: Path
) -> None:
    editor = DiagnosisEditor(db, company_id)
    qtbot.addWidget(editor)
    editor.template.setCurrentIndex(editor.template.findData("export|1.0"))
    _score(editor, "export.product.certification", 3)
    row = _row(editor.model, "export.product.certification")
    editor.model.setData(editor.model.index(row, 4), "coach_verified")
    assert not editor.save()
    assert "사진이나 문서" in editor.message.text()
    photo = tmp_path / "CE인증서.jpg"
    photo.write_bytes(b"\xff\xd8 certificate")
    editor.attach_file(row, str(photo))
    assert editor.model.index(row, 5).data() == "CE인증서.jpg"
    assert editor.save()


def test_the_models_pass_the_model_tester(
    qtmodeltester: ModelTester, db: Database, company_id: uuid.UUID
) -> None:
    items = DiagnosisItems()
    items.set_checklist(catalogues.shipped_checklists().newest()[0], {})
    qtmodeltester.check(items, force_py=True)
    roadmap_id = rm.create_roadmap(db, company_id, "로드맵")
    rm.save_item(db, roadmap_id, rm.ItemDraft(title="특허", stage="ip"))
    model = RoadmapItems()
    model.set_items(rm.items_of(db, roadmap_id), {}, follow_up=True)
    qtmodeltester.check(model, force_py=True)
    listing = RoadmapList()
    listing.set_rows(roadmap_rows(db))
    qtmodeltester.check(listing, force_py=True)


def test_suggest_submit_review_resubmit_approve_revise(
    qtbot: QtBot, db: Database, company_id: uuid.UUID
) -> None:
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    window.open_company(company_id)
    diagnosis = window.open_diagnosis(company_id, None)
    assert diagnosis is not None
    diagnosis.template.setCurrentIndex(diagnosis.template.findData("rnd|1.0"))
    _score(diagnosis, "rnd.ip.portfolio", 1)
    _score(diagnosis, "rnd.ip.search", 1)
    assert diagnosis.save()
    assert "R&D 역량 진단" in window.company_detail.plan_summary.text()

    # The coach opens the roadmap from the company page: one is created.
    window.company_detail.roadmap_button.click()
    (editor,) = window.findChildren(RoadmapEditor)
    assert editor.isVisible() and editor.roadmap.company_id == company_id
    codes = [p.entry.code for p in editor.proposals]
    assert codes[0] == "ip-bridge" and "certification" in codes
    editor.suggestion_list.setCurrentRow(0)
    assert "지식재산 관리" in editor.why.text()
    editor.buttons["accept"].click()
    assert editor.model.rowCount() == 1
    assert editor.gantt.bars[0].title.startswith("IP 나래")
    assert (
        "✖"
        in editor.suggestion_list.item(
            [p.entry.code for p in editor.proposals].index("ip-bridge")
        ).text()
    )
    editor.buttons["submit"].click()
    assert editor.roadmap.status == RoadmapStatus.SUBMITTED
    assert not editor.buttons["add"].isEnabled()

    # The supervisor sees it in the queue and asks for changes.
    sign_in(db, "parksup")
    window.navigation.setCurrentRow(4)
    page = window.review_page
    page.reload()
    assert page.model.rowCount() == 1
    assert present(page.changes.topLevelItem(0)).text(0).startswith("[신규] IP 나래")
    page.changes_button.click()
    assert "의견" in page.message.text()  # a request for changes must say what
    page.comment.setPlainText("KPI 기준값을 적어 주세요")
    page.changes_button.click()
    assert page.model.rowCount() == 0

    # The coach reads the comment, edits the item and resubmits.
    sign_in(db, "kimcoach")
    editor.reload()
    assert editor.roadmap.status == RoadmapStatus.CHANGES_REQUESTED
    assert "KPI 기준값을 적어 주세요" in present(editor.reviews.item(0)).text()
    assert editor.side.currentIndex() == 1  # the comment is shown first…
    editor.side.setCurrentIndex(0)
    editor.reload()  # …but a reload (as after 로드맵에 추가) leaves 추천 과제 open
    assert editor.side.currentIndex() == 0
    editor.table.selectRow(0)
    item_editor = editor.edit_item(editor._selected())
    assert item_editor is not None
    item_editor.fields["kpi_name"].setText("특허 출원")
    item_editor.fields["kpi_baseline"].setText("0")
    item_editor.fields["kpi_target"].setText("2")
    item_editor.fields["budget_national"].setText("3,000만원")  # over the 2,500만원 cap
    item_editor.save()
    assert "한도" in item_editor.message.text()
    item_editor.fields["budget_national"].setText("2,000만원")
    item_editor.save()
    assert item_editor.result() == item_editor.DialogCode.Accepted
    editor.buttons["submit"].click()

    sign_in(db, "parksup")
    page.reload()
    page.comment.setPlainText("승인합니다")
    page.approve_button.click()
    approved = rm.get_roadmap(db, editor.roadmap_id)
    assert approved.status == RoadmapStatus.APPROVED

    # After approval an edit makes revision 2, and the reviewer sees what changed.
    sign_in(db, "kimcoach")
    editor.reload()
    assert editor.buttons["revise"].isVisible() and not editor.buttons["add"].isEnabled()
    editor.revise()
    assert editor.roadmap.revision == 2 and editor.roadmap.status == RoadmapStatus.DRAFT
    editor.table.selectRow(0)
    item_editor = editor.edit_item(editor._selected())
    assert item_editor is not None
    item_editor.ends_on.setDate(item_editor.ends_on.date().addMonths(2))
    item_editor.save()
    editor.buttons["submit"].click()
    sign_in(db, "parksup")
    page.reload()
    node = present(page.changes.topLevelItem(0))
    assert node.text(0).startswith(f"[{ChangeKind.CHANGED.label}]")
    assert present(node.child(0)).text(0) == "종료일"
    assert present(node.child(0)).text(1) != present(node.child(0)).text(2)
    assert rm.get_roadmap(db, approved.id).status == RoadmapStatus.APPROVED  # revision 1 kept


def test_follow_up_edits_status_and_actual_on_an_approved_revision(
    qtbot: QtBot, db: Database, company_id: uuid.UUID
) -> None:
    roadmap_id = rm.create_roadmap(db, company_id, "로드맵")
    rm.save_item(
        db, roadmap_id, rm.ItemDraft(title="특허", stage="ip", kpi_name="출원", kpi_target=2.0)
    )
    rm.move(db, roadmap_id, RoadmapStatus.SUBMITTED)
    sign_in(db, "parksup")
    rm.review(db, roadmap_id, ReviewDecision.APPROVE)
    sign_in(db, "kimcoach")
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    editor = window.open_roadmap(roadmap_id)
    assert editor.model.flags(editor.model.index(0, STATUS)) & Qt.ItemFlag.ItemIsEditable
    editor.model.setData(editor.model.index(0, ACTUAL), "2")
    qtbot.waitUntil(lambda: rm.items_of(db, roadmap_id)[0].kpi_actual == 2.0)
    editor.model.setData(editor.model.index(0, STATUS), "done")
    qtbot.waitUntil(lambda: rm.items_of(db, roadmap_id)[0].status == "done")
    window.open_company(company_id)
    assert "완료 1" in window.company_detail.plan_summary.text()
    assert "KPI 달성 1/1" in window.company_detail.plan_summary.text()


def test_a_broken_template_is_reported_and_the_rest_still_work(
    qtbot: QtBot,
    db: Database,
    company_id: uuid.UUID,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "checklists"
    folder.mkdir()
    shipped = Path(catalogues.__file__).parents[2] / "resources" / "checklists"
    for path in shipped.glob("*.toml"):
        (folder / path.name).write_text(path.read_text("utf-8"), "utf-8")
    broken = (
        (folder / "export_readiness.toml")
        .read_text("utf-8")
        .replace("weight = 1.5", "weight = -1", 1)
    )
    (folder / "export_readiness.toml").write_text(broken, "utf-8")
    templates = catalogues.load_checklists(folder)
    monkeypatch.setattr(catalogues, "shipped_checklists", lambda: templates)
    monkeypatch.setattr("coach_app.ui.diagnosis_editor.shipped_checklists", lambda: templates)
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.data_file_warning is not None)
    assert window.data_file_warning is not None
    text = window.data_file_warning.text()
    assert "export_readiness.toml" in text and "weight" in text
    editor = window.open_diagnosis(company_id, None)
    assert editor is not None
    offered = [editor.template.itemData(i) for i in range(editor.template.count())]
    assert offered == ["rnd|1.0", "smart_factory|2.0", "trl|1.0"]


def test_demo_roadmaps_open_in_every_state(qtbot: QtBot, tmp_path: Path) -> None:
    demo = Database.open(tmp_path / "demo.sqlite3")
    build(demo, DemoSize(companies=60, visits_per_company=3))
    window = MainWindow(demo, auto_sync=False)
    qtbot.addWidget(window)
    window.navigation.setCurrentRow(3)
    rows = window.roadmap_page.model.rows
    assert {r.status for r in rows} == {s.value for s in RoadmapStatus}
    for status in RoadmapStatus:
        row = next(r for r in rows if r.status == status.value)
        editor = window.open_roadmap(row.id)
        qtbot.addWidget(editor)
        assert editor.model.rowCount() == row.items
        assert rm.schedule_problems(editor.items) == {}
        editor.close()
    demo.close()
