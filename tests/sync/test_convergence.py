"""After a sync every laptop holds the server's values for its scope, conflicts included."""

from __future__ import annotations

import functools
import random
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row
from sqlalchemy import select, update

from coach_app.domain.company import CompanyDraft, ContactDraft
from coach_app.services.companies import add_contact, get_company, update_company
from coach_app.services.people import user_by_login
from coach_app.services.syncing import check_against_server, conflicts, resolve
from coach_app.services.visits import get_visit, record_visit
from coach_app.store.database import Database
from coach_app.store.models import Company, Contact, OutboxEntry, Visit
from coach_app.store.outbox import APPLYING_REMOTE
from coach_app.store.serialize import to_json
from coach_app.store.types import utcnow
from coach_app.sync import pull, remote, state
from coach_app.sync.connection import connect
from coach_app.sync.engine import SyncReport
from coach_app.sync.tables import ORDERED
from coach_app.sync.verify import Difference, repair, verify
from tests.sync.conftest import Agency, Laptop
from tests.sync.test_sync_flow import assign as assign_now
from tests.sync.test_sync_flow import visit


def settled(laptop: Laptop) -> SyncReport:
    """Sync, then sync again to pull what the first one sent, with nothing held back.

    The change feed holds back rows while an older transaction that may write to the
    database is still open: wait for them to end before each pull, so a test sees what
    its own laptops did.
    """
    wait_for_the_horizon(laptop)
    report = laptop.sync()
    wait_for_the_horizon(laptop)
    laptop.sync()
    return report


def wait_for_the_horizon(laptop: Laptop) -> None:
    tables = " UNION ALL ".join(f"SELECT max(txid) AS t FROM coach.{t.name}" for t in ORDERED)
    deadline = time.monotonic() + 20
    with psycopg.connect(laptop.server.url, autocommit=True) as owner:
        while time.monotonic() < deadline:
            row = owner.execute(
                f"SELECT (SELECT max(t) FROM ({tables}) AS x) < {remote.HORIZON}"
            ).fetchone()
            if row is None or row[0] is not False:
                return
            time.sleep(0.05)


def assign(agency: Agency, coach: Laptop, company: int) -> uuid.UUID:
    """Assign on the administrator's laptop, once it holds the users (its first pull may
    have been held back by a transaction of another test in the cluster)."""
    if user_by_login(agency.admin.db, coach.login) is None:
        settled(agency.admin)
    return assign_now(agency, coach, company)


@pytest.fixture
def kim_on_zero(agency: Agency) -> Agency:
    assign(agency, agency.kim, 0)
    settled(agency.admin)
    for laptop in (agency.kim, agency.supervisor):
        settled(laptop)
    return agency


def set_company(db: Database, company: uuid.UUID, **changes: Any) -> None:
    stored = get_company(db, company)
    values: dict[str, Any] = dict(
        name=stored.name,
        brn=stored.brn,
        region=stored.region,
        ceo=stored.ceo,
        employees=stored.employees,
        phone=stored.phone,
    )
    values.update(changes)
    update_company(db, company, CompanyDraft(**values))


Typing = Callable[[list[remote.FeedEntry]], None]


@pytest.fixture
def during_pull(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Typing]]:
    """Actions run while a pull is between two chunks (the user typing meanwhile); each is
    given the rows of the chunk about to be written."""
    waiting: list[Typing] = []
    real_feed = remote.feed_page

    def feed(*args: Any, **kwargs: Any) -> tuple[list[remote.FeedEntry], bool]:
        found = real_feed(*args, **kwargs)
        while waiting:
            waiting.pop(0)(found[0])
        return found

    monkeypatch.setattr(remote, "feed_page", feed)
    monkeypatch.setattr(pull, "CHUNK", 2)
    yield waiting


def server_rows(laptop: Laptop) -> dict[str, dict[str, dict[str, Any]]]:
    """The rows of the laptop's scope as the server holds them, read over the user's login
    with plain SQL (not through the sync code)."""
    owner = state.load(laptop.db)
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with psycopg.connect(laptop.server.url, user=laptop.login, row_factory=dict_row) as user:
        reviewer = user.execute("SELECT coach.is_reviewer() AS r").fetchone()
        assert reviewer is not None
        for table in ORDERED:
            columns = ", ".join(f'"{c}"' for c in table.column_names)
            query = f"SELECT {columns}, version FROM coach.{table.name}"
            condition = table.server_company_filter()
            params: dict[str, Any] = {}
            if condition and not reviewer["r"]:
                query += f" WHERE {condition}"
                params = {"companies": [uuid.UUID(c) for c in owner.scope]}
            out[table.name] = {
                str(r["id"]): {k: to_json(v) for k, v in r.items()}
                for r in user.execute(query, params)
            }
    return out


