"""Saving the visit screen: the visit, its new difficulties, follow-ups and photos in one
transaction, so a failed save stores nothing and the fixed save stores everything once."""

from __future__ import annotations

import datetime as dt
import errno
import io
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.errors import CoachError, RuleViolation, ValidationError
from coach_app.domain.visit import VisitDraft
from coach_app.services.companies import create_company
from coach_app.services.visits import (
    FollowUpDraft,
    PhotoDraft,
    difficulties_of,
    follow_up,
    record_visit,
    save_visit,
    visits_of,
)
from coach_app.store.database import Database
from coach_app.store.dump import dump
from coach_app.store.files import MAX_SIZE, FileStore
from coach_app.store.models import OutboxEntry, Visit
from coach_app.store.types import utcnow

TODAY = dt.date.today()
PHOTO = PhotoDraft("생산라인.jpg", b"\xff\xd8\xff" + b"x" * 2000)


@pytest.fixture
def company_id(db: Database) -> uuid.UUID:
    return create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", region="광주"))


@pytest.fixture
def earlier(db: Database, company_id: uuid.UUID) -> uuid.UUID:
    """An open difficulty raised at a visit a month ago."""
    record_visit(
        db,
        company_id,
        VisitDraft(
            TODAY - dt.timedelta(days=30),
            difficulties=[DifficultyDraft("funding", "운전자금 부족", "high")],
        ),
    )
    (difficulty,) = difficulties_of(db, company_id)
    return difficulty.id


def todays_visit(*descriptions: str) -> VisitDraft:
    return VisitDraft(
        TODAY,
        place="기업 현장(공장)",
        notes="공정별 병목 구간을 확인함.",
        difficulties=[DifficultyDraft("certification", d) for d in descriptions],
    )


def snapshot(db: Database) -> tuple[str, int]:
    """Every entity, and the changes waiting to be pushed."""
    out = io.StringIO()
    dump(db, out)
    with db.read() as session:
        pending = session.scalar(select(func.count()).select_from(OutboxEntry)) or 0
    return out.getvalue(), pending


def test_seen_1_a_failed_save_stores_nothing_and_the_fixed_save_stores_once(
    db: Database, company_id: uuid.UUID, earlier: uuid.UUID
) -> None:
    before = snapshot(db)
    draft = todays_visit("CE 인증 취득 절차 문의")
    with pytest.raises(ValidationError) as raised:
        save_visit(db, company_id, draft, follow_ups=[FollowUpDraft(earlier, "resolved", "")])
    assert [p.field for p in raised.value.problems] == ["follow_ups[0].resolution"]
    assert snapshot(db) == before  # not the visit, not the new difficulty

    visit_id = save_visit(
        db,
        company_id,
        draft,
        follow_ups=[FollowUpDraft(earlier, "resolved", "정책자금 선정으로 해결")],
        photos=[PHOTO],
    )
    assert len(visits_of(db, company_id)) == 2
    raised_now = [d for d in difficulties_of(db, company_id) if d.visit_id == visit_id]
    assert [d.description for d in raised_now] == ["CE 인증 취득 절차 문의"]
    settled = next(d for d in difficulties_of(db, company_id) if d.id == earlier)
    assert (settled.status, settled.resolution, settled.followed_up_visit_id) == (
        "resolved",
        "정책자금 선정으로 해결",
        visit_id,
    )


def test_every_problem_of_the_screen_is_reported_at_once(
    db: Database, company_id: uuid.UUID, earlier: uuid.UUID
) -> None:
    draft = todays_visit("")  # a new difficulty without a description
    with pytest.raises(ValidationError) as raised:
        save_visit(
            db,
            company_id,
            draft,
            follow_ups=[FollowUpDraft(earlier, "closed", " ")],
            photos=[PhotoDraft("huge.png", b"0" * (MAX_SIZE + 1))],
        )
    assert {p.field for p in raised.value.problems} == {
        "difficulties[0].description",
        "follow_ups[0].resolution",
        "photos[0].file",
    }


def _reviewed(db: Database, company_id: uuid.UUID) -> uuid.UUID:
    visit_id = record_visit(db, company_id, todays_visit())
    with db.transaction() as session:
        stored = session.get(Visit, visit_id)
        assert stored is not None
        stored.reviewed_at = utcnow()
    return visit_id


def _resolved_then_moved(db: Database, earlier: uuid.UUID) -> FollowUpDraft:
    follow_up(db, earlier, "resolved", "해결")
    return FollowUpDraft(earlier, "in_progress")  # resolved → in progress is not a move


