"""Passwords are never shown, logged or stored; failed connections say why."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach_app import logs
from coach_app.services import syncing
from coach_app.store.database import Database
from coach_app.sync import credentials, errors, state
from coach_app.sync.connection import ServerAddress, connect
from coach_app.sync.engine import SyncReport
from tests.sync.conftest import Agency, Laptop
from tests.sync.test_convergence import wait_for_the_horizon

SECRET = "S3cr3t-pw"


@pytest.fixture(autouse=True)
def fresh_run() -> Iterator[None]:
    credentials._THIS_RUN.clear()
    yield
    credentials._THIS_RUN.clear()


def with_password(url: str, login: str = "kim") -> str:
    scheme, rest = url.split("://", 1)
    if "@" in rest:
        rest = rest.split("@", 1)[1]
    return f"{scheme}://{login}:{SECRET}@{rest}"


@pytest.mark.parametrize(
    ("given", "clean", "password"),
    [
        (f"postgresql://kim:{SECRET}@db.agency/coach", "postgresql://kim@db.agency/coach", SECRET),
        ("postgresql://kim:p%40ss@db:5433/coach", "postgresql://kim@db:5433/coach", "p@ss"),
        (f"postgresql://:{SECRET}@db/coach", "postgresql://db/coach", SECRET),
        (
            f"postgresql://db/coach?sslmode=verify-full&password={SECRET}",
            "postgresql://db/coach?sslmode=verify-full",
            SECRET,
        ),
        ("postgresql://kim@db/coach", "postgresql://kim@db/coach", None),
        (
            f"host=db dbname=coach password={SECRET} user=kim",
            "host=db dbname=coach  user=kim",
            SECRET,
        ),
    ],
)
def test_a_password_is_taken_out_of_an_address(
    given: str, clean: str, password: str | None
) -> None:
    assert credentials.split_password(given) == (clean, password)
    assert SECRET not in credentials.without_password(f"failed: {given} (retry)")


def test_a_password_in_the_address_is_used_and_never_stored(agency: Agency, tmp_path: Path) -> None:
    db = Database.open(tmp_path / "kim2" / "coach.sqlite3")
    try:
        url = with_password(agency.server.url, agency.kim.login)
        wait_for_the_horizon(Laptop(db, agency.server, agency.kim.login))
        report = syncing.run_sync(db, url, agency.kim.login)
        assert report.pulled > 0
        syncing.remember_server(db, url, agency.kim.login)
        assert state.load(db).server_url == url.replace(f":{SECRET}", "")
        assert SECRET not in str(state.load(db).as_json())
        differences, _ = syncing.check_against_server(db)
        assert differences == []
    finally:
        db.close()
    for file in (tmp_path / "kim2").rglob("*"):
        if file.is_file():
            assert SECRET.encode() not in file.read_bytes(), file


@pytest.mark.parametrize(
    ("url", "kind", "words"),
    [
        ("postgresql://kim:{pw}@127.0.0.1:1/coach", errors.ServerUnreachable, "서버에 연결할 수"),
        pytest.param(
            "postgresql://postgres:{pw}@127.0.0.1:5432/no_such_db",
            errors.WrongDatabase,
            "데이터베이스가 없",
            marks=pytest.mark.postgres,
        ),
        pytest.param(
            "postgresql://nobody_here:{pw}@127.0.0.1:5432/postgres",
            errors.NotAuthorised,
            "로그인",
            marks=pytest.mark.postgres,
        ),
        pytest.param(
            "postgresql://postgres:{pw}@127.0.0.1:5432/postgres?sslmode=require",
            errors.CertificateProblem,
            "TLS",
            marks=pytest.mark.postgres,
        ),
        (
            "postgresql://postgres:{pw}@127.0.0.1:5432/postgres?sslmode=nonsense",
            errors.SyncError,
            "",
        ),
        ("postgresql://kim:{pw}@[bad/coach", errors.SyncError, "서버 주소"),
    ],
)
def test_failed_connections_say_why_and_never_show_the_password(
    url: str, kind: type[errors.SyncError], words: str
) -> None:
    with pytest.raises(kind) as caught:
        connect(ServerAddress(url.format(pw=SECRET), None))
    message = str(caught.value)
    assert words in message and SECRET not in message
    assert caught.value.__cause__ is None  # the driver's own text is not chained on


@pytest.mark.parametrize(
    ("text", "sqlstate", "kind"),
    [
        ('FATAL:  password authentication failed for user "kim"', "28P01", errors.NotAuthorised),
        ('FATAL:  no pg_hba.conf entry for host "10.0.0.5"', "28000", errors.NotAuthorised),
        ('FATAL:  database "coach" does not exist', "3D000", errors.WrongDatabase),
        ("SSL error: certificate verify failed", None, errors.CertificateProblem),
        ('root certificate file "/x/ca.crt" does not exist', None, errors.CertificateProblem),
        ("timeout expired", None, errors.ServerUnreachable),
        ("FATAL:  sorry, too many clients already", None, errors.ServerBusy),
        ('FATAL:  too many connections for database "coach"', None, errors.ServerBusy),
        ('FATAL:  too many connections for role "kim"', "53300", errors.ServerBusy),
        (
            "FATAL:  remaining connection slots are reserved for non-replication superuser"
            " connections",
            None,
            errors.ServerBusy,
        ),
        ('could not translate host name "db.agency" to address', None, errors.ServerUnreachable),
    ],
)
def test_connection_failures_are_told_apart(
    text: str, sqlstate: str | None, kind: type[errors.SyncError]
) -> None:
    class Failure(Exception):
        """Stands for psycopg's error: its message, and the server's code when it sent one."""

        def __init__(self, message: str, sqlstate: str | None) -> None:
            super().__init__(message)
            self.sqlstate = sqlstate

    failure = Failure(f"connection failed: {text}", sqlstate)
    found = errors.connect_failed("postgresql://db.agency/coach", "kim", failure)
    assert type(found) is kind


def test_the_log_never_holds_a_password(tmp_path: Path) -> None:
    path = logs.setup(tmp_path)
    try:
        raise RuntimeError(f"boom at postgresql://kim:{SECRET}@db/coach password={SECRET}")
    except RuntimeError:
        logs.log.exception("sync failed for postgresql://kim:%s@db/coach", SECRET)
    for handler in logs.log.handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "sync failed" in text and "boom" in text
    assert SECRET not in text
    for handler in list(logs.log.handlers):
        if isinstance(handler, logging.FileHandler) and handler.baseFilename == str(path):
            logs.log.removeHandler(handler)
            handler.close()


class NeedsPassword:
    """A server that wants the password "right" (the test cluster trusts every login)."""

    def __init__(self) -> None:
        self.tries: list[str | None] = []

    def sync(self, _db: Database, address: ServerAddress, _progress: object = None) -> SyncReport:
        self.tries.append(address.password)
        if address.password != "right":
            raise errors.bad_login(address.login or "")
        return SyncReport()


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> NeedsPassword:
    server = NeedsPassword()
    monkeypatch.setattr("coach_app.sync.engine.sync", server.sync)
    monkeypatch.setattr(credentials, "has_keyring", lambda: False)
    return server


def test_without_a_keyring_the_password_is_asked_once_a_run(
    no_keyring: NeedsPassword, tmp_path: Path
) -> None:
    asked: list[str] = []

    def ask(_url: str, login: str) -> str:
        asked.append(login)
        return "right"

    with Database.open(tmp_path / "coach.sqlite3") as db:
        first = syncing.run_sync(db, "postgresql://db.agency/coach", "kim", ask=ask)
        second = syncing.run_sync(db, "postgresql://db.agency/coach", "kim", ask=ask)
    assert asked == ["kim"]
    assert no_keyring.tries == [None, "right", "right"]
    assert any("gnome-keyring" in m for m in first.messages)  # says how to get a keyring
    assert second.messages == []


def test_without_a_terminal_the_message_says_where_a_password_comes_from(
    no_keyring: NeedsPassword, tmp_path: Path
) -> None:
    with Database.open(tmp_path / "coach.sqlite3") as db:
        syncing.remember_server(db, "postgresql://db.agency/coach", "kim")
        with pytest.raises(errors.NotAuthorised) as caught:
            syncing.run_sync(db, ask=lambda _url, _login: None)
        message = str(caught.value)
        assert "PGPASSWORD" in message and "--password-stdin" in message
        assert "gnome-keyring" in message


def test_a_wrong_password_is_called_wrong_not_missing(
    no_keyring: NeedsPassword, tmp_path: Path
) -> None:
    """--password-stdin or the window's dialog gave one: the refusal is the answer, it is
    not asked again, and the message is not "a password is needed"."""
    asked: list[str] = []
    with Database.open(tmp_path / "coach.sqlite3") as db:
        syncing.remember_server(db, "postgresql://db.agency/coach", "kim")
        with pytest.raises(errors.NotAuthorised) as caught:
            syncing.run_sync(db, ask=lambda _u, login: asked.append(login), password="wrong")
    assert asked == [] and no_keyring.tries == ["wrong"]
    assert "kim" in str(caught.value) and "PGPASSWORD" not in str(caught.value)
    assert str(caught.value) == str(errors.bad_login("kim"))


def test_a_piped_password_gets_no_word_on_keyrings(
    no_keyring: NeedsPassword, tmp_path: Path
) -> None:
    """--password-stdin gives it every run by design; the window's dialog still hears how
    to keep it."""
    with Database.open(tmp_path / "coach.sqlite3") as db:
        syncing.remember_server(db, "postgresql://db.agency/coach", "kim")
        piped = syncing.run_sync(db, password="right", piped=True)
        typed = syncing.run_sync(db, password="right")
    assert not any("gnome-keyring" in m for m in piped.messages)
    assert any("gnome-keyring" in m for m in typed.messages)


def test_a_kept_password_refused_without_a_terminal_is_called_refused(
    no_keyring: NeedsPassword, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(credentials, "get_password", lambda _url, _login: "changed-since")
    with Database.open(tmp_path / "coach.sqlite3") as db:
        syncing.remember_server(db, "postgresql://db.agency/coach", "kim")
        with pytest.raises(errors.NotAuthorised) as caught:
            syncing.run_sync(db, ask=lambda _url, _login: None)
    assert str(caught.value) == str(errors.bad_login("kim"))


def test_a_certificate_path_stays_readable_in_a_shown_address() -> None:
    clean, _ = credentials.split_password(
        f"postgresql://kim:{SECRET}@db/coach?sslmode=verify-full&sslrootcert=/etc/coach/ca.crt"
    )
    assert clean == "postgresql://kim@db/coach?sslmode=verify-full&sslrootcert=/etc/coach/ca.crt"


def test_verify_asks_for_the_password_too(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(credentials, "has_keyring", lambda: False)
    seen: list[str | None] = []

    def refuse_without(address: ServerAddress, autocommit: bool = False) -> object:
        seen.append(address.password)
        raise errors.bad_login(address.login or "")

    monkeypatch.setattr("coach_app.sync.connection.connect", refuse_without)
    with Database.open(tmp_path / "coach.sqlite3") as db:
        syncing.remember_server(db, "postgresql://db.agency/coach", "kim")
        with pytest.raises(errors.NotAuthorised):
            syncing.check_against_server(db, ask=lambda _url, _login: "typed")
    assert seen == [None, "typed"]


def test_password_stdin_refuses_an_empty_password(agency: Agency) -> None:
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "coach_app",
            "--lang",
            "en",
            "sync",
            "--password-stdin",
            "--db",
            str(agency.kim.db.path),
            "--server",
            agency.server.url,
            "--user",
            agency.kim.login,
        ],
        input="\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert "empty password is never sent" in run.stderr
    assert state.load(agency.kim.db).owner is None  # nothing was sent: never connected
