"""Server migration 0003 keeps every free-text agency and budget split of a database in use,
making the same organisation ids as the laptops' migration 0004."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from alembic import command
from psycopg import sql
from sqlalchemy import create_engine

from coach_app.domain.organisation import id_for_name
from coach_app.sync import server as server_module
from coach_app.sync.server import group_roles, init_server, server_head
from tests.sync.conftest import ADMIN_URL, _with_database


@pytest.fixture
def database_at_0002(postgres: psycopg.Connection) -> Iterator[str]:
    tag = uuid.uuid4().hex[:8]
    name = f"coach_upgrade3_{tag}"
    postgres.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = _with_database(ADMIN_URL, name)
    with psycopg.connect(url, autocommit=True) as owner:
        owner.execute("CREATE SCHEMA coach")
        owner.execute("CREATE TABLE coach.settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    engine = create_engine(server_module._sqlalchemy_url(url))
    try:
        with engine.begin() as connection:
            cfg = server_module._config()
            cfg.attributes["connection"] = connection
            connection.exec_driver_sql("DROP TABLE coach.settings")
            command.upgrade(cfg, "0002")
    finally:
        engine.dispose()
    yield url
    postgres.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
    for role in group_roles(f"h{tag}_").values():
        postgres.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


def test_agencies_become_organisations_even_on_locked_rows(database_at_0002: str) -> None:
    url = database_at_0002
    ids = {k: uuid.uuid4() for k in ("p", "u", "c", "v", "d", "r", "i")}
    with psycopg.connect(url, autocommit=True) as owner:
        run = owner.execute
        run("INSERT INTO coach.settings VALUES ('role_prefix', %s)", (f"h{url[-8:]}_",))
        run(
            "INSERT INTO coach.programmes (id, name, year, agency, budget, funding_national,"
            " funding_local, funding_company, created_at, updated_at) VALUES (%(p)s, 'R&D',"
            " 2019, '광주테크노파크', 350000000, 200000000, 150000000, 0, now(), now())",
            ids,
        )
        run(
            "INSERT INTO coach.users (id, login, name, role, email, phone, active, created_at,"
            " updated_at) VALUES (%(u)s, 'nobody_here', '김', 'coach', '', '', true, now(),"
            " now())",
            ids,
        )
        run(
            "INSERT INTO coach.companies (id, name, brn, ceo, address, region, industry, phone,"
            " email, created_at, updated_at) VALUES (%(c)s, '기업', '124-81-00998', '', '', '광주',"
            " '', '', '', now(), now())",
            ids,
        )
        # A reviewed visit and an approved roadmap: their parts are locked by the guards.
        # (Set up as the owner, who is no supervisor: the difficulty goes in before its
        # visit is there, and the approval past the roadmap's guard.)
        with owner.transaction():
            run(
                "INSERT INTO coach.difficulties (id, company_id, visit_id, category, description,"
                " severity, requested_support, agency, status, resolution, created_at,"
                " updated_at) VALUES (%(d)s, %(c)s, %(v)s, 'funding', '자금', 'high', '',"
                " ' 광주광역시', 'open', '', now(), now())",
                ids,
            )
            run(
                "INSERT INTO coach.visits (id, company_id, coach_id, visit_date, place,"
                " attendees, purpose, notes, reviewed_at, created_at, updated_at) VALUES (%(v)s,"
                " %(c)s, %(u)s, '2019-04-22', '', '', '', '', now(), now(), now())",
                ids,
            )
        run(
            "INSERT INTO coach.roadmaps (id, company_id, coach_id, title, revision, status,"
            " created_at, updated_at) VALUES (%(r)s, %(c)s, %(u)s, '', 1, 'draft', now(), now())",
            ids,
        )
        run(
            "INSERT INTO coach.roadmap_items (id, roadmap_id, phase, position, stage, item_type,"
            " title, description, budget_national, budget_local, budget_company, owner_agency,"
            " kpi_name, kpi_unit, status, depends_on, created_at, updated_at) VALUES (%(i)s,"
            " %(r)s, 1, 0, 'export', '', '수출', '', 0, 0, 0, '광주테크노파크', '', '', 'planned',"
            " '[]', now(), now())",
            ids,
        )
        run("ALTER TABLE coach.roadmaps DISABLE TRIGGER guard")
        run("UPDATE coach.roadmaps SET status = 'approved' WHERE id = %(r)s", ids)
        run("ALTER TABLE coach.roadmaps ENABLE TRIGGER guard")
    assert init_server(url, f"h{url[-8:]}_") == server_head()
    with psycopg.connect(url, autocommit=True) as owner:
        names: dict[Any, Any] = dict(
            owner.execute("SELECT name, id FROM coach.organisations").fetchall()
        )
        assert names == {n: id_for_name(n) for n in ("광주광역시", "광주테크노파크")}
        assert owner.execute(
            "SELECT organisation_id, agency FROM coach.difficulties"
        ).fetchone() == (names["광주광역시"], " 광주광역시")
        assert owner.execute("SELECT organisation_id FROM coach.roadmap_items").fetchone() == (
            names["광주테크노파크"],
        )
        assert owner.execute(
            "SELECT organisation_id, starts_on::text, ends_on::text FROM coach.programmes"
        ).fetchone() == (names["광주테크노파크"], "2019-01-01", "2019-12-31")
        budgets = owner.execute(
            "SELECT year, source, amount FROM coach.programme_budgets ORDER BY source"
        ).fetchall()
        assert budgets == [(2019, "local", 150000000), (2019, "national", 200000000)]
        # 0006: the history known of each (the item's status has no known day).
        history = owner.execute(
            "SELECT coalesce(difficulty_id, roadmap_item_id), status, changed_on::text, visit_id"
            " FROM coach.status_changes ORDER BY status"
        ).fetchall()
        assert history == [
            (ids["d"], "open", "2019-04-22", ids["v"]),
            (ids["i"], "planned", None, None),
        ]
        # The guards are back on after the data change.
        triggers = owner.execute(
            "SELECT tgrelid::regclass::text, tgenabled FROM pg_trigger WHERE tgname = 'guard'"
            " AND tgrelid::regclass::text IN ('coach.difficulties', 'coach.roadmap_items')"
        ).fetchall()
        assert sorted(triggers) == [("coach.difficulties", "O"), ("coach.roadmap_items", "O")]
