"""What each sync did, kept on this laptop, and the backup taken before a sync changes it.

The coach looks back on it in the sync page: when, what went each way, what the server
refused and why, conflicts, how long, and the error that stopped a sync.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from coach_app.store import backup
from coach_app.store.database import Database
from coach_app.store.models import SyncRun

log = logging.getLogger(__name__)
# Runs kept; an automatic sync every ten minutes fills this in about three weeks of work.
KEEP_RUNS = 1_000


@dataclass
class Refusal:
    table: str
    row_id: uuid.UUID
    reason: str

    def as_json(self) -> dict[str, Any]:
        return {"table": self.table, "row_id": str(self.row_id), "reason": self.reason}


@dataclass
class BackupOnce:
    """Takes one backup, before the first local write of a sync, and only then."""

    database: Path
    taken: Path | None = None
    _tried: bool = field(default=False, repr=False)

    def __call__(self) -> None:
        if self._tried:
            return
        self._tried = True
        self.taken = backup.make_backup(self.database, label=backup.BEFORE_SYNC)
        log.info("backup before sync: %s", self.taken.name)


def record(db: Database, run: SyncRun) -> None:
    """Keep ``run`` and let the oldest go beyond KEEP_RUNS, in one transaction."""
    with db.transaction() as session:
        session.add(run)
        session.flush()
        cutoff = session.scalar(
            select(SyncRun.started_at)
            .order_by(SyncRun.started_at.desc())
            .offset(KEEP_RUNS)
            .limit(1)
        )
        if cutoff is not None:
            session.execute(delete(SyncRun).where(SyncRun.started_at <= cutoff))


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
