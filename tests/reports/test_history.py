"""A report dated in the past prints each status as it stood that day, with the date it
changed: from the status history, not from the latest change alone."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from sqlalchemy import select

from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.review import ReviewDecision, RoadmapStatus
from coach_app.domain.visit import VisitDraft
from coach_app.reports import content
from coach_app.services import history
from coach_app.services import roadmaps as rm
from coach_app.services.companies import create_company
from coach_app.services.people import UserDraft, create_user, sign_in
from coach_app.services.reports import ReportKind, gather, write_report
from coach_app.services.visits import difficulties_of, follow_up, record_visit
from coach_app.store.database import Database
from coach_app.store.models import Difficulty, RoadmapItem, StatusChange
from coach_app.store.types import utcnow
from tests.reports.test_truth import pdf_text


def _company(db: Database) -> uuid.UUID:
    return create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", region="광주"))


def test_a_reopened_difficulty_reads_as_it_stood_on_each_date(db: Database, tmp_path: Path) -> None:
    company = _company(db)
    record_visit(
        db,
        company,
        VisitDraft(
            dt.date(2019, 4, 22), difficulties=[DifficultyDraft("funding", "운전자금 부족")]
        ),
    )
    resolved_at = record_visit(db, company, VisitDraft(dt.date(2019, 6, 14)))
    reopened_at = record_visit(db, company, VisitDraft(dt.date(2019, 9, 1)))
    (money,) = difficulties_of(db, company)
    follow_up(db, money.id, "resolved", "특례보증 승인", resolved_at, dt.date(2019, 6, 14))
    follow_up(db, money.id, "open", "", reopened_at, dt.date(2019, 9, 1))  # reopened

    seen = {}
    for day in (dt.date(2019, 5, 1), dt.date(2019, 7, 1), dt.date(2019, 10, 1)):
        (facts,) = [d for v in gather(db, company, as_of=day).visits for d in v.difficulties]
        seen[day] = (facts.status, facts.changed_on, facts.resolution, facts.finished)
    assert seen == {
        dt.date(2019, 5, 1): ("접수", dt.date(2019, 4, 22), "", False),
        dt.date(2019, 7, 1): ("해결", dt.date(2019, 6, 14), "특례보증 승인", True),
        dt.date(2019, 10, 1): ("접수", dt.date(2019, 9, 1), "", False),
    }
    # Printed: the July dossier says 해결 (2019-06-14), not the status of today.
    target = tmp_path / "july.pdf"
    content.write_dossier(target, gather(db, company, as_of=dt.date(2019, 7, 1)))
    text = pdf_text(target)
    assert "해결 (2019-06-14)" in text
    assert "접수 (2019-09-01)" not in text and "기록 없음" not in text


def test_a_past_dated_roadmap_prints_the_item_status_of_its_date(
    db: Database, tmp_path: Path
) -> None:
    company = _company(db)
    roadmap = rm.create_roadmap(db, company, "2019 기술사업화 로드맵")
    item = rm.save_item(
        db,
        roadmap,
        rm.ItemDraft(title="시제품 제작", stage="prototype", kpi_name="시제품", kpi_target=3.0),
    )
    rm.move(db, roadmap, RoadmapStatus.SUBMITTED)
    create_user(db, UserDraft("parksup", "박감독", "supervisor", ""))
    sign_in(db, "parksup")
    rm.review(db, roadmap, ReviewDecision.APPROVE)
    sign_in(db, "kimcoach")
    rm.move(db, roadmap, RoadmapStatus.IN_PROGRESS)
    # Recorded with the days they happened (the item was planned when written, today).
    rm.follow_up_item(db, item, "in_progress", 1.0, on=dt.date(2019, 3, 1))
    rm.follow_up_item(db, item, "done", 3.0, on=dt.date(2019, 9, 30))

    def item_on(day: dt.date) -> tuple[str, str, bool]:
        dossier = gather(db, company, as_of=day)
        assert dossier.roadmap is not None
        (facts,) = dossier.roadmap.items
        return facts.status, facts.kpi, facts.finished

    assert item_on(dt.date(2019, 6, 1)) == ("추진 중", "시제품 3 (실적 1)", False)
    assert item_on(dt.date(2019, 10, 1)) == ("완료", "시제품 3 (실적 3)", True)
    # Not yet done in June: still among the next steps then, no longer in October.
    june = gather(db, company, as_of=dt.date(2019, 6, 1))
    assert [s.what for s in june.next_steps] == ["시제품 제작"]
    assert gather(db, company, as_of=dt.date(2019, 10, 1)).next_steps == []
    target = tmp_path / "june.pdf"
    content.write_dossier(target, june)
    text = pdf_text(target)
    assert "추진 중" in text and "완료" not in text


def _backfilled(db: Database, difficulty_id: uuid.UUID | None, item_id: uuid.UUID | None) -> None:
    """As the history migration left a row changed before the history was kept: its present
    status, with no day, and nothing else telling when it changed."""
    with db.transaction() as session:
        for change in session.scalars(select(StatusChange)):
            if change.difficulty_id == difficulty_id or change.roadmap_item_id == item_id:
                change.deleted_at = utcnow()
        if difficulty_id is not None:
            difficulty = session.get(Difficulty, difficulty_id)
            assert difficulty is not None
            difficulty.status, difficulty.resolution = "resolved", "특례보증 승인"
            difficulty.resolved_on, difficulty.followed_up_visit_id = None, None
            history.difficulty_changed(session, difficulty, None, None)
        if item_id is not None:
            item = session.get(RoadmapItem, item_id)
            assert item is not None
            item.status, item.kpi_actual = "done", 3.0
            history.item_changed(session, item, None)


def test_a_status_of_unknown_date_is_printed_as_such(db: Database, tmp_path: Path) -> None:
    """Resolved (and done) some day nobody recorded: a report dated in the past says so
    rather than passing today's status off as that day's, or dating it at the raising."""
    company = _company(db)
    visit = record_visit(
        db,
        company,
        VisitDraft(
            dt.date(2019, 4, 22), difficulties=[DifficultyDraft("funding", "운전자금 부족")]
        ),
    )
    (money,) = difficulties_of(db, company)
    roadmap = rm.create_roadmap(db, company, "2019 기술사업화 로드맵")
    item = rm.save_item(db, roadmap, rm.ItemDraft(title="시제품 제작", stage="prototype"))
    rm.move(db, roadmap, RoadmapStatus.SUBMITTED)
    create_user(db, UserDraft("parksup", "박감독", "supervisor", ""))
    sign_in(db, "parksup")
    rm.review(db, roadmap, ReviewDecision.APPROVE)
    sign_in(db, "kimcoach")
    _backfilled(db, money.id, item)

    day = dt.date(2019, 5, 1)
    (facts,) = [d for v in gather(db, company, as_of=day).visits for d in v.difficulties]
    assert (facts.status, facts.changed_on) == ("해결 (변경일 미상)", None)
    dossier = gather(db, company, as_of=day)
    assert dossier.roadmap is not None
    assert [i.status for i in dossier.roadmap.items] == ["완료 (변경일 미상)"]

    report = tmp_path / "visit.pdf"
    write_report(db, ReportKind.VISIT, visit, report)  # dated the visit's day
    text = " ".join(pdf_text(report).split())
    assert "해결 (변경일 미상)" in text and "해결 (2019-04-22)" not in text
    plan = tmp_path / "roadmap.pdf"
    content.write_roadmap(plan, dossier)
    text = " ".join(pdf_text(plan).split())
    assert "완료 (변경일 미상)" in text
