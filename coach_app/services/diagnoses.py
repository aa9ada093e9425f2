"""Diagnoses: a checklist scored on site, with area scores computed when saved."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from coach_app.domain.catalogue import Gap
from coach_app.domain.checklist import Checklist
from coach_app.domain.errors import FieldProblem, ValidationError, check
from coach_app.domain.scoring import HIGHEST, LOWEST, AreaScore, Evidence, overall
from coach_app.services.attachments import attach, keep_bytes, size_problems
from coach_app.services.catalogues import Checklists, shipped_checklists
from coach_app.services.lookup import current_user_id, live
from coach_app.services.records import DiagnosisRecord, records
from coach_app.store.database import Database
from coach_app.store.models import Company, Diagnosis, DiagnosisScore
from coach_app.store.queries import diagnoses as queries
from coach_app.store.queries.people import current_specialties
from coach_app.store.types import utcnow

# A stored diagnosis, as a row (reports) or as a record (the window).
D = TypeVar("D", Diagnosis, DiagnosisRecord)


@dataclass
class ItemEntry:
    """One checklist item as the coach scored it (``current`` None: not applicable)."""

    current: int | None = None
    target: int | None = None
    evidence: str = Evidence.SELF_REPORTED.value
    attachment_id: uuid.UUID | None = None
    comment: str = ""


@dataclass
class DiagnosisDraft:
    template_id: str
    template_version: str
    diagnosed_on: dt.date
    entries: dict[str, ItemEntry] = field(default_factory=dict)
    comment: str = ""
    visit_id: uuid.UUID | None = None

    def problems(self, checklist: Checklist) -> list[FieldProblem]:
        found: list[FieldProblem] = []
        if not any(e.current is not None for e in self.entries.values()):
            found.append(FieldProblem("scores", "nothing_scored"))
        for code, entry in self.entries.items():
            item = checklist.item(code)
            if item is None:
                found.append(FieldProblem(code, "unknown_choice", {"value": code}))
                continue
            for level in (entry.current, entry.target):
                if level is not None and not LOWEST <= level <= checklist.top:
                    found.append(FieldProblem(code, "level_range", {"top": checklist.top}))
            if entry.current is None and not item.na_allowed:
                found.append(FieldProblem(code, "not_applicable"))
            if entry.evidence == Evidence.COACH_VERIFIED and entry.attachment_id is None:
                found.append(FieldProblem(code, "evidence_attachment"))
        return found

    def unscored(self, checklist: Checklist) -> list[str]:
        """Items the coach has not reached: neither scored nor marked not applicable."""
        return [item.code for item in checklist.items if item.code not in self.entries]

    def levels(self) -> dict[str, tuple[int | None, int | None]]:
        """Scored items only: an item the coach has not reached yet counts for nothing."""
        return {
            code: (e.current, e.target) for code, e in self.entries.items() if e.current is not None
        }


def checklist_of(template_id: str, version: str, templates: Checklists | None = None) -> Checklist:
    found = (templates or shipped_checklists()).find(template_id, version)
    if found is None:
        raise ValidationError(
            [FieldProblem("template", "template_missing", {"value": f"{template_id} {version}"})]
        )
    return found


@dataclass(frozen=True)
class EvidenceFile:
    """A photo or document chosen as evidence on the screen, stored with the diagnosis
    (under the id its item already points at)."""

    attachment_id: uuid.UUID
    name: str
    data: bytes


def save_diagnosis(
    db: Database,
    company_id: uuid.UUID,
    draft: DiagnosisDraft,
    diagnosis_id: uuid.UUID | None = None,
    templates: Checklists | None = None,
    evidence: Sequence[EvidenceFile] = (),
) -> uuid.UUID:
    """Create or replace a diagnosis with its item scores and new evidence files, all or
    nothing."""
    checklist = checklist_of(draft.template_id, draft.template_version, templates)
    problems = draft.problems(checklist)
    for file in evidence:
        problems += size_problems(file.name, file.data, "evidence")
    check(problems)
    areas = checklist.score(draft.levels())
    coach_id = current_user_id(db)
    hashes = [keep_bytes(db, f.name, f.data, "evidence") for f in evidence]
    with db.transaction() as session:
        live(session, Company, company_id, "company")
        for file, content_hash in zip(evidence, hashes, strict=True):
            attach(
                session,
                company_id,
                None,
                file.name,
                file.data,
                content_hash,
                "",
                file.attachment_id,
            )
        if diagnosis_id is None:
            diagnosis = Diagnosis(company_id=company_id, coach_id=coach_id)
            session.add(diagnosis)
        else:
            diagnosis = live(session, Diagnosis, diagnosis_id, "diagnosis")
        diagnosis.template_id = checklist.id
        diagnosis.template_version = checklist.version
        diagnosis.diagnosed_on = draft.diagnosed_on
        diagnosis.comment = draft.comment
        diagnosis.visit_id = draft.visit_id
        diagnosis.area_scores = {
            a.area: {"score": a.score, "target": a.target} for a in areas if a.score is not None
        }
        # With items still unscored the total would be taken over the areas scored only,
        # as if the others did not exist: it stays empty until the diagnosis is complete.
        complete = not draft.unscored(checklist)
        diagnosis.overall_score = overall(areas, checklist.area_weights()) if complete else None
        session.flush()
        existing = {s.item_code: s for s in queries.scores_of(session, diagnosis.id)}
        for code, entry in draft.entries.items():
            row = existing.pop(code, None)
            if row is None:
                row = DiagnosisScore(diagnosis_id=diagnosis.id, item_code=code)
                session.add(row)
            row.current = entry.current
            row.target = entry.target
            row.evidence = entry.evidence
            row.attachment_id = entry.attachment_id
            row.comment = entry.comment
        for gone in existing.values():
            gone.deleted_at = utcnow()
        return diagnosis.id


def default_checklist(db: Database, company_id: uuid.UUID) -> str | None:
    """The checklist a new diagnosis of the company starts from: that of its last diagnosis,
    else that of the programme it is coached in (its coach's specialty there, the signed-in
    coach's assignment first), else none in particular."""
    earlier = diagnoses_of(db, company_id)
    if earlier:
        return earlier[0].template_id
    with db.read() as session:
        rows = current_specialties(session, company_id)
    ordered = sorted(rows, key=lambda row: row[0] != db.actor)
    return next((specialty for _coach, specialty in ordered if specialty), None)


def diagnoses_of(db: Database, company_id: uuid.UUID) -> list[DiagnosisRecord]:
    """A company's diagnoses, newest first."""
    with db.read() as session:
        return records(DiagnosisRecord, queries.diagnoses_of(session, company_id))


def draft_of(db: Database, diagnosis_id: uuid.UUID) -> DiagnosisDraft:
    with db.read() as session:
        diagnosis = live(session, Diagnosis, diagnosis_id, "diagnosis")
        scores = queries.scores_of(session, diagnosis_id)
        return DiagnosisDraft(
            template_id=diagnosis.template_id,
            template_version=diagnosis.template_version,
            diagnosed_on=diagnosis.diagnosed_on,
            comment=diagnosis.comment,
            visit_id=diagnosis.visit_id,
            entries={
                s.item_code: ItemEntry(s.current, s.target, s.evidence, s.attachment_id, s.comment)
                for s in scores
            },
        )


def stored_areas(diagnosis: Diagnosis | DiagnosisRecord, top: int = HIGHEST) -> list[AreaScore]:
    """The area scores saved with a diagnosis (they never change with the template), on a
    scale up to ``top`` (its checklist's)."""
    return [
        AreaScore(area, values.get("score"), values.get("target"), 1, top)
        for area, values in (diagnosis.area_scores or {}).items()
    ]


def previous_of(db: Database, diagnosis: Diagnosis | DiagnosisRecord) -> DiagnosisRecord | None:
    """The company's diagnosis before this one with the same checklist, to compare with."""
    return previous_in(
        diagnoses_of(db, diagnosis.company_id),
        diagnosis.template_id,
        diagnosis.diagnosed_on,
        diagnosis.id,
    )


def previous_in(
    diagnoses: Sequence[D],
    template_id: str,
    day: dt.date,
    exclude: uuid.UUID | None = None,
) -> D | None:
    """The newest of ``diagnoses`` (newest first, as ``diagnoses_of`` gives them) made with
    this checklist on or before ``day``, other than ``exclude``."""
    return next(
        (
            d
            for d in diagnoses
            if d.template_id == template_id and d.id != exclude and d.diagnosed_on <= day
        ),
        None,
    )


def gaps_of(db: Database, company_id: uuid.UUID, templates: Checklists | None = None) -> list[Gap]:
    """Areas below target in the latest diagnosis of each checklist the company has."""
    gaps: list[Gap] = []
    seen: set[str] = set()
    for diagnosis in diagnoses_of(db, company_id):
        if diagnosis.template_id in seen:
            continue
        seen.add(diagnosis.template_id)
        checklist = (templates or shipped_checklists()).find(
            diagnosis.template_id, diagnosis.template_version
        )
        top = checklist.top if checklist else HIGHEST
        for area in stored_areas(diagnosis, top):
            if area.score is not None and area.target is not None and area.gap > 0:
                name = checklist.area_name(area.area) if checklist else area.area
                gaps.append(Gap(area.area, name, area.score, area.target, top))
    return gaps
