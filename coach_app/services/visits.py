"""Visits and the difficulties raised and followed up at them."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from coach_app.domain.difficulty import (
    FINISHED,
    DifficultyCategory,
    DifficultyDraft,
    DifficultyStatus,
    Severity,
    check_transition,
    due_problems,
)
from coach_app.domain.errors import FieldProblem, RuleViolation, ValidationError, check
from coach_app.domain.permissions import Action
from coach_app.domain.validate import collect, text_length
from coach_app.domain.visit import (
    ProgrammeOption,
    VisitDraft,
    is_planned,
    latest_held,
    visit_programme,
)
from coach_app.services.attachments import attach, keep_bytes, size_problems
from coach_app.services.history import difficulty_changed
from coach_app.services.lookup import current_user_id, live, organisation_named
from coach_app.services.permissions import may, may_edit_difficulty, my_role
from coach_app.services.records import DifficultyRecord, VisitRecord, record, records
from coach_app.store.database import Database
from coach_app.store.models import Attachment, Company, Difficulty, Programme, Visit
from coach_app.store.queries import visits as queries
from coach_app.store.queries.visits import VisitRow as VisitRow
from coach_app.store.types import utcnow

_VISIT_FIELDS = ("visit_date", "place", "attendees", "purpose", "notes")


def programme_options(
    session: Session, company_id: uuid.UUID, day: dt.date, coach_id: uuid.UUID | None
) -> list[ProgrammeOption]:
    """The programmes a visit on ``day`` may belong to: the coach's open assignments of the
    company; for someone not assigned there (a supervisor recording a visit or a meeting),
    the company's open assignments by any coach."""
    rows = queries.open_programmes(session, company_id, day, coach_id) if coach_id else []
    if not rows:
        rows = queries.open_programmes(session, company_id, day)
    return [ProgrammeOption(*row) for row in rows]


def programmes_for_visit(
    db: Database, company_id: uuid.UUID, day: dt.date, stored: uuid.UUID | None = None
) -> list[ProgrammeOption]:
    """What the visit screen offers as the visit's programme: the open assignments, and
    the programme the visit is ``stored`` under even if its assignment has ended."""
    with db.read() as session:
        options = programme_options(session, company_id, day, db.actor)
        programme = session.get(Programme, stored) if stored is not None else None
        if programme is not None and all(o.id != programme.id for o in options):
            options.append(ProgrammeOption(programme.id, programme.name, programme.year))
        return options


def default_programme(
    session: Session,
    company_id: uuid.UUID,
    day: dt.date,
    coach_id: uuid.UUID | None,
    chosen: uuid.UUID | None,
) -> uuid.UUID | None:
    """The programme the visit is stored under (see ``visit_programme``); a chosen one
    must exist."""
    programme_id, problems = visit_programme(
        programme_options(session, company_id, day, coach_id), chosen
    )
    check(problems)
    if programme_id is not None:
        live(session, Programme, programme_id, "programme")
    return programme_id


def meeting_visit_programme(
    session: Session, company_id: uuid.UUID, day: dt.date, meeting_programme: uuid.UUID | None
) -> uuid.UUID | None:
    """A company's visit at a meeting belongs to the meeting's programme; at a meeting held
    outside any programme, to the company's one open assignment, as any visit. With several
    open the meeting cannot tell which, and the visit stays without one."""
    if meeting_programme is not None:
        return meeting_programme
    programme_id, _several = visit_programme(
        programme_options(session, company_id, day, None), None
    )
    return programme_id