FailingSave = Callable[[Database, uuid.UUID, uuid.UUID, pytest.MonkeyPatch], None]


def _bad_difficulty(db: Database, company: uuid.UUID, earlier: uuid.UUID, _m: object) -> None:
    save_visit(db, company, todays_visit("정상", ""), photos=[PHOTO])


def _follow_up_without_resolution(
    db: Database, company: uuid.UUID, earlier: uuid.UUID, _m: object
) -> None:
    save_visit(db, company, todays_visit("정상"), follow_ups=[FollowUpDraft(earlier, "resolved")])


def _follow_up_refused_by_its_state(
    db: Database, company: uuid.UUID, earlier: uuid.UUID, _m: object
) -> None:
    move = _resolved_then_moved(db, earlier)
    save_visit(db, company, todays_visit("정상"), follow_ups=[move], photos=[PHOTO])


def _follow_up_of_a_deleted_difficulty(
    db: Database, company: uuid.UUID, earlier: uuid.UUID, _m: object
) -> None:
    gone = FollowUpDraft(uuid.uuid4(), "in_progress")
    save_visit(db, company, todays_visit("정상"), follow_ups=[gone], photos=[PHOTO])


def _photo_too_large(db: Database, company: uuid.UUID, earlier: uuid.UUID, _m: object) -> None:
    save_visit(
        db,
        company,
        todays_visit("정상"),
        follow_ups=[FollowUpDraft(earlier, "in_progress")],
        photos=[PHOTO, PhotoDraft("huge.png", b"0" * (MAX_SIZE + 1))],
    )


def _photo_cannot_be_stored(
    db: Database, company: uuid.UUID, earlier: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_put = FileStore.put
    calls: list[bytes] = []

    def disk_full_on_the_second(self: FileStore, data: bytes) -> str:
        calls.append(data)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_put(self, data)

    monkeypatch.setattr(FileStore, "put", disk_full_on_the_second)
    save_visit(
        db,
        company,
        todays_visit("정상"),
        follow_ups=[FollowUpDraft(earlier, "in_progress")],
        photos=[PHOTO, PhotoDraft("두번째.jpg", b"\xff\xd8" + b"y" * 100)],
    )


def _database_fails_mid_transaction(
    db: Database, company: uuid.UUID, earlier: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coach_app.services import visits

    def broken(*_args: object, **_kwargs: object) -> None:
        raise CoachError("디스크가 가득 찼습니다.")

    monkeypatch.setattr(visits, "attach", broken)  # after the visit and difficulties
    save_visit(
        db,
        company,
        todays_visit("정상"),
        follow_ups=[FollowUpDraft(earlier, "in_progress")],
        photos=[PHOTO],
    )


def _reviewed_visit_edited(
    db: Database, company: uuid.UUID, earlier: uuid.UUID, _m: object
) -> None:
    visit_id = _reviewed(db, company)
    save_visit(db, company, todays_visit("추가"), visit_id, photos=[PHOTO])


def _unknown_company(db: Database, company: uuid.UUID, earlier: uuid.UUID, _m: object) -> None:
    save_visit(db, uuid.uuid4(), todays_visit("정상"), photos=[PHOTO])


@pytest.mark.parametrize(
    "failing",
    [
        _bad_difficulty,
        _follow_up_without_resolution,
        _follow_up_refused_by_its_state,
        _follow_up_of_a_deleted_difficulty,
        _photo_too_large,
        _photo_cannot_be_stored,
        _database_fails_mid_transaction,
        _reviewed_visit_edited,
        _unknown_company,
    ],
)
def test_each_failure_of_a_visit_save_leaves_the_database_unchanged(
    db: Database,
    company_id: uuid.UUID,
    earlier: uuid.UUID,
    monkeypatch: pytest.MonkeyPatch,
    failing: FailingSave,
) -> None:
    # What a failing path sets up for itself (a reviewed visit, a resolved difficulty)
    # comes before the save: the snapshot is taken as the save is called.
    snapshots: list[tuple[str, int]] = []
    real_save = save_visit

    def save_after_snapshot(*args: Any, **kwargs: Any) -> uuid.UUID:
        snapshots.append(snapshot(db))
        return real_save(*args, **kwargs)

    monkeypatch.setattr(
        "tests.services.test_visit_save.save_visit", save_after_snapshot, raising=True
    )
    with pytest.raises((ValidationError, RuleViolation, CoachError)):
        failing(db, company_id, earlier, monkeypatch)
    assert snapshots, "the failing path never reached the save"
    assert snapshot(db) == snapshots[-1]
