"""Long work from the window: the sync, the Excel summary and the import check stop when
the coach cancels; the report notice lasts as long as the report; an automatic sync does
not check the database file again."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

import coach_app.store.database as database
from coach_app.demo import DemoSize, build
from coach_app.domain import brn
from coach_app.services import imports, syncing
from coach_app.services.companies import list_companies
from coach_app.services.exports import export_summary
from coach_app.services.reports import ReportKind, write_report
from coach_app.store.database import Database
from coach_app.sync.engine import SyncReport
from coach_app.ui import report_jobs, summary_export
from coach_app.ui.main_window import MainWindow
from coach_app.ui.summary_export import SummaryChoice
from coach_app.ui.sync_controller import SyncController
from coach_app.ui.sync_page import SyncPage
from coach_app.ui.tasks import TaskRunner


def test_a_sync_stops_at_the_next_phase_when_cancelled(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    checks: list[Path] = []
    real_check = database._quick_check

    def counted(result: object, path: Path) -> None:
        checks.append(path)
        real_check(result, path)

    monkeypatch.setattr(database, "_quick_check", counted)
    phases: list[str] = []
    release = threading.Event()

    def fake_sync(_db: Database, *_args: Any, progress: Any = None, **_kw: Any) -> SyncReport:
        for phase in ("sending", "receiving", "files"):
            progress(phase)
            phases.append(phase)
            release.wait(10)
        return SyncReport()

    monkeypatch.setattr(syncing, "run_sync", fake_sync)
    runner = TaskRunner()
    controller = SyncController(db, runner)
    page = SyncPage(controller)
    qtbot.addWidget(page)
    page.show()
    controller.sync_now("postgresql://server.invalid/coach", "kimcoach")
    qtbot.waitUntil(lambda: phases == ["sending"], timeout=5_000)
    assert page.cancel_button.isVisible()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not controller.busy, timeout=5_000)
    assert phases == ["sending"]  # stopped before receiving
    assert "취소" in page.result.text()
    assert not page.cancel_button.isVisible() and page.sync_button.isEnabled()
    # The worker opened the file without the integrity check (done once per start).
    assert checks == []
    runner.shutdown()


def _click_cancel(qtbot: QtBot, dialog: QProgressDialog) -> None:
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "취소"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def demo(tmp_path: Path) -> Database:
    db = Database.open(tmp_path / "coach.sqlite3")
    build(db, DemoSize(companies=10, visits_per_company=2))
    return db


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_the_excel_summary_is_cancelled_from_its_progress_dialog(
    qtbot: QtBot, demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(demo, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    export = window.summary_export
    target = tmp_path / "summary.xlsx"
    monkeypatch.setattr(export, "ask_filters", lambda: SummaryChoice(None, None, None, None, None))
    monkeypatch.setattr(export, "ask_file", lambda: target)
    started, go = threading.Event(), threading.Event()
    real: Callable[..., Any] = export_summary

    def slow(*args: Any, progress: Any, **kwargs: Any) -> Any:
        def step(text: str) -> None:
            started.set()
            go.wait(10)
            progress(text)

        return real(*args, progress=step, **kwargs)

    monkeypatch.setattr(summary_export, "export_summary", slow)
    task = export.run()
    assert task is not None and export.progress is not None
    qtbot.waitUntil(started.is_set, timeout=5_000)
    assert export.progress.isVisible()
    _click_cancel(qtbot, export.progress)
    go.set()
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    qtbot.wait(50)  # the outcome arrives through the event loop
    assert not target.exists()
    assert "취소" in window.statusBar().currentMessage()
    assert export.box is None  # not an error to explain
    assert not export.progress.isVisible()
    gc.collect()  # the abandoned sheets complain here, under this test's filter


def _long_list(path: Path, rows: int) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["기업명", "사업자등록번호", "대표자", "지역"])
    for n in range(1, rows + 1):
        sheet.append([f"Company {n}", brn.complete(f"12081{n:04d}"), "Kim", "광주"])
    book.save(path)
    return path


def test_the_import_check_is_cancelled_from_its_progress_dialog(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(db, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    wizard = window.import_companies()
    page = wizard.wizard
    wizard.file.setText(str(_long_list(tmp_path / "list.xlsx", 300)))
    page.next()
    qtbot.waitUntil(lambda: page.currentPage().objectName() == "mapping_page", timeout=10_000)
    started, go = threading.Event(), threading.Event()
    real = imports.check_rows

    def slow(*args: Any, **kwargs: Any) -> Any:
        started.set()
        go.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(imports, "check_rows", slow)
    page.next()
    qtbot.waitUntil(started.is_set, timeout=5_000)
    assert wizard.progress is not None and wizard.progress.isVisible()
    _click_cancel(qtbot, wizard.progress)
    go.set()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=10_000)
    assert page.currentPage().objectName() == "mapping_page"
    assert "취소" in wizard.mapping_message.text()
    assert wizard.plan is None and page.isEnabled()
    assert not wizard.progress.isVisible()
    assert list_companies(db) == []
    # Asked again, the check runs to the end.
    monkeypatch.setattr(imports, "check_rows", real)
    page.next()
    qtbot.waitUntil(lambda: page.currentPage().objectName() == "check_page", timeout=10_000)


def test_the_report_notice_lasts_as_long_as_the_report(
    qtbot: QtBot, demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(demo, auto_sync=False)
    qtbot.addWidget(window)
    shown: list[tuple[str, int]] = []
    bar = window.statusBar()
    real_show = bar.showMessage

    def show(text: str, timeout: int = 0) -> None:
        shown.append((text, timeout))
        real_show(text, timeout)

    monkeypatch.setattr(bar, "showMessage", show)
    go = threading.Event()
    real_write = write_report

    def slow(*args: Any) -> int:
        go.wait(10)
        return real_write(*args)

    monkeypatch.setattr(report_jobs, "write_report", slow)
    monkeypatch.setattr(window.reports, "ask_file", lambda suggested: tmp_path / "dossier.pdf")
    company = list_companies(demo)[0]
    task = window.reports.save(ReportKind.DOSSIER, company.id, "dossier.pdf")
    assert task is not None
    assert shown[-1] == ("보고서를 만드는 중…", 0)  # no time-out: it stays while the report runs
    go.set()
    qtbot.waitUntil(lambda: window.reports.last_written is not None, timeout=30_000)
    assert "보고서를 저장했습니다" in bar.currentMessage()
