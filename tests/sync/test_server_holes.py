"""Writes the design forbids, each tried over plain SQL with the person's own login.

Each test reproduces one of the holes found in the shared database (issue 13): they went
through before server migration 0002, and are refused (or overwritten by the server) now.
The last two (links across companies, coaches sharing a company) went through until 0005.
"""

from __future__ import annotations

import hashlib
import random
import re
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from coach_app.domain import brn
from tests.sync.conftest import Agency, settle
from tests.sync.test_server_rules import REFUSED, one

Conn = psycopg.Connection


def refused(connection: Conn, query: str, *params: object) -> None:
    with pytest.raises(REFUSED):
        connection.execute(query, params)


def user_id(connection: Conn, login: str) -> uuid.UUID:
    return uuid.UUID(str(one(connection, "SELECT id FROM coach.users WHERE login = %s", login)[0]))


def new_draft(kim: Conn, company: uuid.UUID, previous: object = None) -> uuid.UUID:
    draft = uuid.uuid4()
    kim.execute(
        "INSERT INTO coach.roadmaps (id, company_id, coach_id, title, revision, previous_id,"
        " status, created_at, updated_at) VALUES (%s, %s, coach.me(), '둘째 차수', 2, %s,"
        " 'draft', now(), now())",
        (draft, company, previous),
    )
    return draft


def new_item(connection: Conn, roadmap: object) -> None:
    connection.execute(
        "INSERT INTO coach.roadmap_items (id, roadmap_id, phase, position, stage, item_type,"
        " title, description, budget_national, budget_local, budget_company, owner_agency,"
        " kpi_name, kpi_unit, status, depends_on, created_at, updated_at) VALUES (%s, %s, 1, 9,"
        " 'prototype', 'x', '끼워넣기', '', 0, 0, 0, '', '', '', 'planned', '[]', now(), now())",
        (uuid.uuid4(), roadmap),
    )


def approve(scene: Agency) -> uuid.UUID:
    with scene.server.as_user(scene.kim.login) as kim:
        kim.execute("UPDATE coach.roadmaps SET status = 'submitted', submitted_at = now()")
    with scene.server.as_user(scene.supervisor.login) as sup:
        sup.execute("UPDATE coach.roadmaps SET status = 'approved', approved_at = now()")
        return uuid.UUID(str(one(sup, "SELECT id FROM coach.roadmaps")[0]))


def test_an_approved_roadmap_is_frozen_whole(scene: Agency) -> None:
    approved = approve(scene)
    with scene.server.as_user(scene.kim.login) as kim:
        draft = new_draft(kim, scene.companies[0], approved)
        new_item(kim, draft)
        # The parent link, both ways.
        refused(
            kim,
            "UPDATE coach.roadmap_items SET roadmap_id = %s WHERE roadmap_id = %s",
            draft,
            approved,
        )
        refused(
            kim,
            "UPDATE coach.roadmap_items SET roadmap_id = %s WHERE roadmap_id = %s",
            approved,
            draft,
        )
        for column, value in (
            ("deleted_at", "now()"),
            ("previous_id", f"'{draft}'"),
            ("submitted_at", "now()"),
            ("title", "'고침'"),
            ("programme_id", f"'{scene.programme}'"),
        ):
            refused(kim, f"UPDATE coach.roadmaps SET {column} = {value} WHERE id = %s", approved)
        refused(
            kim, "UPDATE coach.roadmap_items SET deleted_at = now() WHERE roadmap_id = %s", approved
        )
        refused(
            kim, "UPDATE coach.roadmap_items SET budget_company = 1 WHERE roadmap_id = %s", approved
        )
        with pytest.raises(REFUSED, match="frozen"):
            new_item(kim, approved)
        # Follow-up stays open.
        kim.execute(
            "UPDATE coach.roadmap_items SET kpi_actual = 2 WHERE roadmap_id = %s", (approved,)
        )
        assert one(
            kim,
            "SELECT count(*) FROM coach.roadmap_items WHERE roadmap_id = %s AND deleted_at IS NULL",
            approved,
        ) == (1,)
    with scene.server.as_user(scene.supervisor.login) as sup:
        refused(sup, "UPDATE coach.roadmaps SET approved_at = now() - interval '1 day'")
        refused(sup, "UPDATE coach.roadmaps SET approved_by = NULL WHERE id = %s", approved)


