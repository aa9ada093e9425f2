"""PDF reports: the facts gathered from the database, laid out by ``coach_app.reports``.

A batch runs one process per core; each worker opens the database itself (SQLite in WAL
mode lets them read side by side) and writes its reports, so the caller only sees
progress and may cancel between reports.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import uuid
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from coach_app.domain import brn
from coach_app.domain.company import Designation, region_label
from coach_app.domain.datafile import shown
from coach_app.domain.difficulty import FINISHED, DifficultyCategory, DifficultyStatus, Severity
from coach_app.domain.errors import FieldProblem, ValidationError
from coach_app.domain.messages import current_language, pick, set_language
from coach_app.domain.review import ReviewDecision, RoadmapStatus
from coach_app.domain.roadmap import ItemStatus, Stage
from coach_app.domain.scoring import Evidence, band
from coach_app.reports import content
from coach_app.reports.facts import (
    AreaFacts,
    CompanyFacts,
    DiagnosisFacts,
    DifficultyFacts,
    Dossier,
    ReviewFacts,
    RoadmapFacts,
    RoadmapItemFacts,
    ScoredItemFacts,
    VisitFacts,
)
from coach_app.services.attachments import files_of
from coach_app.services.catalogues import shipped_checklists
from coach_app.services.diagnoses import draft_of, previous_of, stored_areas
from coach_app.services.lookup import live
from coach_app.store.database import Database
from coach_app.store.models import (
    Assignment,
    Attachment,
    Company,
    Diagnosis,
    Difficulty,
    Programme,
    Review,
    Roadmap,
    RoadmapItem,
    User,
    Visit,
)


class ReportKind(StrEnum):
    VISIT = "visit"
    DIAGNOSIS = "diagnosis"
    ROADMAP = "roadmap"
    DOSSIER = "dossier"


def write_report(
    db: Database, kind: ReportKind, entity_id: uuid.UUID, target: Path, font: str | None = None
) -> int:
    """Write one report; ``entity_id`` is the visit, diagnosis, roadmap or company.
    Returns the number of pages."""
    names = _names(db)
    if kind is ReportKind.VISIT:
        with db.read() as session:
            visit = live(session, Visit, entity_id, "visit")
        dossier = gather(db, visit.company_id, visits=False, plans=False, names=names)
        return content.write_visit(target, dossier, _visit(db, visit, names, True), font)
    if kind is ReportKind.DIAGNOSIS:
        with db.read() as session:
            diagnosis = live(session, Diagnosis, entity_id, "diagnosis")
        dossier = gather(db, diagnosis.company_id, visits=False, plans=False, names=names)
        return content.write_diagnosis(target, dossier, _diagnosis(db, diagnosis, names), font)
    if kind is ReportKind.ROADMAP:
        with db.read() as session:
            roadmap = live(session, Roadmap, entity_id, "roadmap")
        dossier = gather(
            db, roadmap.company_id, visits=False, plans=False, roadmap=roadmap, names=names
        )
        return content.write_roadmap(target, dossier, font)
    return content.write_dossier(target, gather(db, entity_id, names=names), font)


def find_entity(db: Database, kind: ReportKind, text: str) -> uuid.UUID:
    """The id typed on the command line; a dossier also takes a 사업자등록번호."""
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        pass
    number = brn.normalize(text.strip())  # stored in this form
    if kind is ReportKind.DOSSIER and number is not None:
        with db.read() as session:
            found = session.scalar(
                select(Company.id).where(Company.brn == number, Company.deleted_at.is_(None))
            )
            if found is not None:
                return found
    field = "company" if kind is ReportKind.DOSSIER else kind.value
    raise ValidationError([FieldProblem(field, "not_found", {"value": text})])


# --- gathering ----------------------------------------------------------------------------


def gather(
    db: Database,
    company_id: uuid.UUID,
    visits: bool = True,
    plans: bool = True,
    roadmap: Roadmap | None = None,
    names: dict[uuid.UUID, str] | None = None,
) -> Dossier:
    """The facts of a company's reports: without ``visits`` or ``plans`` (latest diagnosis
    and newest roadmap) when the report does not show them; ``roadmap`` picks a revision."""
    names = names if names is not None else _names(db)
    with db.read() as session:
        company = live(session, Company, company_id, "company")
        assignment = session.scalars(
            select(Assignment)
            .where(Assignment.company_id == company_id, Assignment.deleted_at.is_(None))
            .order_by(Assignment.starts_on.desc())
        ).first()
        programme = session.get(Programme, assignment.programme_id) if assignment else None
        difficulties = list(
            session.scalars(
                select(Difficulty)
                .where(Difficulty.company_id == company_id, Difficulty.deleted_at.is_(None))
                .order_by(Difficulty.created_at)
            )
        )
        visit_rows = list(
            session.scalars(
                select(Visit)
                .where(Visit.company_id == company_id, Visit.deleted_at.is_(None))
                .order_by(Visit.visit_date.desc())
            )
        )
        latest = None
        if plans:
            latest = session.scalars(
                select(Diagnosis)
                .where(Diagnosis.company_id == company_id, Diagnosis.deleted_at.is_(None))
                .order_by(Diagnosis.diagnosed_on.desc(), Diagnosis.created_at.desc())
            ).first()
        if roadmap is None and plans:
            roadmap = session.scalars(
                select(Roadmap)
                .where(Roadmap.company_id == company_id, Roadmap.deleted_at.is_(None))
                .order_by(Roadmap.revision.desc())
            ).first()
    by_visit: dict[uuid.UUID, list[DifficultyFacts]] = {}
    for difficulty in difficulties:
        by_visit.setdefault(difficulty.visit_id, []).append(_difficulty(difficulty))
    visit_dates = {v.id: v.visit_date for v in visit_rows}
    coach = names.get(assignment.coach_id, "") if assignment else ""
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
            )
            for v in visit_rows
        ]
        if visits
        else [],
        open_difficulties=[
            _difficulty(d, visit_dates.get(d.visit_id))
            for d in difficulties
            if DifficultyStatus(d.status) not in FINISHED
        ],
        diagnoses=[_diagnosis(db, latest, names)] if latest is not None else [],
        roadmap=_roadmap(db, roadmap, names) if roadmap is not None else None,
    )


def _names(db: Database) -> dict[uuid.UUID, str]:
    with db.read() as session:
        return {u.id: u.name for u in session.scalars(select(User))}


def _difficulty(d: Difficulty, raised_on: object = None) -> DifficultyFacts:
    return DifficultyFacts(
        DifficultyCategory(d.category).label,
        d.description,
        Severity(d.severity).label,
        DifficultyStatus(d.status).label,
        d.requested_support,
        d.agency,
        d.resolution,
        raised_on,  # type: ignore[arg-type]
    )


def _visit(db: Database, visit: Visit, names: dict[uuid.UUID, str], photos: bool) -> VisitFacts:
    with db.read() as session:
        difficulties = list(
            session.scalars(
                select(Difficulty).where(
                    Difficulty.visit_id == visit.id, Difficulty.deleted_at.is_(None)
                )
            )
        )
        pictures = list(
            session.scalars(
                select(Attachment).where(
                    Attachment.visit_id == visit.id,
                    Attachment.kind == "photo",
                    Attachment.deleted_at.is_(None),
                )
            )
        )
    store = files_of(db)
    images = []
    for picture in pictures[:4] if photos else []:
        if store.has(picture.content_hash) and picture.mime_type in ("image/jpeg", "image/png"):
            images.append(store.path(picture.content_hash).read_bytes())
    return VisitFacts(
        visit.visit_date,
        visit.place,
        visit.attendees,
        visit.purpose,
        visit.notes,
        names.get(visit.coach_id, ""),
        [_difficulty(d) for d in difficulties],
        images,
    )


def _diagnosis(db: Database, diagnosis: Diagnosis, names: dict[uuid.UUID, str]) -> DiagnosisFacts:
    checklist = shipped_checklists().find(diagnosis.template_id, diagnosis.template_version)
    previous = previous_of(db, diagnosis)
    before = {a.area: a.score for a in stored_areas(previous)} if previous else {}
    areas = []
    for area in stored_areas(diagnosis):
        level = band(area.score) if area.score is not None else None
        areas.append(
            AreaFacts(
                checklist.area_name(area.area) if checklist else area.area,
                area.score,
                area.target,
                level.value if level else "",
                level.label if level else "",
                before.get(area.area),
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
            target = str(entry.target or min(entry.current + 1, 5))
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
        overall_label=band(overall).label if overall is not None else "",
        previous_on=previous.diagnosed_on if previous else None,
        areas=areas,
        items=items,
        comment=diagnosis.comment,
    )


def _roadmap(db: Database, roadmap: Roadmap, names: dict[uuid.UUID, str]) -> RoadmapFacts:
    with db.read() as session:
        items = list(
            session.scalars(
                select(RoadmapItem)
                .where(RoadmapItem.roadmap_id == roadmap.id, RoadmapItem.deleted_at.is_(None))
                .order_by(RoadmapItem.phase, RoadmapItem.starts_on, RoadmapItem.position)
            )
        )
        chain = [roadmap.id]
        previous = roadmap.previous_id
        while previous is not None:
            chain.append(previous)
            earlier = session.get(Roadmap, previous)
            previous = earlier.previous_id if earlier else None
        reviews = list(
            session.scalars(
                select(Review)
                .where(Review.roadmap_id.in_(chain), Review.deleted_at.is_(None))
                .order_by(Review.created_at)
            )
        )
    titles = {str(i.id): i.title for i in items}
    return RoadmapFacts(
        title=roadmap.title,
        revision=roadmap.revision,
        status=RoadmapStatus(roadmap.status).label,
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
                kpi=_kpi(i),
                status=ItemStatus(i.status).label if ItemStatus.parse(i.status) else i.status,
                depends_on=", ".join(titles.get(d, "") for d in i.depends_on or []),
            )
            for i in items
        ],
        reviews=[
            ReviewFacts(
                r.created_at,
                names.get(r.reviewer_id, ""),
                ReviewDecision(r.decision).label,
                r.comment,
            )
            for r in reviews
        ],
    )


def _kpi(item: RoadmapItem) -> str:
    if not item.kpi_name:
        return ""
    text = item.kpi_name
    if item.kpi_target is not None:
        text += f" {item.kpi_target:g}{item.kpi_unit}"
    if item.kpi_actual is not None:
        text += f" ({pick('실적', 'actual')} {item.kpi_actual:g})"
    return text


# --- batches ------------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchResult:
    written: list[Path]
    failed: list[tuple[str, str]]  # company, message
    cancelled: bool


def batch_companies(
    db: Database, programme: str | None = None, coach: str | None = None
) -> list[uuid.UUID]:
    """The companies of a programme (by name) or of a coach (by login), assigned now."""
    with db.read() as session:
        query = select(Assignment.company_id).where(Assignment.deleted_at.is_(None))
        if programme:
            ids = list(
                session.scalars(
                    select(Programme.id).where(
                        Programme.name == programme, Programme.deleted_at.is_(None)
                    )
                )
            )
            if not ids:
                raise ValidationError(
                    [FieldProblem("programme", "not_found", {"value": programme})]
                )
            query = query.where(Assignment.programme_id.in_(ids))
        if coach:
            user = session.scalars(select(User).where(User.login == coach)).first()
            if user is None:
                raise ValidationError([FieldProblem("coach", "not_found", {"value": coach})])
            query = query.where(Assignment.coach_id == user.id)
        return list(dict.fromkeys(session.scalars(query)))


def file_name(company: str, brn: str) -> str:
    """A file name any system accepts, readable by the company's name."""
    safe = re.sub(r'[\\/:*?"<>|\s]+', "_", company).strip("._") or "company"
    return f"{safe}_{brn.replace('-', '')}.pdf"


