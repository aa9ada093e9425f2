"""People on the server: passwords sent as SCRAM verifiers, and the administrator's commands."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from psycopg import sql

from coach_app.cli import main
from coach_app.domain.errors import ValidationError
from coach_app.sync.server import (
    add_user,
    assign,
    list_users,
    reset_password,
    set_active,
    set_role,
    watchdog_ready,
)
from tests.sync.conftest import Agency, Server

SECRET = "s3cret-비밀번호"


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every statement and parameter any connection sends, as text."""
    seen: list[str] = []
    original = psycopg.Cursor.execute

    def execute(self: psycopg.Cursor[Any], query: Any, params: Any = None, **kw: Any) -> Any:
        text = query.as_string(self.connection) if isinstance(query, sql.Composable) else query
        seen.append(f"{text!s} {params!r}")
        return original(self, query, params, **kw)

    monkeypatch.setattr(psycopg.Cursor, "execute", execute)
    yield seen


def stored_verifier(server: Server, login: str) -> str:
    row = server.admin.execute(
        "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (login,)
    ).fetchone()
    assert row is not None
    return str(row[0])


def matches(verifier: str, password: str) -> bool:
    """RFC 5802/7677: the stored key is H(HMAC(SaltedPassword, "Client Key"))."""
    method, rest = verifier.split("$", 1)
    iterations_salt, keys = rest.split("$")
    iterations, salt = iterations_salt.split(":")
    stored_key = keys.split(":")[0]
    salted = hashlib.pbkdf2_hmac(
        "sha256", password.encode(), base64.b64decode(salt), int(iterations)
    )
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    return (
        method == "SCRAM-SHA-256"
        and base64.b64encode(hashlib.sha256(client_key).digest()).decode() == stored_key
    )


def test_add_user_sends_a_scram_verifier_never_the_password(
    server: Server, sent: list[str]
) -> None:
    login = f"{server.prefix}u_kim"
    server.logins.append(login)
    add_user(server.url, login, "coach", "김코치", password=SECRET)
    assert sent, "statements were recorded"
    assert not [s for s in sent if SECRET in s]
    assert [s for s in sent if "PASSWORD 'SCRAM-SHA-256$4096:" in s]
    assert matches(stored_verifier(server, login), SECRET)
    assert not matches(stored_verifier(server, login), SECRET + "x")


def test_rerunning_add_user_resets_the_password_and_keeps_the_name(server: Server) -> None:
    login = server.user("kim", "coach", "김코치")
    add_user(server.url, login, "coach", "", password="새 비밀번호")
    assert matches(stored_verifier(server, login), "새 비밀번호")
    assert [(u.login, u.name) for u in list_users(server.url)] == [(login, "김코치")]


def test_an_empty_password_is_refused(server: Server) -> None:
    login = server.user("kim", "coach", "김코치")
    with pytest.raises(ValidationError):
        add_user(server.url, login, "coach", "", password="")
    with pytest.raises(ValidationError):
        reset_password(server.url, login, "")
    assert stored_verifier(server, login) == "None"  # untouched: still no password


def test_users_deactivated_reactivated_moved_and_given_a_new_password(
    server: Server, sent: list[str]
) -> None:
    login = server.user("kim", "coach", "김코치")
    set_active(server.url, login, False)
    assert list_users(server.url)[0].can_log_in is False
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        server.as_user(login)
    add_user(server.url, login, "coach", "", password=SECRET)  # a reset does not reactivate
    assert list_users(server.url)[0].can_log_in is False
    set_active(server.url, login, True)
    set_role(server.url, login, "supervisor")
    with server.as_user(login) as kim:
        assert kim.execute("SELECT coach.my_role()").fetchone() == ("supervisor",)
        groups = kim.execute(
            "SELECT pg_has_role(%s, 'MEMBER'), pg_has_role(%s, 'MEMBER')",
            (f"{server.prefix}supervisor", f"{server.prefix}coach"),
        ).fetchone()
    assert groups == (True, False)
    reset_password(server.url, login, SECRET)
    assert matches(stored_verifier(server, login), SECRET)
    assert not [s for s in sent if SECRET in s]
    (user,) = list_users(server.url)
    assert (user.name, user.role, user.active, user.can_log_in) == (
        "김코치", "supervisor", True, True
    )  # fmt: skip
    with pytest.raises(ValidationError):
        set_active(server.url, "nobody_here", False)


def test_the_user_commands(
    server: Server, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    login = server.user("kim", "coach", "김코치")
    assert main(["--lang", "en", "server", "deactivate", server.url, "--login", login]) == 0
    assert main(["--lang", "en", "server", "users", server.url]) == 0
    assert f"{login}\t김코치\tcoach\tinactive (cannot log in)" in capsys.readouterr().out
    assert main(["--lang", "en", "server", "reactivate", server.url, "--login", login]) == 0
    assert main(["--lang", "en", "server", "set-role", server.url, "--login", login,
                 "--role", "admin"]) == 0  # fmt: skip
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(SECRET + "\n"))
    assert main(["--lang", "en", "server", "reset-password", server.url, "--login", login]) == 0
    assert matches(stored_verifier(server, login), SECRET)
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("\n"))
    assert main(["--lang", "en", "server", "reset-password", server.url, "--login", login]) != 0
    assert main(["--lang", "en", "server", "users", server.url]) == 0
    out = capsys.readouterr().out
    assert f"{login}\t김코치\tadmin\tactive" in out
    assert "Password changed" in out


def test_the_watchdog_command_ends_a_stalled_writer(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    login = server.user("kim", "coach", "김코치")
    server.admin.execute("SELECT 1")
    with psycopg.connect(server.url, autocommit=True) as owner:
        owner.execute("UPDATE coach.settings SET value = '0 seconds' WHERE key LIKE 'writer_%'")
    assert watchdog_ready(server.url)  # the test cluster's owner is a superuser
    staller = server.as_user(login)
    staller.execute("SET idle_in_transaction_session_timeout = 0")
    staller.execute("BEGIN")
    staller.execute("SELECT pg_current_xact_id()")
    assert main(["--lang", "en", "server", "watchdog", server.url]) == 0
    assert "Stalled sessions ended: 1" in capsys.readouterr().out
    with pytest.raises(psycopg.OperationalError):
        staller.execute("SELECT 1")
    staller.close()


def test_assignments_never_end_before_they_start_nor_overlap(agency: Agency) -> None:
    url, kim = agency.server.url, agency.kim.login
    today = dt.date.today()
    company = "124-81-00998"
    with pytest.raises(ValidationError, match="시작일보다"):
        assign(url, kim, company, "R&D 현장코칭", today, today - dt.timedelta(days=1))
    assign(url, kim, company, "R&D 현장코칭", today, today + dt.timedelta(days=30))
    with pytest.raises(ValidationError, match="이미 배정"):
        assign(url, kim, company, "R&D 현장코칭", today + dt.timedelta(days=30))
    assign(url, kim, company, "R&D 현장코칭", today + dt.timedelta(days=31))  # after it
    sup = agency.server.as_user(agency.supervisor.login)
    with sup, pytest.raises(psycopg.errors.CheckViolation):
        sup.execute("UPDATE coach.assignments SET ends_on = starts_on - 1")