def test_a_roadmap_under_review_is_not_edited(scene: Agency) -> None:
    with scene.server.as_user(scene.kim.login) as kim:
        kim.execute("UPDATE coach.roadmaps SET status = 'submitted', submitted_at = now()")
        roadmap = one(kim, "SELECT id FROM coach.roadmaps")[0]
        with pytest.raises(REFUSED, match="under review"):
            kim.execute("UPDATE coach.roadmaps SET title = '고침'")
        refused(kim, "UPDATE coach.roadmaps SET deleted_at = now()")
        with pytest.raises(REFUSED, match="under review"):
            kim.execute("UPDATE coach.roadmap_items SET title = '고침'")
        refused(kim, "UPDATE coach.roadmap_items SET deleted_at = now()")
        with pytest.raises(REFUSED, match="under review"):
            new_item(kim, roadmap)
        # Withdrawn, it is the coach's again.
        kim.execute("UPDATE coach.roadmaps SET status = 'draft'")
        kim.execute("UPDATE coach.roadmaps SET title = '고침'")
        kim.execute("UPDATE coach.roadmap_items SET title = '고침'")


def test_the_server_records_who_wrote_approved_and_reviewed(scene: Agency) -> None:
    with scene.server.as_user(scene.kim.login) as kim:
        lee = user_id(kim, scene.lee.login)
        kim_id = user_id(kim, scene.kim.login)
        visit = uuid.uuid4()
        kim.execute(
            "INSERT INTO coach.visits (id, company_id, coach_id, visit_date, place, attendees,"
            " purpose, notes, created_at, updated_at, created_by, updated_by)"
            " VALUES (%s, %s, coach.me(), current_date, '', '', '', '', now(), now(), %s, %s)",
            (visit, scene.companies[0], lee, lee),
        )
        assert one(kim, "SELECT created_by, updated_by FROM coach.visits WHERE id = %s", visit) == (
            kim_id,
            kim_id,
        )
        kim.execute(
            "UPDATE coach.visits SET notes = 'x', updated_by = %s, created_by = %s WHERE id = %s",
            (lee, lee, visit),
        )
        assert one(kim, "SELECT created_by, updated_by FROM coach.visits WHERE id = %s", visit) == (
            kim_id,
            kim_id,
        )
        kim.execute("UPDATE coach.roadmaps SET status = 'submitted', submitted_at = now()")
    with scene.server.as_user(scene.supervisor.login) as sup:
        sup_id = user_id(sup, scene.supervisor.login)
        admin = user_id(sup, scene.admin.login)
        sup.execute("UPDATE coach.visits SET reviewed_at = now(), reviewed_by = %s", (admin,))
        sup.execute(
            "UPDATE coach.roadmaps SET status = 'approved', approved_at = now(), approved_by = %s",
            (admin,),
        )
        assert {r[0] for r in sup.execute("SELECT reviewed_by FROM coach.visits")} == {sup_id}
        assert one(sup, "SELECT approved_by, updated_by FROM coach.roadmaps") == (sup_id, sup_id)
        refused(sup, "UPDATE coach.visits SET reviewed_by = %s", admin)
        refused(
            sup,
            "INSERT INTO coach.reviews (id, roadmap_id, reviewer_id, decision, comment,"
            " created_at, updated_at) SELECT %s, id, %s, 'approve', '', now(), now()"
            " FROM coach.roadmaps",
            uuid.uuid4(),
            admin,
        )


def _difficulty(connection: Conn, company: object, visit: object) -> uuid.UUID:
    difficulty = uuid.uuid4()
    connection.execute(
        "INSERT INTO coach.difficulties (id, company_id, visit_id, category, description,"
        " severity, requested_support, agency, status, resolution, created_at, updated_at)"
        " VALUES (%s, %s, %s, 'funding', '자금 부족', 'high', '', '', 'open', '', now(), now())",
        (difficulty, company, visit),
    )
    return difficulty


def _attachment(connection: Conn, company: object, visit: object) -> uuid.UUID:
    attachment = uuid.uuid4()
    connection.execute(
        "INSERT INTO coach.attachments (id, company_id, visit_id, kind, filename, mime_type,"
        " size, content_hash, caption, created_at, updated_at) VALUES (%s, %s, %s, 'photo',"
        " 'a.jpg', 'image/jpeg', 3, %s, '', now(), now())",
        (attachment, company, visit, hashlib.sha256(b"abc").hexdigest()),
    )
    return attachment


