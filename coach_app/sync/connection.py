"""Connecting to the agency's PostgreSQL as the person at the keyboard."""

from __future__ import annotations

from dataclasses import dataclass, field

import psycopg
from psycopg.conninfo import make_conninfo
from psycopg.rows import DictRow, dict_row

from coach_app.sync import credentials, errors
from coach_app.sync.tls import ServerTls

CONNECT_TIMEOUT_S = 5
Connection = psycopg.Connection[DictRow]


@dataclass(frozen=True)
class ServerAddress:
    url: str  # e.g. postgresql://db.agency.local:5432/coach
    login: str | None = None
    password: str | None = None
    tls: ServerTls = field(default_factory=ServerTls)  # the laptop's certificate settings


def connect(address: ServerAddress, autocommit: bool = False) -> Connection:
    """A connection in UTC, failing fast with a message that tells the causes apart."""
    url, embedded = credentials.split_password(address.url)
    try:
        return psycopg.connect(
            make_conninfo(url, **address.tls.parameters(url)),
            user=address.login,
            password=address.password or embedded,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name="coach-app",
            options="-c TimeZone=UTC",
            autocommit=autocommit,
            row_factory=dict_row,
        )
    except psycopg.ProgrammingError as error:  # an address libpq cannot read
        raise errors.bad_address(url, credentials.without_password(str(error))) from None
    except psycopg.OperationalError as error:
        raise errors.connect_failed(url, address.login or "", error) from None