def record_visit(
    db: Database,
    company_id: uuid.UUID,
    draft: VisitDraft,
    programme_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Save a new visit with the difficulties raised at it, all or nothing."""
    check(draft.problems())
    coach_id = current_user_id(db)
    with db.transaction() as session:
        live(session, Company, company_id, "company")
        assert draft.visit_date is not None  # validated
        visit = Visit(
            company_id=company_id,
            coach_id=coach_id,
            programme_id=default_programme(
                session, company_id, draft.visit_date, coach_id, programme_id
            ),
            **{f: getattr(draft, f) for f in _VISIT_FIELDS},
        )
        session.add(visit)
        session.flush()
        for difficulty in draft.difficulties:
            session.add(new_difficulty(session, company_id, visit.id, difficulty))
        return visit.id


@dataclass(frozen=True)
class FollowUpDraft:
    """A new status (and what was done) for a difficulty raised at an earlier visit."""

    difficulty_id: uuid.UUID
    status: str
    resolution: str = ""
    # A new due date agreed at this visit (None: the date stays as it is).
    due_on: dt.date | None = None


@dataclass(frozen=True)
class PhotoDraft:
    """A photo or file to attach to the visit, already read (and downscaled)."""

    name: str
    data: bytes


def save_visit(
    db: Database,
    company_id: uuid.UUID,
    draft: VisitDraft,
    visit_id: uuid.UUID | None = None,
    follow_ups: Sequence[FollowUpDraft] = (),
    photos: Sequence[PhotoDraft] = (),
    programme_id: uuid.UUID | None = None,
    removed_photos: Sequence[uuid.UUID] = (),
) -> uuid.UUID:
    """What the visit screen holds — the visit, the difficulties raised, the follow-ups of
    earlier ones and the photos — stored in one transaction: all of it or nothing.

    Every problem the input shows is reported at once, before anything is written; a
    rule that depends on what is stored (a status move) rolls everything back."""
    problems = draft.problems()
    for index, change in enumerate(follow_ups):
        problems += _follow_up_problems(index, change)
    for index, photo in enumerate(photos):
        problems += size_problems(photo.name, photo.data, f"photos[{index}].file")
    if follow_ups and draft.visit_date is not None and is_planned(draft.visit_date):
        problems.append(FieldProblem("follow_ups[0].status", "planned_no_follow_up"))
    check(problems)
    for index, change in enumerate(follow_ups):
        if change.due_on is not None:
            _refuse_unless_reschedulable(db, change.difficulty_id, f"follow_ups[{index}].due_on")
    coach_id = current_user_id(db) if visit_id is None else None
    # The bytes go first, by content hash: if the transaction then fails they are an
    # unreferenced file that the next save of the same photo reuses, never a half row.
    hashes = [
        keep_bytes(db, photo.name, photo.data, f"photos[{index}].file")
        for index, photo in enumerate(photos)
    ]
    with db.transaction() as session:
        live(session, Company, company_id, "company")
        assert draft.visit_date is not None  # validated
        if visit_id is None:
            programme = default_programme(
                session, company_id, draft.visit_date, coach_id, programme_id
            )
            visit = Visit(company_id=company_id, coach_id=coach_id, programme_id=programme)
            session.add(visit)
        else:
            visit = _editable_visit(session, visit_id)
            if visit.company_id != company_id:
                raise RuleViolation(FieldProblem("visit", "not_found", {"value": str(visit_id)}))
            _stays_held(session, visit, draft)
            # An edit that names no programme keeps the one stored; existing visits stored
            # without one are left as they are until someone saves them again.
            if programme_id is not None or visit.programme_id is None:
                visit.programme_id = default_programme(
                    session, company_id, draft.visit_date, visit.coach_id, programme_id
                )
        for name in _VISIT_FIELDS:
            setattr(visit, name, getattr(draft, name))
        session.flush()
        for difficulty in draft.difficulties:
            session.add(new_difficulty(session, company_id, visit.id, difficulty))
        for index, change in enumerate(follow_ups):
            _apply_follow_up(session, index, change, company_id, visit)
        for photo, content_hash in zip(photos, hashes, strict=True):
            attach(session, company_id, visit.id, photo.name, photo.data, content_hash)
        for attachment_id in removed_photos:
            removed = live(session, Attachment, attachment_id, "file")
            if removed.visit_id != visit.id:
                raise RuleViolation(FieldProblem("file", "deleted"))
            removed.deleted_at = utcnow()
        return visit.id


def _follow_up_problems(index: int, change: FollowUpDraft) -> list[FieldProblem]:
    where = f"follow_ups[{index}]"
    target = DifficultyStatus.parse(change.status)
    if target is None:
        return [FieldProblem(f"{where}.status", "unknown_choice", {"value": change.status})]
    found = collect(text_length(f"{where}.resolution", change.resolution, 5000))
    if target in FINISHED and not change.resolution.strip():
        found.append(FieldProblem(f"{where}.resolution", "required"))
    return found


def _apply_follow_up(
    session: Session, index: int, change: FollowUpDraft, company_id: uuid.UUID, visit: Visit
) -> None:
    difficulty = live(session, Difficulty, change.difficulty_id, f"follow_ups[{index}].difficulty")
    if difficulty.company_id != company_id:
        raise RuleViolation(FieldProblem(f"follow_ups[{index}].difficulty", "deleted"))
    target = DifficultyStatus(change.status)
    try:
        check_transition(DifficultyStatus(difficulty.status), target, change.resolution)
    except RuleViolation as error:
        problem = error.problem
        raise RuleViolation(
            FieldProblem(f"follow_ups[{index}].{problem.field}", problem.code, problem.params)
        ) from error
    # Resolved at this visit, or today for a visit entered ahead of its date.
    resolved_on = min(visit.visit_date, dt.date.today())
    _not_before_raised(session, difficulty, resolved_on, f"follow_ups[{index}].status")
    if change.due_on is not None and change.due_on != difficulty.due_on:
        # Judged by the status it takes now: a date agreed while closing it means nothing.
        _move_due(session, difficulty, target, change.due_on, f"follow_ups[{index}].due_on")
    difficulty.status = target.value
    difficulty.resolution = change.resolution.strip()
    difficulty.followed_up_visit_id = visit.id
    difficulty.resolved_on = resolved_on if target in FINISHED else None
    difficulty_changed(session, difficulty, resolved_on, visit.id)


def update_visit(db: Database, visit_id: uuid.UUID, draft: VisitDraft) -> None:
    """Change a visit's own fields (its difficulties are edited one by one)."""
    check(draft.problems())
    with db.transaction() as session:
        visit = _editable_visit(session, visit_id)
        _stays_held(session, visit, draft)
        for name in _VISIT_FIELDS:
            setattr(visit, name, getattr(draft, name))


def delete_visit(db: Database, visit_id: uuid.UUID) -> None:
    with db.transaction() as session:
        visit = _editable_visit(session, visit_id)
        now = utcnow()
        visit.deleted_at = now
        for difficulty in queries.raised_at(session, visit_id):
            difficulty.deleted_at = now


def add_difficulty(db: Database, visit_id: uuid.UUID, draft: DifficultyDraft) -> uuid.UUID:
    check(draft.problems())
    with db.transaction() as session:
        visit = _editable_visit(session, visit_id)
        check(draft.problems(visit.visit_date))
        if is_planned(visit.visit_date) and DifficultyStatus.parse(draft.status) not in (
            None,
            DifficultyStatus.OPEN,
        ):
            raise RuleViolation(FieldProblem("status", "planned_only_open"))
        difficulty = new_difficulty(session, visit.company_id, visit.id, draft)
        session.add(difficulty)
        session.flush()
        return difficulty.id


def follow_up(
    db: Database,
    difficulty_id: uuid.UUID,
    status: str,
    resolution: str = "",
    at_visit: uuid.UUID | None = None,
    on: dt.date | None = None,
) -> None:
    """Move a difficulty along (in progress, resolved, closed, reopened) at a later visit."""
    target = DifficultyStatus.parse(status)
    if target is None:
        raise ValidationError([FieldProblem("status", "unknown_choice", {"value": status})])
    with db.transaction() as session:
        difficulty = live(session, Difficulty, difficulty_id, "difficulty")
        check_transition(DifficultyStatus(difficulty.status), target, resolution)
        changed_on = on or dt.date.today()
        if at_visit is not None:
            held_on = live(session, Visit, at_visit, "visit").visit_date
            if is_planned(held_on):
                raise RuleViolation(FieldProblem("status", "planned_no_follow_up"))
            changed_on = on or min(held_on, changed_on)
        _not_before_raised(session, difficulty, changed_on, "status")
        difficulty.status = target.value
        difficulty.resolution = resolution.strip()
        difficulty.followed_up_visit_id = at_visit
        difficulty.resolved_on = (on or dt.date.today()) if target in FINISHED else None
        difficulty_changed(session, difficulty, changed_on, at_visit)


def reschedule_difficulty(db: Database, difficulty_id: uuid.UUID, due_on: dt.date | None) -> None:
    """Move an open difficulty's due date (None: back to the severity rule's), as the
    company asked or the coach agreed. Only who may write the difficulty itself does it,
    the coach of the visit that raised it until a supervisor reviews that visit: the
    server refuses anyone else the row. The status history is not touched: the status
    did not change, and the row's own update travels with the next sync."""
    _refuse_unless_reschedulable(db, difficulty_id, "due_on")
    with db.transaction() as session:
        difficulty = live(session, Difficulty, difficulty_id, "difficulty")
        status = DifficultyStatus(difficulty.status)
        if due_on != difficulty.due_on:
            _move_due(session, difficulty, status, due_on, "due_on")


def _move_due(
    session: Session,
    difficulty: Difficulty,
    status: DifficultyStatus,
    due_on: dt.date | None,
    field: str,
) -> None:
    raised = live(session, Visit, difficulty.visit_id, "visit")
    problems = due_problems(status, due_on, raised.visit_date, field)
    if problems:
        raise RuleViolation(problems[0])
    difficulty.due_on = due_on


def _refuse_unless_reschedulable(db: Database, difficulty_id: uuid.UUID, field: str) -> None:
    """Refuse, with the reason, what the server would refuse at the next sync."""
    if may_edit_difficulty(db, difficulty_id):
        return
    with db.read() as session:
        difficulty = live(session, Difficulty, difficulty_id, "difficulty")
        visit = live(session, Visit, difficulty.visit_id, "visit")
        reviewed = visit.reviewed_at is not None
    if reviewed:
        raise RuleViolation(FieldProblem(field, "visit_locked"))
    role = my_role(db)
    raise RuleViolation(
        FieldProblem(field, "not_allowed", {"role": role.label if role is not None else ""})
    )


def visits_of(db: Database, company_id: uuid.UUID) -> list[VisitRecord]:
    """A company's visits, newest first."""
    with db.read() as session:
        return records(VisitRecord, queries.visits_of(session, company_id))


def latest_held_visit(
    db: Database, company_id: uuid.UUID, today: dt.date | None = None
) -> VisitRecord | None:
    """The company's newest visit that has taken place (a planned visit never is)."""
    return latest_held(visits_of(db, company_id), today)


def difficulties_of(
    db: Database, company_id: uuid.UUID, open_only: bool = False
) -> list[DifficultyRecord]:
    with db.read() as session:
        return records(DifficultyRecord, queries.difficulties_of(session, company_id, open_only))


def get_visit(db: Database, visit_id: uuid.UUID) -> VisitRecord:
    with db.read() as session:
        return record(VisitRecord, live(session, Visit, visit_id, "visit"))


def new_difficulty(
    session: Session, company_id: uuid.UUID, visit_id: uuid.UUID, draft: DifficultyDraft
) -> Difficulty:
    """A difficulty row from a validated draft, with its first status recorded at the visit
    (dated that day); its agency, when an organisation of that name exists, is linked to
    it (the text is kept as typed)."""
    # The draft was validated, so every choice parses.
    category = DifficultyCategory.parse(draft.category)
    severity = Severity.parse(draft.severity)
    status = DifficultyStatus.parse(draft.status)
    assert category is not None and severity is not None and status is not None
    difficulty = Difficulty(
        id=uuid.uuid4(),
        company_id=company_id,
        visit_id=visit_id,
        category=category.value,
        description=draft.description,
        severity=severity.value,
        requested_support=draft.requested_support,
        agency=draft.agency,
        organisation_id=organisation_named(session, draft.agency),
        status=status.value,
        resolution=draft.resolution,
        due_on=draft.due_on,
    )
    session.add(difficulty)  # before its first change, which links to it
    visit = session.get(Visit, visit_id)
    difficulty_changed(session, difficulty, visit.visit_date if visit else None, visit_id)
    return difficulty


def review_visit(db: Database, visit_id: uuid.UUID, today: dt.date | None = None) -> None:
    """A supervisor marks a held visit reviewed: from then on nobody edits it, nor its
    difficulties and files (the server enforces the same, and stamps the reviewer)."""
    if not may(db, Action.REVIEW_VISIT, visit_id=visit_id):
        role = my_role(db)
        label = role.label if role is not None else ""
        raise RuleViolation(FieldProblem("visit", "not_allowed", {"role": label}))
    reviewer = current_user_id(db)
    with db.transaction() as session:
        visit = live(session, Visit, visit_id, "visit")
        if visit.reviewed_at is not None:
            raise RuleViolation(FieldProblem("visit", "already_reviewed"))
        if is_planned(visit.visit_date, today or dt.date.today()):
            raise RuleViolation(FieldProblem("visit", "planned_not_reviewable"))
        visit.reviewed_at = utcnow()
        visit.reviewed_by = reviewer


def _stays_held(session: Session, visit: Visit, draft: VisitDraft) -> None:
    """A visit that took place and carries records is not made a plan (the server refuses
    the same); a plan moved into the past is simply held."""
    today = dt.date.today()
    if (
        draft.visit_date is None
        or is_planned(visit.visit_date, today)
        or not is_planned(draft.visit_date, today)
    ):
        return
    if queries.carries_records(session, visit.id):
        raise RuleViolation(FieldProblem("visit_date", "held_not_plan"))


def _not_before_raised(session: Session, difficulty: Difficulty, on: dt.date, field: str) -> None:
    raised = session.get(Visit, difficulty.visit_id)
    if raised is not None and on < raised.visit_date:
        raise RuleViolation(
            FieldProblem(field, "follow_up_before_raised", {"raised": raised.visit_date})
        )


def _editable_visit(session: Session, visit_id: uuid.UUID) -> Visit:
    visit = live(session, Visit, visit_id, "visit")
    if visit.reviewed_at is not None:
        raise RuleViolation(FieldProblem("visit", "visit_locked"))
    return visit


def recent_visits(db: Database, limit: int = 1_000) -> list[VisitRow]:
    """The latest visits on this laptop, newest first, with their company and coach."""
    with db.read() as session:
        return queries.recent_visit_rows(session, limit)
