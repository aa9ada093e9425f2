"""User actions run off the GUI thread, told one way (as Anki's ``CollectionOp``).

``Operation(parent, runner, work, failed_words)`` runs ``work`` on the task runner and
hands its result to ``success`` on the GUI thread. A failure is told by one rule unless a
screen says otherwise: nothing after a cancel, an expected error's own words (a
``CoachError`` says what to do), else what could not be done and where the details are —
the runner has already logged that error with its traceback. A ``Change`` given with
``changes`` is announced once the work succeeded, so the pages showing that data reload
themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from coach_app.domain.errors import Cancelled, CoachError
from coach_app.ui.data_events import Change, DataEvents
from coach_app.ui.tasks import Task, TaskControl, TaskRunner


def failure_text(error: BaseException, unexpected: str) -> str | None:
    """The message for ``error``: None after a cancel, the error's own words when it is
    expected, else ``unexpected`` (what could not be done) and where the details are."""
    if isinstance(error, Cancelled):
        return None
    if isinstance(error, CoachError):
        return str(error)
    return QCoreApplication.translate(
        "Operations", "%1 자세한 내용은 로그 파일에 있습니다."
    ).replace("%1", unexpected)


class Operation:
    def __init__(
        self,
        parent: QWidget,
        runner: TaskRunner,
        work: Callable[[TaskControl], Any],
        unexpected: str,
    ) -> None:
        self.parent = parent
        self.runner = runner
        self.work = work
        self.unexpected = unexpected  # what could not be done, for an unexpected error
        self._success: Callable[[Any], None] | None = None
        self._told: Callable[[str | None], None] | None = None
        self._progress: Callable[[str, int, int], None] | None = None
        self._finally: Callable[[], None] | None = None
        self._change: tuple[DataEvents, Change] | None = None
        self.box: QMessageBox | None = None  # the last failure shown (kept alive)

    def success(self, then: Callable[[Any], None]) -> Operation:
        self._success = then
        return self

    def failure(self, tell: Callable[[str | None], None]) -> Operation:
        """Tell a failure another way than a message box (``None``: cancelled)."""
        self._told = tell
        return self

    def progress(self, step: Callable[[str, int, int], None]) -> Operation:
        self._progress = step
        return self

    def finally_(self, then: Callable[[], None]) -> Operation:
        """Run after success and failure alike (closing a progress dialog)."""
        self._finally = then
        return self

    def changes(self, events: DataEvents, change: Change) -> Operation:
        self._change = (events, change)
        return self

    def run(self) -> Task:
        return self.runner.run(
            self.work, on_success=self._succeeded, on_error=self._failed, on_progress=self._progress
        )

    def _succeeded(self, result: Any) -> None:
        if self._finally:
            self._finally()
        if self._change:
            events, change = self._change
            events.announce(change)
        if self._success:
            self._success(result)

    def _failed(self, error: BaseException) -> None:
        if self._finally:
            self._finally()
        text = failure_text(error, self.unexpected)
        if self._told:
            self._told(text)
        elif text is not None:
            self.box = QMessageBox(
                QMessageBox.Icon.Warning, self.parent.windowTitle() or "Coach", text,
                parent=self.parent,
            )  # fmt: skip
            self.box.open()
