"""One small runner for long work off the GUI thread (sync, reports, exports, imports).

A task is a plain function that receives a ``TaskControl`` for progress and cancel and
never touches a widget; its result, error or progress arrive on the GUI thread through
callbacks. Each task opens its own database connections, so no SQLite session crosses
threads. ``shutdown()`` asks running tasks to stop and waits for them, so no worker
outlives its window.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from coach_app.domain.errors import Cancelled, CoachError

log = logging.getLogger("coach_app.ui.tasks")


__all__ = ["Cancelled", "Task", "TaskControl", "TaskRunner"]


class TaskControl:
    def __init__(self, emit_progress: Callable[[str, int, int], None]) -> None:
        self._cancel = threading.Event()
        self._emit = emit_progress

    def progress(self, text: str, done: int = 0, total: int = 0) -> None:
        self._emit(text, done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` once cancel was asked (long work calls it between steps)."""
        if self._cancel.is_set():
            raise Cancelled


class _Signals(QObject):
    progress = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class _Job(QRunnable):
    def __init__(self, work: Callable[[TaskControl], Any], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.signals = signals
        self.control = TaskControl(signals.progress.emit)
        self.done = threading.Event()

    def run(self) -> None:
        try:
            result = self.work(self.control)
        except Cancelled:
            self.signals.failed.emit(Cancelled())
        except CoachError as error:  # expected: the GUI explains it
            self.signals.failed.emit(error)
        except BaseException as error:  # delivered to the GUI thread, never lost
            log.exception("task failed")
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.done.set()
            self.signals.finished.emit()


class Task:
    """A running job as the GUI sees it."""

    def __init__(self, job: _Job) -> None:
        self._job = job

    def cancel(self) -> None:
        self._job.control.cancel()

    @property
    def running(self) -> bool:
        return not self._job.done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._job.done.wait(timeout)


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._running: list[Task] = []

    def run(
        self,
        work: Callable[[TaskControl], Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[str, int, int], None] | None = None,
        on_finished: Callable[[], None] | None = None,
    ) -> Task:
        signals = _Signals(self)  # lives on the GUI thread: its slots run there
        if on_progress:
            signals.progress.connect(on_progress)
        if on_success:
            signals.succeeded.connect(on_success)
        if on_error:
            signals.failed.connect(on_error)
        job = _Job(work, signals)
        task = Task(job)
        self._running.append(task)

        def forget() -> None:
            if task in self._running:
                self._running.remove(task)
            if on_finished:
                on_finished()
            signals.deleteLater()

        signals.finished.connect(forget)
        self.pool.start(job)
        return task

    @property
    def busy(self) -> bool:
        return any(t.running for t in self._running)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Ask every task to stop, then wait for them (called when the window closes)."""
        for task in self._running:
            task.cancel()
        self.pool.waitForDone(timeout_ms)
