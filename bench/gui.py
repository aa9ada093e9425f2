"""The window on a 10,000-company / 100,000-visit database: start-up, search, stalls."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.harness import Figure
from coach_app.services.demo import DemoSize, build
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
from coach_app.ui.app import make_application, install_translators
from coach_app.store.database import Database
from coach_app.ui.main_window import MainWindow
app = make_application(sys.argv)
install_translators(app, "ko")
db = Database.open(Path(sys.argv[1]), take_backup=False, check=False)  # as the app does
window = MainWindow(db, auto_sync=False); window.resize(1366, 768); window.show()
app.processEvents()
print(time.perf_counter() - started)
"""


def run(companies: int = 10_000, visits: int = 10) -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.sqlite3"
        with Database.open(path) as db:
            build(db, DemoSize(companies, visits))
        Database.open(path).close()  # the daily backup is taken now, not during timing
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": folder}
        bare = _best(lambda: _seconds(BARE, [], env))
        ours = _best(lambda: _seconds(OURS, [str(path)], env))
        search, raw_search = _search(path)
        stall, idle_stall = _stall(path)
    return [
        Figure(f"start-up, {companies:,} companies", ours, bare, "bare QMainWindow", aim=1.5),
        Figure(
            "search, longest keystroke",
            search,
            raw_search,
            "plain filter of the same strings (aim ≤ 0.030 s)",
        ),
        Figure(
            "GUI stall while a long job runs",
            stall,
            idle_stall,
            "heartbeat with nothing running (aim ≤ 0.100 s)",
        ),
    ]


def _seconds(code: str, args: list[str], env: dict[str, str]) -> float:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=300,
    )
    return float(done.stdout.strip().splitlines()[-1])


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


def _stall(path: Path) -> tuple[float, float]:
    """Longest gap between 10 ms heartbeats, with and without a sync-sized job running."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from coach_app.store.dump import dump
    from coach_app.ui.app import make_application
    from coach_app.ui.tasks import TaskControl, TaskRunner

    app = make_application([])  # kept alive while the loops run

    def longest_gap(job: bool) -> float:
        runner = TaskRunner()
        clock = QElapsedTimer()
        clock.start()
        gaps: list[int] = []
        last = [clock.elapsed()]

        def beat() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(beat)
        timer.start()
        loop = QEventLoop()
        if job:

            def work(_control: TaskControl) -> None:
                with (
                    Database.open(path, take_backup=False) as db,
                    Path(os.devnull).open("w") as out,
                ):
                    dump(db, out)

            runner.run(work, on_finished=loop.quit)
        else:
            QTimer.singleShot(3_000, loop.quit)
        loop.exec()
        timer.stop()
        runner.shutdown()
        app.processEvents()
        return max(gaps) / 1000 if gaps else 0.0

    return longest_gap(job=True), longest_gap(job=False)
