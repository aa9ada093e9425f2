"""What this laptop remembers between syncs: server, login, cursor, scope, last sync."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from coach_app.store.database import Database
from coach_app.store.models import LocalSetting

KEY = "sync_state"


@dataclass
class SyncState:
    server_url: str | None = None
    login: str | None = None  # as configured by the user
    owner: str | None = None  # the login the server confirmed; the file is theirs
    cursor_txid: int = 0
    cursor_version: int = 0
    # Companies whose rows were downloaded whole (a coach's laptop; reviewers see all).
    scope: list[str] = field(default_factory=list)
    last_sync: str | None = None
    schema: str | None = None
    # Rows to take again from the server: a pushed edit met a conflict or a refusal (or
    # changed nothing there), so the row here must go back to the server's values; the
    # typed side lives in the conflict. Kept with the outbox's settlement, so a sync
    # killed in between still puts them right.
    refresh: list[tuple[str, str]] = field(default_factory=list)
    # Since when the server has held back changes behind a transaction still open.
    held_back_since: str | None = None

    @property
    def last_sync_at(self) -> dt.datetime | None:
        return dt.datetime.fromisoformat(self.last_sync) if self.last_sync else None

    def to_refresh(self, rows: Iterable[tuple[str, uuid.UUID]]) -> None:
        known = {(t, i) for t, i in self.refresh}
        for table, row_id in rows:
            if (table, str(row_id)) not in known:
                known.add((table, str(row_id)))
                self.refresh.append((table, str(row_id)))

    def scope_ids(self) -> set[uuid.UUID]:
        return {uuid.UUID(s) for s in self.scope}

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _from_json(value: dict[str, Any]) -> SyncState:
    from coach_app.sync.credentials import split_password

    found = SyncState(**value)
    found.refresh = [(t, i) for t, i in found.refresh]  # JSON gives lists back
    if found.server_url:  # saved by an older version, password and all
        found.server_url = split_password(found.server_url)[0]
    return found


def load(db: Database) -> SyncState:
    value = db.setting(KEY)
    return _from_json(value) if value else SyncState()


def load_in(session: Session) -> SyncState:
    found = session.get(LocalSetting, KEY)
    return _from_json(found.value) if found else SyncState()


def save_in(session: Session, state: SyncState) -> None:
    """Saved in the caller's transaction, next to the rows it describes."""
    session.merge(LocalSetting(key=KEY, value=state.as_json()))


def save(db: Database, state: SyncState) -> None:
    with db.transaction() as session:
        save_in(session, state)


def pending_changes(db: Database) -> int:
    """Local changes waiting in the outbox."""
    from sqlalchemy import func, select

    from coach_app.store.models import OutboxEntry

    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def open_conflicts(db: Database) -> int:
    from sqlalchemy import func, select

    from coach_app.store.models import SyncConflict

    with db.read() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(SyncConflict)
                .where(SyncConflict.resolved_at.is_(None))
            )
            or 0
        )
