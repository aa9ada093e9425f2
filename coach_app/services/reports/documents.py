"""One PDF report: which facts each kind prints, and the entity typed on the command line."""

from __future__ import annotations

import uuid
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from coach_app.domain import brn
from coach_app.domain.errors import FieldProblem, ValidationError
from coach_app.reports import content
from coach_app.services.impact import write_programme_pdf
from coach_app.services.lookup import live
from coach_app.services.reports.facts import (
    diagnosis_facts,
    gather,
    meeting_facts,
    user_names,
    visit_facts,
)
from coach_app.store.database import Database
from coach_app.store.models import (
    Company,
    Diagnosis,
    Roadmap,
    Visit,
)
from coach_app.store.queries.programmes import programme_named


class ReportKind(StrEnum):
    VISIT = "visit"
    DIAGNOSIS = "diagnosis"
    ROADMAP = "roadmap"
    DOSSIER = "dossier"
    MEETING = "meeting"
    IMPACT = "impact"  # a programme's impact report (coach_app.services.impact)


def write_report(
    db: Database,
    kind: ReportKind,
    entity_id: uuid.UUID,
    target: Path,
    font: str | None = None,
    draft: bool = False,
) -> int:
    """Write one report; ``entity_id`` is the visit, diagnosis, roadmap or company.
    A dossier prints the approved roadmap; ``draft`` prints the newest revision instead,
    approved or not. Returns the number of pages."""
    if kind is ReportKind.IMPACT:
        return write_programme_pdf(db, entity_id, target, font)
    names = user_names(db)
    if kind is ReportKind.MEETING:
        return content.write_meeting(target, meeting_facts(db, entity_id), font)
    if kind is ReportKind.VISIT:
        with db.read() as session:
            visit = live(session, Visit, entity_id, "visit")
        # A visit report is as of the visit: its programme, and statuses on that day.
        dossier = gather(
            db,
            visit.company_id,
            visits=False,
            plans=False,
            names=names,
            as_of=visit.visit_date,
            programme_id=visit.programme_id,
        )
        return content.write_visit(target, dossier, visit_facts(db, visit, names, True), font)
    if kind is ReportKind.DIAGNOSIS:
        with db.read() as session:
            diagnosis = live(session, Diagnosis, entity_id, "diagnosis")
        dossier = gather(db, diagnosis.company_id, visits=False, plans=False, names=names)
        return content.write_diagnosis(target, dossier, diagnosis_facts(db, diagnosis, names), font)
    if kind is ReportKind.ROADMAP:
        with db.read() as session:
            roadmap = live(session, Roadmap, entity_id, "roadmap")
        dossier = gather(
            db, roadmap.company_id, visits=False, plans=False, roadmap=roadmap, names=names
        )
        return content.write_roadmap(target, dossier, font)
    return content.write_dossier(target, gather(db, entity_id, names=names, draft=draft), font)


def find_entity(db: Database, kind: ReportKind, text: str) -> uuid.UUID:
    """The id typed on the command line; a dossier also takes a 사업자등록번호, an impact
    report a programme's name."""
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        pass
    number = brn.normalize(text.strip())  # stored in this form
    if kind is ReportKind.DOSSIER and number is not None:
        with db.read() as session:
            found = session.scalar(select(Company.id).where(Company.brn == number))
            if found is not None:
                return found
    if kind is ReportKind.IMPACT:  # a programme also by its name (the newest of that name)
        with db.read() as session:
            programme = programme_named(session, text.strip())
            if programme is not None:
                return programme.id
    field = "company" if kind is ReportKind.DOSSIER else kind.value
    raise ValidationError([FieldProblem(field, "not_found", {"value": text})])
