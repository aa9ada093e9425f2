"""The diagnosis → roadmap → review path through the services, as coach and supervisor."""

import datetime as dt
import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.errors import RuleViolation, ValidationError
from coach_app.domain.review import ReviewDecision, RoadmapStatus
from coach_app.domain.revision import ChangeKind
from coach_app.domain.roadmap import Budget
from coach_app.domain.scoring import Evidence
from coach_app.domain.visit import VisitDraft
from coach_app.services import roadmaps as rm
from coach_app.services.attachments import add_attachment
from coach_app.services.catalogues import load_checklists, shipped_checklists
from coach_app.services.companies import create_company
from coach_app.services.diagnoses import (
    DiagnosisDraft,
    ItemEntry,
    diagnoses_of,
    draft_of,
    gaps_of,
    previous_of,
    save_diagnosis,
)
from coach_app.services.people import UserDraft, create_user, sign_in
from coach_app.services.visits import record_visit
from coach_app.store.database import Database
from coach_app.store.models import OutboxEntry, Roadmap, RoadmapItem, StatusChange

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def company_id(db: Database) -> uuid.UUID:
    return create_company(
        db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", region="광주", employees=40)
    )


@pytest.fixture
def supervisor(db: Database) -> str:
    create_user(db, UserDraft("parksup", "박감독", "supervisor", ""))
    return "parksup"


def _ip_diagnosis(db: Database, company_id: uuid.UUID, day: dt.date, ip: int) -> uuid.UUID:
    draft = DiagnosisDraft(
        "rnd",
        "1.0",
        day,
        {
            "rnd.ip.portfolio": ItemEntry(ip),
            "rnd.ip.search": ItemEntry(ip),
            "rnd.ip.overseas": ItemEntry(None),
            "rnd.strategy.roadmap": ItemEntry(4),
        },
    )
    return save_diagnosis(db, company_id, draft)


def test_diagnosis_keeps_area_scores_and_compares_with_the_last(
    db: Database, company_id: uuid.UUID
) -> None:
    first = _ip_diagnosis(db, company_id, dt.date(2026, 3, 1), 1)
    second = _ip_diagnosis(db, company_id, dt.date(2026, 9, 1), 3)
    latest, older = diagnoses_of(db, company_id)
    assert latest.id == second and older.id == first
    assert latest.template_version == "1.0"
    assert latest.area_scores["rnd.ip"] == {"score": 3.0, "target": 4.0}
    assert older.area_scores["rnd.ip"]["score"] == 1.0
    assert "rnd.people" not in latest.area_scores  # nothing scored there
    previous = previous_of(db, latest)
    assert previous is not None and previous.id == first
    assert draft_of(db, second).entries["rnd.ip.overseas"].current is None
    gaps = {g.area: g for g in gaps_of(db, company_id)}
    assert gaps["rnd.ip"].score == 3.0  # from the latest diagnosis only


def test_diagnosis_input_is_checked(db: Database, company_id: uuid.UUID, tmp_path: Path) -> None:
    not_na = DiagnosisDraft("rnd", "1.0", TODAY, {"rnd.ip.portfolio": ItemEntry(None)})
    with pytest.raises(ValidationError) as caught:
        save_diagnosis(db, company_id, not_na)
    codes = {p.code for p in caught.value.problems}
    assert codes == {"nothing_scored", "not_applicable"}
    unproven = DiagnosisDraft(
        "rnd",
        "1.0",
        TODAY,
        {"rnd.ip.portfolio": ItemEntry(3, evidence=Evidence.COACH_VERIFIED.value)},
    )
    with pytest.raises(ValidationError, match="증빙"):
        save_diagnosis(db, company_id, unproven)
    photo = tmp_path / "특허증.jpg"
    photo.write_bytes(b"\xff\xd8 certificate")
    unproven.entries["rnd.ip.portfolio"].attachment_id = add_attachment(db, company_id, photo)
    saved = save_diagnosis(db, company_id, unproven)
    assert draft_of(db, saved).entries["rnd.ip.portfolio"].attachment_id is not None
    with pytest.raises(ValidationError, match="찾을 수 없습니다"):
        save_diagnosis(db, company_id, DiagnosisDraft("nope", "9", TODAY, {}))


def test_old_diagnoses_render_after_the_template_changes(
    db: Database, company_id: uuid.UUID, tmp_path: Path
) -> None:
    folder = tmp_path / "checklists"
    shutil.copytree(shipped_checklists_folder(), folder)
    saved = _ip_diagnosis(db, company_id, TODAY, 2)
    newer = (folder / "rnd_capability.toml").read_text("utf-8")
    newer = newer.replace('version = "1.0"', 'version = "2.0"').replace(
        "지식재산 관리", "지식재산 전략"
    )
    (folder / "rnd_v2.toml").write_text(newer, "utf-8")
    (folder / "broken.toml").write_text("id = 'x'\nversion = ", "utf-8")
    templates = load_checklists(folder)
    assert [p.source for p in templates.problems] == ["broken.toml"]
    diagnosis = diagnoses_of(db, company_id)[0]
    used = templates.find(diagnosis.template_id, diagnosis.template_version)
    assert used is not None and used.version == "1.0"
    assert used.area_name("rnd.ip") == "지식재산 관리"
    assert {c.version for c in templates.newest() if c.id == "rnd"} == {"2.0"}
    assert draft_of(db, saved).template_version == "1.0"


