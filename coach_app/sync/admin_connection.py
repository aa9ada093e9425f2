"""The administrator's connection to the shared database, and why it could not be made.

An administrator mistypes a database name, a password or a host, or the certificate does
not match: each has its own remedy, so each gets its own message (never "check the VPN"
for all of them). The URL shown never carries a password.
"""

from __future__ import annotations

import psycopg
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import dict_row

from coach_app.domain.errors import CoachError
from coach_app.domain.messages import pick
from coach_app.sync.connection import CONNECT_TIMEOUT_S, Connection
from coach_app.sync.credentials import without_password
from coach_app.sync.errors import Failure, classify


class AdminConnectionError(CoachError):
    """The owner's connection to the server could not be opened."""


def shown(url: str) -> str:
    """The URL without its password, fit for a message or a log."""
    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "(?)"
    parts.pop("password", None)
    host = parts.get("host", "localhost")
    port = parts.get("port", "5432")
    user = f"{parts['user']}@" if parts.get("user") else ""
    return f"postgresql://{user}{host}:{port}/{parts.get('dbname', '')}"


class NotCoachDatabase(AdminConnectionError):
    """The database answered but holds no Coach schema (``server init`` makes it)."""


def owner_connect(url: str, autocommit: bool = False, initialised: bool = True) -> Connection:
    """A connection in UTC as the URL's login (normally the schema owner); unless
    ``initialised`` is False, to a database ``server init`` has set up."""
    connection = _connect(url, autocommit)
    if initialised:
        found = connection.execute(
            "SELECT to_regclass('coach.alembic_version') IS NOT NULL AS ready"
        ).fetchone()
        if not (found and found["ready"]):
            connection.close()
            where = shown(url)
            raise NotCoachDatabase(
                pick(
                    f"이 데이터베이스에는 Coach 서버 스키마가 없습니다 ({where}). 주소가 맞는지 "
                    "확인하고, 새 데이터베이스라면 먼저 coach-app server init을 실행하세요.",
                    f"This database holds no Coach server schema ({where}). Check the address; "
                    "for a new database, run coach-app server init first.",
                )
            )
    return connection


def _connect(url: str, autocommit: bool) -> Connection:
    try:
        return psycopg.connect(
            url,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name="coach-app server",
            options="-c TimeZone=UTC",
            autocommit=autocommit,
            row_factory=dict_row,
        )
    except psycopg.ProgrammingError as error:
        raise AdminConnectionError(
            pick(
                f"서버 주소(URL)를 읽을 수 없습니다: {error}",
                f"The server URL cannot be read: {error}",
            )
        ) from error
    except psycopg.OperationalError as error:
        raise explain(url, error) from error


def explain(url: str, error: psycopg.OperationalError) -> AdminConnectionError:
    """What went wrong, in the administrator's terms (the reading is the laptops' one)."""
    where = shown(url)
    text = without_password(str(error)).strip()
    first = text.splitlines()[0] if text else ""
    failure = classify(error)
    if failure is Failure.NO_DATABASE:
        return AdminConnectionError(
            pick(
                f"서버에 그런 데이터베이스가 없습니다 ({where}). URL의 데이터베이스 이름을 "
                "확인하세요 (목록: psql -l).",
                f"The server has no such database ({where}). Check the database name in the "
                "URL (list them with psql -l).",
            )
        )
    if failure is Failure.LOGIN_REFUSED:
        return AdminConnectionError(
            pick(
                f"서버가 로그인을 거부했습니다 ({where}). 로그인과 비밀번호(PGPASSWORD 또는 "
                "~/.pgpass), 서버의 pg_hba.conf 규칙을 확인하세요.\n"
                f"상세: {first}",
                f"The server refused the login ({where}). Check the login and password "
                "(PGPASSWORD or ~/.pgpass) and the server's pg_hba.conf rules.\n"
                f"Detail: {first}",
            )
        )
    if failure is Failure.LOGIN_DISABLED:
        return AdminConnectionError(
            pick(
                f"이 로그인은 접속할 수 없게 되어 있습니다 (NOLOGIN) ({where}). server "
                "reactivate나 ALTER ROLE … LOGIN으로 풀 수 있습니다.\n"
                f"상세: {first}",
                f"This login may not log in (NOLOGIN) ({where}); server reactivate or ALTER "
                "ROLE … LOGIN lifts that.\n"
                f"Detail: {first}",
            )
        )
    if failure is Failure.NO_PASSWORD:
        return AdminConnectionError(
            pick(
                f"서버가 비밀번호를 요구합니다 ({where}). PGPASSWORD나 ~/.pgpass에 넣으세요 "
                "(URL에 넣으면 셸 기록에 남습니다).",
                f"The server asks for a password ({where}). Put it in PGPASSWORD or "
                "~/.pgpass (in the URL it stays in the shell history).",
            )
        )
    if failure is Failure.CERTIFICATE:
        return AdminConnectionError(
            pick(
                f"서버와 보안 연결(TLS)을 맺지 못했습니다 ({where}). sslrootcert의 CA 파일과 "
                "서버 인증서의 호스트 이름을 확인하세요.\n"
                f"상세: {first}",
                f"No secure (TLS) connection to the server ({where}). Check the CA file in "
                "sslrootcert and the host name in the server's certificate.\n"
                f"Detail: {first}",
            )
        )
    if failure is Failure.SERVER_BUSY:
        return AdminConnectionError(
            pick(
                f"서버가 연결을 더 받지 않습니다 ({where}): 연결 수 한도에 찼습니다. "
                "server status로 접속을 확인하고, 잠시 뒤 다시 하거나 max_connections를 "
                "늘리세요 (README의 연결 풀러 안내 참고).\n"
                f"상세: {first}",
                f"The server takes no more connections ({where}): its connection limit is "
                "reached. See who is connected with server status, try again shortly, or raise "
                "max_connections (see the README on a connection pooler).\n"
                f"Detail: {first}",
            )
        )
    return AdminConnectionError(
        pick(
            f"서버에 연결할 수 없습니다 ({where}). 호스트 이름과 포트, PostgreSQL이 실행 "
            "중인지, 방화벽이나 VPN을 확인하세요.\n"
            f"상세: {first}",
            f"Cannot reach the server ({where}). Check the host name and port, that "
            "PostgreSQL is running, and the firewall or VPN.\n"
            f"Detail: {first}",
        )
    )
