import dataclasses
import datetime as dt
import uuid
from typing import Any

import pytest
from sqlalchemy import select

from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.errors import RuleViolation, ValidationError
from coach_app.domain.visit import VisitDraft
from coach_app.services.companies import create_company
from coach_app.services.visits import (
    add_difficulty,
    delete_visit,
    difficulties_of,
    follow_up,
    get_visit,
    record_visit,
    update_visit,
    visits_of,
)
from coach_app.store.database import Database
from coach_app.store.models import OutboxEntry, Visit
from coach_app.store.types import utcnow

TODAY = dt.date.today()


@pytest.fixture
def company_id(db: Database) -> uuid.UUID:
    return create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", region="광주"))


def visit(**changes: Any) -> VisitDraft:
    """The visit every test starts from, with the ``changes`` it makes."""
    base = VisitDraft(
        visit_date=TODAY,
        place="기업 현장(공장)",
        attendees="대표 김민준, 생산팀장 박서연",
        purpose="신제품 개발 과제 기획 코칭",
        notes="공정별 병목 구간을 확인함.",
        difficulties=[
            DifficultyDraft(
                "funding",
                "원자재 가격 상승으로 운전자금 부족",
                "high",
                "정책자금 연계",
                "중소기업진흥공단",
            ),
            DifficultyDraft("certification", "CE 인증 취득 절차 및 비용 문의"),
        ],
    )
    return dataclasses.replace(base, **changes)


def test_a_visit_and_its_difficulties_are_saved_together(
    db: Database, company_id: uuid.UUID
) -> None:
    visit_id = record_visit(db, company_id, visit())
    stored = get_visit(db, visit_id)
    assert stored.coach_id == db.actor and stored.attendees.startswith("대표 김민준")
    found = difficulties_of(db, company_id)
    assert [(d.category, d.severity, d.visit_id) for d in found] == [
        ("funding", "high", visit_id),
        ("certification", "medium", visit_id),
    ]
    with db.read() as session:
        ops = session.scalars(select(OutboxEntry.table_name)).all()
    assert ops.count("visits") == 1 and ops.count("difficulties") == 2


def test_one_bad_difficulty_saves_nothing(db: Database, company_id: uuid.UUID) -> None:
    bad = visit(difficulties=[DifficultyDraft("funding", "자금 부족"), DifficultyDraft("", "")])
    with pytest.raises(ValidationError) as caught:
        record_visit(db, company_id, bad)
    assert {p.field for p in caught.value.problems} == {
        "difficulties[1].description",
        "difficulties[1].category",
    }
    assert visits_of(db, company_id) == [] and difficulties_of(db, company_id) == []


def test_a_megabyte_of_notes_with_emoji_and_sql_round_trips(
    db: Database, company_id: uuid.UUID
) -> None:
    unit = '코칭 메모 🏭🔧 \'); DROP TABLE visits; -- "인용" \\n 🚀\n'
    notes = unit * (1_048_576 // len(unit.encode()) + 1)
    assert len(notes.encode()) >= 1_048_576
    visit_id = record_visit(db, company_id, visit(notes=notes, difficulties=[]))
    assert get_visit(db, visit_id).notes == notes


def test_follow_up_at_a_later_visit(db: Database, company_id: uuid.UUID) -> None:
    first = record_visit(db, company_id, visit(visit_date=TODAY - dt.timedelta(days=30)))
    funding = difficulties_of(db, company_id)[0]
    later = record_visit(db, company_id, visit(difficulties=[]))
    follow_up(db, funding.id, "in_progress", at_visit=later)
    assert [d.id for d in difficulties_of(db, company_id, open_only=True)].count(funding.id) == 1
    with pytest.raises(RuleViolation, match="조치 결과: 필수 항목입니다"):
        follow_up(db, funding.id, "resolved", "", at_visit=later)
    follow_up(db, funding.id, "resolved", "정책자금 선정으로 해결", at_visit=later)
    settled = next(d for d in difficulties_of(db, company_id) if d.id == funding.id)
    assert (settled.status, settled.followed_up_visit_id, settled.resolved_on) == (
        "resolved",
        later,
        TODAY,
    )
    assert funding.id not in [d.id for d in difficulties_of(db, company_id, open_only=True)]
    with pytest.raises(RuleViolation):
        follow_up(db, funding.id, "closed", "중복")  # resolved → closed is not a move
    assert get_visit(db, first).visit_date == TODAY - dt.timedelta(days=30)


def test_a_reviewed_visit_is_locked(db: Database, company_id: uuid.UUID) -> None:
    visit_id = record_visit(db, company_id, visit())
    with db.transaction() as session:
        stored = session.get(Visit, visit_id)
        assert stored is not None
        stored.reviewed_at = utcnow()
    with pytest.raises(RuleViolation, match="검토를 마친 방문"):
        update_visit(db, visit_id, visit(notes="고침"))
    with pytest.raises(RuleViolation):
        add_difficulty(db, visit_id, DifficultyDraft("other", "추가"))
    with pytest.raises(RuleViolation):
        delete_visit(db, visit_id)


def test_deleting_a_visit_leaves_tombstones(db: Database, company_id: uuid.UUID) -> None:
    visit_id = record_visit(db, company_id, visit())
    delete_visit(db, visit_id)
    assert visits_of(db, company_id) == [] and difficulties_of(db, company_id) == []
    with db.read() as session:
        ops = session.scalars(select(OutboxEntry.op).where(OutboxEntry.op == "delete")).all()
    assert len(ops) == 3


def test_unknown_company_is_named(db: Database) -> None:
    with pytest.raises(ValidationError, match="기업: 찾을 수 없습니다"):
        record_visit(db, uuid.uuid4(), visit())
