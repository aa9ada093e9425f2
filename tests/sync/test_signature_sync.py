"""A visit's signature travels like any row, and the server keeps it as signed: nobody
rewrites it, and a signature written on another role's laptop is refused."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.signature import SignatureDraft, canonical, content_hash
from coach_app.domain.visit import VisitDraft
from coach_app.services.signatures import sign_visit, signature_of
from coach_app.services.visits import save_visit
from coach_app.store.models import VisitSignature
from coach_app.store.types import utcnow
from coach_app.sync.connection import connect
from coach_app.sync.verify import verify
from tests.present import present
from tests.sync.conftest import Agency, settle
from tests.sync.test_server_rules import REFUSED

STROKES = [[(100.0, 500.0), (200.0, 400.0), (300.0, 600.0)], [(400.0, 500.0), (600.0, 520.0)]]


def test_a_signature_reaches_the_supervisor_as_signed(scene: Agency) -> None:
    kim, company = scene.kim, scene.companies[0]
    visit = save_visit(
        kim.db,
        company,
        VisitDraft(
            dt.date.today() - dt.timedelta(days=1),
            "광주 공장",
            notes="공정 병목",
            difficulties=[DifficultyDraft("funding", "운전자금 부족")],
        ),
    )
    signed = sign_visit(kim.db, visit, SignatureDraft("김민준", "대표이사", STROKES))
    report = settle(kim)
    assert report.rejected == 0, report.messages
    settle(scene.supervisor)

    seen = signature_of(scene.supervisor.db, visit)
    assert seen is not None and seen.id == signed and not seen.edited
    assert (seen.signer_name, seen.signer_title) == ("김민준", "대표이사")
    assert seen.strokes == [[(x, y) for x, y in s] for s in STROKES]
    assert seen.content_hash == present(signature_of(kim.db, visit)).content_hash
    with scene.supervisor.db.read() as session:
        row = session.scalars(select(VisitSignature)).one()
        assert row.created_by == kim.db.actor  # stamped by the server
    for laptop in (kim, scene.supervisor):  # the same rows, value for value, as the server's
        with connect(scene.server.address(laptop.login), autocommit=True) as server:
            assert verify(server, laptop.db) == []

    # As signed: nobody rewrites or removes it, not even the coach who recorded it.
    with scene.server.as_user(kim.login) as server:
        for statement in (
            "UPDATE coach.visit_signatures SET signer_name = '다른 사람' WHERE id = %s",
            "UPDATE coach.visit_signatures SET deleted_at = now() WHERE id = %s",
            "DELETE FROM coach.visit_signatures WHERE id = %s",
        ):
            with pytest.raises(REFUSED):
                server.execute(statement, (signed,))


def test_a_signature_forged_on_a_supervisors_laptop_is_refused(scene: Agency) -> None:
    kim, company = scene.kim, scene.companies[0]
    visit = save_visit(kim.db, company, VisitDraft(dt.date.today(), "광주 공장", notes="메모"))
    settle(kim)
    settle(scene.supervisor)
    # The supervisor's laptop writes a row the service would never write for them.
    text = canonical({"v": 1, "forged": True})
    with scene.supervisor.db.transaction() as session:
        session.add(
            VisitSignature(
                company_id=company,
                visit_id=visit,
                coach_id=kim.db.actor,
                signer_name="김민준",
                signer_title="대표",
                signed_at=utcnow(),
                strokes=[[list(p) for p in s] for s in STROKES],
                content=text,
                content_hash=content_hash(text),
            )
        )
    report = scene.supervisor.sync()
    assert report.rejected == 1
    with scene.server.as_user(kim.login) as server:
        count = server.execute("SELECT count(*) FROM coach.visit_signatures").fetchone()
    assert count == (0,)
