"""A real PostgreSQL per test: its own database and roles, dropped afterwards.

PostgreSQL must be running (``.ci/run`` starts it); these tests fail, never skip,
when it cannot be reached.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from coach_app.services.companies import create_company
from coach_app.services.people import create_programme
from coach_app.store.database import Database
from coach_app.sync.connection import ServerAddress
from coach_app.sync.engine import SyncReport, sync
from coach_app.sync.server import add_user, group_roles, init_server
from tests.sync.certificates import tls_server  # noqa: F401  (a fixture)

ADMIN_URL = os.environ.get("COACH_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def _with_database(url: str, name: str) -> str:
    base, _, _ = url.rpartition("/")
    return f"{base}/{name}"


@pytest.fixture(scope="session")
def postgres() -> Iterator[psycopg.Connection]:
    try:
        connection = psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        pytest.fail(f"PostgreSQL is needed at {ADMIN_URL} (start it, see .ci/run): {error}")
    yield connection
    connection.close()


@dataclass
class Server:
    url: str
    prefix: str
    admin: psycopg.Connection
    logins: list[str] = field(default_factory=list)

    def user(self, name: str, role: str, display: str = "") -> str:
        login = f"{self.prefix}u_{name}"
        add_user(self.url, login, role, display or name)
        self.logins.append(login)
        return login

    def address(self, login: str) -> ServerAddress:
        return ServerAddress(self.url, login)

    def as_user(self, login: str) -> psycopg.Connection:
        return psycopg.connect(self.url, user=login, autocommit=True)


@pytest.fixture
def server(postgres: psycopg.Connection) -> Iterator[Server]:
    tag = uuid.uuid4().hex[:8]
    name = f"coach_test_{tag}"
    postgres.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = _with_database(ADMIN_URL, name)
    prefix = f"t{tag}_"
    init_server(url, prefix)
    found = Server(url, prefix, postgres)
    yield found
    postgres.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,)
    )
    postgres.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
    for role in [*found.logins, *group_roles(prefix).values()]:
        postgres.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


@dataclass
class Laptop:
    """One person's computer: their own local database file."""

    db: Database
    server: Server
    login: str

    def sync(self) -> SyncReport:
        return sync(self.db, self.server.address(self.login))


@pytest.fixture
def laptop(tmp_path: Path, server: Server) -> Iterator[Callable[[str], Laptop]]:
    opened: list[Database] = []

    def make(login: str) -> Laptop:
        db = Database.open(tmp_path / login / "coach.sqlite3")
        opened.append(db)
        return Laptop(db, server, login)

    yield make
    for db in opened:
        db.close()


@dataclass
class Agency:
    """An agency on the server: an administrator, a supervisor, two coaches, companies."""

    server: Server
    admin: Laptop
    supervisor: Laptop
    kim: Laptop
    lee: Laptop
    programme: uuid.UUID
    companies: list[uuid.UUID]


NUMBERS = ["124-81-00998", "220-81-62517", "410-86-12347", "617-81-55559"]


@pytest.fixture
def agency(server: Server, laptop: Callable[[str], Laptop]) -> Agency:
    from coach_app.domain.company import CompanyDraft
    from coach_app.domain.programme import ProgrammeDraft

    make = laptop
    admin = make(server.user("admin", "admin", "관리자"))
    supervisor = make(server.user("sup", "supervisor", "박감독"))
    kim = make(server.user("kim", "coach", "김코치"))
    lee = make(server.user("lee", "coach", "이코치"))
    admin.sync()
    programme = create_programme(admin.db, ProgrammeDraft("R&D 현장코칭", 2026))
    companies = [
        create_company(admin.db, CompanyDraft(name=f"(주)테스트{i}", brn=n, region="광주"))
        for i, n in enumerate(NUMBERS)
    ]
    admin.sync()
    return Agency(server, admin, supervisor, kim, lee, programme, companies)


def settle(laptop: Laptop) -> SyncReport:
    """Sync once nothing older holds back the change feed: in the shared test cluster,
    another test's open transaction (in any database) would keep fresh rows from a pull."""
    from coach_app.sync.tables import ORDERED

    tables = " UNION ALL ".join(f"SELECT max(txid) AS t FROM coach.{t.name}" for t in ORDERED)
    deadline = time.monotonic() + 20
    with psycopg.connect(laptop.server.url, autocommit=True) as owner:
        while time.monotonic() < deadline:
            row = owner.execute(
                f"SELECT (SELECT max(t) FROM ({tables}) AS x)"
                " < pg_snapshot_xmin(pg_current_snapshot())"
            ).fetchone()
            if row is None or row[0] is not False:
                break
            time.sleep(0.05)
    return laptop.sync()


@pytest.fixture
def scene(agency: Agency) -> Agency:
    """kim coaches company 0 and has a visit and a draft roadmap there; lee coaches 1."""
    from coach_app.domain.roadmap import Stage
    from coach_app.services.visits import record_visit
    from coach_app.store.models import Roadmap, RoadmapItem
    from tests.sync.test_sync_flow import assign, visit

    settle(agency.admin)
    assign(agency, agency.kim, 0)
    assign(agency, agency.lee, 1)
    agency.admin.sync()
    settle(agency.kim)
    settle(agency.lee)
    record_visit(agency.kim.db, agency.companies[0], visit("김코치의 방문"))
    with agency.kim.db.transaction() as session:
        roadmap = Roadmap(
            company_id=agency.companies[0],
            coach_id=agency.kim.db.actor,
            title="로드맵",
            status="draft",
        )
        session.add(roadmap)
        session.flush()
        session.add(
            RoadmapItem(roadmap_id=roadmap.id, stage=Stage.PROTOTYPE.value, title="시제품 제작")
        )
    agency.kim.sync()
    return agency
