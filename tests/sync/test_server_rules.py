"""What a role may not do fails on the server itself, through a plain SQL client."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import psycopg
import pytest

from tests.sync.conftest import Agency

REFUSED = (psycopg.errors.InsufficientPrivilege, psycopg.errors.RaiseException)


def one(connection: psycopg.Connection, query: str, *params: object) -> tuple[Any, ...]:
    row = connection.execute(query, params).fetchone()
    assert row is not None
    return tuple(row)


def test_a_coach_reads_only_assigned_companies(scene: Agency) -> None:
    with scene.server.as_user(scene.kim.login) as kim:
        names = {r[0] for r in kim.execute("SELECT name FROM coach.companies")}
        assert names == {"(주)테스트0"}
        assert one(kim, "SELECT count(*) FROM coach.visits")[0] == 1
    with scene.server.as_user(scene.lee.login) as lee:
        assert one(lee, "SELECT count(*) FROM coach.visits")[0] == 0
        assert one(lee, "SELECT count(*) FROM coach.roadmap_items")[0] == 0
        # Reference data is for everyone.
        assert one(lee, "SELECT count(*) FROM coach.users")[0] == 4


def test_a_coach_writes_only_their_own_content(scene: Agency) -> None:
    now = dt.datetime.now(dt.UTC)
    with scene.server.as_user(scene.lee.login) as lee:
        lee_id = one(lee, "SELECT coach.me()")[0]
        # A visit to a company that is not lee's.
        with pytest.raises(REFUSED):
            lee.execute(
                "INSERT INTO coach.visits (id, company_id, coach_id, visit_date, place,"
                " attendees, purpose, notes, created_at, updated_at)"
                " VALUES (%s, %s, %s, current_date, '', '', '', '', %s, %s)",
                (uuid.uuid4(), scene.companies[0], lee_id, now, now),
            )
        # Kim's visit is invisible to lee, so an update changes nothing.
        assert lee.execute("UPDATE coach.visits SET notes = 'x'").rowcount == 0
    with scene.server.as_user(scene.kim.login) as kim:
        lee_id = one(kim, "SELECT id FROM coach.users WHERE login = %s", scene.lee.login)[0]
        # A visit recorded in someone else's name.
        with pytest.raises(REFUSED):
            kim.execute(
                "INSERT INTO coach.visits (id, company_id, coach_id, visit_date, place,"
                " attendees, purpose, notes, created_at, updated_at)"
                " VALUES (%s, %s, %s, current_date, '', '', '', '', %s, %s)",
                (uuid.uuid4(), scene.companies[0], lee_id, now, now),
            )
        with pytest.raises(REFUSED):
            kim.execute(
                "INSERT INTO coach.assignments (id, programme_id, company_id, coach_id,"
                " starts_on, created_at, updated_at) VALUES (%s, %s, %s, coach.me(),"
                " current_date, now(), now())",
                (uuid.uuid4(), scene.programme, scene.companies[1]),
            )
        with pytest.raises(REFUSED):
            kim.execute("DELETE FROM coach.visits")
        with pytest.raises(REFUSED):
            kim.execute("UPDATE coach.users SET role = 'admin' WHERE login = session_user")


def test_a_coach_never_approves(scene: Agency) -> None:
    with scene.server.as_user(scene.kim.login) as kim:
        kim.execute("UPDATE coach.roadmaps SET status = 'submitted'")
        with pytest.raises(REFUSED, match="may not move a roadmap"):
            kim.execute("UPDATE coach.roadmaps SET status = 'approved'")
        with pytest.raises(REFUSED):
            kim.execute("UPDATE coach.roadmaps SET approved_by = coach.me()")
        with pytest.raises(REFUSED, match="starts as a draft"):
            kim.execute(
                "INSERT INTO coach.roadmaps (id, company_id, coach_id, title, revision,"
                " status, created_at, updated_at) VALUES (%s, %s, coach.me(), '', 2,"
                " 'approved', now(), now())",
                (uuid.uuid4(), scene.companies[0]),
            )


def test_a_supervisor_reviews_but_does_not_edit_content(scene: Agency) -> None:
    with scene.server.as_user(scene.supervisor.login) as sup:
        assert one(sup, "SELECT count(*) FROM coach.companies")[0] == 4
        with pytest.raises(REFUSED):
            sup.execute("UPDATE coach.visits SET notes = '감독이 고침'")
        with pytest.raises(REFUSED):
            sup.execute("UPDATE coach.roadmap_items SET title = '감독이 고침'")
        with pytest.raises(REFUSED):
            sup.execute("UPDATE coach.roadmaps SET title = '감독이 고침'")
        # Reviewing is allowed: the visit review columns, and a decision on a roadmap.
        sup.execute("UPDATE coach.visits SET reviewed_at = now(), reviewed_by = coach.me()")
        with pytest.raises(REFUSED, match="may not move a roadmap"):
            sup.execute("UPDATE coach.roadmaps SET status = 'approved'")  # not submitted yet
    with scene.server.as_user(scene.kim.login) as kim:
        kim.execute("UPDATE coach.roadmaps SET status = 'submitted'")
        # The visit was reviewed: it is locked for its coach now.
        with pytest.raises(REFUSED, match="locked"):
            kim.execute("UPDATE coach.visits SET notes = '검토 후 고침'")
    with scene.server.as_user(scene.supervisor.login) as sup:
        sup.execute(
            "UPDATE coach.roadmaps SET status = 'approved', approved_at = now(),"
            " approved_by = coach.me()"
        )
        sup.execute(
            "INSERT INTO coach.reviews (id, roadmap_id, reviewer_id, decision, comment,"
            " created_at, updated_at) SELECT %s, id, coach.me(), 'approve', '좋습니다',"
            " now(), now() FROM coach.roadmaps",
            (uuid.uuid4(),),
        )
    with scene.server.as_user(scene.kim.login) as kim:
        # An approved revision is frozen, its items too (follow-up fields aside).
        with pytest.raises(REFUSED, match="frozen"):
            kim.execute("UPDATE coach.roadmaps SET title = '고침'")
        with pytest.raises(REFUSED, match="frozen"):
            kim.execute("UPDATE coach.roadmap_items SET title = '고침'")
        kim.execute("UPDATE coach.roadmap_items SET kpi_actual = 3, status = 'in_progress'")


def test_nobody_rewrites_the_audit_log(scene: Agency) -> None:
    for login in (scene.kim.login, scene.supervisor.login, scene.admin.login):
        with scene.server.as_user(login) as connection:
            with pytest.raises(REFUSED):
                connection.execute("UPDATE coach.audit_log SET login = 'someone'")
            with pytest.raises(REFUSED):
                connection.execute("DELETE FROM coach.audit_log")
    with scene.server.as_user(scene.supervisor.login) as sup:
        entries = sup.execute(
            "SELECT login, table_name, op FROM coach.audit_log WHERE table_name = 'visits'"
        ).fetchall()
        assert (scene.kim.login, "visits", "insert") in entries
    # Even the owner's own connection cannot rewrite history.
    with pytest.raises(REFUSED), psycopg.connect(scene.server.url, autocommit=True) as owner:
        owner.execute("DELETE FROM coach.audit_log")
    with scene.server.as_user(scene.kim.login) as kim:
        assert one(kim, "SELECT count(*) FROM coach.audit_log")[0] == 0  # reviewers only


def test_init_twice_is_harmless_and_supervisors_see_conflicts(scene: Agency) -> None:
    from coach_app.domain.company import CompanyDraft
    from coach_app.services.companies import get_company, update_company
    from coach_app.sync.server import init_server

    init_server(scene.server.url, scene.server.prefix)  # again, on a database in use
    company = scene.companies[0]
    stored = get_company(scene.kim.db, company)
    for laptop, phone in ((scene.kim, "062-100-0001"), (scene.admin, "062-100-0002")):
        laptop.sync()
        update_company(
            laptop.db,
            company,
            CompanyDraft(name=stored.name, brn=stored.brn, region=stored.region, phone=phone),
        )
    scene.admin.sync()
    assert scene.kim.sync().new_conflicts == 1
    with scene.server.as_user(scene.supervisor.login) as sup:
        seen = sup.execute("SELECT login, field, mine, theirs FROM coach.conflicts").fetchall()
    assert seen == [(scene.kim.login, "phone", "062-100-0001", "062-100-0002")]
    with scene.server.as_user(scene.lee.login) as lee:
        assert lee.execute("SELECT count(*) FROM coach.conflicts").fetchone() == (0,)


def test_a_writer_left_idle_cannot_stall_pulls_for_long(scene: Agency) -> None:
    with scene.server.as_user(scene.kim.login) as kim:
        timeout = kim.execute("SHOW idle_in_transaction_session_timeout").fetchone()
    assert timeout == ("5min",)
