"""Support measures (지원 조치): recorded, moved along, corrected and deleted, and shown with
the names that label them."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from coach_app.domain.errors import FieldProblem, ValidationError, check
from coach_app.domain.meeting import (
    MeasureDraft,
    MeasureStatus,
)
from coach_app.domain.messages import pick
from coach_app.domain.programme import FundSource
from coach_app.services.lookup import current_user_id, live
from coach_app.services.programmes import require_reviewer, source_label
from coach_app.store.database import Database
from coach_app.store.models import (
    Company,
    Difficulty,
    Measure,
    Meeting,
    Organisation,
    Programme,
)
from coach_app.store.types import utcnow


def record_measure(db: Database, draft: MeasureDraft) -> uuid.UUID:
    """Save a measure answering difficulties. A measure with no company (for several
    companies) is the supervisors'; a company's measure answers only its difficulties."""
    check(draft.problems())
    user_id = current_user_id(db)
    with db.transaction() as session:
        if draft.company_id is None:
            require_reviewer(session, user_id, "measure")
        else:
            live(session, Company, draft.company_id, "company")
        if draft.meeting_id is not None:
            live(session, Meeting, draft.meeting_id, "meeting")
        source, status = _checked(session, draft, draft.company_id)
        measure = Measure(
            company_id=draft.company_id,
            meeting_id=draft.meeting_id,
            programme_id=draft.programme_id,
            organisation_id=draft.organisation_id,
            title=draft.title.strip(),
            description=draft.description,
            amount=draft.amount,
            source=source.value if source else None,
            status=status.value,
            decided_on=draft.decided_on,
            due_on=draft.due_on,
            done_on=draft.done_on,
            difficulty_ids=[str(d) for d in draft.difficulty_ids],
        )
        session.add(measure)
        session.flush()
        return measure.id


def _checked(
    session: Session, draft: MeasureDraft, company_id: uuid.UUID | None
) -> tuple[FundSource | None, MeasureStatus]:
    """What a measure refers to exists, and the difficulties it answers are its company's
    (a shared measure, with no company, may answer any); its source and status parsed."""
    for key, model, field in (
        (draft.programme_id, Programme, "programme"),
        (draft.organisation_id, Organisation, "organisation"),
    ):
        if key is not None:
            live(session, model, key, field)
    for difficulty_id in draft.difficulty_ids:
        difficulty = live(session, Difficulty, difficulty_id, "difficulty")
        if company_id is not None and difficulty.company_id != company_id:
            raise ValidationError([FieldProblem("difficulty", "other_company")])
    source = FundSource.parse(draft.source) if draft.source else None
    status = MeasureStatus.parse(draft.status)
    assert status is not None
    return source, status


def follow_up_measure(
    db: Database,
    measure_id: uuid.UUID,
    status: str,
    done_on: dt.date | None = None,
    due_on: dt.date | None = None,
) -> None:
    """Move a measure along (확정, 시행 중, 완료 …); a shared one is the supervisors'."""
    target = MeasureStatus.parse(status)
    if target is None:
        raise ValidationError([FieldProblem("status", "unknown_choice", {"value": status})])
    user_id = current_user_id(db)
    with db.transaction() as session:
        measure = live(session, Measure, measure_id, "measure")
        if measure.company_id is None:
            require_reviewer(session, user_id, "measure")
        draft = MeasureDraft(
            measure.title,
            status=target.value,
            decided_on=measure.decided_on,
            due_on=due_on if due_on is not None else measure.due_on,
            done_on=done_on if target is MeasureStatus.DONE else None,
        )
        check(draft.problems())
        measure.status, measure.due_on, measure.done_on = target.value, draft.due_on, draft.done_on


def stored_measure(db: Database, measure_id: uuid.UUID) -> MeasureDraft:
    """The measure as recorded, as a draft to correct."""
    with db.read() as session:
        m = live(session, Measure, measure_id, "measure")
        return MeasureDraft(
            m.title,
            amount=m.amount,
            source=m.source,
            status=m.status,
            description=m.description,
            company_id=m.company_id,
            meeting_id=m.meeting_id,
            programme_id=m.programme_id,
            organisation_id=m.organisation_id,
            decided_on=m.decided_on,
            due_on=m.due_on,
            done_on=m.done_on,
            difficulty_ids=[uuid.UUID(d) for d in m.difficulty_ids],
        )


def _writable_measure(session: Session, user_id: uuid.UUID, measure_id: uuid.UUID) -> Measure:
    # A shared measure is the supervisors'; a company's, its coaches' too (the server
    # holds them to companies assigned to them).
    measure = live(session, Measure, measure_id, "measure")
    if measure.company_id is None:
        require_reviewer(session, user_id, "measure")
    return measure


