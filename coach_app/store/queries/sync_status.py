"""Reading where records stand with the server, and the history of syncs."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from typing import Any

from sqlalchemy import Select, func, literal, select, union_all
from sqlalchemy.orm import Session

from coach_app.domain.sync_marks import RANK, SyncMark, most_pressing
from coach_app.store.models import (
    MODEL_BY_TABLE,
    Diagnosis,
    DiagnosisScore,
    OutboxEntry,
    Review,
    Roadmap,
    RoadmapItem,
    SentChange,
    SyncConflict,
    SyncRun,
)


def marks(session: Session, table: str) -> dict[uuid.UUID, SyncMark]:
    """Every row of ``table`` that is not simply as the server has it, with its mark.

    Only the small bookkeeping tables are read (outbox, conflicts, sent rows), so a list of
    ten thousand companies costs no more than its few changed rows. A row not in the
    answer is CONFIRMED, or LOCAL when this database has never synced.
    """
    found: dict[uuid.UUID, SyncMark] = {}
    sent = select(SentChange.row_id).where(SentChange.table_name == table)
    waiting = select(OutboxEntry.row_id).where(OutboxEntry.table_name == table).distinct()
    open_conflicts = select(SyncConflict.row_id, SyncConflict.kind).where(
        SyncConflict.table_name == table, SyncConflict.resolved_at.is_(None)
    )
    # Least pressing first, so the more pressing overwrite it.
    for row_id in session.scalars(sent):
        found[row_id] = SyncMark.SENT
    for row_id in session.scalars(waiting):
        found[row_id] = SyncMark.WAITING
    refused: set[uuid.UUID] = set()
    for row_id, kind in session.execute(open_conflicts):
        if kind == "rejected":
            refused.add(row_id)
        found[row_id] = SyncMark.CONFLICT
    for row_id in refused:
        found[row_id] = SyncMark.REFUSED
    return found


MARKS = {rank: mark for mark, rank in RANK.items()}
# Records that name their company only through their parent.
_THROUGH_PARENT: dict[str, tuple[Any, Any, Any]] = {
    "diagnosis_scores": (DiagnosisScore, DiagnosisScore.diagnosis_id, Diagnosis),
    "roadmap_items": (RoadmapItem, RoadmapItem.roadmap_id, Roadmap),
    "reviews": (Review, Review.roadmap_id, Roadmap),
}


def company_marks(session: Session) -> dict[uuid.UUID, SyncMark]:
    """Every company not simply as the server has it, with its mark.

    A company's mark is the most pressing of its own row's and of every record of it
    (contacts, visits, difficulties, files, signatures, diagnoses and their scores,
    roadmaps with their items and reviews, measures, figures, ratings): a company whose
    visit waits is shown waiting even if its own row is as the server has it.

    Set-based like ``marks``: one statement joins the outbox and the sent rows to the
    records they name, and the open conflicts (a handful) are read as they are.
    """
    found = dict(marks(session, "companies"))

    def raise_to(company_id: uuid.UUID | None, mark: SyncMark) -> None:
        if company_id is not None:
            found[company_id] = most_pressing(found.get(company_id, mark), mark)

    parts: list[Select[Any]] = []
    for ledger, table_column, row_column, mark in (
        (OutboxEntry, OutboxEntry.table_name, OutboxEntry.row_id, SyncMark.WAITING),
        (SentChange, SentChange.table_name, SentChange.row_id, SyncMark.SENT),
    ):
        present = set(session.scalars(select(table_column).distinct()))
        for table, company_of in _company_columns():
            if table not in present:
                continue
            model, parent = _owner(table)
            query = (
                select(company_of.label("company_id"), literal(RANK[mark]).label("rank"))
                .select_from(ledger)
                .join(model, model.id == row_column)
            )
            if parent is not None:
                link, parent_model = parent
                query = query.join(parent_model, parent_model.id == link)
            parts.append(query.where(table_column == table))
    if parts:
        every = union_all(*parts).subquery()
        by_company = select(every.c.company_id, func.min(every.c.rank)).group_by(every.c.company_id)
        for company_id, rank in session.execute(by_company):
            raise_to(company_id, MARKS[rank])
    for conflict in session.scalars(
        select(SyncConflict).where(
            SyncConflict.table_name != "companies", SyncConflict.resolved_at.is_(None)
        )
    ):
        mark = SyncMark.REFUSED if conflict.kind == "rejected" else SyncMark.CONFLICT
        raise_to(_conflict_company(session, conflict), mark)
    return found


def _company_columns() -> list[tuple[str, Any]]:
    """Each synced table that belongs to a company, with the column that names it."""
    found: list[tuple[str, Any]] = []
    for table, model in MODEL_BY_TABLE.items():
        if table == "companies":
            continue
        if table in _THROUGH_PARENT:
            found.append((table, _THROUGH_PARENT[table][2].company_id))
        elif "company_id" in model.__table__.columns:  # type: ignore[attr-defined]
            found.append((table, model.company_id))  # type: ignore[attr-defined]
    return found


def _owner(table: str) -> tuple[Any, tuple[Any, Any] | None]:
    if table in _THROUGH_PARENT:
        model, link, parent = _THROUGH_PARENT[table]
        return model, (link, parent)
    return MODEL_BY_TABLE[table], None


def _conflict_company(session: Session, conflict: SyncConflict) -> uuid.UUID | None:
    """The company a conflict's record belongs to; a refused new record may be gone from
    this laptop, so its typed values (kept with the refusal) are asked too."""
    model = MODEL_BY_TABLE.get(conflict.table_name)
    if model is None:
        return None
    row = session.get(model, conflict.row_id)
    typed = conflict.mine if isinstance(conflict.mine, dict) else {}
    if conflict.table_name in _THROUGH_PARENT:
        _model, link, parent = _THROUGH_PARENT[conflict.table_name]
        parent_id = getattr(row, link.key, None) if row is not None else None
        parent_id = parent_id or _uuid(typed.get(link.key))
        found = session.get(parent, parent_id) if parent_id is not None else None
        return found.company_id if found is not None else None
    company_id = getattr(row, "company_id", None) if row is not None else None
    return company_id or _uuid(typed.get("company_id"))


def _uuid(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def mark_of(
    session: Session, table: str, row_id: uuid.UUID, synced_before: bool
) -> tuple[SyncMark, list[str]]:
    """One row's mark, and the server's reasons for any refusal still open."""
    reasons = list(
        session.scalars(
            select(SyncConflict.message).where(
                SyncConflict.table_name == table,
                SyncConflict.row_id == row_id,
                SyncConflict.kind == "rejected",
                SyncConflict.resolved_at.is_(None),
            )
        )
    )
    found = marks_of(session, table, [row_id], synced_before)
    return found.get(row_id, _default(synced_before)), reasons


def marks_of(
    session: Session, table: str, ids: Collection[uuid.UUID], synced_before: bool
) -> dict[uuid.UUID, SyncMark]:
    everything = marks(session, table)
    return {i: everything[i] for i in ids if i in everything}


def _default(synced_before: bool) -> SyncMark:
    return SyncMark.CONFIRMED if synced_before else SyncMark.LOCAL


def runs(session: Session, limit: int = 500) -> list[SyncRun]:
    """The syncs kept, newest first."""
    return list(session.scalars(select(SyncRun).order_by(SyncRun.started_at.desc()).limit(limit)))