def shipped_checklists_folder() -> Path:
    return Path(__file__).parents[2] / "resources" / "checklists"


def test_the_whole_review_cycle(db: Database, company_id: uuid.UUID, supervisor: str) -> None:
    _ip_diagnosis(db, company_id, TODAY, 1)
    record_visit(
        db,
        company_id,
        VisitDraft(
            TODAY,
            difficulties=[DifficultyDraft("certification", "CE 인증 비용이 부담됨")],
        ),
    )
    roadmap_id = rm.create_roadmap(db, company_id, "2027 기술사업화 로드맵")
    with pytest.raises(RuleViolation, match="이미 로드맵"):
        rm.create_roadmap(db, company_id, "또 하나")

    proposals = rm.suggestions(db, roadmap_id, TODAY)
    codes = [p.entry.code for p in proposals]
    assert codes[0] == "ip-bridge" and "certification" in codes
    ip_item = rm.accept(db, roadmap_id, proposals[0], dt.date(2027, 1, 1))
    ip = rm.items_of(db, roadmap_id)[0]
    assert ip.support_programme_code == "ip-bridge" and ip.gap_item_code == "rnd.ip"
    assert (ip.starts_on, ip.ends_on) == (dt.date(2027, 1, 1), dt.date(2027, 10, 31))
    assert ip.budget_national == 25_000_000 and ip.budget_company > 0
    cert = next(p for p in proposals if p.entry.code == "certification")
    cert_item = rm.accept(db, roadmap_id, cert, dt.date(2027, 6, 1))
    assert rm.items_of(db, roadmap_id)[1].difficulty_id is not None
    # Accepted programmes are no longer offered as eligible.
    again = {p.entry.code: p for p in rm.suggestions(db, roadmap_id, TODAY)}
    assert not again["ip-bridge"].eligible

    # Certification waits for the patent: a dependency that starts too early is refused.
    draft = rm.draft_of_item(rm.items_of(db, roadmap_id)[1])
    draft.depends_on = [str(ip_item)]
    rm.save_item(db, roadmap_id, draft, cert_item)
    assert set(rm.schedule_problems(rm.items_of(db, roadmap_id))) == {str(cert_item)}
    with pytest.raises(ValidationError, match="선행 과제"):
        rm.move(db, roadmap_id, RoadmapStatus.SUBMITTED)
    draft.starts_on, draft.ends_on = dt.date(2027, 11, 1), dt.date(2028, 6, 30)
    rm.save_item(db, roadmap_id, draft, cert_item)
    rm.move(db, roadmap_id, RoadmapStatus.SUBMITTED)
    with pytest.raises(RuleViolation, match="검토 중"):
        rm.save_item(db, roadmap_id, draft, cert_item)
    with pytest.raises(RuleViolation):
        rm.review(db, roadmap_id, ReviewDecision.APPROVE)  # a coach never approves

    sign_in(db, supervisor)
    assert [r.id for r in rm.review_queue(db)] == [roadmap_id]
    first_changes = rm.changes_since_approved(db, roadmap_id)
    assert {c.kind for c in first_changes} == {ChangeKind.ADDED}
    with pytest.raises(ValidationError, match="의견"):
        rm.review(db, roadmap_id, ReviewDecision.REQUEST_CHANGES, "  ")
    with pytest.raises(RuleViolation):
        rm.save_item(db, roadmap_id, draft, cert_item)  # supervisors do not edit content
    rm.review(db, roadmap_id, ReviewDecision.REQUEST_CHANGES, "인증 예산 근거를 보완하세요")
    assert rm.review_queue(db) == []

    sign_in(db, "kimcoach")
    draft.budget = Budget(national=30_000_000, company=15_000_000)
    rm.save_item(db, roadmap_id, draft, cert_item)
    rm.move(db, roadmap_id, RoadmapStatus.SUBMITTED)
    sign_in(db, supervisor)
    rm.review(db, roadmap_id, ReviewDecision.APPROVE, "승인합니다")
    approved = rm.get_roadmap(db, roadmap_id)
    assert approved.status == "approved" and approved.approved_at is not None
    assert [r.decision for r in rm.reviews_of(db, roadmap_id)] == ["request_changes", "approve"]

    # Editing after approval starts revision 2; the approved one stays as it was.
    sign_in(db, "kimcoach")
    with pytest.raises(RuleViolation, match="새 차수"):
        rm.save_item(db, roadmap_id, draft, cert_item)
    second = rm.editable_revision(db, roadmap_id)
    assert second != roadmap_id and rm.editable_revision(db, roadmap_id) == second
    revision = rm.get_roadmap(db, second)
    assert (revision.revision, revision.status, revision.previous_id) == (2, "draft", roadmap_id)
    assert rm.changes_since_approved(db, second) == []
    items = {i.title: i for i in rm.items_of(db, second)}
    moved_cert = items[draft.title]
    assert moved_cert.depends_on == [str(items[rm.items_of(db, roadmap_id)[0].title].id)]
    changed = rm.draft_of_item(moved_cert)
    changed.ends_on = dt.date(2028, 9, 30)
    rm.save_item(db, second, changed, moved_cert.id)
    rm.remove_item(db, items[rm.items_of(db, roadmap_id)[0].title].id)
    assert rm.items_of(db, second)[0].depends_on == []  # no dangling predecessor
    changes = rm.changes_since_approved(db, second)
    kinds = {(c.kind, c.title) for c in changes}
    assert (ChangeKind.REMOVED, rm.items_of(db, roadmap_id)[0].title) in kinds
    edited = next(c for c in changes if c.kind is ChangeKind.CHANGED)
    assert {f.field for f in edited.fields} == {"ends_on", "depends_on"}
    assert len(rm.items_of(db, roadmap_id)) == 2  # revision 1 untouched
    assert [r.decision for r in rm.reviews_of(db, second)] == ["request_changes", "approve"]
    progress = rm.progress_of(db, company_id)
    assert progress is not None
    assert progress.revision == 2