def test_a_reviewed_visit_locks_its_difficulties_and_attachments(scene: Agency) -> None:
    company = scene.companies[0]
    with scene.server.as_user(scene.kim.login) as kim:
        reviewed = one(kim, "SELECT id FROM coach.visits")[0]
        difficulty = _difficulty(kim, company, reviewed)
        attachment = _attachment(kim, company, reviewed)
        later = uuid.uuid4()
        kim.execute(
            "INSERT INTO coach.visits (id, company_id, coach_id, visit_date, place, attendees,"
            " purpose, notes, created_at, updated_at) VALUES (%s, %s, coach.me(),"
            " current_date, '', '', '', '', now(), now())",
            (later, company),
        )
        elsewhere = _difficulty(kim, company, later)
    with scene.server.as_user(scene.supervisor.login) as sup:
        sup.execute("UPDATE coach.visits SET reviewed_at = now() WHERE id = %s", (reviewed,))
    with scene.server.as_user(scene.kim.login) as kim:
        for table, row in (("difficulties", difficulty), ("attachments", attachment)):
            with pytest.raises(REFUSED, match="locked"):
                kim.execute(f"UPDATE coach.{table} SET deleted_at = now() WHERE id = %s", (row,))
            refused(kim, f"UPDATE coach.{table} SET visit_id = %s WHERE id = %s", later, row)
        refused(kim, "UPDATE coach.difficulties SET description = '고침' WHERE id = %s", difficulty)
        refused(kim, "UPDATE coach.attachments SET caption = '고침' WHERE id = %s", attachment)
        with pytest.raises(REFUSED, match="locked"):
            _difficulty(kim, company, reviewed)
        with pytest.raises(REFUSED, match="locked"):
            _attachment(kim, company, reviewed)
        # Moving a difficulty in, or recording a follow-up at the reviewed visit.
        refused(
            kim, "UPDATE coach.difficulties SET visit_id = %s WHERE id = %s", reviewed, elsewhere
        )
        refused(
            kim,
            "UPDATE coach.difficulties SET followed_up_visit_id = %s WHERE id = %s",
            reviewed,
            elsewhere,
        )
        # What was raised there is still followed up at a later visit.
        kim.execute(
            "UPDATE coach.difficulties SET status = 'resolved', resolution = '특례보증',"
            " resolved_on = current_date, followed_up_visit_id = %s WHERE id = %s",
            (later, difficulty),
        )


def test_a_coach_neither_deletes_nor_renumbers_a_company(scene: Agency) -> None:
    company = scene.companies[0]
    with scene.server.as_user(scene.kim.login) as kim:
        refused(kim, "UPDATE coach.companies SET deleted_at = now() WHERE id = %s", company)
        refused(kim, "UPDATE coach.companies SET brn = '124-81-00998' WHERE id = %s", company)
        kim.execute("UPDATE coach.companies SET phone = '062-000-0000' WHERE id = %s", (company,))
    with scene.server.as_user(scene.supervisor.login) as sup:
        with pytest.raises(psycopg.errors.CheckViolation):
            sup.execute("UPDATE coach.companies SET brn = '124-81-00999' WHERE id = %s", (company,))
        with pytest.raises(psycopg.errors.CheckViolation):
            sup.execute("UPDATE coach.companies SET brn = '1248100998' WHERE id = %s", (company,))
        sup.execute(
            "UPDATE coach.companies SET brn = %s WHERE id = %s",
            (brn.complete("999888777"), company),
        )


def test_the_server_check_digit_is_the_domain_one(scene: Agency) -> None:
    numbers = [f"{random.Random(n).randrange(10**10):010d}" for n in range(3_000)]
    numbers = [f"{x[:3]}-{x[3:5]}-{x[5:]}" for x in numbers]
    numbers += [brn.complete(x[:3] + x[4:6] + x[7:11]) for x in numbers[:500]]
    with scene.server.as_user(scene.kim.login) as kim:
        verdicts = kim.execute(
            "SELECT n, coach.brn_valid(n) FROM unnest(%s::text[]) AS n", (numbers,)
        ).fetchall()
    assert {n: ok for n, ok in verdicts} == {n: brn.is_valid(n) for n in numbers}
    assert sum(ok for _, ok in verdicts) >= 500


def _blob(connection: Conn, data: bytes, chunk: int = 4) -> bool:
    digest = hashlib.sha256(data).hexdigest()
    connection.execute(
        "INSERT INTO coach.blobs (hash, size) VALUES (%s, %s) ON CONFLICT DO NOTHING",
        (digest, len(data)),
    )
    for position in range(0, len(data), chunk):
        connection.execute(
            "INSERT INTO coach.blob_chunks (hash, position, data) VALUES (%s, %s, %s)"
            " ON CONFLICT DO NOTHING",
            (digest, position, data[position : position + chunk]),
        )
    return bool(one(connection, "SELECT coach.finish_blob(%s)", digest)[0])


