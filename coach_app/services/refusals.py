"""The changes the server refused, named as the coach knows the records: what kind of
record, of which company, of which day, and why (in the user's language).

A refused new record may already be gone from this laptop (the server never had it); what
was typed is kept with the refusal, so it is named from there.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from coach_app.domain.messages import record_kind
from coach_app.store.database import Database
from coach_app.store.models import MODEL_BY_TABLE, Company, SyncConflict
from coach_app.sync.errors import explain_refusal
from coach_app.sync.journal import Refusal

# A record's own day, in the order looked for.
_DAYS = ("visit_date", "diagnosed_on", "held_on", "changed_on", "decided_on", "starts_on")
# Records that name their company and day only through their parent.
_PARENTS = {
    "difficulties": ("visit_id", "visits"),
    "attachments": ("visit_id", "visits"),
    "visit_signatures": ("visit_id", "visits"),
    "satisfaction_ratings": ("visit_id", "visits"),
    "diagnosis_scores": ("diagnosis_id", "diagnoses"),
    "roadmap_items": ("roadmap_id", "roadmaps"),
    "reviews": ("roadmap_id", "roadmaps"),
}


@dataclass(frozen=True)
class RefusedRecord:
    table: str
    row_id: uuid.UUID
    kind: str  # in the user's language
    company: str  # "" when the record belongs to no company
    day: dt.date | None
    reason: str  # the server's reason explained, its own words after it

    def line(self) -> str:
        """One line: 방문 · (주)한빛 · 2026-11-28 — the reason."""
        parts = [self.kind, self.company, f"{self.day:%Y-%m-%d}" if self.day else ""]
        return " · ".join(p for p in parts if p) + f" — {self.reason}"


def refused_records(db: Database, refusals: Iterable[Refusal]) -> list[RefusedRecord]:
    """Each refusal of a sync with the record it refused, named."""
    with db.read() as session:
        return [_named(session, r) for r in refusals]


def refused_in_run(db: Database, refused: Iterable[Mapping[str, Any]]) -> list[RefusedRecord]:
    """``refused_records`` for a sync kept in the history (``{"table", "row_id", "reason"}``)."""
    return refused_records(
        db,
        [
            Refusal(
                str(r.get("table", "")),
                _uuid(r.get("row_id")) or uuid.UUID(int=0),
                str(r.get("reason", "")),
            )
            for r in refused
        ],
    )


def _named(session: Session, refusal: Refusal) -> RefusedRecord:
    values = _values(session, refusal.table, refusal.row_id)
    company, day = _company_and_day(session, refusal.table, values)
    return RefusedRecord(
        refusal.table,
        refusal.row_id,
        record_kind(refusal.table),
        company,
        day,
        explain_refusal(refusal.reason) or refusal.reason,
    )


def _values(session: Session, table: str, row_id: uuid.UUID | None) -> dict[str, Any]:
    """The record as this laptop has it, else as typed (kept with its refusal)."""
    if row_id is None:
        return {}
    model = MODEL_BY_TABLE.get(table)
    row = session.get(model, row_id) if model is not None else None
    if row is not None:
        return {c.key: getattr(row, c.key) for c in inspect(row).mapper.column_attrs}
    typed = session.scalars(
        select(SyncConflict.mine)
        .where(SyncConflict.table_name == table, SyncConflict.row_id == row_id)
        .order_by(SyncConflict.created_at.desc())
        .limit(1)
    ).first()
    return dict(typed) if isinstance(typed, Mapping) else {}


def _company_and_day(
    session: Session, table: str, values: Mapping[str, Any]
) -> tuple[str, dt.date | None]:
    day = next((_day(values[k]) for k in _DAYS if values.get(k)), None)
    company_id = values.get("id") if table == "companies" else values.get("company_id")
    if table in _PARENTS and (day is None or company_id is None):
        link, parent = _PARENTS[table]
        above = _values(session, parent, _uuid(values.get(link)))
        day = day or next((_day(above[k]) for k in _DAYS if above.get(k)), None)
        company_id = company_id or above.get("company_id")
    found = session.get(Company, _uuid(company_id)) if _uuid(company_id) else None
    if found is None and table == "companies":
        return str(values.get("name", "")), day
    return (found.name if found is not None else ""), day


def _day(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _uuid(value: object) -> uuid.UUID | None:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None
