"""Recording a meeting and correcting it: one transaction each, its companies' visits and
difficulties written with it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach_app.domain.difficulty import DifficultyCategory, draft_of
from coach_app.domain.errors import FieldProblem, RuleViolation, ValidationError, check
from coach_app.domain.meeting import (
    Attendee,
    MeetingCompany,
    MeetingDraft,
)
from coach_app.domain.visit import is_planned
from coach_app.services.lookup import current_user_id, live
from coach_app.services.programmes import require_reviewer
from coach_app.services.visits import meeting_visit_programme, new_difficulty
from coach_app.store.database import Database
from coach_app.store.models import (
    Company,
    Difficulty,
    Measure,
    Meeting,
    Organisation,
    Programme,
    StatusChange,
    Visit,
)
from coach_app.store.queries import visits as visit_queries
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
                programme_id=meeting_visit_programme(
                    session, part.company_id, draft.held_on, draft.programme_id
                ),
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
                    [draft_of(d) for d in rows],
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
        if not is_planned(meeting.held_on) and is_planned(draft.held_on):
            # A meeting that took place with records at its visits stays held (the server
            # refuses the same).
            held_at = session.scalars(select(Visit.id).where(Visit.meeting_id == meeting_id))
            if any(visit_queries.carries_records(session, v) for v in held_at):
                raise RuleViolation(FieldProblem("held_on", "held_not_plan"))
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
                meeting_visit_programme(
                    session, part.company_id, draft.held_on, draft.programme_id
                ),
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
                    row.due_on = typed.due_on
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