def test_nobody_marks_a_blob_complete_nor_spoils_another_upload(scene: Agency) -> None:
    photo = b"the real photo bytes"
    digest = hashlib.sha256(photo).hexdigest()
    with scene.server.as_user(scene.lee.login) as lee:
        refused(lee, "INSERT INTO coach.blobs (hash, size, complete) VALUES (%s, 1, true)", digest)
        # lee announces the hash kim will upload, with a wrong size and a junk chunk.
        lee.execute("INSERT INTO coach.blobs (hash, size) VALUES (%s, 1)", (digest,))
        lee.execute(
            "INSERT INTO coach.blob_chunks (hash, position, data) VALUES (%s, 0, 'x')", (digest,)
        )
        refused(lee, "UPDATE coach.blobs SET complete = true")
        assert one(lee, "SELECT coach.finish_blob(%s)", digest) == (False,)
        lee.execute(
            "INSERT INTO coach.blob_chunks (hash, position, data) VALUES (%s, 0, 'x')", (digest,)
        )
    with scene.server.as_user(scene.kim.login) as kim:
        _attachment(kim, scene.companies[0], None)  # hash of b"abc"
        assert _blob(kim, b"abc")
        kim.execute("UPDATE coach.attachments SET content_hash = %s", (digest,))
        assert _blob(kim, photo)
        assert one(kim, "SELECT complete, size FROM coach.blobs WHERE hash = %s", digest) == (
            True,
            len(photo),
        )
        stored = b"".join(
            r[0]
            for r in kim.execute(
                "SELECT data FROM coach.blob_chunks WHERE hash = %s ORDER BY position", (digest,)
            )
        )
        assert stored == photo  # lee's junk is gone
    with scene.server.as_user(scene.lee.login) as lee:
        # lee sees no attachment with that hash: the server tells lee nothing about it.
        assert one(lee, "SELECT coach.finish_blob(%s)", digest) == (False,)
        assert one(lee, "SELECT count(*) FROM coach.blobs WHERE hash = %s", digest) == (0,)
        assert one(lee, "SELECT count(*) FROM coach.blob_chunks WHERE hash = %s", digest) == (0,)
    with scene.server.as_user(scene.supervisor.login) as sup:
        assert one(sup, "SELECT coach.finish_blob(%s)", digest) == (True,)


def _login_state(scene: Agency, login: str) -> tuple[bool, list[str]]:
    can = scene.server.admin.execute(
        "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (login,)
    ).fetchone()
    groups = scene.server.admin.execute(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
        " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s ORDER BY 1",
        (login,),
    ).fetchall()
    assert can is not None
    return bool(can[0]), [g[0].removeprefix(scene.server.prefix) for g in groups]


def test_a_deactivated_user_cannot_log_in_nor_write(scene: Agency) -> None:
    stale = scene.server.as_user(scene.kim.login)  # opened before the deactivation
    with scene.server.as_user(scene.admin.login) as admin:
        admin.execute("UPDATE coach.users SET active = false WHERE login = %s", (scene.kim.login,))
    assert _login_state(scene, scene.kim.login) == (False, ["coach"])
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        scene.server.as_user(scene.kim.login)
    with stale:
        refused(stale, "INSERT INTO coach.applied_ops (op_id) VALUES (%s)", uuid.uuid4())
        refused(stale, "INSERT INTO coach.blobs (hash, size) VALUES (%s, 1)", "a" * 64)
        assert stale.execute("UPDATE coach.visits SET notes = 'x'").rowcount == 0
        assert one(stale, "SELECT count(*) FROM coach.companies") == (0,)
    with scene.server.as_user(scene.admin.login) as admin:
        admin.execute("UPDATE coach.users SET active = true WHERE login = %s", (scene.kim.login,))
    assert _login_state(scene, scene.kim.login) == (True, ["coach"])
    scene.server.as_user(scene.kim.login).close()


def test_a_role_change_moves_the_login_in_the_same_transaction(scene: Agency) -> None:
    lee = scene.lee.login
    with scene.server.as_user(scene.admin.login) as admin, admin.transaction():
        admin.execute("UPDATE coach.users SET role = 'supervisor' WHERE login = %s", (lee,))
        assert one(
            admin,
            "SELECT pg_has_role(%s, %s, 'MEMBER'), pg_has_role(%s, %s, 'MEMBER')",
            lee,
            f"{scene.server.prefix}supervisor",
            lee,
            f"{scene.server.prefix}coach",
        ) == (True, False)
    assert _login_state(scene, lee) == (True, ["supervisor"])
    with scene.server.as_user(scene.admin.login) as admin:
        refused(admin, "UPDATE coach.users SET login = 'postgres' WHERE login = %s", lee)
        with pytest.raises(REFUSED), admin.transaction():
            admin.execute("UPDATE coach.users SET role = 'coach' WHERE login = %s", (lee,))
            admin.execute("SELECT coach.refuse('changed my mind')")
    assert _login_state(scene, lee) == (True, ["supervisor"])  # rolled back together
    with scene.server.as_user(scene.kim.login) as kim:
        refused(kim, "UPDATE coach.users SET role = 'admin' WHERE login = session_user")


