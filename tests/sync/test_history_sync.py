"""The status history travels like any row: a coach's follow-ups reach the supervisor's
laptop, which then prints a past-dated report with the status of that day; the server
keeps every change row as written."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.visit import VisitDraft
from coach_app.services.reports import gather
from coach_app.services.visits import difficulties_of, follow_up, record_visit
from coach_app.store.models import StatusChange
from coach_app.sync.connection import connect
from coach_app.sync.verify import verify
from tests.sync.conftest import Agency, settle
from tests.sync.test_server_rules import REFUSED
from tests.sync.test_sync_flow import assert_same_where_both_see


def test_a_difficulty_history_reaches_the_supervisor(scene: Agency) -> None:
    kim, company = scene.kim, scene.companies[0]
    record_visit(
        kim.db,
        company,
        VisitDraft(
            dt.date(2019, 4, 22), difficulties=[DifficultyDraft("funding", "운전자금 부족")]
        ),
    )
    resolved_at = record_visit(kim.db, company, VisitDraft(dt.date(2019, 6, 14)))
    reopened_at = record_visit(kim.db, company, VisitDraft(dt.date(2019, 9, 1)))
    (money,) = [d for d in difficulties_of(kim.db, company) if d.description == "운전자금 부족"]
    follow_up(kim.db, money.id, "resolved", "특례보증 승인", resolved_at, dt.date(2019, 6, 14))
    follow_up(kim.db, money.id, "open", "", reopened_at, dt.date(2019, 9, 1))
    settle(kim)
    settle(scene.supervisor)

    with scene.supervisor.db.read() as session:
        travelled = session.scalars(
            select(StatusChange)
            .where(StatusChange.difficulty_id == money.id)
            .order_by(StatusChange.changed_on)
        ).all()
        assert [(c.status, c.changed_on) for c in travelled] == [
            ("open", dt.date(2019, 4, 22)),
            ("resolved", dt.date(2019, 6, 14)),
            ("open", dt.date(2019, 9, 1)),
        ]
        assert {c.created_by for c in travelled} == {kim.db.actor}  # stamped by the server
    july = gather(scene.supervisor.db, company, as_of=dt.date(2019, 7, 1))
    (facts,) = [d for v in july.visits for d in v.difficulties]
    assert (facts.status, facts.changed_on) == ("해결", dt.date(2019, 6, 14))
    for laptop in (kim, scene.supervisor):
        with connect(scene.server.address(laptop.login), autocommit=True) as server:
            assert verify(server, laptop.db) == []
    assert_same_where_both_see(kim.db, scene.supervisor.db)

    # The history is as written: nobody rewrites or removes it, not even its author.
    with scene.server.as_user(kim.login) as server:
        for statement in (
            "UPDATE coach.status_changes SET status = 'closed' WHERE difficulty_id = %s",
            "UPDATE coach.status_changes SET deleted_at = now() WHERE difficulty_id = %s",
            "DELETE FROM coach.status_changes WHERE difficulty_id = %s",
        ):
            with pytest.raises(REFUSED):
                server.execute(statement, (money.id,))