def test_follow_up_on_an_approved_revision(
    db: Database, company_id: uuid.UUID, supervisor: str
) -> None:
    roadmap_id = rm.create_roadmap(db, company_id, "로드맵")
    item = rm.save_item(
        db,
        roadmap_id,
        rm.ItemDraft(title="수출바우처", stage="export", kpi_name="수출액", kpi_target=100.0),
    )
    rm.move(db, roadmap_id, RoadmapStatus.SUBMITTED)
    sign_in(db, supervisor)
    rm.review(db, roadmap_id, ReviewDecision.APPROVE)
    sign_in(db, "kimcoach")
    rm.move(db, roadmap_id, RoadmapStatus.IN_PROGRESS)
    rm.follow_up_item(db, item, "done", 120.0)
    progress = rm.progress_of(db, company_id)
    assert progress is not None
    assert (progress.status, progress.by_status, progress.kpis_met) == (
        "in_progress",
        {"done": 1},
        1,
    )
    # Only status and KPI actual travel: what the server lets change on a frozen revision.
    with db.read() as session:
        last = session.scalars(
            select(OutboxEntry)
            .where(OutboxEntry.table_name == "roadmap_items")
            .order_by(OutboxEntry.seq.desc())
        ).first()
        assert last is not None and set(last.values) <= {
            "status",
            "kpi_actual",
            "updated_at",
            "updated_by",
        }
        assert session.get(Roadmap, roadmap_id) is not None
        # ...and the change joins the item's history, in the same transaction.
        changes = session.scalars(
            select(StatusChange)
            .where(StatusChange.roadmap_item_id == item)
            .order_by(StatusChange.created_at)
        ).all()
        assert [(c.status, c.kpi_actual) for c in changes] == [("planned", None), ("done", 120.0)]


def test_budget_over_the_programme_cap_is_refused(db: Database, company_id: uuid.UUID) -> None:
    roadmap_id = rm.create_roadmap(db, company_id, "로드맵")
    draft = rm.ItemDraft(
        title="수출바우처",
        stage="export",
        budget=Budget(national=90_000_000),
        support_programme_code="export-voucher",
    )
    with pytest.raises(ValidationError, match="한도"):
        rm.save_item(db, roadmap_id, draft)
    assert shipped_checklists().problems == []


def test_a_supervisor_may_not_follow_up_an_approved_item(
    db: Database, company_id: uuid.UUID, supervisor: str
) -> None:
    """The server refuses a supervisor's follow-up; the service refuses it first."""
    roadmap_id = rm.create_roadmap(db, company_id, "Plan")
    with db.transaction() as session:
        row = session.get(Roadmap, roadmap_id)
        assert row is not None
        row.status = RoadmapStatus.APPROVED.value
        item = RoadmapItem(roadmap_id=roadmap_id, title="MES", stage="build")
        session.add(item)
        session.flush()
        item_id = item.id
    sign_in(db, supervisor)
    with pytest.raises(RuleViolation):
        rm.follow_up_item(db, item_id, "done", 1.0)
    sign_in(db, "kimcoach")
    rm.follow_up_item(db, item_id, "done", 1.0)
