"""Runs syncs off the GUI thread, by hand or on its own while the server is reachable."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal

from coach_app.services import syncing
from coach_app.store.database import Database
from coach_app.ui.tasks import Task, TaskControl, TaskRunner

AUTO_EVERY_MS = 60_000
# With nothing waiting, an automatic sync runs at most this often.
QUIET_SYNC_EVERY = dt.timedelta(minutes=10)


class SyncController(QObject):
    started = Signal()
    progressed = Signal(str)
    succeeded = Signal(object)  # SyncReport
    failed = Signal(object)  # BaseException
    status_changed = Signal()  # online / pending / last sync may have changed

    def __init__(self, db: Database, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.online: bool | None = None  # None: not known yet
        self._task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_EVERY_MS)
        self.timer.timeout.connect(self.auto_sync)

    @property
    def busy(self) -> bool:
        return self._task is not None and self._task.running

    def configured(self) -> bool:
        url, login = syncing.server_settings(self.db)
        return bool(url and login)

    def start_auto(self) -> None:
        self.timer.start()
        QTimer.singleShot(2_000, self.auto_sync)

    def sync_now(
        self, url: str | None = None, login: str | None = None, password: str | None = None
    ) -> None:
        if self.busy:
            return
        if url and login:
            syncing.remember_server(self.db, url, login)
        path = self.db.path

        def work(control: TaskControl) -> object:  # a SyncReport
            def step(text: str) -> None:
                # The engine reports each phase and each chunk sent or received; a cancel
                # stops there (what is done stays; the next sync carries on).
                control.check()
                control.progress(text)

            # The worker opens its own connection to the file: sessions never cross threads.
            # The file's integrity is checked once per start (the window's look_after), not
            # at every sync.
            with Database.open(path, take_backup=False, check=False) as db:
                return syncing.run_sync(db, url, login, password=password, progress=step)

        self.started.emit()
        self._task = self.runner.run(
            work,
            on_success=self._succeeded,
            on_error=self._failed,
            on_progress=lambda text, _done, _total: self.progressed.emit(text),
        )

    def cancel(self) -> None:
        """Stop the running sync at its next chunk (what was sent or received stays)."""
        if self._task is not None:
            self._task.cancel()

    def auto_sync(self) -> None:
        """Sync quietly when the server answers and there is something worth doing."""
        if self.busy or not self.configured():
            return
        url, _login = syncing.server_settings(self.db)
        assert url is not None

        def probe(_control: TaskControl) -> bool:
            return syncing.reachable(url)

        self.runner.run(probe, on_success=self._probed)

    def _probed(self, reachable: object) -> None:
        self.online = bool(reachable)
        self.status_changed.emit()
        if not reachable or self.busy:
            return
        pending, _conflicts, last = syncing.status(self.db)
        stale = last is None or dt.datetime.now(dt.UTC) - last > QUIET_SYNC_EVERY
        if pending or stale:
            self.sync_now()

    def _succeeded(self, report: object) -> None:
        self.online = True
        # The worker may have signed this laptop in as the server's user.
        self.db.actor = self.db.current_user()
        self.succeeded.emit(report)
        self.status_changed.emit()

    def _failed(self, error: object) -> None:
        from coach_app.sync.errors import ServerUnreachable, SyncError

        if isinstance(error, ServerUnreachable | SyncError):
            self.online = not isinstance(error, ServerUnreachable)
        self.failed.emit(error)
        self.status_changed.emit()