def local_rows(db: Database) -> dict[str, dict[str, dict[str, Any]]]:
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with db.read() as session:
        for table in ORDERED:
            columns = [table.table.c[c] for c in table.column_names]
            out[table.name] = {
                str(r.id): {
                    **{c: to_json(getattr(r, c)) for c in table.column_names},
                    "version": r.server_version,
                }
                for r in session.execute(select(*columns, table.table.c.server_version))
            }
    return out


def assert_equals_server(laptop: Laptop) -> None:
    """Value verification finds nothing, and a direct comparison agrees, row by row."""
    with connect(laptop.server.address(laptop.login), autocommit=True) as server:
        assert verify(server, laptop.db) == []
    theirs, mine = server_rows(laptop), local_rows(laptop.db)
    for name in theirs:
        assert mine[name].keys() == theirs[name].keys(), (laptop.login, name)
        for row_id, row in theirs[name].items():
            assert mine[name][row_id] == row, (laptop.login, name, row_id)


def outbox_size(db: Database) -> int:
    with db.read() as session:
        return len(session.scalars(select(OutboxEntry.seq)).all())


def test_an_edit_typed_while_its_own_sync_receives_changes_goes_back_to_the_server(
    kim_on_zero: Agency, during_pull: list[Typing]
) -> None:
    agency, company = kim_on_zero, kim_on_zero.companies[0]
    set_company(agency.supervisor.db, company, phone="062-222-2222")
    settled(agency.supervisor)
    # Kim types while the pull that brings the supervisor's phone is running.
    during_pull.append(lambda _rows: set_company(agency.kim.db, company, phone="062-111-1111"))
    settled(agency.kim)  # the second sync of it pushes the edit: a conflict
    (conflict,) = conflicts(agency.kim.db)
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "phone",
        "062-111-1111",
        "062-222-2222",
    )
    assert get_company(agency.kim.db, company).phone == "062-222-2222"
    assert_equals_server(agency.kim)


def test_an_edit_waiting_during_a_repair_goes_back_to_the_server(kim_on_zero: Agency) -> None:
    agency, company = kim_on_zero, kim_on_zero.companies[0]
    visit_id = record_visit(agency.kim.db, company, visit("서버에 있음"))
    settled(agency.kim)
    set_company(agency.kim.db, company, ceo="김대표")  # waits in the outbox
    set_company(agency.supervisor.db, company, ceo="박대표")
    settled(agency.supervisor)
    with agency.kim.db.transaction() as session:  # drift, so the repair has work to do
        session.info[APPLYING_REMOTE] = True
        session.execute(update(Visit).where(Visit.id == visit_id).values(notes="몰래"))
    differences, _ = check_against_server(agency.kim.db, fix=True)
    assert [(d.table, d.changed) for d in differences] == [("visits", (visit_id,))]
    # The repair takes the company again too (as a full re-download did): the edit stays.
    with connect(agency.server.address(agency.kim.login), autocommit=True) as server:
        repair(server, agency.kim.db, [Difference("companies", 1, 1, changed=(company,))])
    assert get_company(agency.kim.db, company).ceo == "김대표"
    assert get_visit(agency.kim.db, visit_id).notes == "서버에 있음"
    assert settled(agency.kim).new_conflicts == 1
    assert get_company(agency.kim.db, company).ceo == "박대표"
    assert_equals_server(agency.kim)


def test_keep_theirs_leaves_the_server_value_and_keep_mine_is_sent(kim_on_zero: Agency) -> None:
    agency, company = kim_on_zero, kim_on_zero.companies[0]
    for mine, theirs, keep in (
        ("062-111-1111", "062-222-2222", "theirs"),
        ("062-333-3333", "062-444-4444", "mine"),
    ):
        set_company(agency.kim.db, company, phone=mine)
        set_company(agency.supervisor.db, company, phone=theirs)
        settled(agency.supervisor)
        settled(agency.kim)
        (conflict,) = conflicts(agency.kim.db)
        resolve(agency.kim.db, conflict.id, keep)
        assert get_company(agency.kim.db, company).phone == (theirs if keep == "theirs" else mine)
        settled(agency.kim)
        settled(agency.supervisor)
        expected = theirs if keep == "theirs" else mine
        for laptop in (agency.kim, agency.supervisor):
            assert get_company(laptop.db, company).phone == expected
            assert_equals_server(laptop)
    assert conflicts(agency.kim.db) == []