def test_a_stalled_writer_is_ended_so_pulls_move_on(scene: Agency) -> None:
    scene.server.admin.execute("SELECT 1")  # the cluster connection
    with psycopg.connect(scene.server.url, autocommit=True) as owner:
        owner.execute(
            "UPDATE coach.settings SET value = '0.3 seconds' WHERE key = 'writer_idle_limit'"
        )
    with scene.server.as_user(scene.kim.login) as staller:
        staller.execute("SET idle_in_transaction_session_timeout = 0")
        staller.execute("SET statement_timeout = 0")
        staller.execute("BEGIN")
        held = int(one(staller, "SELECT pg_current_xact_id()::text")[0])
        with scene.server.as_user(scene.lee.login) as lee:
            xmin = int(one(lee, "SELECT pg_snapshot_xmin(pg_current_snapshot())::text")[0])
            assert xmin <= held  # every pull is held back by the open writer
            time.sleep(0.6)
            # A push (any insert into applied_ops) ends the stalled writer. The end is a
            # signal to another backend: on a busy machine it lands a moment later.
            lee.execute("INSERT INTO coach.applied_ops (op_id) VALUES (%s)", (uuid.uuid4(),))
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                xmin = int(one(lee, "SELECT pg_snapshot_xmin(pg_current_snapshot())::text")[0])
                if xmin > held:
                    break
                time.sleep(0.1)
            assert xmin > held
        with pytest.raises(psycopg.OperationalError):
            staller.execute("SELECT 1")


def test_a_forged_blob_does_not_lose_the_real_photo(scene: Agency, tmp_path: Path) -> None:
    """The upload of the real bytes goes through whatever another login left under their
    hash, and every laptop receives the real bytes."""
    from coach_app.services.attachments import add_attachment, attachments_of, content

    data = b"\x89PNG real photo " * 40_000  # two chunks
    digest = hashlib.sha256(data).hexdigest()
    with scene.server.as_user(scene.lee.login) as lee:
        lee.execute("INSERT INTO coach.blobs (hash, size) VALUES (%s, 1)", (digest,))
        lee.execute(
            "INSERT INTO coach.blob_chunks (hash, position, data) VALUES (%s, 0, 'junk')",
            (digest,),
        )
        refused(lee, "UPDATE coach.blobs SET complete = true WHERE hash = %s", digest)
    add_attachment(scene.kim.db, scene.companies[0], tmp_path / "공장.png", data=data)
    assert scene.kim.sync().uploaded == 1
    assert settle(scene.supervisor).downloaded == 1
    (attachment,) = attachments_of(scene.supervisor.db, scene.companies[0])
    assert content(scene.supervisor.db, attachment) == data


def test_a_session_sitting_on_a_lock_others_wait_for_is_ended(scene: Agency) -> None:
    """A row's advisory lock (what a push takes) held by an idle session, outside any
    transaction, where no time-out applies."""
    with psycopg.connect(scene.server.url, autocommit=True) as owner:
        owner.execute("UPDATE coach.settings SET value = '0.3 seconds' WHERE key LIKE 'writer_%'")
    company = scene.companies[0]
    key = "SELECT pg_advisory_lock(hashtextextended(%s::text, 0))"
    sitter = scene.server.as_user(scene.kim.login)
    sitter.execute(key, (company,))
    waiter = scene.server.as_user(scene.lee.login)
    waited = threading.Thread(target=waiter.execute, args=(key, (company,)))
    waited.start()
    time.sleep(0.6)
    with scene.server.as_user(scene.supervisor.login) as sup:
        assert one(sup, "SELECT coach.end_stalled_writers()") == (1,)
    waited.join(timeout=10)
    assert not waited.is_alive()  # the push it stood for goes on
    with pytest.raises(psycopg.OperationalError):
        sitter.execute("SELECT 1")
    sitter.close()
    waiter.close()


def test_every_refusal_of_the_server_is_explained_to_the_user() -> None:
    from coach_app.sync.errors import explain_refusal
    from coach_app.sync.server import MIGRATIONS

    text = "".join(p.read_text() for p in (MIGRATIONS / "versions").glob("*.py"))
    reasons = re.findall(r"coach\.refuse\((?:format\()?'([^']+)'", text)
    reasons += ['violates check constraint "ck_companies_brn"',
                'violates check constraint "ck_assignments_dates"']  # fmt: skip
    assert len(reasons) > 15
    assert [r for r in reasons if explain_refusal(r) == r] == []


