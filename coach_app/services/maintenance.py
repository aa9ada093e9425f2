"""Looking after the local file: integrity check, dump, backups and restore."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import IO

from coach_app.store import backup
from coach_app.store.database import Database, table_counts
from coach_app.store.dump import dump as write_dump


@dataclass
class CheckReport:
    path: Path
    problems: list[str]
    counts: dict[str, int]
    pending_changes: int
    backups: list[Path]

    @property
    def sound(self) -> bool:
        return not self.problems


def check(db: Database) -> CheckReport:
    from sqlalchemy import func, select

    from coach_app.store.models import OutboxEntry

    with db.read() as session:
        pending = int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)
    return CheckReport(
        db.path,
        db.integrity_problems(),
        table_counts(db),
        pending,
        backup.list_backups(db.path),
    )


def dump(db: Database, out: IO[str]) -> dict[str, int]:
    return write_dump(db, out)


def make_backup(db: Database) -> Path:
    return backup.make_backup(db.path)


def list_backups(database: Path) -> list[Path]:
    return backup.list_backups(database)


def restore(database: Path, chosen: Path) -> Path | None:
    """Replace ``database`` (which must not be open) by ``chosen``; see store.backup.restore."""
    from coach_app.store import keys

    # The key of the folder restored into (none yet: only an unencrypted backup can go in).
    known = keys.key_file(database.parent).exists()
    key = keys.unlock(database.parent, create=False) if known else None
    return backup.restore(database, chosen, key)
