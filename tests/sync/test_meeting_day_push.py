"""A meeting moved to another day travels with its visits' days (server 0014 checks at
commit that they agree), also when the push goes one change at a time because something
else in the chunk was refused, and when the chunk boundary falls between them."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.meeting import MeetingCompany, MeetingDraft
from coach_app.services.meetings import record_meeting, stored_meeting, update_meeting
from coach_app.services.syncing import conflicts
from coach_app.store.models import Meeting, Visit
from coach_app.sync import push
from coach_app.sync.connection import connect
from tests.sync.conftest import Agency, settle
from tests.sync.test_sync_flow import assign

HELD = dt.date.today() - dt.timedelta(days=7)
MOVED = dt.date.today() - dt.timedelta(days=5)


def _meeting(agency: Agency) -> uuid.UUID:
    settle(agency.admin)
    assign(agency, agency.kim, 0)
    settle(agency.admin)
    settle(agency.kim)
    settle(agency.supervisor)
    recorded = record_meeting(
        agency.supervisor.db,
        MeetingDraft(
            HELD,
            "뿌리산업 현장 간담회",
            companies=[
                MeetingCompany(agency.companies[0], [DifficultyDraft("funding", "운전자금")]),
                MeetingCompany(agency.companies[1]),
                MeetingCompany(agency.companies[2]),
            ],
        ),
    )
    assert settle(agency.supervisor).rejected == 0
    return recorded.meeting_id


def _move(agency: Agency, meeting_id: uuid.UUID) -> None:
    draft = stored_meeting(agency.supervisor.db, meeting_id)
    draft.held_on = MOVED
    update_meeting(agency.supervisor.db, meeting_id, draft)


def _server_days(agency: Agency, meeting_id: uuid.UUID) -> set[dt.date]:
    with connect(agency.server.address(agency.supervisor.login), autocommit=True) as server:
        rows = server.execute(
            "SELECT held_on AS day FROM coach.meetings WHERE id = %s UNION "
            "SELECT visit_date FROM coach.visits WHERE meeting_id = %s AND deleted_at IS NULL",
            (meeting_id, meeting_id),
        ).fetchall()
    return {r["day"] for r in rows}


def test_a_moved_meeting_passes_beside_a_refused_change(agency: Agency) -> None:
    meeting_id = _meeting(agency)
    sup = agency.supervisor
    # Something the server refuses in the same push: a supervisor rewriting a coach's
    # company profile field the app keeps to itself is fine, but a visit of a coach's is
    # not (server 0014); the laptop writes it as a forged edit.
    from coach_app.services.visits import record_visit
    from tests.sync.test_sync_flow import visit

    kim_visit = record_visit(agency.kim.db, agency.companies[0], visit("김코치 방문"))
    settle(agency.kim)
    settle(sup)
    with sup.db.transaction() as session:
        row = session.get(Visit, kim_visit)
        assert row is not None
        row.notes = "감독이 고침"
    _move(agency, meeting_id)

    report = settle(sup)
    assert [r.table for r in report.refusals] == ["visits"], report.refusals
    assert report.refusals[0].row_id == kim_visit
    assert _server_days(agency, meeting_id) == {MOVED}
    assert [c.row_id for c in conflicts(sup.db)] == [kim_visit]
    with sup.db.read() as session:
        assert session.scalars(select(Meeting.held_on)).one() == MOVED


def test_a_moved_meeting_passes_when_the_chunk_ends_between(agency: Agency) -> None:
    meeting_id = _meeting(agency)
    sup = agency.supervisor
    _move(agency, meeting_id)
    with connect(sup.server.address(sup.login), autocommit=True) as server:
        report = push.push(server, sup.db, chunk=1)
    assert report.rejected == [], report.reasons
    assert _server_days(agency, meeting_id) == {MOVED}


def test_a_meeting_moved_without_its_visits_is_refused_alone(agency: Agency) -> None:
    """Written past the app (the service moves them together): the meeting's change is
    refused with the server's reason, and the rest of the chunk still goes through."""
    from coach_app.store.models import Company

    meeting_id = _meeting(agency)
    sup = agency.supervisor
    with sup.db.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        company = session.get(Company, agency.companies[3])
        assert meeting is not None and company is not None
        meeting.held_on = MOVED
        company.ceo = "새 대표"
    report = settle(sup)
    assert [(r.table, r.row_id) for r in report.refusals] == [("meetings", meeting_id)]
    assert "meeting visit is on the day" in report.refusals[0].reason
    assert _server_days(agency, meeting_id) == {HELD}
    with connect(agency.server.address(sup.login), autocommit=True) as server:
        row = server.execute(
            "SELECT ceo FROM coach.companies WHERE id = %s", (agency.companies[3],)
        ).fetchone()
    assert row == {"ceo": "새 대표"}
