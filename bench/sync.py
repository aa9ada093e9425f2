"""Sync against the real PostgreSQL: no-op sync, initial pull, push of changed rows."""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from psycopg.types.json import Jsonb
from sqlalchemy import create_engine, select

from bench.harness import Figure, timed
from coach_app.demo import DemoSize, generate
from coach_app.store.base import Base
from coach_app.store.database import Database
from coach_app.store.models import Company, Contact
from coach_app.sync import pull, push
from coach_app.sync.connection import ServerAddress, connect
from coach_app.sync.engine import sync
from coach_app.sync.server import add_user, group_roles, init_server
from coach_app.sync.tables import ORDERED

ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/test"


def run(companies: int = 5_000, visits: int = 10, changed: int = 10_000) -> list[Figure]:
    with (
        filled_server("b", companies, visits) as (url, login, rows),
        tempfile.TemporaryDirectory() as folder,
    ):
        return _measure(url, login, Path(folder), rows, changed)


@contextmanager
def filled_server(tag: str, companies: int, visits: int) -> Iterator[tuple[str, str, int]]:
    """A new server database filled with demo rows and an administrator's login:
    (url, login, rows). Dropped afterwards with its roles, whatever happened."""
    unique = uuid.uuid4().hex[:8]
    name = f"coach_bench_{tag}{unique}"
    owner = psycopg.connect(ADMIN_URL, autocommit=True)
    owner.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = ADMIN_URL.rpartition("/")[0] + "/" + name
    prefix = f"{tag}{unique}_"
    login = f"{prefix}u_admin"
    try:
        init_server(url, prefix)
        add_user(url, login, "admin", "벤치 관리자")
        yield url, login, _fill_server(url, companies, visits)
    finally:
        owner.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
        for role in [login, *group_roles(prefix).values()]:
            owner.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
        owner.close()


def _fill_server(url: str, companies: int, visits: int) -> int:
    """Demo rows written straight into the server as its owner (the stamp trigger runs).

    Demo roadmaps are born approved or in review, which a laptop could never push, and
    their items' history is written by nobody's login: the review guards and the check on
    who records a change are off while the rows go in, so the feed holds every state."""
    data = generate(DemoSize(companies, visits))
    total = 0
    guarded = (
        ("roadmaps", "guard"),
        ("roadmap_items", "guard"),
        ("status_changes", "check_change"),
        # A confirmed figure is written by a coach of the company, after the figure: the
        # owner loading a whole agency at once is neither.
        ("impact_figures", "guard_confirmation"),
        ("impact_figures", "guard_confirmation_order"),
    )
    with psycopg.connect(url) as connection, connection.cursor() as cursor:
        for name, trigger in guarded:
            cursor.execute(
                sql.SQL("ALTER TABLE coach.{} DISABLE TRIGGER {}").format(
                    sql.Identifier(name), sql.Identifier(trigger)
                )
            )
        for table in ORDERED:
            found = data.tables.get(Base.metadata.tables[table.name], [])
            if not found:
                continue
            names = [c for c in table.column_names if c in found[0]]
            statement = sql.SQL("INSERT INTO coach.{} ({}) VALUES ({})").format(
                sql.Identifier(table.name),
                sql.SQL(", ").join(map(sql.Identifier, names)),
                sql.SQL(", ").join(sql.Placeholder() * len(names)),
            )
            cursor.executemany(statement, [tuple(_value(r[n]) for n in names) for r in found])
            total += len(found)
        connection.commit()  # the deferred foreign keys are checked before the guards return
        for name, trigger in guarded:
            cursor.execute(
                sql.SQL("ALTER TABLE coach.{} ENABLE TRIGGER {}").format(
                    sql.Identifier(name), sql.Identifier(trigger)
                )
            )
    return total


def _value(value: object) -> object:
    """JSON columns (area scores, predecessors) go in as jsonb."""
    return Jsonb(value) if isinstance(value, dict | list) else value


