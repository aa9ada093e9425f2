"""Connecting to the agency's PostgreSQL as the person at the keyboard."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg.rows import DictRow, dict_row

from coach_app.sync import errors

CONNECT_TIMEOUT_S = 5
Connection = psycopg.Connection[DictRow]


@dataclass(frozen=True)
class ServerAddress:
    url: str  # e.g. postgresql://db.agency.local:5432/coach
    login: str | None = None
    password: str | None = None


def connect(address: ServerAddress, autocommit: bool = False) -> Connection:
    """A connection in UTC, failing fast with a clear message when the server is away."""
    try:
        return psycopg.connect(
            address.url,
            user=address.login,
            password=address.password,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name="coach-app",
            options="-c TimeZone=UTC",
            autocommit=autocommit,
            row_factory=dict_row,
        )
    except psycopg.OperationalError as error:
        text = str(error)
        if "password authentication failed" in text or "no password supplied" in text:
            raise errors.bad_login(address.login or "") from error
        if "does not exist" in text and "role" in text:
            raise errors.bad_login(address.login or "") from error
        raise errors.unreachable(
            address.url, text.strip().splitlines()[0] if text else ""
        ) from error