def write_batch(
    db: Database,
    company_ids: list[uuid.UUID],
    folder: Path,
    workers: int | None = None,
    font: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> BatchResult:
    """All dossiers into ``folder``, ``workers`` processes at a time (default: the cores)."""
    folder.mkdir(parents=True, exist_ok=True)
    workers = max(1, workers or os.cpu_count() or 1)
    with db.read() as session:
        targets = {
            company.id: folder / file_name(company.name, company.brn)
            for company in session.scalars(select(Company).where(Company.id.in_(company_ids)))
        }
    written: list[Path] = []
    failed: list[tuple[str, str]] = []
    done = 0
    # "spawn" everywhere: forking a process that runs Qt threads can deadlock, and it is
    # what Windows does anyway.
    with ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_worker_start,
        initargs=(str(db.path), current_language(), font),
    ) as pool:
        waiting: dict[Future[str | None], uuid.UUID] = {}
        queue = [c for c in company_ids if c in targets]
        stopped = False
        while queue or waiting:
            while queue and len(waiting) < workers * 2 and not stopped:
                company_id = queue.pop(0)
                waiting[pool.submit(_worker_dossier, company_id, targets[company_id])] = company_id
            finished, _ = wait(waiting, return_when=FIRST_COMPLETED)
            for future in finished:
                company_id = waiting.pop(future)
                error = future.result()
                if error:
                    failed.append((targets[company_id].stem, error))
                else:
                    written.append(targets[company_id])
                done += 1
                if progress:
                    progress(done, len(targets))
            if cancelled() and not stopped:
                stopped = True
                queue.clear()
    return BatchResult(written, failed, stopped)


_worker_db: Database | None = None
_worker_font: str | None = None


def _worker_start(path: str, language: str, font: str | None) -> None:
    global _worker_db, _worker_font
    set_language(language)
    _worker_db = Database.open(Path(path), take_backup=False, check=False)
    _worker_font = font


def _worker_dossier(company_id: uuid.UUID, target: Path) -> str | None:
    assert _worker_db is not None
    try:
        write_report(_worker_db, ReportKind.DOSSIER, company_id, target, _worker_font)
    except Exception as error:  # reported per company; the batch goes on
        return str(error) or type(error).__name__
    return None
