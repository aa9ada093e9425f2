"""Meetings (간담회) with several companies, and the measures (지원 조치) that answer them.

How a meeting is stored is explained in coach_app.domain.meeting: one meeting row, and
for each company an ordinary visit carrying ``meeting_id`` with that company's
difficulties, so everything that reads visits and difficulties keeps working.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from coach_app.domain.difficulty import DifficultyCategory, DifficultyDraft, DifficultyStatus
from coach_app.domain.errors import FieldProblem, RuleViolation, ValidationError, check
from coach_app.domain.meeting import (
    Attendee,
    MeasureDraft,
    MeasureStatus,
    MeetingCompany,
    MeetingDraft,
)
from coach_app.domain.messages import pick
from coach_app.domain.programme import FundSource
from coach_app.services.lookup import current_user_id, live
from coach_app.services.programmes import require_reviewer, source_label
from coach_app.services.visits import new_difficulty
from coach_app.store.database import Database
from coach_app.store.models import (
    Company,
    Difficulty,
    Measure,
    Meeting,
    Organisation,
    Programme,
    StatusChange,
    User,
    Visit,
)
from coach_app.store.types import utcnow


@dataclass(frozen=True)
class RecordedMeeting:
    meeting_id: uuid.UUID
    visits: dict[uuid.UUID, uuid.UUID]  # company → its visit
    difficulties: dict[uuid.UUID, tuple[uuid.UUID, ...]]  # company → difficulties raised


def record_meeting(db: Database, draft: MeetingDraft) -> RecordedMeeting:
    """Save a meeting, each company's visit and the difficulties it raised, all or nothing.

    Meetings are the agency's events: supervisors and administrators record them.
    """
    check(draft.problems())
    assert draft.held_on is not None
    user_id = current_user_id(db)
    with db.transaction() as session:
        require_reviewer(session, user_id, "meeting")
        if draft.programme_id is not None:
            live(session, Programme, draft.programme_id, "programme")
        if draft.organiser_id is not None:
            live(session, Organisation, draft.organiser_id, "organisation")
        meeting = Meeting(
            programme_id=draft.programme_id,
            organiser_id=draft.organiser_id,
            held_on=draft.held_on,
            title=draft.title.strip(),
            place=draft.place,
            notes=draft.notes,
            attendees=[_attendee_json(session, a) for a in draft.attendees],
        )
        session.add(meeting)
        session.flush()
        visits: dict[uuid.UUID, uuid.UUID] = {}
        raised: dict[uuid.UUID, tuple[uuid.UUID, ...]] = {}
        for part in draft.companies:
            live(session, Company, part.company_id, "companies")
            visit = Visit(
                company_id=part.company_id,
                coach_id=user_id,
                programme_id=draft.programme_id,
                meeting_id=meeting.id,
                visit_date=draft.held_on,
                place=draft.place,
                attendees=_attendees_text(draft.attendees, part.company_id),
                purpose=meeting.title,
                notes=part.notes,
            )
            session.add(visit)
            session.flush()
            rows = [
                new_difficulty(session, part.company_id, visit.id, d) for d in part.difficulties
            ]
            session.add_all(rows)
            session.flush()
            visits[part.company_id] = visit.id
            raised[part.company_id] = tuple(r.id for r in rows)
        return RecordedMeeting(meeting.id, visits, raised)


def _attendee_json(session: Session, attendee: Attendee) -> dict[str, Any]:
    if attendee.organisation_id is not None:
        live(session, Organisation, attendee.organisation_id, "organisation")
    if attendee.company_id is not None:
        live(session, Company, attendee.company_id, "company")
    return {
        "name": attendee.name.strip(),
        "position": attendee.position.strip(),
        "organisation_id": str(attendee.organisation_id) if attendee.organisation_id else None,
        "company_id": str(attendee.company_id) if attendee.company_id else None,
    }


def _attendees_text(attendees: list[Attendee], company_id: uuid.UUID) -> str:
    # The company's own visit names its people first; the rest are "외 n명".
    own = [a for a in attendees if a.company_id == company_id]
    others = len(attendees) - len(own)
    names = ", ".join(f"{a.name} {a.position}".strip() for a in own)
    if others:
        names = f"{names} 외 {others}명" if names else f"{others}명"
    return names


def stored_meeting(db: Database, meeting_id: uuid.UUID) -> MeetingDraft:
    """The meeting as recorded, as a draft to correct: each company with its difficulties
    and, in ``stored``, which stored difficulty each one is."""
    with db.read() as session:
        meeting = live(session, Meeting, meeting_id, "meeting")
        visits = session.scalars(
            select(Visit).where(Visit.meeting_id == meeting_id).order_by(Visit.created_at)
        ).all()
        parts = []
        for visit in visits:
            rows = session.scalars(
                select(Difficulty)
                .where(Difficulty.visit_id == visit.id)
                .order_by(Difficulty.created_at)
            ).all()
            parts.append(
                MeetingCompany(
                    visit.company_id,
                    [
                        DifficultyDraft(
                            d.category,
                            d.description,
                            d.severity,
                            d.requested_support,
                            d.agency,
                            d.status,
                            d.resolution,
                        )
                        for d in rows
                    ],
                    visit.notes,
                    [d.id for d in rows],
                )
            )
        return MeetingDraft(
            held_on=meeting.held_on,
            title=meeting.title,
            place=meeting.place,
            notes=meeting.notes,
            programme_id=meeting.programme_id,
            organiser_id=meeting.organiser_id,
            attendees=[
                Attendee(
                    a.get("name", ""),
                    a.get("position", ""),
                    uuid.UUID(a["organisation_id"]) if a.get("organisation_id") else None,
                    uuid.UUID(a["company_id"]) if a.get("company_id") else None,
                )
                for a in meeting.attendees
            ],
            companies=parts,
        )


def update_meeting(db: Database, meeting_id: uuid.UUID, draft: MeetingDraft) -> RecordedMeeting:
    """Correct a recorded meeting in one transaction: the event, the companies (a company
    added gets its visit, one left out loses it) and their difficulties (rewritten, added,
    removed). A difficulty followed up at a later visit or answered by a measure is not
    removed: the whole correction is refused, nothing is changed."""
    check(draft.problems())
    assert draft.held_on is not None
    user_id = current_user_id(db)
    with db.transaction() as session:
        require_reviewer(session, user_id, "meeting")
        meeting = live(session, Meeting, meeting_id, "meeting")
        if draft.programme_id is not None:
            live(session, Programme, draft.programme_id, "programme")
        if draft.organiser_id is not None:
            live(session, Organisation, draft.organiser_id, "organisation")
        # The form types attendees as text: keep the links of the people it still names.
        links = {(a.get("name"), a.get("position")): a for a in meeting.attendees}
        attendees = []
        for a in draft.attendees:
            link = links.get((a.name.strip(), a.position.strip()), {})
            attendees.append(
                Attendee(
                    a.name,
                    a.position,
                    a.organisation_id or _id(link.get("organisation_id")),
                    a.company_id or _id(link.get("company_id")),
                )
            )
        meeting.held_on, meeting.title, meeting.place = (
            draft.held_on,
            draft.title.strip(),
            draft.place,
        )
        meeting.notes, meeting.programme_id = draft.notes, draft.programme_id
        meeting.organiser_id = draft.organiser_id
        meeting.attendees = [_attendee_json(session, a) for a in attendees]
        visits = {
            v.company_id: v
            for v in session.scalars(select(Visit).where(Visit.meeting_id == meeting_id))
        }
        # A company's part reviewed by a supervisor is locked, as every reviewed visit.
        if any(v.reviewed_at is not None for v in visits.values()):
            raise RuleViolation(FieldProblem("meeting", "visit_locked"))
        stored = {
            d.id: d
            for d in session.scalars(
                select(Difficulty).where(
                    Difficulty.visit_id.in_([v.id for v in visits.values()]),
                )
            )
        }
        kept = {k for part in draft.companies for k, _ in part.rows() if k is not None}
        _refuse_removal(session, [d for i, d in stored.items() if i not in kept])
        now = utcnow()
        for old in stored.values():
            if old.id not in kept:
                old.deleted_at = now
        wanted = {part.company_id for part in draft.companies}
        for company_id, gone in visits.items():
            if company_id not in wanted:
                gone.deleted_at = now
        result_visits: dict[uuid.UUID, uuid.UUID] = {}
        raised: dict[uuid.UUID, tuple[uuid.UUID, ...]] = {}
        for part in draft.companies:
            live(session, Company, part.company_id, "companies")
            visit = visits.get(part.company_id)
            if visit is None:
                visit = Visit(
                    company_id=part.company_id,
                    coach_id=user_id,
                    meeting_id=meeting.id,
                    visit_date=draft.held_on,
                )
                session.add(visit)
            visit.programme_id, visit.visit_date, visit.place = (
                draft.programme_id,
                draft.held_on,
                draft.place,
            )
            visit.attendees = _attendees_text(attendees, part.company_id)
            visit.purpose, visit.notes = meeting.title, part.notes
            session.flush()
            ids = []
            for difficulty_id, typed in part.rows():
                if difficulty_id is None:
                    row = new_difficulty(session, part.company_id, visit.id, typed)
                    session.flush()
                else:
                    row = stored.get(difficulty_id) or _missing(difficulty_id)
                    if row.company_id != part.company_id:
                        raise ValidationError([FieldProblem("difficulty", "other_company")])
                    category = DifficultyCategory.parse(typed.category)
                    assert category is not None  # the draft was checked
                    row.category, row.description = category.value, typed.description
                ids.append(row.id)
            result_visits[part.company_id] = visit.id
            raised[part.company_id] = tuple(ids)
        return RecordedMeeting(meeting.id, result_visits, raised)


def _id(text: str | None) -> uuid.UUID | None:
    return uuid.UUID(text) if text else None


def _missing(difficulty_id: uuid.UUID) -> Difficulty:
    raise ValidationError([FieldProblem("difficulty", "not_found", {"value": str(difficulty_id)})])


def _refuse_removal(session: Session, removed: list[Difficulty]) -> None:
    """A difficulty is history once followed up at a later visit or answered by a
    measure: removing it would lose that, so it is refused, naming it."""
    if not removed:
        return
    ids = {d.id for d in removed}
    followed = {
        d.id
        for d in removed
        if d.followed_up_visit_id is not None and d.followed_up_visit_id != d.visit_id
    }
    for difficulty_id, visit_id, own in session.execute(
        select(StatusChange.difficulty_id, StatusChange.visit_id, Difficulty.visit_id)
        .join(Difficulty, Difficulty.id == StatusChange.difficulty_id)
        .where(StatusChange.difficulty_id.in_(ids))
    ):
        if difficulty_id is not None and visit_id is not None and visit_id != own:
            followed.add(difficulty_id)
    for difficulty in removed:
        if difficulty.id in followed:
            raise RuleViolation(
                FieldProblem("difficulty", "has_follow_ups", {"value": _short(difficulty)})
            )
    answered = session.scalars(select(Measure)).all()
    for difficulty in removed:
        for measure in answered:
            if str(difficulty.id) in measure.difficulty_ids:
                raise RuleViolation(
                    FieldProblem(
                        "difficulty",
                        "answered_by_measure",
                        {"value": _short(difficulty), "measure": measure.title},
                    )
                )


def _short(difficulty: Difficulty) -> str:
    text = " ".join(difficulty.description.split())
    return text if len(text) <= 40 else text[:39] + "…"


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
        for key, model, field in (
            (draft.meeting_id, Meeting, "meeting"),
            (draft.programme_id, Programme, "programme"),
            (draft.organisation_id, Organisation, "organisation"),
        ):
            if key is not None:
                live(session, model, key, field)
        for difficulty_id in draft.difficulty_ids:
            difficulty = live(session, Difficulty, difficulty_id, "difficulty")
            if draft.company_id is not None and difficulty.company_id != draft.company_id:
                raise ValidationError([FieldProblem("difficulty", "other_company")])
        source = FundSource.parse(draft.source) if draft.source else None
        status = MeasureStatus.parse(draft.status)
        assert status is not None
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
        for key, model, field in (
            (draft.programme_id, Programme, "programme"),
            (draft.organisation_id, Organisation, "organisation"),
        ):
            if key is not None:
                live(session, model, key, field)
        for difficulty_id in draft.difficulty_ids:
            difficulty = live(session, Difficulty, difficulty_id, "difficulty")
            if measure.company_id is not None and difficulty.company_id != measure.company_id:
                raise ValidationError([FieldProblem("difficulty", "other_company")])
        source = FundSource.parse(draft.source) if draft.source else None
        status = MeasureStatus.parse(draft.status)
        assert status is not None
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
    names = _names(session, Organisation, {m.organisation_id for m in rows})
    programmes = _names(session, Programme, {m.programme_id for m in rows})
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


def _names(
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


@dataclass(frozen=True)
class MeetingDifficulty:
    category: str
    description: str
    status: str
    agency: str
    id: uuid.UUID


@dataclass(frozen=True)
class MeetingCompanyView:
    company_id: uuid.UUID
    name: str
    visit_id: uuid.UUID
    difficulties: tuple[MeetingDifficulty, ...]


@dataclass(frozen=True)
class MeetingView:
    id: uuid.UUID
    title: str
    held_on: dt.date
    place: str
    notes: str
    programme: str
    organiser: str
    recorded_by: str
    attendees: tuple[str, ...]  # "이름 직위 (소속)"
    companies: tuple[MeetingCompanyView, ...]
    measures: tuple[MeasureView, ...]


def meeting_view(db: Database, meeting_id: uuid.UUID) -> MeetingView:
    with db.read() as session:
        return read_meeting(session, meeting_id)


def read_meeting(session: Session, meeting_id: uuid.UUID) -> MeetingView:
    meeting = live(session, Meeting, meeting_id, "meeting")
    parts = session.execute(
        select(Visit, Company.name)
        .join(Company, Company.id == Visit.company_id)
        .where(Visit.meeting_id == meeting_id)
        .order_by(Company.name)
    ).all()
    raised: dict[uuid.UUID, list[Difficulty]] = {}
    for difficulty in session.scalars(
        select(Difficulty)
        .where(Difficulty.visit_id.in_([v.id for v, _ in parts]))
        .order_by(Difficulty.created_at)
    ):
        raised.setdefault(difficulty.visit_id, []).append(difficulty)
    organisations = _names(
        session,
        Organisation,
        {meeting.organiser_id}
        | {uuid.UUID(a["organisation_id"]) for a in meeting.attendees if a.get("organisation_id")},
    )
    companies = {
        str(c.id): c.name
        for c in session.scalars(
            select(Company).where(
                Company.id.in_(
                    [uuid.UUID(a["company_id"]) for a in meeting.attendees if a.get("company_id")]
                )
            )
        )
    }
    programme = session.get(Programme, meeting.programme_id) if meeting.programme_id else None
    recorder = session.get(User, meeting.created_by) if meeting.created_by else None
    if recorder is None and parts:
        recorder = session.get(User, parts[0][0].coach_id)
    measures = session.scalars(
        select(Measure)
        .where(Measure.meeting_id == meeting_id)
        .order_by(Measure.decided_on, Measure.created_at)
    )
    return MeetingView(
        id=meeting.id,
        title=meeting.title,
        held_on=meeting.held_on,
        place=meeting.place,
        notes=meeting.notes,
        programme=programme.name if programme else "",
        organiser=organisations.get(meeting.organiser_id, "") if meeting.organiser_id else "",
        recorded_by=recorder.name if recorder else "",
        attendees=tuple(_attendee_line(a, organisations, companies) for a in meeting.attendees),
        companies=tuple(
            MeetingCompanyView(
                company_id=visit.company_id,
                name=name,
                visit_id=visit.id,
                difficulties=tuple(
                    MeetingDifficulty(
                        _label(DifficultyCategory, d.category),
                        d.description,
                        _label(DifficultyStatus, d.status),
                        d.agency,
                        d.id,
                    )
                    for d in raised.get(visit.id, [])
                ),
            )
            for visit, name in parts
        ),
        measures=tuple(measure_views(session, list(measures))),
    )


def _attendee_line(
    attendee: dict[str, Any], organisations: dict[uuid.UUID, str], companies: dict[str, str]
) -> str:
    text = f"{attendee.get('name', '')} {attendee.get('position', '')}".strip()
    where = ""
    if attendee.get("organisation_id"):
        where = organisations.get(uuid.UUID(attendee["organisation_id"]), "")
    elif attendee.get("company_id"):
        where = companies.get(attendee["company_id"], "")
    return f"{text} ({where})" if where else text


def _label(choice: type[DifficultyCategory] | type[DifficultyStatus], value: str) -> str:
    member = choice.parse(value)
    return member.label if member else value


@dataclass(frozen=True)
class MeetingLine:
    id: uuid.UUID
    held_on: dt.date
    title: str
    companies: int
    place: str = ""
    organiser: str = ""


def meetings(db: Database) -> list[MeetingLine]:
    with db.read() as session:
        rows = session.scalars(select(Meeting).order_by(Meeting.held_on.desc())).all()
        counts: dict[uuid.UUID, set[uuid.UUID]] = {}
        for meeting_id, company_id in session.execute(
            select(Visit.meeting_id, Visit.company_id).where(
                Visit.meeting_id.in_([m.id for m in rows])
            )
        ):
            assert meeting_id is not None
            counts.setdefault(meeting_id, set()).add(company_id)
        hosts = _names(session, Organisation, {m.organiser_id for m in rows})
        return [
            MeetingLine(
                m.id,
                m.held_on,
                m.title,
                len(counts.get(m.id, ())),
                m.place,
                hosts.get(m.organiser_id, "") if m.organiser_id else "",
            )
            for m in rows
        ]


@dataclass(frozen=True)
class Answerable:
    """A difficulty a measure may answer, as the measure form lists it."""

    id: uuid.UUID
    company: str
    category: str
    description: str


def answerable(
    db: Database, company_id: uuid.UUID | None = None, meeting_id: uuid.UUID | None = None
) -> list[Answerable]:
    """The difficulties raised at a meeting, or a company's: what a new measure may answer."""
    with db.read() as session:
        statement = (
            select(Difficulty, Company.name)
            .join(Company, Company.id == Difficulty.company_id)
            .order_by(Company.name, Difficulty.created_at)
        )
        if company_id is not None:
            statement = statement.where(Difficulty.company_id == company_id)
        if meeting_id is not None:
            statement = statement.join(Visit, Visit.id == Difficulty.visit_id).where(
                Visit.meeting_id == meeting_id
            )
        return [
            Answerable(d.id, name, _label(DifficultyCategory, d.category), d.description)
            for d, name in session.execute(statement)
        ]
