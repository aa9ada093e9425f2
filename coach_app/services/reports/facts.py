"""The facts of PDF reports, gathered from the database for ``coach_app.reports``."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach_app.domain.benchmark import group_text, standing_text
from coach_app.domain.company import Designation, region_label
from coach_app.domain.datafile import shown
from coach_app.domain.difficulty import FINISHED, DifficultyCategory, DifficultyStatus, Severity
from coach_app.domain.meeting import MeasureStatus
from coach_app.domain.messages import pick
from coach_app.domain.review import FROZEN, ReviewDecision, RoadmapStatus
from coach_app.domain.roadmap import ItemStatus, Stage
from coach_app.domain.scoring import HIGHEST, AreaScore, Evidence, band, default_target
from coach_app.domain.visit import is_planned
from coach_app.reports.facts import (
    AreaFacts,
    CompanyFacts,
    DiagnosisFacts,
    DifficultyFacts,
    Dossier,
    MeasureFacts,
    MeetingCompanyFacts,
    MeetingFacts,
    NextStepFacts,
    PlannedVisit,
    ReviewFacts,
    RoadmapFacts,
    RoadmapItemFacts,
    ScoredItemFacts,
    VisitFacts,
)
from coach_app.services.attachments import files_of
from coach_app.services.benchmark import benchmark_of
from coach_app.services.catalogues import shipped_checklists
from coach_app.services.diagnoses import draft_of, previous_of, stored_areas
from coach_app.services.history import changes_of, label_on, status_on, undated
from coach_app.services.lookup import contact_of, live
from coach_app.services.meetings import company_measures, measure_views, read_meeting
from coach_app.services.signatures import signature_facts
from coach_app.store.database import Database
from coach_app.store.models import (
    Assignment,
    Attachment,
    Company,
    Diagnosis,
    Difficulty,
    Measure,
    Meeting,
    Organisation,
    Programme,
    Review,
    Roadmap,
    RoadmapItem,
    StatusChange,
    User,
    Visit,
)

# At most this many of a visit's photos go into its report.
PHOTOS_PER_VISIT = 4


def gather(
    db: Database,
    company_id: uuid.UUID,
    visits: bool = True,
    plans: bool = True,
    roadmap: Roadmap | None = None,
    names: dict[uuid.UUID, str] | None = None,
    as_of: dt.date | None = None,
    programme_id: uuid.UUID | None = None,
    draft: bool = False,
) -> Dossier:
    """The facts of a company's reports, as of ``as_of`` (default today): without
    ``visits`` or ``plans`` (latest diagnosis and roadmap) when the report does not show
    them. ``roadmap`` picks a revision; else the newest approved one, or with ``draft``
    the newest one whatever its state. ``programme_id`` names the programme (else the
    company's assignment on the ``as_of`` date)."""
    names = names if names is not None else user_names(db)
    day = as_of or dt.date.today()
    plan_note = ""
    with db.read() as session:
        company = live(session, Company, company_id, "company")
        assignments = list(
            session.scalars(
                select(Assignment)
                .where(Assignment.company_id == company_id)
                .order_by(Assignment.starts_on.desc())
            )
        )
        assignment = _assignment_on(assignments, day, programme_id)
        chosen = programme_id or (assignment.programme_id if assignment else None)
        programme = session.get(Programme, chosen) if chosen else None
        difficulties = list(
            session.scalars(
                select(Difficulty)
                .where(Difficulty.company_id == company_id)
                .order_by(Difficulty.created_at)
            )
        )
        history = changes_of(session, difficulty_ids=[d.id for d in difficulties])
        visit_rows = list(
            session.scalars(
                select(Visit)
                .where(Visit.company_id == company_id)
                .order_by(Visit.visit_date.desc())
            )
        )
        pictures: dict[uuid.UUID, list[Attachment]] = {}
        if visits:
            for picture in session.scalars(
                select(Attachment)
                .where(
                    Attachment.company_id == company_id,
                    Attachment.visit_id.is_not(None),
                    Attachment.kind == "photo",
                )
                .order_by(Attachment.created_at)
            ):
                assert picture.visit_id is not None
                pictures.setdefault(picture.visit_id, []).append(picture)
        latest = None
        if plans:
            latest = session.scalars(
                select(Diagnosis)
                .where(
                    Diagnosis.company_id == company_id,
                    Diagnosis.diagnosed_on <= day,
                )
                .order_by(Diagnosis.diagnosed_on.desc(), Diagnosis.created_at.desc())
            ).first()
        if roadmap is None and plans:
            revisions = list(
                session.scalars(
                    select(Roadmap)
                    .where(Roadmap.company_id == company_id)
                    .order_by(Roadmap.revision.desc(), Roadmap.created_at.desc())
                )
            )
            approved = [r for r in revisions if RoadmapStatus(r.status) in FROZEN]
            roadmap = revisions[0] if draft and revisions else (approved[0] if approved else None)
            if roadmap is None and revisions:
                plan_note = pick(
                    f"승인된 로드맵이 없습니다 (작성 중인 {revisions[0].revision}차는 승인 후 "
                    "보고서에 들어갑니다).",
                    f"No approved roadmap yet (revision {revisions[0].revision} is in "
                    "preparation and is printed once approved).",
                )
    dates = {v.id: v.visit_date for v in visit_rows}
    by_visit: dict[uuid.UUID, list[DifficultyFacts]] = {}
    followed: dict[uuid.UUID, list[DifficultyFacts]] = {}
    still_open: list[DifficultyFacts] = []
    for difficulty in difficulties:
        changes = history.get(difficulty.id, [])
        facts = _difficulty(difficulty, dates, day, changes)
        if facts is None:  # raised after the report's date
            continue
        by_visit.setdefault(difficulty.visit_id, []).append(facts)
        known = status_on(changes, day)
        at = known.visit_id if known is not None else difficulty.followed_up_visit_id
        if at and at != difficulty.visit_id and facts.changed_on and facts.changed_on <= day:
            followed.setdefault(at, []).append(facts)
        if not facts.finished:
            still_open.append(facts)
    coach = names.get(assignment.coach_id, "") if assignment else ""
    with db.read() as session:
        coach_row = session.get(User, assignment.coach_id) if assignment else None
        contact = contact_of(coach_row)
        organisation = (
            session.get(Organisation, programme.organisation_id)
            if programme and programme.organisation_id
            else None
        )
        meetings = _meeting_titles(session, {v.meeting_id for v in visit_rows})
        measures = [
            m
            for m in _measures(session, company_measures(session, company_id), company_id)
            if m.decided_on is None or m.decided_on <= day
        ]
        steps = _next_steps(session, company_id, day, roadmap, measures)
    return Dossier(
        agency=(
            programme.agency if programme and programme.agency else pick("코칭 기관", "Agency")
        ),
        company=CompanyFacts(
            name=company.name,
            brn=company.brn,
            ceo=company.ceo,
            region=region_label(company.region) if company.region else "",
            industry=company.industry,
            address=company.address,
            employees=company.employees,
            revenue=company.revenue,
            designation=Designation(company.designation).label if company.designation else "",
            coach=coach,
            programme=f"{programme.year} {programme.name}" if programme else "",
            coach_contact=contact,
        ),
        visits=[
            VisitFacts(
                v.visit_date,
                v.place,
                v.attendees,
                v.purpose,
                v.notes,
                names.get(v.coach_id, ""),
                by_visit.get(v.id, []),
                images,
                follow_ups=followed.get(v.id, []),
                captions=captions,
                meeting=meetings.get(v.meeting_id, "") if v.meeting_id else "",
            )
            for v in visit_rows
            if v.visit_date <= day
            for images, captions in [_photos(db, pictures.get(v.id, []))]
        ]
        if visits
        else [],
        open_difficulties=still_open,
        diagnoses=[diagnosis_facts(db, latest, names)] if latest is not None else [],
        roadmap=_roadmap(db, roadmap, names, day) if roadmap is not None else None,
        as_of=day,
        plan_note=plan_note,
        measures=measures,
        agency_contact=contact_of(organisation),
        next_visit=_planned(visit_rows, day, names),
        next_steps=steps,
    )


def _planned(visits: list[Visit], day: dt.date, names: dict[uuid.UUID, str]) -> PlannedVisit | None:
    """The first visit dated after ``day``: as of the report, the next one planned."""
    ahead = [v for v in visits if is_planned(v.visit_date, day)]
    if not ahead:
        return None
    first = min(ahead, key=lambda v: v.visit_date)
    return PlannedVisit(first.visit_date, first.purpose, names.get(first.coach_id, ""))


def _next_steps(
    session: Session,
    company_id: uuid.UUID,
    day: dt.date,
    roadmap: Roadmap | None,
    measures: list[MeasureFacts],
) -> list[NextStepFacts]:
    """What the company does next, by date: the roadmap items not done (of the revision
    printed, else the newest approved by ``day``) and the measures still under way. An
    item's status has no history, so its present status stands for the report's date."""
    if roadmap is None:
        revisions = session.scalars(
            select(Roadmap)
            .where(Roadmap.company_id == company_id)
            .order_by(Roadmap.revision.desc(), Roadmap.created_at.desc())
        )
        roadmap = next(
            (
                r
                for r in revisions
                if RoadmapStatus(r.status) in FROZEN
                and (r.approved_at is None or r.approved_at.date() <= day)
            ),
            None,
        )
    steps: list[NextStepFacts] = []
    if roadmap is not None:
        plan = pick("로드맵", "roadmap")
        items = list(
            session.scalars(select(RoadmapItem).where(RoadmapItem.roadmap_id == roadmap.id))
        )
        history = changes_of(session, item_ids=[i.id for i in items])
        steps += [
            NextStepFacts(i.title, i.owner_agency, i.starts_on, i.ends_on, plan)
            for i in items
            if _item_status(i, history.get(i.id, []), day)[0]
            not in (ItemStatus.DONE, ItemStatus.DROPPED)
        ]
    steps += [
        NextStepFacts(m.title, m.organisation, None, m.due_on, pick("지원 조치", "measure"))
        for m in measures
        if not m.finished
    ]
    return sorted(steps, key=lambda s: (s.starts_on or s.due_on or dt.date.max, s.what))


def _meeting_titles(session: Session, ids: set[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    keys = {i for i in ids if i is not None}
    if not keys:
        return {}
    found = session.execute(
        select(Meeting.id, Meeting.title)
        .where(Meeting.id.in_(keys))
        .execution_options(include_deleted=True)  # a title labels what came of the meeting
    )
    return {meeting_id: title for meeting_id, title in found}


def _measures(
    session: Session, rows: list[Measure], for_company: uuid.UUID | None = None
) -> list[MeasureFacts]:
    return [
        MeasureFacts(
            title=m.title,
            amount=m.amount,
            source=m.source_label,
            status=m.status_label,
            organisation=m.organisation,
            programme=m.programme,
            decided_on=m.decided_on,
            due_on=m.due_on,
            answers=list(m.answers),
            description=m.description,
            meeting=m.meeting,
            finished=m.status in (MeasureStatus.DONE, MeasureStatus.DROPPED),
        )
        for m in measure_views(session, rows, for_company)
    ]


def meeting_facts(db: Database, meeting_id: uuid.UUID) -> MeetingFacts:
    """A meeting as its report prints it, as of today: what each company raised there
    with its status now, and every measure taken for the meeting."""
    names = user_names(db)
    with db.read() as session:
        meeting = read_meeting(session, meeting_id)
        row = live(session, Meeting, meeting_id, "meeting")
        recorder = session.get(User, row.created_by) if row.created_by else None
        if recorder is None:
            recorder = session.scalars(
                select(User)
                .join(Visit, Visit.coach_id == User.id)
                .where(Visit.meeting_id == meeting_id)
                .execution_options(include_deleted=True)  # a departed coach still recorded it
            ).first()
        organiser = session.get(Organisation, row.organiser_id) if row.organiser_id else None
        today = dt.date.today()
        # Each company's next visit: the first one dated after today.
        ahead = dict(
            session.execute(
                select(Visit.company_id, Visit)
                .where(
                    Visit.company_id.in_([c.company_id for c in meeting.companies]),
                    Visit.visit_date > today,
                )
                .order_by(Visit.visit_date.desc())
            ).all()
        )
        # Each company's difficulties as they stand today, with the date each last changed.
        rows = list(
            session.scalars(
                select(Difficulty)
                .where(
                    Difficulty.visit_id.in_([c.visit_id for c in meeting.companies]),
                )
                .order_by(Difficulty.created_at)
            )
        )
        dates = dict(
            session.execute(
                select(Visit.id, Visit.visit_date).where(
                    Visit.id.in_(
                        {d.visit_id for d in rows}
                        | {d.followed_up_visit_id for d in rows if d.followed_up_visit_id}
                    )
                )
            ).all()
        )
        history = changes_of(session, difficulty_ids=[d.id for d in rows])
        raised: dict[uuid.UUID, list[DifficultyFacts | None]] = {}
        for d in rows:
            raised.setdefault(d.visit_id, []).append(
                _difficulty(d, dates, today, history.get(d.id, []))
            )
        measures = _measures(
            session,
            list(
                session.scalars(
                    select(Measure)
                    .where(Measure.meeting_id == meeting_id)
                    .order_by(Measure.decided_on, Measure.created_at)
                )
            ),
        )
    return MeetingFacts(
        agency=meeting.organiser or pick("코칭 기관", "Agency"),
        title=meeting.title,
        held_on=meeting.held_on,
        place=meeting.place,
        programme=meeting.programme,
        organiser=meeting.organiser,
        recorded_by=meeting.recorded_by,
        contact=" · ".join(
            x
            for x in (
                recorder.name if recorder else "",
                contact_of(recorder),
                organiser.phone if organiser else "",
            )
            if x
        ),
        attendees=list(meeting.attendees),
        companies=[
            MeetingCompanyFacts(
                c.name,
                [f for f in raised.get(c.visit_id, []) if f is not None],
                _planned([ahead[c.company_id]], today, names) if c.company_id in ahead else None,
            )
            for c in meeting.companies
        ],
        measures=measures,
        notes=meeting.notes,
        as_of=today,
        agency_contact=contact_of(organiser),
        recorder_contact=contact_of(recorder),
    )


def _assignment_on(
    assignments: list[Assignment], day: dt.date, programme_id: uuid.UUID | None
) -> Assignment | None:
    """The assignment for the programme (or the one running on ``day``), newest first;
    else the newest one, when the report is not tied to a date."""
    if programme_id is not None:
        same = [a for a in assignments if a.programme_id == programme_id]
        return same[0] if same else None
    for assignment in assignments:
        if assignment.starts_on <= day and (
            assignment.ends_on is None or assignment.ends_on >= day
        ):
            return assignment
    return None if day < dt.date.today() else (assignments[0] if assignments else None)


def user_names(db: Database) -> dict[uuid.UUID, str]:
    with db.read() as session:
        # Every name, a departed coach's too: they label visits and reviews of the past.
        everyone = select(User).execution_options(include_deleted=True)
        return {u.id: u.name for u in session.scalars(everyone)}


def _changed_on(d: Difficulty, dates: dict[uuid.UUID, dt.date]) -> dt.date | None:
    """When a difficulty took its present status: the day it was resolved or closed,
    else the visit that followed it up, else the visit that raised it. Only the latest
    change is kept in the record, so earlier ones have no date."""
    if DifficultyStatus(d.status) in FINISHED and d.resolved_on is not None:
        return d.resolved_on
    if d.followed_up_visit_id is not None and d.followed_up_visit_id in dates:
        return dates[d.followed_up_visit_id]
    # Open since it was raised; any other status with no record of its day: unknown.
    return dates.get(d.visit_id) if DifficultyStatus(d.status) is DifficultyStatus.OPEN else None


def _difficulty(
    d: Difficulty,
    dates: dict[uuid.UUID, dt.date],
    as_of: dt.date,
    history: list[StatusChange] | None = None,
) -> DifficultyFacts | None:
    """The difficulty as it stood on ``as_of``, from its status history; None when raised
    after that day. Without a history that tells, from its latest change alone."""
    raised = dates.get(d.visit_id)
    if raised is not None and raised > as_of:
        return None
    known = status_on(history or [], as_of)
    status = DifficultyStatus(d.status)
    changed = _changed_on(d, dates)
    if known is not None:
        status = DifficultyStatus(known.status)
        shown, resolution, finished = status.label, known.resolution, status in FINISHED
        changed = known.changed_on
    elif changed is None or changed <= as_of:
        shown, resolution, finished = status.label, d.resolution, status in FINISHED
        if changed is None and status is not DifficultyStatus.OPEN:
            shown = undated(status.label)
    else:
        # Changed after the report's date: before that it was not resolved or closed
        # (those only lead back to 접수), except a reopening, whose earlier state is gone.
        changed = raised
        resolution, finished = "", False
        shown = (
            pick("미해결", "Unresolved")
            if status is not DifficultyStatus.OPEN
            else pick("기록 없음", "not recorded")
        )
    return DifficultyFacts(
        DifficultyCategory(d.category).label,
        d.description,
        Severity(d.severity).label,
        shown,
        d.requested_support,
        d.agency,
        resolution,
        raised,
        changed,
        finished,
    )


def visit_facts(
    db: Database, visit: Visit, names: dict[uuid.UUID, str], photos: bool
) -> VisitFacts:
    """A visit as it stood on its day: the difficulties raised at it and the follow-ups
    recorded at it, with the programme it was made for."""
    with db.read() as session:
        difficulties = list(
            session.scalars(
                select(Difficulty)
                .where(
                    Difficulty.company_id == visit.company_id,
                    (Difficulty.visit_id == visit.id)
                    | (Difficulty.followed_up_visit_id == visit.id)
                    | Difficulty.id.in_(
                        select(StatusChange.difficulty_id).where(
                            StatusChange.visit_id == visit.id,
                        )
                    ),
                )
                .order_by(Difficulty.created_at)
            )
        )
        history = changes_of(session, difficulty_ids=[d.id for d in difficulties])
        raised_at = {d.visit_id for d in difficulties} | {
            d.followed_up_visit_id for d in difficulties if d.followed_up_visit_id
        }
        dates: dict[uuid.UUID, dt.date] = {
            visit_id: day
            for visit_id, day in session.execute(
                select(Visit.id, Visit.visit_date)
                .where(Visit.id.in_(raised_at))
                .execution_options(include_deleted=True)
            )
        }
        dates[visit.id] = visit.visit_date
        programme = session.get(Programme, visit.programme_id) if visit.programme_id else None
        meeting = session.get(Meeting, visit.meeting_id) if visit.meeting_id else None
        contact = contact_of(session.get(User, visit.coach_id))
        pictures = list(
            session.scalars(
                select(Attachment).where(
                    Attachment.visit_id == visit.id,
                    Attachment.kind == "photo",
                )
            )
        )
    images, captions = _photos(db, pictures if photos else [])
    raised = [
        _difficulty(d, dates, visit.visit_date, history.get(d.id, []))
        for d in difficulties
        if d.visit_id == visit.id
    ]
    # A follow-up is shown as recorded at this visit (its latest change made here).
    followed = [
        _difficulty(
            d, dates, _followed_on(d, visit, dates, history.get(d.id, [])), history.get(d.id, [])
        )
        for d in difficulties
        if d.visit_id != visit.id
        and (
            any(c.visit_id == visit.id for c in history.get(d.id, []))
            or (d.followed_up_visit_id == visit.id and not history.get(d.id))
        )
    ]
    return VisitFacts(
        visit.visit_date,
        visit.place,
        visit.attendees,
        visit.purpose,
        visit.notes,
        names.get(visit.coach_id, ""),
        [f for f in raised if f is not None],
        images,
        follow_ups=[f for f in followed if f is not None],
        captions=captions,
        programme=f"{programme.year} {programme.name}" if programme else "",
        meeting=meeting.title if meeting else "",
        coach_contact=contact,
        signature=signature_facts(db, visit.id),
    )


def _followed_on(
    d: Difficulty, visit: Visit, dates: dict[uuid.UUID, dt.date], history: list[StatusChange]
) -> dt.date:
    """The day of the latest change of ``d`` recorded at ``visit`` (not before the visit)."""
    made_here = [c.changed_on for c in history if c.visit_id == visit.id and c.changed_on]
    if made_here:
        return max(made_here)
    return max(visit.visit_date, _changed_on(d, dates) or visit.visit_date)


def _photos(db: Database, pictures: list[Attachment]) -> tuple[list[bytes], list[str]]:
    """The first four photos a report can show (JPEG or PNG, in the file store), with their
    captions (the file name when there is none)."""
    store = files_of(db)
    images: list[bytes] = []
    captions: list[str] = []
    for picture in pictures:
        if len(images) == PHOTOS_PER_VISIT:
            break
        if store.has(picture.content_hash) and picture.mime_type in ("image/jpeg", "image/png"):
            images.append(store.read(picture.content_hash))
            captions.append(picture.caption or picture.filename)
    return images, captions


def diagnosis_facts(
    db: Database, diagnosis: Diagnosis, names: dict[uuid.UUID, str]
) -> DiagnosisFacts:
    checklist = shipped_checklists().find(diagnosis.template_id, diagnosis.template_version)
    top = checklist.top if checklist else HIGHEST
    previous = previous_of(db, diagnosis)
    before = {a.area: a.score for a in stored_areas(previous)} if previous else {}
    peers = benchmark_of(db, diagnosis.id)
    areas = []
    stored = stored_areas(diagnosis, top)
    # Every area of the checklist, scored or not (an unscored one shows as not scored).
    known = {a.area for a in stored}
    for code in [a.code for a in checklist.areas] if checklist else []:
        if code not in known:
            stored.append(AreaScore(code, None, None, 0, top))
    if checklist:
        order = {a.code: n for n, a in enumerate(checklist.areas)}
        stored.sort(key=lambda a: order.get(a.area, len(order)))
    for area in stored:
        level = area.band
        areas.append(
            AreaFacts(
                checklist.area_name(area.area) if checklist else area.area,
                area.score,
                area.target,
                level.value if level else "",
                level.label if level else "",
                before.get(area.area),
                standing_text(peers.areas[area.area]) if area.area in peers.areas else "",
            )
        )
    entries = draft_of(db, diagnosis.id).entries
    items = []
    for item in checklist.items if checklist else []:
        entry = entries.get(item.code)
        if entry is None:
            current = target = pick("미입력", "not scored")
        elif entry.current is None:
            current, target = pick("해당 없음", "N/A"), ""
        else:
            current = str(entry.current)
            target = str(entry.target or default_target(entry.current, top))
        items.append(
            ScoredItemFacts(
                checklist.area_name(item.area) if checklist else item.area,
                shown(item.text),
                current,
                target,
                Evidence(entry.evidence).label if entry else "",
                entry.comment if entry else "",
            )
        )
    overall = diagnosis.overall_score
    return DiagnosisFacts(
        checklist=shown(checklist.name) if checklist else diagnosis.template_id,
        version=diagnosis.template_version,
        diagnosed_on=diagnosis.diagnosed_on,
        coach=names.get(diagnosis.coach_id, ""),
        overall=overall,
        overall_label=band(overall, top).label if overall is not None else "",
        previous_on=previous.diagnosed_on if previous else None,
        areas=areas,
        items=items,
        comment=diagnosis.comment,
        peer_group=group_text(peers),
        standard=checklist.standard.text() if checklist else "",
        top=top,
    )


def _roadmap(
    db: Database, roadmap: Roadmap, names: dict[uuid.UUID, str], day: dt.date | None = None
) -> RoadmapFacts:
    """The revision with its items' statuses and KPI actuals as of ``day`` (default today)."""
    day = day or dt.date.today()
    with db.read() as session:
        items = list(
            session.scalars(
                select(RoadmapItem)
                .where(RoadmapItem.roadmap_id == roadmap.id)
                .order_by(RoadmapItem.phase, RoadmapItem.starts_on, RoadmapItem.position)
            )
        )
        history = changes_of(session, item_ids=[i.id for i in items])
        chain = [roadmap.id]
        revisions = {roadmap.id: roadmap.revision}  # a decision on an earlier one says so
        previous = roadmap.previous_id
        while previous is not None:
            chain.append(previous)
            earlier = session.get(Roadmap, previous)
            previous = earlier.previous_id if earlier else None
            if earlier is not None:
                revisions[earlier.id] = earlier.revision
        reviews = list(
            session.scalars(
                select(Review).where(Review.roadmap_id.in_(chain)).order_by(Review.created_at)
            )
        )
    titles = {str(i.id): i.title for i in items}
    return RoadmapFacts(
        title=roadmap.title,
        revision=roadmap.revision,
        status=RoadmapStatus(roadmap.status).label,
        approved=RoadmapStatus(roadmap.status) in FROZEN,
        coach=names.get(roadmap.coach_id, ""),
        submitted_at=roadmap.submitted_at,
        approved_at=roadmap.approved_at,
        approver=names.get(roadmap.approved_by, "") if roadmap.approved_by else "",
        items=[
            RoadmapItemFacts(
                phase=i.phase,
                stage=Stage(i.stage).label if Stage.parse(i.stage) else i.stage,
                stage_code=i.stage,
                title=i.title,
                starts_on=i.starts_on,
                ends_on=i.ends_on,
                national=i.budget_national,
                local=i.budget_local,
                company=i.budget_company,
                agency=i.owner_agency,
                kpi=_kpi(i, actual),
                status=label_on(
                    ItemStatus(status).label if ItemStatus.parse(status) else status,
                    history.get(i.id, []),
                    day,
                    ItemStatus.PLANNED.value,
                    status,
                ),
                depends_on=", ".join(titles.get(d, "") for d in i.depends_on or []),
                description=i.description,
                finished=status in (ItemStatus.DONE, ItemStatus.DROPPED),
            )
            for i in items
            for status, actual in [_item_status(i, history.get(i.id, []), day)]
        ],
        # Decisions only: a reviewer's comments are internal and never go to the company.
        reviews=[
            ReviewFacts(
                r.created_at,
                names.get(r.reviewer_id, ""),
                _decision(r, roadmap.id, revisions),
                "",
            )
            for r in reviews
            if r.decision != ReviewDecision.COMMENT
        ],
    )


def _decision(review: Review, shown: uuid.UUID, revisions: dict[uuid.UUID, int]) -> str:
    """A review decision; one on an earlier revision names it (a draft is not approved)."""
    label = ReviewDecision(review.decision).label
    if review.roadmap_id == shown or review.roadmap_id not in revisions:
        return label
    number = revisions[review.roadmap_id]
    return f"{label} ({pick(f'{number}차', f'revision {number}')})"


def _item_status(
    item: RoadmapItem, history: list[StatusChange], day: dt.date
) -> tuple[str, float | None]:
    """An item's status and KPI actual on ``day``; its present ones when its history
    cannot tell."""
    known = status_on(history, day)
    if known is None:
        return item.status, item.kpi_actual
    return known.status, known.kpi_actual


def _kpi(item: RoadmapItem, actual: float | None) -> str:
    if not item.kpi_name:
        return ""
    text = item.kpi_name
    if item.kpi_target is not None:
        text += f" {item.kpi_target:g}{item.kpi_unit}"
    if actual is not None:
        text += f" ({pick('실적', 'actual')} {actual:g})"
    return text
