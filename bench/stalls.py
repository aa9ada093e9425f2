"""The longest GUI stall while a sync, an Excel export and a report batch run.

Each job is started through the window's own controllers, as the menus start it (only
the questions — file name, programme — are answered beforehand). A 10 ms QTimer
heartbeat on the GUI thread records the longest gap until the job's results are shown.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from bench.harness import Figure
from bench.sync import filled_server
from coach_app.store.database import Database

HEARTBEAT_MS = 10


def run(companies: int = 500, visits: int = 10) -> list[Figure]:
    from PySide6.QtWidgets import QApplication

    from coach_app.services.reports import batch_companies
    from coach_app.ui.app import make_application
    from coach_app.ui.collector import settle
    from coach_app.ui.main_window import MainWindow

    app = make_application([])
    assert isinstance(app, QApplication)
    with (
        filled_server("s", companies, visits) as (url, login, rows),
        tempfile.TemporaryDirectory() as folder,
    ):
        db = Database.open(Path(folder) / "laptop.sqlite3")
        window = MainWindow(db, auto_sync=False)
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        settle()  # as the app does once its company list is filled
        idle = _longest_gap(lambda: None, lambda: True, settle_ms=2_000)
        sync = _longest_gap(lambda: window.sync.sync_now(url, login), lambda: window.runner.idle)
        _answer_export(window, Path(folder) / "summary.xlsx")
        export = _longest_gap(window.summary_export.run, lambda: window.runner.idle)
        programme, count = _smallest_programme(db, batch_companies)
        _answer_batch(window, programme, Path(folder) / "batch")
        batch = _longest_gap(window.reports.batch, lambda: window.runner.idle)
        window.close()
        db.close()
    aim = "heartbeat with nothing running (aim ≤ 0.100 s)"
    return [
        Figure(f"GUI stall: first sync, {rows:,} rows", sync, idle, aim),
        Figure("GUI stall: Excel summary export", export, idle, aim),
        Figure(f"GUI stall: report batch, {count} companies", batch, idle, aim),
    ]


def _longest_gap(
    start: Callable[[], object], done: Callable[[], bool], settle_ms: int = 300
) -> float:
    """Seconds of the longest gap between heartbeats from ``start`` until ``done`` and a
    little after (the results are shown on the GUI thread once the worker ends)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    clock = QElapsedTimer()
    clock.start()
    gaps: list[int] = []
    last = [clock.elapsed()]
    finished_at: list[int] = []
    loop = QEventLoop()

    def beat() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now
        if not finished_at and done():
            finished_at.append(now)
        if finished_at and now - finished_at[0] >= settle_ms:
            loop.quit()

    timer = QTimer()
    timer.setInterval(HEARTBEAT_MS)
    timer.timeout.connect(beat)
    timer.start()
    start()  # what the click's own slot does on the GUI thread counts too
    loop.exec()
    timer.stop()
    return max(gaps) / 1000 if gaps else 0.0


def _answer_export(window: object, target: Path) -> None:
    from coach_app.ui.summary_export import SummaryChoice

    export = window.summary_export  # type: ignore[attr-defined]
    export.ask_filters = lambda: SummaryChoice(None, None, None, None, None)
    export.ask_file = lambda: target


def _answer_batch(window: object, programme: str, folder: Path) -> None:
    folder.mkdir()
    reports = window.reports  # type: ignore[attr-defined]
    reports.ask_programme = lambda _names: (programme, True)
    reports.ask_folder = lambda: folder


def _smallest_programme(
    db: Database, batch_companies: Callable[..., list[uuid.UUID]]
) -> tuple[str, int]:
    from coach_app.services.people import programmes

    sizes = {p.name: len(batch_companies(db, programme=p.name)) for p in programmes(db)}
    name = min((n for n in sizes if sizes[n]), key=lambda n: sizes[n])
    return name, sizes[name]
