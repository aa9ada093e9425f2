"""The administrator's commands on the real PostgreSQL: programmes, assignments listed and
ended, the server's status, the role prefix, and connection failures told apart."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest
from psycopg import sql

from coach_app.cli import main
from coach_app.domain.company import CompanyDraft
from coach_app.domain.errors import CoachError, ValidationError
from coach_app.domain.programme import ProgrammeDraft
from coach_app.sync.admin import (
    add_programme,
    end_assignment,
    list_assignments,
    list_programmes,
    server_status,
    write_companies,
)
from coach_app.sync.admin_connection import AdminConnectionError, explain, owner_connect, shown
from coach_app.sync.server import assign, init_server, server_head
from tests.sync.conftest import NUMBERS, Server

TODAY = dt.date.today()


def test_programmes_are_added_once_a_year_and_listed(server: Server) -> None:
    add_programme(server.url, ProgrammeDraft("수출코칭", 2026, 0), "광주TP")
    add_programme(server.url, ProgrammeDraft("수출코칭", 2027, 0), "광주TP")
    with pytest.raises(ValidationError, match="수출코칭 \\(2026\\)"):
        add_programme(server.url, ProgrammeDraft(" 수출코칭 ", 2026, 0))
    with pytest.raises(ValidationError):
        add_programme(server.url, ProgrammeDraft("", 1999))
    assert [(p.name, p.year, p.agency) for p in list_programmes(server.url)] == [
        ("수출코칭", 2027, "광주TP"),
        ("수출코칭", 2026, "광주TP"),
    ]


def test_companies_written_to_the_server_meet_its_checks(server: Server) -> None:
    assert write_companies(server.url, [(None, CompanyDraft("(주)하나", NUMBERS[0]))]) == (1, 0)
    with psycopg.connect(server.url) as owner:
        found = owner.execute("SELECT id, version FROM coach.companies").fetchall()
    assert len(found) == 1 and found[0][1] > 0  # the server's trigger stamped it
    # Updating keeps what an empty cell would have wiped.
    with psycopg.connect(server.url) as owner:
        owner.execute("UPDATE coach.companies SET ceo = '김대표'")
    assert write_companies(server.url, [(found[0][0], CompanyDraft("(주)하나로", NUMBERS[0]))]) == (
        0,
        1,
    )
    with psycopg.connect(server.url) as owner:
        assert owner.execute("SELECT name, ceo FROM coach.companies").fetchone() == (
            "(주)하나로",
            "김대표",
        )
        version = owner.execute("SELECT version FROM coach.companies").fetchone()
    # The same list again changes nothing: no new version for every laptop to pull.
    again = [(found[0][0], CompanyDraft("(주)하나로", NUMBERS[0]))]
    assert write_companies(server.url, again) == (0, 0)
    with psycopg.connect(server.url) as owner:
        assert owner.execute("SELECT version FROM coach.companies").fetchone() == version
    # The same number twice: the server's unique index refuses, nothing is written.
    with pytest.raises(CoachError, match="아무것도 가져오지 않았습니다"):
        write_companies(
            server.url,
            [
                (None, CompanyDraft("(주)둘", NUMBERS[1])),
                (None, CompanyDraft("(주)셋", NUMBERS[0])),
            ],
        )
    with psycopg.connect(server.url) as owner:
        assert owner.execute("SELECT count(*) FROM coach.companies").fetchone() == (1,)


def test_assignments_listed_filtered_and_ended(server: Server) -> None:
    kim, lee = server.user("kim", "coach", "김코치"), server.user("lee", "coach", "이코치")
    add_programme(server.url, ProgrammeDraft("R&D", 2026))
    write_companies(
        server.url, [(None, CompanyDraft(f"(주)회사{i}", n)) for i, n in enumerate(NUMBERS[:2])]
    )
    start = TODAY - dt.timedelta(days=10)
    assign(server.url, kim, NUMBERS[0], "R&D", start)
    assign(server.url, kim, NUMBERS[1], "R&D", start, TODAY + dt.timedelta(days=5))
    assign(server.url, lee, NUMBERS[0], "R&D", start)
    assert len(list_assignments(server.url)) == 3
    park = server.user("park", "supervisor", "박감독")
    with pytest.raises(ValidationError) as supervisor:  # said as it is, not "not found"
        assign(server.url, park, NUMBERS[0], "R&D", start)
    assert supervisor.value.problems[0].code == "not_a_coach"
    assert {a.brn for a in list_assignments(server.url, coach=kim)} == set(NUMBERS[:2])
    assert {a.coach for a in list_assignments(server.url, company=NUMBERS[0])} == {kim, lee}
    assert list_programmes(server.url)[0].live_assignments == 3

    with pytest.raises(ValidationError):  # before it started
        end_assignment(server.url, kim, NUMBERS[0], "R&D", start - dt.timedelta(days=1))
    assert end_assignment(server.url, kim, NUMBERS[0], "R&D", TODAY) == start
    with pytest.raises(ValidationError):  # nothing left open
        end_assignment(server.url, kim, NUMBERS[0], "R&D", TODAY)
    # One ending after the new date is brought forward.
    end_assignment(server.url, kim, NUMBERS[1], "R&D", TODAY - dt.timedelta(days=1))
    ended = {a.brn: a.ends_on for a in list_assignments(server.url, coach=kim)}
    assert ended == {NUMBERS[0]: TODAY, NUMBERS[1]: TODAY - dt.timedelta(days=1)}
    assert list_programmes(server.url)[0].live_assignments == 2
    # Ended, the same period cannot be assigned twice, a later one can.
    with pytest.raises(ValidationError):
        assign(server.url, kim, NUMBERS[0], "R&D", start)
    assign(server.url, kim, NUMBERS[0], "R&D", TODAY + dt.timedelta(days=1))


def test_status_shows_the_oldest_transaction_pending_uploads_and_the_audit_log(
    server: Server,
) -> None:
    kim = server.user("kim", "coach", "김코치")
    quiet = server_status(server.url)
    assert quiet.schema == server_head() and quiet.oldest_age is None and quiet.pending_blobs == 0
    writer = server.as_user(kim)
    writer.execute("INSERT INTO coach.blobs (hash, size) VALUES (%s, 10)", ("a" * 64,))
    writer.execute(  # the bytes stored so far count, not the size announced
        "INSERT INTO coach.blob_chunks (hash, position, data) VALUES (%s, 0, %s)",
        ("a" * 64, b"x" * 7),
    )
    writer.execute("BEGIN")
    writer.execute("SELECT pg_current_xact_id()")
    try:
        busy = server_status(server.url)
    finally:
        writer.close()
    assert busy.clients == {kim: 1}
    assert busy.oldest_login == kim and busy.oldest_state == "idle in transaction"
    assert busy.pending_blobs == 1 and busy.pending_bytes == 7
    assert busy.audit_rows > quiet.audit_rows - 1 and busy.database_bytes > 0


def test_a_second_role_prefix_is_refused(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    init_server(server.url, server.prefix)  # the same one: an upgrade, fine
    init_server(server.url)  # none given: the stored one
    with pytest.raises(ValidationError, match=server.prefix):
        init_server(server.url, "other_")
    assert main(["--lang", "en", "server", "init", server.url, "--role-prefix", "x_"]) == 2
    assert f"already uses the prefix '{server.prefix}'" in capsys.readouterr().err


def test_connection_failures_are_told_apart(server: Server) -> None:
    base = server.url.rpartition("/")[0]
    cases = {
        f"{base}/no_such_database": "그런 데이터베이스가 없습니다",
        server.url.replace("postgres@", "nobody_at_all@"): "로그인을 거부했습니다",
        "postgresql://postgres@127.0.0.1:1/x": "서버에 연결할 수 없습니다",
        f"{server.url}?sslmode=verify-full&sslrootcert=/nonexistent/ca.crt": "보안 연결(TLS)",
    }
    for url, expected in cases.items():
        with pytest.raises(AdminConnectionError) as caught:
            owner_connect(url)
        assert expected in str(caught.value), (url, str(caught.value))
        others = [e for e in cases.values() if e != expected]
        assert not any(e in str(caught.value) for e in others)
    # A wrong password (the test cluster trusts local logins, so the error is made up here).
    wrong = explain(server.url, psycopg.errors.InvalidPassword("password authentication failed"))
    assert "로그인을 거부했습니다" in str(wrong) and "PGPASSWORD" in str(wrong)


def test_the_password_never_shows() -> None:
    assert shown("postgresql://kim:s3cret@db.agency:5433/coach") == (
        "postgresql://kim@db.agency:5433/coach"
    )
    assert "s3cret" not in shown("host=db user=kim password=s3cret dbname=coach")


def test_the_status_command_warns_when_other_transactions_are_hidden(
    server: Server, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["--lang", "en", "server", "status", server.url]) == 0
    out = capsys.readouterr().out
    assert (
        f"Schema: {server_head()}" in out and "Warning" not in out
    )  # the test cluster's owner: superuser
    monkeypatch.setattr("coach_app.sync.server.watchdog_ready", lambda url: False)
    assert main(["--lang", "en", "server", "status", server.url]) == 0
    assert "not a member of pg_read_all_stats" in capsys.readouterr().out


def test_add_user_never_takes_over_a_login_that_is_not_this_databases(server: Server) -> None:
    """Another agency's person on the same cluster (or the owner) keeps their password and
    groups; a user of this database is still updated as before."""
    from coach_app.sync.server import add_user

    other = f"{server.prefix}other_agency_kim"
    server.logins.append(other)
    admin = server.admin
    admin.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD 'theirs'").format(sql.Identifier(other)))

    def secret() -> object:
        row = admin.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (other,))
        return row.fetchone()

    before = secret()
    with pytest.raises(ValidationError) as caught:
        add_user(server.url, other, "coach", "김다른", password="mine-now")
    assert caught.value.problems[0].code == "login_elsewhere"
    assert secret() == before
    groups = admin.execute(
        "SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member"
        " WHERE r.rolname = %s",
        (other,),
    ).fetchone()
    assert groups == (0,)
    ours = server.user("kim", "coach", "김코치")
    add_user(server.url, ours, "coach", "김현장", password="again")  # ours: still updated


def test_admin_commands_on_a_database_without_coach_say_so(server: Server) -> None:
    from coach_app.sync.admin import server_status
    from coach_app.sync.admin_connection import NotCoachDatabase
    from coach_app.sync.server import end_stalled_writers

    name = f"{server.url.rsplit('/', 1)[-1]}_empty"
    server.admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        empty = server.url.rsplit("/", 1)[0] + "/" + name
        for command in (server_status, end_stalled_writers):
            with pytest.raises(NotCoachDatabase) as caught:
                command(empty)
            assert "server init" in str(caught.value)
        assert main(["--lang", "en", "server", "status", empty]) == 1
    finally:
        server.admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
