"""The window on a 10,000-company / 100,000-visit database: start-up, search, stalls.

Start-up is timed, as ``coach_app.ui.app.run`` starts, from the first line of a fresh
interpreter (imports included) to two moments: the main window shown and painted once
(``show()`` then one ``processEvents()``, as for the bare QMainWindow it is compared
with; its pages are not built yet, a loading line stands in for them), and the company
list filled (the database code imported, the pages built, the rows read in the background
and in the model).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import stalls
from bench.harness import Figure
from coach_app.demo import DemoSize, build
from coach_app.store.database import Database

BARE = """
import time, sys
started = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow(); window.resize(1366, 768); window.show(); app.processEvents()
print(time.perf_counter() - started)
"""

OURS = """
import time, sys
started = time.perf_counter()
from pathlib import Path
from PySide6.QtCore import QEventLoop
from coach_app.ui.app import open_window
app, window = open_window("ko")  # as the app starts: the frame shown, painted once
shown = time.perf_counter() - started
from coach_app.ui.app import use_qt_dialogs
use_qt_dialogs(app)
from coach_app.store.database import Database
db = Database.open(Path(sys.argv[1]), take_backup=False, check=False)  # as the app does
window.attach(db, auto_sync=False, list_later=True)
waiting = QEventLoop()
window.company_page.filled.connect(waiting.quit)
if window.company_page.loading:
    waiting.exec()
assert window.companies.rowCount() > 0
print(shown, time.perf_counter() - started)
"""


def run(companies: int = 10_000, visits: int = 10) -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.sqlite3"
        with Database.open(path) as db:
            build(db, DemoSize(companies, visits))
        Database.open(path).close()  # the daily backup is taken now, not during timing
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": folder}
        bare = _best(lambda: _seconds(BARE, [], env)[0])
        timings = [_seconds(OURS, [str(path)], env) for _ in range(3)]
        shown = min(t[0] for t in timings)
        filled = min(t[1] for t in timings)
        search, raw_search = _search(path)
        today, today_idle, due = _today(path)
    return [
        Figure(f"start-up to window, {companies:,} cos.", shown, bare, "bare QMainWindow", aim=1.5),
        Figure("start-up to company list filled", filled, bare, "bare QMainWindow"),
        Figure(
            "search, longest keystroke",
            search,
            raw_search,
            "plain filter of the same strings (aim ≤ 0.030 s)",
        ),
        Figure(
            f"GUI stall: 오늘 page read and shown, {due:,} follow-ups due",
            today,
            today_idle,
            "heartbeat with nothing running (aim ≤ 0.100 s)",
        ),
        # A first sync of a twentieth of the companies (about 29,000 rows at the default
        # size) keeps the run short; the laptop's database is the one that sync fills.
        *stalls.run(companies=max(companies // 20, 50), visits=visits),
    ]


def _seconds(code: str, args: list[str], env: dict[str, str]) -> list[float]:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=300,
    )
    return [float(t) for t in done.stdout.strip().splitlines()[-1].split()]


def _best(measure: Callable[[], float], times: int = 3) -> float:
    return min(measure() for _ in range(times))


def _search(path: Path) -> tuple[float, float]:
    from coach_app.domain.company import matches
    from coach_app.ui.app import make_application
    from coach_app.ui.main_window import MainWindow

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application([])
    db = Database.open(path)
    window = MainWindow(db, auto_sync=False)
    typed = ["광", "광주", "광주 ", "광주 자", "광주 자동", "광주 자동차", "1", "12", "124", "1248"]
    timings = []
    for query in typed:
        started = time.perf_counter()
        window.search.setText(query)
        app.processEvents()
        timings.append(time.perf_counter() - started)
    texts = [r.search_text for r in window.companies._all]
    raw = []
    for query in typed:
        started = time.perf_counter()
        [t for t in texts if matches(t, query)]
        raw.append(time.perf_counter() - started)
    window.close()
    db.close()
    return max(timings), max(raw)


def _today(path: Path) -> tuple[float, float, int]:
    """The longest GUI-thread step while the Today page is read (off the GUI thread) and
    filled, against the heartbeat's own gap with nothing running; and how many
    follow-ups it found overdue or due this week."""
    from coach_app.ui.app import make_application
    from coach_app.ui.collector import settle
    from coach_app.ui.main_window import MainWindow

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    make_application([])
    db = Database.open(path)
    window = MainWindow(db, auto_sync=False)
    window.resize(1366, 768)
    window.show()
    settle()  # as the app does once its company list is filled
    page = window.today_page
    stalls._longest_gap(lambda: None, lambda: page.today is not None and window.runner.idle)
    idle = stalls._longest_gap(lambda: None, lambda: True, settle_ms=1_000)
    loaded: list[bool] = []
    page.loaded.connect(lambda: loaded.append(True))
    stall = stalls._longest_gap(page.reload, lambda: bool(loaded) and window.runner.idle)
    assert page.today is not None
    due = page.today.overdue_count + page.today.due_count
    window.close()
    db.close()
    return stall, idle, due