def test_keep_mine_is_sent_even_when_the_row_already_shows_it(kim_on_zero: Agency) -> None:
    """A laptop that kept its own value before this was fixed still sends it."""
    agency, company = kim_on_zero, kim_on_zero.companies[0]
    set_company(agency.kim.db, company, phone="062-555-5555")
    set_company(agency.supervisor.db, company, phone="062-666-6666")
    settled(agency.supervisor)
    settled(agency.kim)
    (conflict,) = conflicts(agency.kim.db)
    with agency.kim.db.transaction() as session:  # as the old engine left it
        session.info[APPLYING_REMOTE] = True
        session.execute(update(Company).where(Company.id == company).values(phone="062-555-5555"))
    resolve(agency.kim.db, conflict.id, "mine")
    assert outbox_size(agency.kim.db) == 1
    settled(agency.kim)
    settled(agency.supervisor)
    assert get_company(agency.supervisor.db, company).phone == "062-555-5555"
    assert_equals_server(agency.kim)


def edit_contact(db: Database, contact_id: uuid.UUID, **changes: Any) -> None:
    """An edit typed on the laptop (through the outbox, like the dialog's)."""
    with db.transaction() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        for name, value in changes.items():
            setattr(contact, name, value)


def stored_contact(db: Database, contact_id: uuid.UUID) -> Contact:
    with db.read() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        return contact


def test_keep_mine_on_a_row_deleted_meanwhile(kim_on_zero: Agency) -> None:
    agency = kim_on_zero
    kim, sup = agency.kim, agency.supervisor
    contact = add_contact(kim.db, agency.companies[0], ContactDraft("담당자", phone="062-100-0000"))
    settled(kim)
    settled(sup)
    edit_contact(kim.db, contact, position="김코치 고침")
    edit_contact(sup.db, contact, position="감독 고침")
    settled(sup)
    settled(kim)  # a field conflict on the position
    (field_conflict,) = conflicts(kim.db)
    edit_contact(sup.db, contact, deleted_at=utcnow())  # ... and the contact goes meanwhile
    settled(sup)
    settled(kim)
    assert stored_contact(kim.db, contact).deleted_at is not None
    resolve(kim.db, field_conflict.id, "mine")
    settled(kim)  # the edit meets the delete: a new conflict, the row stays deleted
    (deleted,) = conflicts(kim.db)
    assert deleted.kind == "deleted"
    stored = stored_contact(kim.db, contact)
    assert stored.deleted_at is not None and stored.position == "감독 고침"
    assert_equals_server(kim)
    # Keeping mine now brings the contact back, with kim's position, for everyone.
    resolve(kim.db, deleted.id, "mine")
    settled(kim)
    settled(sup)
    for laptop in (kim, sup):
        stored = stored_contact(laptop.db, contact)
        assert stored.deleted_at is None and stored.position == "김코치 고침"
        assert_equals_server(laptop)


def test_verify_compares_values_and_repair_keeps_the_outbox(kim_on_zero: Agency) -> None:
    agency, company = kim_on_zero, kim_on_zero.companies[0]
    visit_id = record_visit(agency.kim.db, company, visit("서버에 있음"))
    settled(agency.kim)
    pending = record_visit(agency.kim.db, company, visit("아직 안 보냄"))
    with agency.kim.db.transaction() as session:  # same id and version, another value
        session.info[APPLYING_REMOTE] = True
        session.execute(update(Company).where(Company.id == company).values(ceo="몰래 바뀜"))
    with connect(agency.server.address(agency.kim.login), autocommit=True) as server:
        found = verify(server, agency.kim.db)
        assert len(found) == 1, found
        (difference,) = found
    assert difference.table == "companies" and difference.changed == (company,)
    differences, repaired = check_against_server(agency.kim.db, fix=True)
    assert repaired == 1 and [d.table for d in differences] == ["companies"]
    assert get_company(agency.kim.db, company).ceo != "몰래 바뀜"
    assert get_visit(agency.kim.db, visit_id).notes == "서버에 있음"
    assert outbox_size(agency.kim.db) == 1
    settled(agency.kim)
    settled(agency.supervisor)
    assert get_visit(agency.supervisor.db, pending).notes == "아직 안 보냄"
    assert_equals_server(agency.kim)


PHONES = [f"062-{n}00-000{n}" for n in range(1, 5)]
WORDS = ["대표", "부장", "과장", "팀장"]


