"""A pull that waits behind a transaction someone keeps open says so."""

from __future__ import annotations

import datetime as dt
import uuid

import psycopg
import pytest

from coach_app.store.types import utcnow
from coach_app.sync import engine
from tests.sync.conftest import ADMIN_URL, Agency
from tests.sync.test_convergence import settled


def test_a_pull_held_back_by_an_open_transaction_says_so(
    agency: Agency, monkeypatch: pytest.MonkeyPatch
) -> None:
    settled(agency.supervisor)
    company = agency.companies[0]
    now = utcnow()

    def insert_contact(connection: psycopg.Connection, name: str) -> None:
        connection.execute(
            "INSERT INTO coach.contacts (id, company_id, name, position, phone, email,"
            " created_at, updated_at) VALUES (%s, %s, %s, '', '', '', %s, %s)",
            (uuid.uuid4(), company, name, now, now),
        )

    stalled = psycopg.connect(agency.server.url)  # opens a write and keeps it open
    insert_contact(stalled, "열린 트랜잭션")
    with psycopg.connect(agency.server.url, autocommit=True) as other:
        insert_contact(other, "커밋됨")
    monkeypatch.setattr(engine, "HELD_BACK_NOTICE", dt.timedelta(0))
    try:
        report = agency.supervisor.sync()
        assert report.held_back_since is not None
        assert any("기다리는 중" in m for m in report.messages), report.messages
    finally:
        stalled.rollback()
        stalled.close()
    report = settled(agency.supervisor)
    assert report.held_back_since is None and report.messages == []
    from coach_app.services.companies import contacts_of

    assert [c.name for c in contacts_of(agency.supervisor.db, company)] == ["커밋됨"]


def test_a_transaction_open_in_another_database_holds_nothing_back(agency: Agency) -> None:
    settled(agency.supervisor)
    company = agency.companies[1]
    neighbour = psycopg.connect(ADMIN_URL)  # another database of the same cluster
    neighbour.execute("SELECT pg_current_xact_id()")  # holds a transaction id, open
    try:
        with psycopg.connect(agency.server.url, autocommit=True) as other:
            other.execute(
                "INSERT INTO coach.contacts (id, company_id, name, position, phone, email,"
                " created_at, updated_at) VALUES (%s, %s, '이웃과 무관', '', '', '', now(), now())",
                (uuid.uuid4(), company),
            )
        report = agency.supervisor.sync()
        assert report.held_back_since is None
        from coach_app.services.companies import contacts_of

        assert [c.name for c in contacts_of(agency.supervisor.db, company)] == ["이웃과 무관"]
    finally:
        neighbour.rollback()
        neighbour.close()
