"""Server capacity: many laptops syncing against one PostgreSQL at the same time.

One programme on a fresh database; each simulated laptop is its own SQLite file with its
own sync state and its own coach login (row-level security on), assigned a few companies.
Every laptop makes its first pull and sends a couple of visits before anything is timed.
Then, with at most ``in_flight`` syncs running at once, every laptop syncs once with
nothing to send (a no-op sync), and once more after recording 10 visits through the
services (a sync that pushes 10 rows). The baseline, in the same run and with the same
logins and concurrency, is a bare ``psycopg.connect`` + ``SELECT 1`` + close per laptop.
Figures: syncs per second over the whole round, p50/p95 latency of one sync, the peak
number of connections to the database (sampled from ``pg_stat_activity``), and the CPU one
sync cost the laptops' processes and, besides theirs, the machine (the server's share, read
from ``/proc/stat``; on a shared machine it includes whatever else ran meanwhile).

The laptops are driven by a few worker processes, each running its share of laptops on
threads. Threads alone would measure Python's GIL: a sync spends much of its time in
SQLAlchemy and SQLite on the laptop's side, and one process's threads take turns at that.
A process per laptop would measure the cost of 200 interpreters instead. A few processes
with threads (four, as many as the cores of a small server and then some) let the laptops'
side use every core without a process per laptop; they are started, and every laptop has
pulled, before the clock starts. Where PostgreSQL shares the cores with the laptops (as on a
developer's machine) the laptops' CPU competes with the server's: the throughput is then a
floor, and the CPU figures tell how much of each sync was the server's.

PostgreSQL refuses a connection past ``max_connections`` at once, with no queue. The last
round shows what a laptop then sees: the database's connection limit is set below the number
of syncs in flight (a per-database limit, so other databases of the cluster are not
disturbed), and the refusals are counted with the message the laptop gets.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import resource
import statistics
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from functools import partial
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import select

from bench.harness import Figure
from coach_app.domain import brn
from coach_app.domain.company import CompanyDraft
from coach_app.domain.messages import set_language
from coach_app.domain.programme import ProgrammeDraft
from coach_app.domain.visit import VisitDraft
from coach_app.services.visits import record_visit
from coach_app.store.database import Database
from coach_app.store.models import Company
from coach_app.sync.admin import add_programme, write_companies
from coach_app.sync.connection import ServerAddress
from coach_app.sync.engine import sync
from coach_app.sync.server import add_user, assign, group_roles, init_server

ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/test"
PROGRAMME = "R&D 현장코칭"
COMPANIES_EACH = 3
VISITS_EACH = 2  # already on the server before the timed rounds
CHANGES = 10  # visits each laptop records before the pushing round
WORKERS = 4
SPARE_CONNECTIONS = 20  # left to everyone else on a shared cluster


@dataclass(frozen=True)
class Laptop:
    path: str
    login: str


@dataclass(frozen=True)
class Timing:
    started: float
    ended: float
    error: str | None = None

    @property
    def seconds(self) -> float:
        return self.ended - self.started


@dataclass(frozen=True)
class Round:
    """One round: every laptop did one thing, at most ``in_flight`` at once."""

    timings: list[Timing]
    peak_connections: int = 0
    laptops_cpu: float = 0.0  # seconds of CPU the laptops' processes used
    machine_cpu: float | None = None  # seconds of CPU the whole machine used, if known

    @property
    def done(self) -> list[Timing]:
        return [t for t in self.timings if t.error is None]

    @property
    def refused(self) -> list[Timing]:
        return [t for t in self.timings if t.error is not None]

    @property
    def per_second(self) -> float:
        wall = max(t.ended for t in self.timings) - min(t.started for t in self.timings)
        return len(self.done) / wall if wall > 0 else 0.0

    @property
    def server_cpu(self) -> float | None:
        """CPU per sync besides the laptops' own: the server's (and on a shared machine,
        whatever else ran meanwhile)."""
        if self.machine_cpu is None or not self.done:
            return None
        return max(self.machine_cpu - self.laptops_cpu, 0.0) / len(self.done)

    def latency(self, percent: int) -> float:
        seconds = sorted(t.seconds for t in self.done)
        if len(seconds) < 2:
            return seconds[0] if seconds else 0.0
        return statistics.quantiles(seconds, n=100, method="inclusive")[percent - 1]


@dataclass(frozen=True)
class Capacity:
    laptops: int
    in_flight: int
    max_connections: int
    bare: Round  # connect + SELECT 1 + close
    noop: Round
    pushing: Round  # each laptop sending CHANGES new visits
    allowed: int  # the database's connection limit in the last round
    overloaded: Round  # a no-op round past that limit
    visits_on_server: int

    def figures(self) -> list[Figure]:
        baseline = f"connect + SELECT 1, {self.in_flight} at once"
        bare = self.bare
        figures = []
        for label, found in (
            ("no-op sync", self.noop),
            (f"sync of {CHANGES} visits", self.pushing),
        ):
            label = f"{label} ×{self.laptops}"
            figures += [
                Figure(f"{label}, p50", found.latency(50), bare.latency(50), baseline),
                Figure(f"{label}, p95", found.latency(95), bare.latency(95), baseline),
                Figure(f"{label}, per second", found.per_second, bare.per_second, baseline, "/s"),
                Figure(
                    f"{label}, connections",
                    found.peak_connections,
                    bare.peak_connections,
                    baseline,
                    "",
                ),
            ]
            if found.server_cpu is not None and bare.server_cpu:
                figures.append(
                    Figure(f"{label}, server CPU", found.server_cpu, bare.server_cpu, baseline)
                )
        return figures

    def summary(self) -> str:
        lines = [
            f"capacity: {self.laptops} laptops, {self.in_flight} syncs at once;"
            f" max_connections = {self.max_connections}"
        ]
        for label, found in (
            ("connect + SELECT 1", self.bare),
            ("no-op sync", self.noop),
            (f"sync of {CHANGES} visits", self.pushing),
        ):
            done = max(len(found.done), 1)
            cpu = found.server_cpu
            lines.append(
                f"  {label:<20} {found.per_second:6.1f}/s"
                f"  p50 {found.latency(50) * 1000:5.0f} ms  p95 {found.latency(95) * 1000:5.0f} ms"
                f"  peak {found.peak_connections} connections  failed {len(found.refused)}"
                f"  CPU each: laptop {found.laptops_cpu / done * 1000:.1f} ms,"
                f" server {'?' if cpu is None else f'{cpu * 1000:.1f}'} ms"
            )
        refused = self.overloaded.refused
        lines.append(
            f"  with the database limited to {self.allowed} connections:"
            f" {len(refused)} of {self.laptops} syncs refused"
        )
        if refused:
            lines.append(
                "  a refused laptop is told: " + (refused[0].error or "").replace("\n", " / ")
            )
        return "\n".join(lines)


def run(laptops: int = 200, in_flight: int = 50) -> list[Figure]:
    found = measure(laptops, in_flight)
    print(found.summary())
    return found.figures()


def measure(laptops: int, in_flight: int) -> Capacity:
    """Set up the agency and its laptops, time the rounds, and drop everything again."""
    tag = uuid.uuid4().hex[:8]
    name = f"coach_capacity_{tag}"
    prefix = f"c{tag}_"
    logins: list[str] = []
    owner = psycopg.connect(ADMIN_URL, autocommit=True)
    try:
        in_flight = _fitting(owner, laptops, in_flight)
        owner.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        url = ADMIN_URL.rpartition("/")[0] + "/" + name
        init_server(url, prefix)
        _agency(url, prefix, laptops, logins)
        with (
            tempfile.TemporaryDirectory() as folder,
            _Fleet(url, Path(folder), logins, in_flight) as fleet,
        ):
            return _measure(owner, url, fleet, in_flight)
    finally:
        owner.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        for role in [*logins, *group_roles(prefix).values()]:
            owner.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
        owner.close()


def _fitting(owner: psycopg.Connection[Any], laptops: int, wanted: int) -> int:
    """As many syncs at once as asked, but never so many that the shared cluster runs out
    of connections for everyone else."""
    row = owner.execute(
        "SELECT current_setting('max_connections')::int"
        " - current_setting('superuser_reserved_connections')::int"
        " - (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')"
    ).fetchone()
    free = int(row[0]) if row else 0
    return max(1, min(wanted, laptops, free - SPARE_CONNECTIONS))


def _agency(url: str, prefix: str, laptops: int, logins: list[str]) -> None:
    """One programme; per laptop a coach login with a few assigned companies. ``logins``
    grows as they are made, so that a failure half-way still drops them all."""
    add_programme(url, ProgrammeDraft(PROGRAMME, dt.date.today().year))
    numbers = [
        brn.complete(f"{100 + n // 10_000:03d}81{n % 10_000:04d}")
        for n in range(laptops * COMPANIES_EACH)
    ]
    write_companies(
        url,
        [
            (None, CompanyDraft(name=f"(주)용량{n}", brn=b, region="광주"))
            for n, b in enumerate(numbers)
        ],
    )
    starts = dt.date.today() - dt.timedelta(days=30)
    for n in range(laptops):
        login = f"{prefix}u_{n:04d}"
        logins.append(login)
        add_user(url, login, "coach", f"코치{n}")
        for number in numbers[n * COMPANIES_EACH : (n + 1) * COMPANIES_EACH]:
            assign(url, login, number, PROGRAMME, starts)


def _measure(owner: psycopg.Connection[Any], url: str, fleet: _Fleet, in_flight: int) -> Capacity:
    name = url.rpartition("/")[2]
    fleet.round("prepare")
    bare = fleet.round("connect", watch=name)
    noop = fleet.round("sync", watch=name)
    fleet.round("record")
    pushing = fleet.round("sync", watch=name)
    allowed = max(1, in_flight // 2)
    database = sql.Identifier(name)
    owner.execute(sql.SQL("ALTER DATABASE {} CONNECTION LIMIT {}").format(database, allowed))
    try:
        overloaded = fleet.round("sync")
    finally:
        owner.execute(sql.SQL("ALTER DATABASE {} CONNECTION LIMIT -1").format(database))
    limit = owner.execute("SHOW max_connections").fetchone()
    with psycopg.connect(url) as server:
        visits = server.execute("SELECT count(*) FROM coach.visits").fetchone()
    return Capacity(
        len(fleet.laptops),
        in_flight,
        int(limit[0]) if limit else 0,
        bare,
        noop,
        pushing,
        allowed,
        overloaded,
        int(visits[0]) if visits else 0,
    )


@contextmanager
def _counting(database: str) -> Iterator[Callable[[], int]]:
    """The most connections to ``database`` seen at once, polled from the side every few
    milliseconds (a connection shorter than that may slip through)."""
    peak = 0
    stop = threading.Event()
    watcher = psycopg.connect(ADMIN_URL, autocommit=True)  # ready before the round starts

    def poll() -> None:
        nonlocal peak
        while not stop.is_set():
            row = watcher.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s", (database,)
            ).fetchone()
            peak = max(peak, int(row[0]) if row else 0)
            time.sleep(0.005)

    thread = threading.Thread(target=poll, daemon=True)
    thread.start()
    try:
        yield lambda: peak
    finally:
        stop.set()
        thread.join()
        watcher.close()


class _Fleet:
    """Worker processes, each driving its share of the laptops on threads."""

    def __init__(self, url: str, folder: Path, logins: list[str], in_flight: int) -> None:
        self.laptops = [Laptop(str(folder / login / "coach.sqlite3"), login) for login in logins]
        count = min(WORKERS, in_flight)
        context = multiprocessing.get_context("spawn")
        self.start = context.Barrier(count)
        self.results: Any = context.Queue()
        self.orders = [context.Queue() for _ in range(count)]
        threads = [in_flight // count + (1 if n < in_flight % count else 0) for n in range(count)]
        self.workers = [
            context.Process(
                target=_work,
                args=(url, self.laptops[n::count], threads[n], order, self.start, self.results),
                daemon=True,
            )
            for n, order in enumerate(self.orders)
        ]

    def __enter__(self) -> _Fleet:
        for worker in self.workers:
            worker.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        for order in self.orders:
            order.put(None)
        for worker in self.workers:
            worker.join(timeout=30)
            if worker.is_alive():
                worker.terminate()
                worker.join()

    def round(self, action: str, watch: str | None = None) -> Round:
        """Every laptop does ``action``; with ``watch``, the database's connections are
        counted meanwhile."""
        with _counting(watch) if watch else nullcontext(lambda: 0) as peak:
            machine = _machine_cpu()
            for order in self.orders:
                order.put(action)
            timings: list[Timing] = []
            laptops_cpu = 0.0
            for _ in self.workers:
                answer = self.results.get(timeout=600)
                if isinstance(answer, BaseException):
                    raise answer
                timings += answer[0]
                laptops_cpu += answer[1]
            after = _machine_cpu()
            used = None if machine is None or after is None else after - machine
            return Round(timings, peak(), laptops_cpu, used)


def _machine_cpu() -> float | None:
    """Seconds of CPU every core of this machine has spent busy since it started."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    ticks = [int(f) for f in fields]
    idle = ticks[3] + ticks[4]  # idle and waiting for I/O
    return (sum(ticks[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _work(
    url: str, laptops: list[Laptop], threads: int, orders: Any, start: Barrier, results: Any
) -> None:
    """One worker process: wait for an order, run it on every laptop, hand back the
    timings and the CPU the process used meanwhile."""
    set_language("en")
    with ThreadPoolExecutor(threads) as pool:
        while (action := orders.get()) is not None:
            try:
                if action == "prepare":
                    # Migrations change module-level state of Alembic's: never two at once in
                    # a process (the app migrates once, at start, on one thread).
                    for laptop in laptops:
                        Database.open(laptop.path, take_backup=False).close()
                if action == "record":
                    for laptop in laptops:
                        with Database.open(laptop.path, take_backup=False, check=False) as db:
                            _record_visits(db, CHANGES)
                    results.put(([], 0.0))
                    continue
                start.wait()
                cpu = _process_cpu()
                timings = list(pool.map(partial(_one, url, action=action), laptops))
                results.put((timings, _process_cpu() - cpu))
            except Exception as error:  # handed to the parent, which stops the benchmark
                start.abort()  # the other workers stop waiting for this one
                results.put(RuntimeError(f"{type(error).__name__}: {error}"))


def _process_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _one(url: str, laptop: Laptop, action: str) -> Timing:
    address = ServerAddress(url, laptop.login)
    if action == "connect":
        started = time.perf_counter()
        with psycopg.connect(url, user=laptop.login, autocommit=True) as server:
            server.execute("SELECT 1").fetchone()
        return Timing(started, time.perf_counter())
    # The app opens the file afresh for every sync, on the thread that runs it.
    with Database.open(laptop.path, take_backup=False, check=False) as db:
        if action == "prepare":
            sync(db, address)  # the first pull
            _record_visits(db, VISITS_EACH)
            sync(db, address)
            return Timing(0.0, 0.0)
        started = time.perf_counter()
        try:
            sync(db, address)
        except Exception as error:  # a refused sync is a result here, not a failure
            return Timing(started, time.perf_counter(), str(error))
        return Timing(started, time.perf_counter())


def _record_visits(db: Database, count: int) -> None:
    """Visits typed on the laptop, through the services, spread over its companies."""
    with db.read() as session:
        companies = list(session.scalars(select(Company.id).order_by(Company.brn)))
    for n in range(count):
        draft = VisitDraft(
            visit_date=dt.date.today(),
            place="기업 현장",
            attendees="대표",
            purpose="코칭",
            notes=f"용량 점검 {n}",
        )
        record_visit(db, companies[n % len(companies)], draft)