class Office:
    """Several laptops of several roles typing, deleting, syncing and settling conflicts."""

    def __init__(self, agency: Agency, during_pull: list[Typing], seed: int) -> None:
        self.agency = agency
        self.during_pull = during_pull
        self.rng = random.Random(seed)
        companies = agency.companies
        self.scope = {
            agency.kim.login: companies[:2],
            agency.lee.login: companies[1:3],
            agency.supervisor.login: companies,
        }
        self.laptops = [agency.kim, agency.lee, agency.supervisor]
        self.settled = self.rng.randrange(2)

    def edit(self, laptop: Laptop, incoming: list[remote.FeedEntry] | None = None) -> None:
        """One edit; while a pull runs, preferably of a row that pull is bringing."""
        rng = self.rng
        contacts = self._live_contacts(laptop.db)
        arriving = [e for e in incoming or [] if e.table in ("companies", "contacts")]
        if arriving and rng.random() < 0.8:
            entry = rng.choice(arriving)
            if entry.table == "companies" and entry.id in self.scope[laptop.login]:
                set_company(laptop.db, entry.id, phone=rng.choice(PHONES))
                return
            if entry.id in contacts:
                edit_contact(laptop.db, entry.id, position=rng.choice(WORDS))
                return
        choice = rng.random()
        if choice < 0.3 or not contacts:
            company = rng.choice(self.scope[laptop.login])
            field = rng.choice(["phone", "phone", "ceo"])
            value = rng.choice(PHONES) if field == "phone" else rng.choice(WORDS) + "님"
            set_company(laptop.db, company, **{field: value})
        elif choice < 0.4:
            company = rng.choice(self.scope[laptop.login])
            add_contact(laptop.db, company, ContactDraft(rng.choice(WORDS), phone=PHONES[0]))
        elif choice < 0.5:
            edit_contact(laptop.db, rng.choice(contacts), deleted_at=utcnow())
        else:
            edit_contact(laptop.db, rng.choice(contacts), position=rng.choice(WORDS))

    def sync(self, laptop: Laptop) -> None:
        # Typing goes on while the laptop's own pull is between chunks.
        for _ in range(self.rng.randrange(1, 4)):
            self.during_pull.append(functools.partial(self.edit, laptop))
        laptop.sync()
        self.during_pull.clear()

    def settle_conflicts(self, laptop: Laptop) -> None:
        for conflict in conflicts(laptop.db):
            self.settled += 1  # both ways, in turn
            keep = ("mine", "theirs")[self.settled % 2]
            resolve(laptop.db, conflict.id, "theirs" if conflict.kind == "rejected" else keep)

    @staticmethod
    def _live_contacts(db: Database) -> list[uuid.UUID]:
        with db.read() as session:
            return sorted(session.scalars(select(Contact.id).where(Contact.deleted_at.is_(None))))


@pytest.mark.parametrize("seed", [3, 17, 29])
def test_many_laptops_typing_while_syncing_end_equal_to_the_server(
    agency: Agency, during_pull: list[Typing], seed: int
) -> None:
    assign(agency, agency.kim, 0)
    assign(agency, agency.kim, 1)
    assign(agency, agency.lee, 1)
    assign(agency, agency.lee, 2)
    settled(agency.admin)
    office = Office(agency, during_pull, seed)
    for laptop in office.laptops:
        settled(laptop)
    for _ in range(60):
        laptop = office.rng.choice(office.laptops)
        action = office.rng.random()
        if action < 0.55:
            office.edit(laptop)
        elif action < 0.85:
            office.sync(laptop)
        else:
            office.settle_conflicts(laptop)
    seen_conflicts = sum(len(conflicts(laptop.db, open_only=False)) for laptop in office.laptops)
    for _ in range(8):  # settle everything, both ways, until nothing is left to send
        for laptop in office.laptops:
            office.settle_conflicts(laptop)
            settled(laptop)
        if all(
            not conflicts(laptop.db) and outbox_size(laptop.db) == 0 for laptop in office.laptops
        ):
            break
    for laptop in office.laptops:
        settled(laptop)
    assert seen_conflicts >= 3  # the run did meet conflicts
    resolutions = {
        c.resolution for laptop in office.laptops for c in conflicts(laptop.db, open_only=False)
    }
    assert {"mine", "theirs"} <= resolutions
    for laptop in office.laptops:
        assert conflicts(laptop.db) == [] and outbox_size(laptop.db) == 0
        assert_equals_server(laptop)
