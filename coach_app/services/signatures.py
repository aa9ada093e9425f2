"""A visit signed on site by the company's representative, and whether it was edited since.

What a signature covers is defined in ``coach_app.domain.signature``; here it is read from
the store, sealed in a row, and compared with the visit as it is now.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach_app.domain.errors import FieldProblem, RuleViolation, check
from coach_app.domain.messages import field_label, pick
from coach_app.domain.permissions import Action
from coach_app.domain.signature import (
    Change,
    SignatureDraft,
    canonical,
    changes,
    content_hash,
    short_hash,
    signed_content,
)
from coach_app.domain.visit import is_planned
from coach_app.reports.facts import SignatureFacts
from coach_app.services.lookup import current_user_id, live
from coach_app.services.permissions import may, my_role
from coach_app.store.database import Database
from coach_app.store.models import Attachment, Difficulty, Visit, VisitSignature
from coach_app.store.types import utcnow


@dataclass(frozen=True)
class SignatureView:
    """A visit's signature as the screen and the report show it."""

    id: uuid.UUID
    visit_id: uuid.UUID
    signer_name: str
    signer_title: str
    signed_at: dt.datetime  # UTC
    strokes: list[list[tuple[float, float]]]
    content_hash: str
    changes: tuple[Change, ...]  # since signing; empty: the visit is as signed

    @property
    def edited(self) -> bool:
        return bool(self.changes)


def content_now(session: Session, visit: Visit) -> dict[str, Any]:
    """The visit's content as the signature defines it, as stored now."""
    difficulties = session.scalars(
        select(Difficulty).where(Difficulty.visit_id == visit.id).order_by(Difficulty.created_at)
    )
    files = session.scalars(select(Attachment).where(Attachment.visit_id == visit.id))
    return signed_content(
        {
            "visit_date": visit.visit_date.isoformat(),
            "place": visit.place,
            "attendees": visit.attendees,
            "purpose": visit.purpose,
            "notes": visit.notes,
        },
        [
            {
                "id": d.id,
                "category": d.category,
                "description": d.description,
                "severity": d.severity,
                "requested_support": d.requested_support,
                "agency": d.agency,
            }
            for d in difficulties
        ],
        [{"id": f.id, "filename": f.filename, "content_hash": f.content_hash} for f in files],
    )


def sign_visit(
    db: Database, visit_id: uuid.UUID, draft: SignatureDraft, today: dt.date | None = None
) -> uuid.UUID:
    """Seal the visit as it is stored now with the representative's signature."""
    check(draft.problems())
    if not may(db, Action.SIGN_VISIT, visit_id=visit_id):
        role = my_role(db)
        raise RuleViolation(
            FieldProblem("visit", "not_allowed", {"role": role.label if role else ""})
        )
    me = current_user_id(db)
    with db.transaction() as session:
        visit = live(session, Visit, visit_id, "visit")
        if visit.reviewed_at is not None:
            raise RuleViolation(FieldProblem("visit", "visit_locked"))
        if is_planned(visit.visit_date, today or dt.date.today()):
            raise RuleViolation(FieldProblem("visit", "planned_not_signable"))
        text = canonical(content_now(session, visit))
        signature = VisitSignature(
            company_id=visit.company_id,
            visit_id=visit.id,
            coach_id=me,
            signer_name=draft.signer_name.strip(),
            signer_title=draft.signer_title.strip(),
            signed_at=utcnow(),
            strokes=[[[round(x, 1), round(y, 1)] for x, y in s] for s in draft.strokes if s],
            content=text,
            content_hash=content_hash(text),
        )
        session.add(signature)
        session.flush()
        return signature.id


def signature_of(db: Database, visit_id: uuid.UUID) -> SignatureView | None:
    """The visit's newest signature, with what changed since, or None if never signed."""
    with db.read() as session:
        visit = session.get(Visit, visit_id)
        if visit is None:
            return None
        return view_of(session, visit)


def view_of(session: Session, visit: Visit) -> SignatureView | None:
    """``signature_of`` within a session the caller holds (the report's)."""
    row = session.scalars(
        select(VisitSignature)
        .where(VisitSignature.visit_id == visit.id)
        .order_by(VisitSignature.signed_at.desc(), VisitSignature.created_at.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    found = changes(json.loads(row.content), content_now(session, visit))
    return SignatureView(
        row.id,
        row.visit_id,
        row.signer_name,
        row.signer_title,
        row.signed_at,
        [[(float(x), float(y)) for x, y in stroke] for stroke in row.strokes],
        row.content_hash,
        tuple(found),
    )


def describe(change: Change) -> str:
    """One change in the reader's words, e.g. "장소" or "애로사항 추가: 인력 부족"."""
    if not change.subject:
        return field_label(change.kind)
    label = {
        "difficulty_added": pick("애로사항 추가", "Difficulty added"),
        "difficulty_removed": pick("애로사항 삭제", "Difficulty removed"),
        "difficulty_changed": pick("애로사항 수정", "Difficulty changed"),
        "file_added": pick("사진·파일 추가", "File added"),
        "file_removed": pick("사진·파일 삭제", "File removed"),
    }[change.kind]
    subject = " ".join(change.subject.split())
    if len(subject) > 30:
        subject = subject[:29] + "…"
    if change.fields:
        fields = ", ".join(field_label(f) for f in change.fields)
        return f"{label}: {subject} ({fields})"
    return f"{label}: {subject}"


def signature_facts(db: Database, visit_id: uuid.UUID) -> SignatureFacts | None:
    """The visit's signature as its report prints it."""
    view = signature_of(db, visit_id)
    if view is None:
        return None
    return SignatureFacts(
        view.signer_name,
        view.signer_title,
        f"{view.signed_at.astimezone():%Y-%m-%d %H:%M}",
        short_hash(view.content_hash),
        view.strokes,
        [describe(c) for c in view.changes],
    )