def test_a_session_holding_rows_while_it_looks_busy_is_ended(scene: Agency) -> None:
    """``SELECT pg_advisory_lock(<row id>), pg_sleep(…)``: active, not idle, and every push
    of that row waited behind it for as long as it liked."""
    with psycopg.connect(scene.server.url, autocommit=True) as owner:
        owner.execute(
            "UPDATE coach.settings SET value = '0.5 seconds' WHERE key = 'writer_block_limit'"
        )
    company = scene.companies[0]
    key = "SELECT pg_advisory_lock(hashtextextended(%s::text, 0))"
    sitter = scene.server.as_user(scene.kim.login)
    sitter.execute("SET statement_timeout = 0")
    sat: list[BaseException] = []

    def sit() -> None:
        try:
            sitter.execute(key + ", pg_sleep(60)", (company,))
        except psycopg.Error as error:
            sat.append(error)

    sitting = threading.Thread(target=sit)
    sitting.start()
    time.sleep(0.3)
    waiter = scene.server.as_user(scene.lee.login)
    waited = threading.Thread(target=waiter.execute, args=(key, (company,)))
    waited.start()
    time.sleep(0.3)
    with scene.server.as_user(scene.supervisor.login) as sup:
        assert one(sup, "SELECT coach.end_stalled_writers()") == (0,)  # not waited long yet
        time.sleep(0.6)
        assert one(sup, "SELECT coach.end_stalled_writers()") == (1,)
    waited.join(timeout=10)
    sitting.join(timeout=10)
    assert not waited.is_alive() and not sitting.is_alive()
    assert sat and isinstance(sat[0], psycopg.OperationalError)  # ended, not let finish
    sitter.close()
    waiter.close()


