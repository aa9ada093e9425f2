"""Excel summaries for programme managers, with the filters named as people name them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from coach_app.domain.datafile import shown
from coach_app.domain.errors import Cancelled, FieldProblem, ValidationError
from coach_app.domain.scoring import HIGHEST
from coach_app.domain.validate import date_order
from coach_app.exports.summary import SummaryCounts, SummaryFilter, write_summary
from coach_app.services.catalogues import shipped_checklists
from coach_app.store.database import Database
from coach_app.store.queries.people import user_by_login
from coach_app.store.queries.programmes import programme_named


def export_summary(
    db: Database,
    target: Path,
    start: dt.date | None = None,
    end: dt.date | None = None,
    programme: str | None = None,
    region: str | None = None,
    coach_login: str | None = None,
    progress: Callable[[str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SummaryCounts:
    """The summary workbook at ``target``. ``cancelled`` is asked between sheets; once it
    says yes, ``Cancelled`` is raised and no file is written (the workbook is saved whole
    at the end, or not at all)."""
    problem = date_order("ends_on", start, end)
    if problem is not None:
        raise ValidationError([problem])
    with db.read() as session:
        programme_id = coach_id = None
        if programme:
            found = programme_named(session, programme)
            if found is None:
                raise ValidationError(
                    [FieldProblem("programme", "not_found", {"value": programme})]
                )
            programme_id = found.id
        if coach_login:
            coach = user_by_login(session, coach_login)
            coach_id = coach.id if coach else None
            if coach_id is None:
                raise ValidationError([FieldProblem("coach", "not_found", {"value": coach_login})])
    where = SummaryFilter(start, end, programme_id, region or None, coach_id)

    def step(text: str) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled
        if progress is not None:
            progress(text)

    return write_summary(db, target, where, step, checklist_labels())


def checklist_labels() -> dict[str, str]:
    """Checklist ids and area codes → their names in the user's language. A checklist on a
    longer scale than 1–5 says so, since its scores share the sheet's columns (TRL: 1–9)."""
    labels: dict[str, str] = {}
    for checklist in shipped_checklists().templates:
        scale = "" if checklist.top == HIGHEST else f" (1–{checklist.top})"
        labels[checklist.id] = shown(checklist.name) + scale
        labels.update({a.code: shown(a.name) for a in checklist.areas})
    return labels
