"""The task runner: results, errors and progress arrive on the GUI thread; cancel works."""

from __future__ import annotations

import textwrap
import threading
import time

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coach_app.ui.tasks import Cancelled, TaskControl, TaskRunner
from tests.ui.test_cross_thread_signals import run_child


def gui_thread() -> QThread:
    app = QApplication.instance()
    assert app is not None
    return app.thread()


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    seen: list[tuple[str, bool]] = []
    results: list[object] = []
    worker_threads: list[int] = []

    def work(control: TaskControl) -> int:
        worker_threads.append(threading.get_ident())
        for step in range(3):
            control.progress(f"단계 {step}", step, 3)
        return 42

    def progress(text: str, _done: int, _total: int) -> None:
        seen.append((text, QThread.currentThread() == gui_thread()))

    runner.run(work, on_success=results.append, on_progress=progress)
    qtbot.waitUntil(lambda: results == [42])
    assert worker_threads and worker_threads[0] != threading.get_ident()
    assert [s for s, _ in seen] == ["단계 0", "단계 1", "단계 2"]
    assert all(on_gui for _, on_gui in seen)
    runner.shutdown()


def test_errors_are_delivered_not_lost(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def work(_control: TaskControl) -> None:
        raise ZeroDivisionError("bug in a task")

    runner.run(work, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError)
    runner.shutdown()


def test_cancel_and_shutdown_stop_running_work(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []
    started = threading.Event()

    def long_work(control: TaskControl) -> None:
        started.set()
        while True:
            control.check()
            time.sleep(0.01)

    task = runner.run(long_work, on_error=errors.append)
    assert started.wait(5)
    assert runner.busy
    began = time.perf_counter()
    runner.shutdown()  # what the main window does when it closes
    assert time.perf_counter() - began < 2
    assert not task.running
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], Cancelled)


_MANY_SHORT_TASKS = textwrap.dedent(
    """
    import gc, time
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from coach_app.ui.tasks import TaskRunner

    app = QCoreApplication([])
    results = []
    for round_ in range(150):
        runner = TaskRunner(threads=2)
        def work(control):
            for step in range(20):
                control.progress("단계", step, 20)
            return round_
        for _ in range(50):
            runner.run(work, on_success=results.append, on_progress=lambda *_: None)
        deadline = time.monotonic() + 20
        while runner.busy and time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        app.processEvents()
        runner.shutdown()
        del runner
        gc.collect()
    print("results", len(results))
    """
)


def test_thousands_of_short_tasks_end_without_crashing_the_app() -> None:
    """Tasks that finish while the window drops them: no Qt object may be deleted under a
    worker thread still emitting (a runner that did so crashed within seconds here)."""
    assert "results 7500" in run_child(_MANY_SHORT_TASKS)
