"""The three pages a coach or supervisor opens every day, on a 10,000-company database.

For each of 오늘 (Today), the calendar's month and the dashboard: the background read
(what the page's worker runs) against a raw SQL baseline that reads the least the page
must look at, and the longest GUI-thread step while the page is read and shown against
the heartbeat's own gap with nothing running (aim ≤ 0.100 s).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import stalls
from bench.harness import Figure
from coach_app.demo import DemoSize, build
from coach_app.store.database import Database

GAP_AIM = "heartbeat with nothing running (aim ≤ 0.100 s)"

# The least each page reads, in plain SQL: every open difficulty's visit date (what an
# overdue list sorts by); the coach's visits of the shown weeks with the company's name
# and the programme's visits (its targets); every company's contact (duplicates) and
# the visits counted by coach (workload).
RAW_TODAY = """
SELECT d.visit_id, d.severity, v.visit_date FROM difficulties d JOIN visits v ON v.id = d.visit_id
WHERE d.status IN ('open', 'in_progress') AND d.deleted_at IS NULL
"""
RAW_CALENDAR = (
    """
SELECT v.id, v.visit_date, c.name FROM visits v JOIN companies c ON c.id = v.company_id
WHERE v.coach_id = :coach AND v.visit_date BETWEEN :start AND :end
""",
    "SELECT count(*) FROM visits WHERE programme_id = :programme",
)
RAW_DASHBOARD = (
    "SELECT id, name, phone, address FROM companies WHERE deleted_at IS NULL",
    "SELECT coach_id, count(*) FROM visits GROUP BY coach_id",
)


def run(companies: int = 10_000, visits: int = 10) -> list[Figure]:
    """On a demo database of its own (``python -m bench --only pages``)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.sqlite3"
        with Database.open(path) as db:
            build(db, DemoSize(companies, visits))
        return measure(path, companies)


def measure(path: Path, companies: int) -> list[Figure]:
    """Figures on the demo database at ``path`` (signed in as its coach)."""
    return [*background_reads(path), *gui_stalls(path, companies)]


def background_reads(path: Path) -> list[Figure]:
    from coach_app.services.dashboard import dashboard
    from coach_app.services.planning import calendar, programmes, targets
    from coach_app.services.today import today_overview
    from coach_app.ui.calendar_page import shown_range

    with Database.open(path, take_backup=False) as db:
        coach = db.actor
        assert coach is not None, "the demo database is signed in as its coach"
        start, end = shown_range(dt.date.today())
        programme = programmes(db)[0].id

        def month() -> None:
            calendar(db, coach, start, end)
            targets(db, programme)

        hex_ids = {"coach": coach.hex, "programme": programme.hex}
        dates = {"start": start.isoformat(), "end": end.isoformat()}
        return [
            Figure(
                "오늘 background read",
                _best(lambda: today_overview(db)),
                _best(lambda: _raw(db, (RAW_TODAY,), {})),
                "raw SQL: open difficulties' visit dates",
            ),
            Figure(
                "calendar month background read",
                _best(month),
                _best(lambda: _raw(db, RAW_CALENDAR, hex_ids | dates)),
                "raw SQL: the coach's visits, programme's count",
            ),
            Figure(
                "dashboard background read",
                _best(lambda: dashboard(db)),
                _best(lambda: _raw(db, RAW_DASHBOARD, {})),
                "raw SQL: companies' contacts, visits by coach",
            ),
        ]


def gui_stalls(path: Path, companies: int) -> list[Figure]:
    """The longest GUI-thread step while each page is read (off the GUI thread) and shown."""
    from coach_app.ui.app import make_application
    from coach_app.ui.collector import settle
    from coach_app.ui.main_window import MainWindow

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    make_application([])
    db = Database.open(path, take_backup=False)
    window = MainWindow(db, auto_sync=False)
    window.resize(1366, 768)
    window.show()
    stalls._longest_gap(
        lambda: None, lambda: window.today_page.today is not None and window.runner.idle
    )
    settle()  # as the app does once its company list is filled
    idle = stalls._longest_gap(lambda: None, lambda: True, settle_ms=1_000)
    calendar = window.calendar_page
    calendar.view.setCurrentIndex(1)  # the month, with the programme's targets
    figures = []
    for name, page in (
        ("오늘", window.today_page),
        ("calendar month", calendar),
        ("dashboard", window.dashboard_page),
    ):
        window._show_widget(page)
        loaded: list[bool] = []
        page.loaded.connect(functools.partial(loaded.append, True))
        stall = stalls._longest_gap(page.reload, functools.partial(_shown, loaded, window.runner))
        label = f"GUI stall: {name} opened, {companies:,} cos."
        figures.append(Figure(label, stall, idle, GAP_AIM))
    window.close()
    db.close()
    return figures


def _shown(loaded: list[bool], runner: Any) -> bool:
    return bool(loaded) and bool(runner.idle)


def _raw(db: Database, statements: tuple[str, ...], values: dict[str, Any]) -> None:
    from sqlalchemy import text

    with db.engine.connect() as connection:
        for statement in statements:
            connection.execute(text(statement), values).fetchall()


def _best(action: Callable[[], object], times: int = 3) -> float:
    timings = []
    for _ in range(times):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return min(timings)
