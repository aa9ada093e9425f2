"""A failed connection is read once: the laptop's and the administrator's messages agree."""

from __future__ import annotations

import psycopg
import pytest

from coach_app.sync import errors
from coach_app.sync.admin_connection import explain
from coach_app.sync.errors import Failure, classify, connect_failed

URL = "postgresql://kim@db.agency:5432/coach"

# What libpq and the server say, with what it means.
SAID = [
    ('connection failed: FATAL:  database "coahc" does not exist', Failure.NO_DATABASE),
    ('FATAL:  password authentication failed for user "kim"', Failure.LOGIN_REFUSED),
    ('FATAL:  role "kimm" does not exist', Failure.LOGIN_REFUSED),
    ('FATAL:  role "lee" is not permitted to log in', Failure.LOGIN_DISABLED),
    ('FATAL:  no pg_hba.conf entry for host "10.0.0.5", user "kim"', Failure.LOGIN_REFUSED),
    ("fe_sendauth: no password supplied", Failure.NO_PASSWORD),
    (
        'server certificate for "db.agency" does not match host name "10.0.0.5"',
        Failure.CERTIFICATE,
    ),
    ('could not read root certificate file "/x/ca.crt"', Failure.CERTIFICATE),
    ("SSL error: certificate verify failed", Failure.CERTIFICATE),
    ('connection to server at "db.agency", port 5432 failed: timeout expired', Failure.UNREACHABLE),
    ("Connection refused\n\tIs the server running on that host?", Failure.UNREACHABLE),
    ("FATAL:  sorry, too many clients already", Failure.SERVER_BUSY),
    ('FATAL:  too many connections for database "coach"', Failure.SERVER_BUSY),
]

LAPTOP = {
    Failure.NO_DATABASE: errors.WrongDatabase,
    Failure.LOGIN_REFUSED: errors.NotAuthorised,
    Failure.LOGIN_DISABLED: errors.LoginDisabled,
    Failure.NO_PASSWORD: errors.NotAuthorised,
    Failure.CERTIFICATE: errors.CertificateProblem,
    Failure.SERVER_BUSY: errors.ServerBusy,
    Failure.UNREACHABLE: errors.ServerUnreachable,
}
ADMIN = {
    Failure.NO_DATABASE: "데이터베이스가 없습니다",
    Failure.LOGIN_REFUSED: "로그인을 거부했습니다",
    Failure.LOGIN_DISABLED: "접속할 수 없게 되어 있습니다",
    Failure.NO_PASSWORD: "비밀번호를 요구합니다",
    Failure.CERTIFICATE: "보안 연결(TLS)",
    Failure.SERVER_BUSY: "연결을 더 받지 않습니다",
    Failure.UNREACHABLE: "서버에 연결할 수 없습니다",
}


@pytest.mark.parametrize(("said", "meaning"), SAID)
def test_laptop_and_administrator_read_a_failure_alike(said: str, meaning: Failure) -> None:
    error = psycopg.OperationalError(said)
    assert classify(error) is meaning
    assert type(connect_failed(URL, "kim", error)) is LAPTOP[meaning]
    told = str(explain(URL, error))
    assert ADMIN[meaning] in told
    assert not any(words in told for m, words in ADMIN.items() if m is not meaning)


def test_a_password_in_the_error_is_never_repeated() -> None:
    error = psycopg.OperationalError(
        "connection to postgresql://kim:s3cret@db.agency/coach failed: timeout expired"
    )
    assert "s3cret" not in str(connect_failed(URL, "kim", error))
    assert "s3cret" not in str(explain(URL, error))
