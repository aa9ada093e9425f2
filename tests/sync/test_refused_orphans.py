"""Putting back a refused record whose parent is not on this laptop (refused too, or
deleted on the server) says so clearly and leaves the refusal open, to keep or discard;
once the parent is back, the record can be put back too."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from coach_app.domain.errors import RuleViolation
from coach_app.domain.sync_marks import SyncMark
from coach_app.services.syncing import company_marks, conflicts, resolve, retry_refused
from coach_app.store.models import Difficulty, User, Visit
from tests.sync.conftest import Agency, settle
from tests.sync.test_sync_flow import TODAY, assign


def _both_refused(agency: Agency) -> None:
    """A visit written in another coach's name (which the app never does) with a
    difficulty raised at it: the server refuses both new rows and they leave the laptop."""
    kim = agency.kim
    assign(agency, kim, 0)
    settle(agency.admin)
    settle(kim)
    with kim.db.read() as session:
        lee = session.scalars(select(User.id).where(User.login == agency.lee.login)).one()
    with kim.db.transaction() as session:
        forged = Visit(company_id=agency.companies[0], coach_id=lee, visit_date=TODAY)
        session.add(forged)
        session.flush()
        session.add(
            Difficulty(
                company_id=agency.companies[0],
                visit_id=forged.id,
                category="funding",
                description="운전자금 부족",
            )
        )
    report = settle(kim)
    assert sorted(r.table for r in report.refusals) == ["difficulties", "visits"]
    with kim.db.read() as session:
        assert session.scalars(select(Visit)).all() == []
        assert session.scalars(select(Difficulty)).all() == []


def test_a_child_put_back_before_its_parent_is_told_why_and_kept(agency: Agency) -> None:
    _both_refused(agency)
    kim = agency.kim
    refused = {c.table_name: c for c in conflicts(kim.db)}
    with pytest.raises(RuleViolation) as raised:
        retry_refused(kim.db, refused["difficulties"].id)
    assert "방문" in str(raised.value) and "버리" in str(raised.value)
    # Nothing changed: both refusals are still open, the company still says so.
    assert {c.id for c in conflicts(kim.db)} == {c.id for c in refused.values()}
    assert company_marks(kim.db)[0] == {agency.companies[0]: SyncMark.REFUSED}

    # The parent first, then the child: both are back, waiting to be sent.
    retry_refused(kim.db, refused["visits"].id)
    retry_refused(kim.db, refused["difficulties"].id)
    with kim.db.read() as session:
        assert [d.description for d in session.scalars(select(Difficulty))] == ["운전자금 부족"]
    assert conflicts(kim.db) == []


def test_a_child_whose_parent_is_gone_can_be_discarded(agency: Agency) -> None:
    _both_refused(agency)
    kim = agency.kim
    refused = {c.table_name: c for c in conflicts(kim.db)}
    with pytest.raises(RuleViolation):
        retry_refused(kim.db, refused["difficulties"].id)
    for conflict in refused.values():
        resolve(kim.db, conflict.id, "theirs")
    settle(kim)
    assert conflicts(kim.db) == []
    assert company_marks(kim.db)[0] == {}
