"""One small runner for long work off the GUI thread (sync, reports, exports, imports).

A task is a plain function that receives a ``TaskControl`` for progress and cancel and
never touches a widget; its result, error or progress arrive on the GUI thread through
callbacks. Each task opens its own database connections, so no SQLite session crosses
threads. ``shutdown()`` asks running tasks to stop and waits for them, so no worker
outlives its window.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
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
    """One set of signals for all of a runner's jobs, keyed by job number.

    It lives on the GUI thread for the runner's whole life, so the slots run there and no
    Qt object is created or deleted per job while a worker thread may still be emitting
    (deleting a sender from its own queued slot is a race that crashed the app).
    """

    progress = Signal(int, str, int, int)
    succeeded = Signal(int, object)
    failed = Signal(int, object)
    finished = Signal(int)


class _Job(QRunnable):
    """Owned by the thread pool (auto-delete); Python keeps only plain objects of it."""

    def __init__(
        self,
        number: int,
        work: Callable[[TaskControl], Any],
        signals: _Signals,
        control: TaskControl,
        done: threading.Event,
    ) -> None:
        super().__init__()
        self.number = number
        self.work = work
        self.signals = signals
        self.control = control
        self.done = done

    def run(self) -> None:
        number, signals = self.number, self.signals
        try:
            result = self.work(self.control)
        except Cancelled:
            signals.failed.emit(number, Cancelled())
        except CoachError as error:  # expected: the GUI explains it
            signals.failed.emit(number, error)
        except BaseException as error:  # delivered to the GUI thread, never lost
            log.exception("task failed")
            signals.failed.emit(number, error)
        else:
            signals.succeeded.emit(number, result)
        finally:
            self.done.set()
            signals.finished.emit(number)


class Task:
    """A running job as the GUI sees it."""

    def __init__(self, control: TaskControl, done: threading.Event) -> None:
        self._control = control
        self._done = done

    def cancel(self) -> None:
        self._control.cancel()

    @property
    def running(self) -> bool:
        return not self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)


@dataclass
class _Callbacks:
    task: Task
    on_success: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[str, int, int], None] | None
    on_finished: Callable[[], None] | None


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._signals = _Signals(self)
        self._signals.progress.connect(self._progress)
        self._signals.succeeded.connect(self._succeeded)
        self._signals.failed.connect(self._failed)
        self._signals.finished.connect(self._finished)
        self._jobs: dict[int, _Callbacks] = {}
        self._numbers = itertools.count(1)

    def run(
        self,
        work: Callable[[TaskControl], Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[str, int, int], None] | None = None,
        on_finished: Callable[[], None] | None = None,
    ) -> Task:
        number = next(self._numbers)
        signals = self._signals
        control = TaskControl(
            lambda text, done, total: signals.progress.emit(number, text, done, total)
        )
        done = threading.Event()
        task = Task(control, done)
        self._jobs[number] = _Callbacks(task, on_success, on_error, on_progress, on_finished)
        self.pool.start(_Job(number, work, signals, control, done))
        return task

    def _progress(self, number: int, text: str, done: int, total: int) -> None:
        job = self._jobs.get(number)
        if job and job.on_progress:
            job.on_progress(text, done, total)

    def _succeeded(self, number: int, result: object) -> None:
        job = self._jobs.get(number)
        if job and job.on_success:
            job.on_success(result)

    def _failed(self, number: int, error: BaseException) -> None:
        job = self._jobs.get(number)
        if job and job.on_error:
            job.on_error(error)

    def _finished(self, number: int) -> None:
        job = self._jobs.pop(number, None)
        if job and job.on_finished:
            job.on_finished()

    @property
    def idle(self) -> bool:
        """No task left, and every callback of the last one has run (its results shown)."""
        return not self._jobs

    @property
    def busy(self) -> bool:
        return any(job.task.running for job in self._jobs.values())

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Ask every task to stop, then wait for them (called when the window closes)."""
        for job in self._jobs.values():
            job.task.cancel()
        self.pool.waitForDone(timeout_ms)
