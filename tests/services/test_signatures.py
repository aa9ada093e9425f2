"""A visit signed on site: what is sealed, and what an edit after signing shows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from typing import Any

import pytest
from sqlalchemy import select

from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.errors import RuleViolation, ValidationError
from coach_app.domain.signature import SignatureDraft, content_hash
from coach_app.domain.visit import VisitDraft
from coach_app.services.companies import create_company
from coach_app.services.people import UserDraft, create_user, sign_in
from coach_app.services.signatures import describe, sign_visit, signature_of
from coach_app.services.visits import (
    PhotoDraft,
    difficulties_of,
    get_visit,
    review_visit,
    save_visit,
)
from coach_app.store.database import Database
from coach_app.store.models import OutboxEntry, VisitSignature
from coach_app.sync import state
from tests.present import present

TODAY = dt.date.today()
STROKES = [
    [(100.0, 500.0), (200.0, 420.0), (300.0, 560.0), (420.0, 380.0)],
    [(500.0, 500.0), (700.0, 520.0)],
]


@pytest.fixture
def company_id(db: Database) -> uuid.UUID:
    return create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998", region="광주"))


def draft(**changes: Any) -> VisitDraft:
    base = VisitDraft(
        visit_date=TODAY,
        place="기업 현장(공장)",
        attendees="대표 김민준",
        purpose="신제품 개발 과제 기획 코칭",
        notes="공정별 병목 구간을 확인함.",
        difficulties=[DifficultyDraft("funding", "원자재 가격 상승으로 운전자금 부족", "high")],
    )
    return dataclasses.replace(base, **changes)


def test_signing_seals_the_visit_as_stored(db: Database, company_id: uuid.UUID) -> None:
    visit_id = save_visit(db, company_id, draft(), photos=[PhotoDraft("line.png", b"\x89PNG fake")])
    signature_id = sign_visit(db, visit_id, SignatureDraft(" 김민준 ", "대표이사", STROKES))
    with db.read() as session:
        row = session.get(VisitSignature, signature_id)
        assert row is not None
        assert (row.signer_name, row.signer_title, row.coach_id) == ("김민준", "대표이사", db.actor)
        assert row.content_hash == content_hash(row.content)
        content = json.loads(row.content)
        assert content["visit"]["place"] == "기업 현장(공장)"
        assert content["visit"]["visit_date"] == TODAY.isoformat()
        assert [d["description"] for d in content["difficulties"].values()] == [
            "원자재 가격 상승으로 운전자금 부족"
        ]
        assert [f["filename"] for f in content["files"].values()] == ["line.png"]
        assert row.strokes[0][0] == [100.0, 500.0]
        # It travels like everything else.
        pending = session.scalars(
            select(OutboxEntry).where(OutboxEntry.table_name == "visit_signatures")
        ).all()
        assert [e.row_id for e in pending] == [signature_id]
    shown = signature_of(db, visit_id)
    assert shown is not None and not shown.edited and shown.signer_name == "김민준"


def test_an_edit_after_signing_says_what_changed(db: Database, company_id: uuid.UUID) -> None:
    visit_id = save_visit(db, company_id, draft())
    sign_visit(db, visit_id, SignatureDraft("김민준", "대표", STROKES))
    # A later follow-up of the difficulty does not unseal the visit: it moves on elsewhere.
    assert present(signature_of(db, visit_id)).changes == ()
    save_visit(
        db,
        company_id,
        draft(
            notes="공정별 병목 구간을 확인함. 추가 메모.",
            difficulties=[DifficultyDraft("manpower", "생산 인력 부족")],
        ),
        visit_id,
    )
    shown = signature_of(db, visit_id)
    assert shown is not None and shown.edited
    assert [describe(c) for c in shown.changes] == ["코칭 내용", "애로사항 추가: 생산 인력 부족"]


def test_a_new_signature_after_edits_seals_again(db: Database, company_id: uuid.UUID) -> None:
    visit_id = save_visit(db, company_id, draft())
    sign_visit(db, visit_id, SignatureDraft("김민준", "대표", STROKES))
    save_visit(db, company_id, draft(place="본사 회의실"), visit_id)
    assert present(signature_of(db, visit_id)).edited
    sign_visit(db, visit_id, SignatureDraft("박서연", "생산팀장", STROKES))
    shown = signature_of(db, visit_id)
    assert shown is not None and shown.signer_name == "박서연" and not shown.edited
    with db.read() as session:
        assert len(session.scalars(select(VisitSignature)).all()) == 2  # the first is kept


def test_an_empty_pad_or_no_name_is_refused(db: Database, company_id: uuid.UUID) -> None:
    visit_id = save_visit(db, company_id, draft())
    with pytest.raises(ValidationError) as caught:
        sign_visit(db, visit_id, SignatureDraft("  ", "", [[(1.0, 1.0)]]))
    assert {p.field for p in caught.value.problems} == {"signer_name", "signature"}
    assert signature_of(db, visit_id) is None


def test_planned_reviewed_and_others_visits_are_not_signed(
    db: Database, company_id: uuid.UUID
) -> None:
    planned = save_visit(db, company_id, draft(visit_date=TODAY + dt.timedelta(days=7)))
    with pytest.raises(RuleViolation) as caught:
        sign_visit(db, planned, SignatureDraft("김민준", "", STROKES))
    assert caught.value.problem.code == "planned_not_signable"
    held = save_visit(db, company_id, draft())
    # Another coach, on a laptop that syncs (the server's rules apply).
    create_user(db, UserDraft("leecoach", "이코치", "coach", "rnd"))
    saved = state.load(db)
    saved.server_url, saved.login = "postgresql://server.invalid/coach", "leecoach"
    state.save(db, saved)
    sign_in(db, "leecoach")
    with pytest.raises(RuleViolation) as caught:
        sign_visit(db, held, SignatureDraft("김민준", "", STROKES))
    assert caught.value.problem.code == "not_allowed"
    create_user(db, UserDraft("parksup", "박관리", "supervisor", None))
    sign_in(db, "parksup")
    review_visit(db, held)
    with pytest.raises(RuleViolation) as caught:
        sign_visit(db, held, SignatureDraft("김민준", "", STROKES))
    assert caught.value.problem.code in {"not_allowed", "visit_locked"}
    assert get_visit(db, held).reviewed_at is not None
    assert difficulties_of(db, company_id)
