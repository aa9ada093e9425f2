"""`server init` brings a database in use from schema 0001 to the closed rules of 0002."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from alembic import command
from psycopg import sql
from sqlalchemy import create_engine

from coach_app.sync import server as server_module
from coach_app.sync.server import add_user, group_roles, init_server, list_users, set_active
from tests.sync.conftest import ADMIN_URL, _with_database


@pytest.fixture
def old_database(postgres: psycopg.Connection) -> Iterator[tuple[str, str]]:
    tag = uuid.uuid4().hex[:8]
    name = f"coach_upgrade_{tag}"
    prefix = f"g{tag}_"
    postgres.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = _with_database(ADMIN_URL, name)
    yield url, prefix
    postgres.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
    for role in [f"{prefix}u_kim", *group_roles(prefix).values()]:
        postgres.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


def _upgrade_to_0001(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as owner:
        owner.execute("CREATE SCHEMA coach")
    engine = create_engine(server_module._sqlalchemy_url(url))
    try:
        with engine.begin() as connection:
            cfg = server_module._config()
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "0001")
    finally:
        engine.dispose()


def test_an_old_database_upgrades_with_its_data(old_database: tuple[str, str]) -> None:
    url, prefix = old_database
    _upgrade_to_0001(url)
    with psycopg.connect(url, autocommit=True) as owner:
        owner.execute("INSERT INTO coach.settings VALUES ('role_prefix', %s)", (prefix,))
    # Initialised and used under 0001: a login, a wrong number, a chunk.
    init_server_at_0001 = psycopg.connect(url, autocommit=True)
    with init_server_at_0001 as owner:
        for group in group_roles(prefix).values():
            owner.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(group)))
        kim = f"{prefix}u_kim"
        owner.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(kim)))
        owner.execute(
            sql.SQL("GRANT {} TO {}").format(sql.Identifier(f"{prefix}coach"), sql.Identifier(kim))
        )
        owner.execute(
            "INSERT INTO coach.users (id, login, name, role, email, phone, active, created_at,"
            " updated_at) VALUES (%s, %s, '김코치', 'coach', '', '', false, now(), now())",
            (uuid.uuid4(), kim),
        )
        wrong = uuid.uuid4()
        owner.execute(
            "INSERT INTO coach.companies (id, name, brn, ceo, address, region, industry, phone,"
            " email, created_at, updated_at) VALUES (%s, '틀린 번호', '124-81-00999', '', '',"
            " '광주', '', '', '', now(), now())",
            (wrong,),
        )
        owner.execute("INSERT INTO coach.blobs (hash, size, uploaded_by) VALUES (%s, 1, %s)",
                      ("a" * 64, kim))  # fmt: skip
        owner.execute(
            "INSERT INTO coach.blob_chunks (hash, position, data, uploaded_by)"
            " VALUES (%s, 0, 'x', %s)",
            ("a" * 64, kim),
        )
    assert init_server(url, prefix) == server_module.server_head()
    with psycopg.connect(url, autocommit=True) as owner:
        # The deactivated user's login is stopped by the upgrade itself.
        assert owner.execute(
            "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (kim,)
        ).fetchone() == (False,)
        assert owner.execute("SELECT count(*) FROM coach.blob_chunks").fetchone() == (1,)
        # A number stored before stays, but the company takes no edit until it is corrected.
        with pytest.raises(psycopg.errors.CheckViolation):
            owner.execute("UPDATE coach.companies SET phone = '1' WHERE id = %s", (wrong,))
        owner.execute(
            "UPDATE coach.companies SET brn = '124-81-00998', phone = '1' WHERE id = %s", (wrong,)
        )
    assert init_server(url, prefix) == server_module.server_head()  # again: harmless
    add_user(url, kim, "coach", "", password=None)  # still deactivated
    assert list_users(url)[0].can_log_in is False
    set_active(url, kim, True)
    with psycopg.connect(url, user=kim) as again:
        assert again.execute("SELECT coach.my_role()").fetchone() == ("coach",)