def _measure(url: str, login: str, folder: Path, rows: int, changed: int) -> list[Figure]:
    address = ServerAddress(url, login)
    db = Database.open(folder / "laptop.sqlite3")
    with connect(address, autocommit=True) as server:
        pull_time = timed(lambda: pull.pull(server, db))
    raw_pull = _raw_pull(url, login, folder / "raw.sqlite3")

    sync(db, address)  # settle identity and scope
    queries = _count_queries(lambda: sync(db, address))
    noop_time = min(timed(lambda: sync(db, address)) for _ in range(5))
    trivial = min(timed(lambda: _round_trip(address)) for _ in range(5))

    _change_locally(db, changed)
    with connect(address, autocommit=True) as server:
        push_time = timed(lambda: push.push(server, db))
    raw_push = _raw_push(url, login, changed)
    db.close()
    return [
        Figure(
            f"no-op sync ({rows:,}-row db, {queries} queries)",
            noop_time,
            trivial,
            "connect + SELECT 1",
        ),
        Figure(
            f"initial pull of {rows:,} rows",
            pull_time,
            raw_pull,
            "psycopg SELECT + sqlite executemany",
            aim=3,
        ),
        Figure(
            f"push of {changed:,} changed rows",
            push_time,
            raw_push,
            "psycopg executemany of the updates",
            aim=3,
        ),
    ]


def _raw_pull(url: str, login: str, target: Path) -> float:
    engine = create_engine(f"sqlite:///{target}")
    Base.metadata.create_all(engine)
    engine.dispose()
    bare = sqlite3.connect(target)  # the baseline keeps no derived search column
    bare.execute("ALTER TABLE companies DROP COLUMN search_text")
    bare.close()

    def work() -> None:
        local = sqlite3.connect(target)
        with psycopg.connect(url, user=login) as server:
            for table in ORDERED:
                names = table.column_names
                found = server.execute(
                    sql.SQL("SELECT {} FROM coach.{}").format(
                        sql.SQL(", ").join(map(sql.Identifier, names)), sql.Identifier(table.name)
                    )
                ).fetchall()
                if not found:
                    continue
                marks = ", ".join("?" * len(names))
                local.executemany(
                    f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})",
                    [tuple(_plain(v) for v in r) for r in found],
                )
        local.commit()
        local.close()

    return timed(work)


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, dict | list):
        return str(value)
    return value


def _change_locally(db: Database, changed: int) -> None:
    with db.transaction() as session:
        targets = list(session.scalars(select(Company).limit(changed)))
        targets += list(session.scalars(select(Contact).limit(changed - len(targets))))
        for number, row in enumerate(targets):
            if isinstance(row, Company):
                row.employees = (row.employees or 0) + 1
            else:
                row.position = f"직위 {number}"


def _raw_push(url: str, login: str, changed: int) -> float:
    with psycopg.connect(url, user=login) as server:
        companies = [
            r[0] for r in server.execute("SELECT id FROM coach.companies LIMIT %s", (changed,))
        ]
        contacts = [
            r[0]
            for r in server.execute(
                "SELECT id FROM coach.contacts LIMIT %s", (changed - len(companies),)
            )
        ]
        server.commit()

        def work() -> None:
            with server.cursor() as cursor:
                cursor.executemany(
                    "UPDATE coach.companies SET employees = employees + 1 WHERE id = %s",
                    [(i,) for i in companies],
                )
                cursor.executemany(
                    "UPDATE coach.contacts SET position = %s WHERE id = %s",
                    [(f"직위 {n}", i) for n, i in enumerate(contacts)],
                )
            server.commit()

        return timed(work)


def _round_trip(address: ServerAddress) -> None:
    with connect(address, autocommit=True) as server:
        server.execute("SELECT 1").fetchone()


def _count_queries(action: Any) -> int:
    calls = 0
    real_execute, real_many = psycopg.Cursor.execute, psycopg.Cursor.executemany

    def execute(self: Any, *args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return real_execute(self, *args, **kwargs)

    def executemany(self: Any, *args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return real_many(self, *args, **kwargs)

    psycopg.Cursor.execute = execute  # type: ignore[method-assign]
    psycopg.Cursor.executemany = executemany  # type: ignore[method-assign]
    try:
        action()
    finally:
        psycopg.Cursor.execute = real_execute  # type: ignore[method-assign]
        psycopg.Cursor.executemany = real_many  # type: ignore[method-assign]
    return calls