def test_a_push_stops_waiting_for_held_rows_and_says_why(
    scene: Agency, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coach_app.services.visits import record_visit
    from coach_app.sync import push
    from coach_app.sync.errors import SyncError
    from tests.sync.test_reliability import outbox_size
    from tests.sync.test_sync_flow import visit

    monkeypatch.setattr(push, "LOCK_WAIT_S", 1)
    typed = record_visit(scene.kim.db, scene.companies[0], visit("붙잡힌 방문"))
    with scene.server.as_user(scene.supervisor.login) as holder:
        holder.execute("SELECT pg_advisory_lock(hashtextextended(%s::text, 0))", (typed,))
        began = time.monotonic()
        with pytest.raises(SyncError) as caught:
            scene.kim.sync()
        assert time.monotonic() - began < 10
        assert "붙잡고" in str(caught.value)
        assert outbox_size(scene.kim.db) > 0  # nothing lost
    assert scene.kim.sync().pushed >= 1
    assert outbox_size(scene.kim.db) == 0


def test_an_assignment_gives_its_company_from_its_first_day(scene: Agency) -> None:
    import datetime as dt

    from coach_app.services.people import assign_coach, user_by_login

    lee = user_by_login(scene.admin.db, scene.lee.login)
    assert lee is not None
    company = scene.companies[0]
    assign_coach(
        scene.admin.db,
        scene.programme,
        company,
        lee.id,
        dt.date.today() + dt.timedelta(days=30),
    )
    scene.admin.sync()
    with scene.server.as_user(scene.lee.login) as conn:
        assert one(conn, "SELECT count(*) FROM coach.companies WHERE id = %s", company) == (0,)
        changed = conn.execute(
            "UPDATE coach.companies SET phone = '000' WHERE id = %s", (company,)
        ).rowcount
        assert changed == 0
    report = scene.lee.sync()
    assert report.companies_added == 0


def test_an_upload_stops_at_the_size_a_file_may_have(scene: Agency) -> None:
    """A blob announced as one byte took 25 MB of chunks, and the status summed the sizes
    announced ("1 bytes")."""
    from coach_app.sync.admin import server_status

    digest = "ab" * 32
    chunk = b"x" * 524_288
    with scene.server.as_user(scene.lee.login) as lee:
        lee.execute("INSERT INTO coach.blobs (hash, size) VALUES (%s, 1)", (digest,))
        for position in range(40):  # 20 MB exactly: still a file's size
            lee.execute(
                "INSERT INTO coach.blob_chunks (hash, position, data) VALUES (%s, %s, %s)",
                (digest, position, chunk),
            )
        refused(
            lee,
            "INSERT INTO coach.blob_chunks (hash, position, data) VALUES (%s, 40, 'more')",
            digest,
        )
    status = server_status(scene.server.url)
    assert status.pending_blobs == 1 and status.pending_bytes == 40 * len(chunk)


def test_another_agencys_login_cannot_even_connect(scene: Agency) -> None:
    stranger = f"{scene.server.prefix}stranger"
    scene.server.logins.append(stranger)
    scene.server.admin.execute(
        psycopg.sql.SQL("CREATE ROLE {} LOGIN").format(psycopg.sql.Identifier(stranger))
    )
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        scene.server.as_user(stranger)
    scene.server.as_user(scene.kim.login).close()  # the agency's people still do


def _visit(connection: Conn, company: object) -> uuid.UUID:
    visit = uuid.uuid4()
    connection.execute(
        "INSERT INTO coach.visits (id, company_id, coach_id, visit_date, place, attendees,"
        " purpose, notes, created_at, updated_at) VALUES (%s, %s, coach.me(), current_date,"
        " '', '', '', '', now(), now())",
        (visit, company),
    )
    return visit


def _diagnosis(connection: Conn, company: object, visit: object) -> uuid.UUID:
    diagnosis = uuid.uuid4()
    connection.execute(
        "INSERT INTO coach.diagnoses (id, company_id, visit_id, coach_id, template_id,"
        " template_version, diagnosed_on, comment, area_scores, created_at, updated_at) VALUES"
        " (%s, %s, %s, coach.me(), 'rnd', '1', current_date, '', '{}', now(), now())",
        (diagnosis, company, visit),
    )
    return diagnosis


def test_a_link_never_leads_into_another_company(scene: Agency) -> None:
    mine, theirs = scene.companies[0], scene.companies[1]
    with scene.server.as_user(scene.lee.login) as lee:
        lee_visit = _visit(lee, theirs)
        lee_difficulty = _difficulty(lee, theirs, lee_visit)
        lee_file = _attachment(lee, theirs, lee_visit)
    with scene.server.as_user(scene.kim.login) as kim:
        kim_visit = one(kim, "SELECT id FROM coach.visits")[0]
        roadmap = one(kim, "SELECT id FROM coach.roadmaps")[0]
        difficulty = _difficulty(kim, mine, kim_visit)
        diagnosis = _diagnosis(kim, mine, kim_visit)
        score = uuid.uuid4()
        kim.execute(
            "INSERT INTO coach.diagnosis_scores (id, diagnosis_id, item_code, evidence, comment,"
            " created_at, updated_at) VALUES (%s, %s, 'x', 'self', '', now(), now())",
            (score, diagnosis),
        )
        # New rows of company 0 pointing at company 1, table by table.
        another = "links to a row of another company"
        attempts: list[Callable[[], object]] = [
            lambda: _difficulty(kim, mine, lee_visit),
            lambda: _diagnosis(kim, mine, lee_visit),
            lambda: _attachment(kim, mine, lee_visit),
        ]
        for attempt in attempts:
            with pytest.raises(REFUSED, match=another):
                attempt()
        with pytest.raises(REFUSED, match=f"difficulties.followed_up_visit_id {another}"):
            kim.execute(
                "INSERT INTO coach.difficulties (id, company_id, visit_id, followed_up_visit_id,"
                " category, description, severity, requested_support, agency, status,"
                " resolution, created_at, updated_at) VALUES (%s, %s, %s, %s, 'funding', '',"
                " 'high', '', '', 'open', '', now(), now())",
                (uuid.uuid4(), mine, kim_visit, lee_visit),
            )
        # Existing rows relinked to company 1.
        for statement, params in (
            ("UPDATE coach.difficulties SET visit_id = %s WHERE id = %s", (lee_visit, difficulty)),
            (
                "UPDATE coach.difficulties SET followed_up_visit_id = %s WHERE id = %s",
                (lee_visit, difficulty),
            ),
            ("UPDATE coach.diagnoses SET visit_id = %s WHERE id = %s", (lee_visit, diagnosis)),
            (
                "UPDATE coach.diagnosis_scores SET attachment_id = %s WHERE id = %s",
                (lee_file, score),
            ),
            (
                "UPDATE coach.roadmap_items SET difficulty_id = %s WHERE roadmap_id = %s",
                (lee_difficulty, roadmap),
            ),
        ):
            with pytest.raises(REFUSED, match=another):
                kim.execute(statement, params)
        # Checked at commit: a push may still carry a child before its parent.
        with kim.transaction():
            early = uuid.uuid4()
            _difficulty(kim, mine, early)
            kim.execute(
                "INSERT INTO coach.visits (id, company_id, coach_id, visit_date, place,"
                " attendees, purpose, notes, created_at, updated_at) VALUES (%s, %s, coach.me(),"
                " current_date, '', '', '', '', now(), now())",
                (early, mine),
            )
        # Links within the company still go through.
        own_file = _attachment(kim, mine, kim_visit)
        kim.execute(
            "UPDATE coach.diagnosis_scores SET attachment_id = %s WHERE id = %s", (own_file, score)
        )
        kim.execute(
            "UPDATE coach.roadmap_items SET difficulty_id = %s WHERE roadmap_id = %s",
            (difficulty, roadmap),
        )
        assert one(kim, "SELECT count(*) FROM coach.difficulties") == (2,)
        assert one(kim, "SELECT count(*) FROM coach.diagnoses") == (1,)


def test_coaches_sharing_a_company_only_follow_up_each_others_visits(scene: Agency) -> None:
    from coach_app.services.visits import FollowUpDraft, difficulties_of, save_visit
    from tests.sync.test_sync_flow import visit

    company = scene.companies[0]
    with scene.server.as_user(scene.supervisor.login) as sup:
        sup.execute(
            "INSERT INTO coach.assignments (id, programme_id, company_id, coach_id, starts_on,"
            " created_at, updated_at) VALUES (%s, %s, %s, %s, current_date - 10, now(), now())",
            (uuid.uuid4(), scene.programme, company, user_id(sup, scene.lee.login)),
        )
    with scene.server.as_user(scene.kim.login) as kim:
        kim_visit = one(kim, "SELECT id FROM coach.visits")[0]
        difficulty = _difficulty(kim, company, kim_visit)
        attachment = _attachment(kim, company, kim_visit)
    not_his = "only the coach of visit"
    with scene.server.as_user(scene.lee.login) as lee:
        lee_visit = _visit(lee, company)
        # kim's visit: its difficulties' content, its files, and nothing added to it.
        for statement in (
            "UPDATE coach.difficulties SET description = '고침' WHERE id = %s",
            "UPDATE coach.difficulties SET severity = 'low', status = 'resolved' WHERE id = %s",
            "UPDATE coach.difficulties SET deleted_at = now() WHERE id = %s",
            "UPDATE coach.attachments SET deleted_at = now() WHERE id = %s",
            "UPDATE coach.attachments SET caption = '고침' WHERE id = %s",
        ):
            with pytest.raises(REFUSED, match=not_his):
                lee.execute(statement, (attachment if "attachments" in statement else difficulty,))
        with pytest.raises(REFUSED, match=not_his):
            _difficulty(lee, company, kim_visit)
        with pytest.raises(REFUSED, match=not_his):
            _attachment(lee, company, kim_visit)
        for table, row in (("difficulties", difficulty), ("attachments", attachment)):
            with pytest.raises(REFUSED, match=not_his):
                lee.execute(
                    f"UPDATE coach.{table} SET visit_id = %s WHERE id = %s", (lee_visit, row)
                )
        # A follow-up is recorded at a visit of lee's own, never at none or at kim's.
        for at in (None, kim_visit):
            with pytest.raises(REFUSED, match="a follow-up is recorded at a visit of your own"):
                lee.execute(
                    "UPDATE coach.difficulties SET status = 'in_progress',"
                    " followed_up_visit_id = %s WHERE id = %s",
                    (at, difficulty),
                )
        lee.execute(
            "UPDATE coach.difficulties SET status = 'resolved', resolution = '특례보증',"
            " resolved_on = current_date, followed_up_visit_id = %s, updated_at = now()"
            " WHERE id = %s",
            (lee_visit, difficulty),
        )
        # lee's own visit, and the company's own files, are lee's to write.
        _difficulty(lee, company, lee_visit)
        _attachment(lee, company, lee_visit)
        _attachment(lee, company, None)
    with scene.server.as_user(scene.kim.login) as kim:
        assert one(
            kim, "SELECT status, description FROM coach.difficulties WHERE id = %s", difficulty
        ) == ("resolved", "자금 부족")
        assert one(kim, "SELECT deleted_at FROM coach.attachments WHERE id = %s", attachment) == (
            None,
        )
        # kim's own content stays his, after lee's follow-up too.
        kim.execute(
            "UPDATE coach.difficulties SET description = '고침' WHERE id = %s", (difficulty,)
        )
    # What the app offers lee, a follow-up of kim's difficulty at lee's visit, syncs.
    settle(scene.lee)
    raised = next(d for d in difficulties_of(scene.lee.db, company) if d.status == "resolved")
    save_visit(
        scene.lee.db,
        company,
        visit("이코치의 후속 방문"),
        follow_ups=[FollowUpDraft(raised.id, "open", "재발")],
    )
    report = settle(scene.lee)
    assert report.rejected == 0, report.messages
    settle(scene.kim)
    assert [d.status for d in difficulties_of(scene.kim.db, company) if d.id == difficulty] == [
        "open"
    ]
