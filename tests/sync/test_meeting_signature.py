"""A company's representative at a meeting (간담회) signs that company's visit on the
laptop of whoever runs the meeting; the server takes it from a supervisor for a meeting's
visit only (server 0016), and the signature seals the meeting visit's content."""

from __future__ import annotations

import datetime as dt
import uuid

from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.meeting import MeetingCompany, MeetingDraft
from coach_app.domain.permissions import Action
from coach_app.domain.signature import SignatureDraft, canonical, content_hash
from coach_app.services.meetings import record_meeting, stored_meeting, update_meeting
from coach_app.services.permissions import may
from coach_app.services.signatures import describe, sign_visit, signature_of
from coach_app.store.models import VisitSignature
from coach_app.store.types import utcnow
from tests.sync.conftest import Agency, settle
from tests.sync.test_sync_flow import assign

STROKES = [[(100.0, 500.0), (200.0, 400.0), (300.0, 600.0)], [(400.0, 500.0), (600.0, 520.0)]]


def _meeting(agency: Agency) -> tuple[dict[uuid.UUID, uuid.UUID], uuid.UUID]:
    settle(agency.admin)
    assign(agency, agency.kim, 0)
    settle(agency.admin)
    for laptop in (agency.supervisor, agency.kim):
        settle(laptop)
    c0, c1 = agency.companies[:2]
    recorded = record_meeting(
        agency.supervisor.db,
        MeetingDraft(
            dt.date.today() - dt.timedelta(days=1),
            "뿌리산업 현장 간담회",
            place="시청",
            companies=[
                MeetingCompany(c0, [DifficultyDraft("funding", "운전자금 부족")], notes="보증"),
                MeetingCompany(c1),
            ],
        ),
    )
    return dict(recorded.visits), recorded.meeting_id


def test_a_company_at_a_meeting_signs_its_visit(agency: Agency) -> None:
    visits, meeting_id = _meeting(agency)
    sup, kim = agency.supervisor, agency.kim
    visit = visits[agency.companies[0]]
    assert may(sup.db, Action.SIGN_VISIT, visit_id=visit)
    signed = sign_visit(sup.db, visit, SignatureDraft("정대표", "대표이사", STROKES))
    report = settle(sup)
    assert (report.rejected, report.new_conflicts) == (0, 0), report.messages

    # The coach of the company sees it as signed: the hash covers the meeting visit.
    settle(kim)
    seen = signature_of(kim.db, visit)
    assert seen is not None and seen.id == signed and not seen.edited
    assert not may(kim.db, Action.SIGN_VISIT, visit_id=visit)
    with sup.db.read() as session:
        row = session.get(VisitSignature, signed)
        assert row is not None and "운전자금 부족" in row.content and "보증" in row.content
        assert row.coach_id == sup.db.actor

    # The meeting corrected afterwards: the company's visit says what changed since.
    draft = stored_meeting(sup.db, meeting_id)
    draft.companies[0].difficulties[0].description = "운전자금 부족 (3억원)"
    update_meeting(sup.db, meeting_id, draft)
    after = signature_of(sup.db, visit)
    assert after is not None
    assert [describe(c) for c in after.changes] == [
        "애로사항 수정: 운전자금 부족 (3억원) (애로 내용)"
    ]
    assert settle(sup).rejected == 0


def test_a_coach_cannot_sign_a_meetings_visit(agency: Agency) -> None:
    visits, _meeting_id = _meeting(agency)
    settle(agency.supervisor)
    kim = agency.kim
    settle(kim)
    visit = visits[agency.companies[0]]
    # Kim's laptop writes a row the service would never write for a coach.
    text = canonical({"v": 1, "forged": True})
    with kim.db.transaction() as session:
        session.add(
            VisitSignature(
                company_id=agency.companies[0],
                visit_id=visit,
                coach_id=kim.db.actor,
                signer_name="정대표",
                signer_title="대표",
                signed_at=utcnow(),
                strokes=[[list(p) for p in s] for s in STROKES],
                content=text,
                content_hash=content_hash(text),
            )
        )
    report = settle(kim)
    assert report.rejected == 1
    assert "signature" in report.refusals[0].reason