def update_measure(db: Database, measure_id: uuid.UUID, draft: MeasureDraft) -> None:
    """Correct a measure: what, how much from where, programme, status, dates and the
    difficulties it answers. Its company and meeting stay what they were."""
    check(draft.problems())
    user_id = current_user_id(db)
    with db.transaction() as session:
        measure = _writable_measure(session, user_id, measure_id)
        source, status = _checked(session, draft, measure.company_id)
        measure.title, measure.description = draft.title.strip(), draft.description
        measure.amount, measure.source = draft.amount, source.value if source else None
        measure.status, measure.programme_id = status.value, draft.programme_id
        measure.organisation_id = draft.organisation_id
        measure.decided_on, measure.due_on, measure.done_on = (
            draft.decided_on,
            draft.due_on,
            draft.done_on,
        )
        measure.difficulty_ids = [str(d) for d in draft.difficulty_ids]


def delete_measure(db: Database, measure_id: uuid.UUID) -> None:
    """Remove a measure (kept as deleted, so the deletion syncs like any change)."""
    user_id = current_user_id(db)
    with db.transaction() as session:
        _writable_measure(session, user_id, measure_id).deleted_at = utcnow()


@dataclass(frozen=True)
class MeasureView:
    id: uuid.UUID
    title: str
    description: str
    amount: int | None
    source: str | None
    source_label: str
    status: str
    status_label: str
    organisation: str
    programme: str
    company_id: uuid.UUID | None
    meeting_id: uuid.UUID | None
    meeting: str
    decided_on: dt.date | None
    due_on: dt.date | None
    done_on: dt.date | None
    answers: tuple[str, ...]  # the difficulties it answers, as "기업: 애로 내용"


def measure_views(
    session: Session, rows: list[Measure], for_company: uuid.UUID | None = None
) -> list[MeasureView]:
    """Measures as reports and summaries print them (names looked up once, deleted rows'
    too: they label the measure). With
    ``for_company`` (a document for that company), other companies' difficulties that a
    shared measure answers are only counted, never named."""
    wanted = {uuid.UUID(d) for m in rows for d in m.difficulty_ids}
    difficulties = {
        d.id: (name, d.description, d.company_id)
        for d, name in session.execute(
            select(Difficulty, Company.name)
            .join(Company, Company.id == Difficulty.company_id)
            .where(Difficulty.id.in_(wanted))
            .execution_options(include_deleted=True)
        ).all()
    }
    names = names_of(session, Organisation, {m.organisation_id for m in rows})
    programmes = names_of(session, Programme, {m.programme_id for m in rows})
    meetings = {
        m.id: m.title
        for m in session.scalars(
            select(Meeting)
            .where(Meeting.id.in_({m.meeting_id for m in rows if m.meeting_id}))
            .execution_options(include_deleted=True)
        )
    }
    views = []
    for m in rows:
        status = MeasureStatus.parse(m.status)
        known = [
            difficulties[uuid.UUID(x)] for x in m.difficulty_ids if uuid.UUID(x) in difficulties
        ]
        shown = [a for a in known if for_company is None or a[2] == for_company]
        others = len({a[2] for a in known} - {for_company}) if for_company else 0
        answers = tuple(f"{name}: {description}" for name, description, _ in shown) + (
            (pick(f"외 {others}개 기업의 애로사항", f"and {others} other companies'"),)
            if others
            else ()
        )
        views.append(
            MeasureView(
                id=m.id,
                title=m.title,
                description=m.description,
                amount=m.amount,
                source=m.source,
                source_label=source_label(m.source),
                status=m.status,
                status_label=status.label if status else m.status,
                organisation=names.get(m.organisation_id, "") if m.organisation_id else "",
                programme=programmes.get(m.programme_id, "") if m.programme_id else "",
                company_id=m.company_id,
                meeting_id=m.meeting_id,
                meeting=meetings.get(m.meeting_id, "") if m.meeting_id else "",
                decided_on=m.decided_on,
                due_on=m.due_on,
                done_on=m.done_on,
                answers=answers,
            )
        )
    return views


def names_of(
    session: Session, model: type[Organisation] | type[Programme], ids: set[uuid.UUID | None]
) -> dict[uuid.UUID, str]:
    keys = {i for i in ids if i is not None}
    if not keys:
        return {}
    # Names label a measure: one of a since-deleted organisation or programme still shows.
    statement = (
        select(model.id, model.name)
        .where(model.id.in_(keys))
        .execution_options(include_deleted=True)
    )
    return {row_id: name for row_id, name in session.execute(statement)}


def company_measures(session: Session, company_id: uuid.UUID) -> list[Measure]:
    """The company's own measures and those answering any of its difficulties."""
    own = set(session.scalars(select(Difficulty.id).where(Difficulty.company_id == company_id)))
    candidates = session.scalars(
        select(Measure)
        .where(
            or_(Measure.company_id == company_id, Measure.company_id.is_(None)),
        )
        .order_by(Measure.decided_on, Measure.created_at)
    )
    return [
        m
        for m in candidates
        if m.company_id == company_id or any(uuid.UUID(d) in own for d in m.difficulty_ids)
    ]


def measures_for_company(db: Database, company_id: uuid.UUID) -> list[MeasureView]:
    with db.read() as session:
        return measure_views(session, company_measures(session, company_id), company_id)
