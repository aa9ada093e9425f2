"""Correcting a recorded meeting and its measures, as a programme manager does afterwards:
each correction is one transaction, and what later work stands on is never removed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.errors import RuleViolation, ValidationError
from coach_app.domain.meeting import MeasureDraft, MeetingCompany, MeetingDraft
from coach_app.domain.visit import VisitDraft
from coach_app.services.meetings import (
    delete_measure,
    measures_for_company,
    meeting_view,
    record_measure,
    stored_measure,
    stored_meeting,
    update_measure,
    update_meeting,
)
from coach_app.services.people import sign_in
from coach_app.services.visits import follow_up, record_visit, review_visit
from coach_app.store.database import Database
from coach_app.store.models import Difficulty, Measure, Meeting, OutboxEntry, Visit
from tests.services.test_gwangju_meeting import EOK, HELD_ON, RAISED, Scene, _build


@pytest.fixture
def gwangju(db: Database) -> Scene:
    return _build(db)


def _part(draft: MeetingDraft, company: uuid.UUID) -> MeetingCompany:
    return next(p for p in draft.companies if p.company_id == company)


def test_a_reopened_meeting_is_corrected_in_place(gwangju: Scene) -> None:
    db, companies = gwangju.db, gwangju.companies
    draft = stored_meeting(db, gwangju.meeting)
    assert len(draft.companies) == 15 and draft.held_on == HELD_ON
    assert [d.description for d in _part(draft, companies[7]).difficulties] == [RAISED[7][1]]
    draft.held_on, draft.place = dt.date(2019, 4, 23), "광주 시청 소회의실"
    # Company 4's difficulty reworded, company 7's removed, a new one for company 2,
    # company 14 (raised nothing) taken off the list.
    _part(draft, companies[4]).difficulties[0].description = "해외 완성차 바이어 상담 기회 부족"
    seventh = _part(draft, companies[7])
    removed = seventh.stored[0]
    seventh.difficulties, seventh.stored = [], []
    _part(draft, companies[2]).difficulties.append(DifficultyDraft("manpower", "용접 인력 부족"))
    draft.companies = [p for p in draft.companies if p.company_id != companies[14]]
    update_meeting(db, gwangju.meeting, draft)

    view = meeting_view(db, gwangju.meeting)
    assert (view.held_on, view.place, len(view.companies)) == (
        dt.date(2019, 4, 23),
        "광주 시청 소회의실",
        14,
    )
    # The links of the attendees typed back as text are kept.
    assert "시장 광주광역시장 (광주광역시)" in view.attendees
    raised = {c.company_id: [d.description for d in c.difficulties] for c in view.companies}
    assert raised[companies[4]] == ["해외 완성차 바이어 상담 기회 부족"]
    assert raised[companies[7]] == [] and raised[companies[2]] == ["용접 인력 부족"]
    with db.read() as session:
        gone = session.get(Difficulty, removed)
        assert gone is not None and gone.deleted_at is not None
        same = session.get(Difficulty, gwangju.difficulties[4])
        assert same is not None and same.deleted_at is None  # rewritten, not replaced
        dates = set(
            session.scalars(
                select(Visit.visit_date).where(
                    Visit.meeting_id == gwangju.meeting, Visit.deleted_at.is_(None)
                )
            )
        )
        assert dates == {dt.date(2019, 4, 23)}
        left = session.scalars(
            select(Visit)
            .where(Visit.meeting_id == gwangju.meeting, Visit.company_id == companies[14])
            .execution_options(include_deleted=True)  # to see it was deleted
        ).one()
        assert left.deleted_at is not None


def test_a_difficulty_a_measure_answers_is_not_removed(gwangju: Scene) -> None:
    draft = stored_meeting(gwangju.db, gwangju.meeting)
    draft.title = "바뀐 제목"
    first = _part(draft, gwangju.companies[0])
    first.difficulties, first.stored = [], []
    with pytest.raises(RuleViolation) as refused:
        update_meeting(gwangju.db, gwangju.meeting, draft)
    assert "특례보증 확대" in str(refused.value) and "삭제할 수 없습니다" in str(refused.value)
    assert meeting_view(gwangju.db, gwangju.meeting).title == "자동차·뿌리산업 현장 간담회"


def test_a_difficulty_followed_up_later_is_not_removed(gwangju: Scene) -> None:
    db = gwangju.db
    sign_in(db, "leecoach")
    later = record_visit(db, gwangju.companies[7], VisitDraft(dt.date(2019, 6, 3)))
    follow_up(db, gwangju.difficulties[7], "in_progress", at_visit=later)
    sign_in(db, "parkboss")
    draft = stored_meeting(db, gwangju.meeting)
    seventh = _part(draft, gwangju.companies[7])
    seventh.difficulties, seventh.stored = [], []
    with pytest.raises(RuleViolation) as refused:
        update_meeting(db, gwangju.meeting, draft)
    assert "후속 조치" in str(refused.value)
    with db.read() as session:
        kept = session.get(Difficulty, gwangju.difficulties[7])
        assert kept is not None and kept.deleted_at is None


def test_a_correction_failing_halfway_stores_nothing(gwangju: Scene) -> None:
    db = gwangju.db
    draft = stored_meeting(db, gwangju.meeting)
    draft.title, draft.place = "바뀐 제목", "바뀐 장소"
    _part(draft, gwangju.companies[0]).difficulties[0].description = "바뀐 내용"
    # The last company names another company's stored difficulty: refused after the
    # meeting, the visits and the first difficulties were already rewritten.
    last = draft.companies[-1]
    last.difficulties, last.stored = (
        [DifficultyDraft("funding", "남의 애로")],
        [gwangju.difficulties[1]],
    )
    with db.read() as session:
        outbox_before = len(session.scalars(select(OutboxEntry)).all())
    with pytest.raises(ValidationError):
        update_meeting(db, gwangju.meeting, draft)
    with db.read() as session:
        meeting = session.get(Meeting, gwangju.meeting)
        assert meeting is not None and (meeting.title, meeting.place) == (
            "자동차·뿌리산업 현장 간담회",
            "광주 평동산단 비즈니스센터",
        )
        first = session.get(Difficulty, gwangju.difficulties[0])
        assert first is not None and first.description == RAISED[0][1]
        assert len(session.scalars(select(OutboxEntry)).all()) == outbox_before


def test_meetings_are_corrected_by_supervisors_only(gwangju: Scene) -> None:
    sign_in(gwangju.db, "leecoach")
    draft = stored_meeting(gwangju.db, gwangju.meeting)
    with pytest.raises(RuleViolation):
        update_meeting(gwangju.db, gwangju.meeting, draft)


def test_a_measure_is_corrected_and_deleted(gwangju: Scene) -> None:
    db = gwangju.db
    shared = meeting_view(db, gwangju.meeting).measures[0]
    draft = stored_measure(db, shared.id)
    assert (draft.amount, draft.source, draft.status) == (20 * EOK, "local", "decided")
    changed = dataclasses.replace(
        draft,
        amount=25 * EOK,
        source="national",
        status="in_progress",
        due_on=dt.date(2019, 12, 31),
        programme_id=None,
    )
    update_measure(db, shared.id, changed)
    again = meeting_view(db, gwangju.meeting).measures[0]
    assert (again.amount, again.source, again.status, again.due_on, again.programme) == (
        25 * EOK,
        "national",
        "in_progress",
        dt.date(2019, 12, 31),
        "",
    )
    with pytest.raises(ValidationError):  # a bad amount changes nothing
        update_measure(db, shared.id, dataclasses.replace(changed, amount=-1))
    assert meeting_view(db, gwangju.meeting).measures[0].amount == 25 * EOK

    sign_in(db, "leecoach")  # a coach touches no shared measure
    with pytest.raises(RuleViolation):
        update_measure(db, shared.id, changed)
    with pytest.raises(RuleViolation):
        delete_measure(db, shared.id)
    own = record_measure(
        db,
        MeasureDraft(
            "컨설팅", company_id=gwangju.companies[0], difficulty_ids=[gwangju.difficulties[0]]
        ),
    )
    update_measure(db, own, dataclasses.replace(stored_measure(db, own), amount=3_000_000))
    assert [m.amount for m in measures_for_company(db, gwangju.companies[0]) if m.id == own] == [
        3_000_000
    ]
    delete_measure(db, own)
    assert own not in {m.id for m in measures_for_company(db, gwangju.companies[0])}
    with db.read() as session:
        row = session.get(Measure, own)
        assert row is not None and row.deleted_at is not None  # kept, to sync the removal
        pending = session.scalars(
            select(OutboxEntry).where(OutboxEntry.row_id == own).order_by(OutboxEntry.seq)
        ).all()
        assert "deleted_at" in pending[-1].values or pending[-1].op == "delete"


def test_a_meeting_with_a_reviewed_part_is_not_corrected(gwangju: Scene) -> None:
    db = gwangju.db
    part = meeting_view(db, gwangju.meeting).companies[0].visit_id
    review_visit(db, part, today=dt.date(2019, 5, 1))
    draft = stored_meeting(db, gwangju.meeting)
    draft.place = "시청"
    with pytest.raises(RuleViolation) as refused:
        update_meeting(db, gwangju.meeting, draft)
    assert "검토를 마친" in str(refused.value)
    assert meeting_view(db, gwangju.meeting).place == "광주 평동산단 비즈니스센터"
