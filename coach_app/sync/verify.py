"""Checking this laptop against the server, and repairing it by downloading its scope again."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass

from sqlalchemy import delete, select

from coach_app.store.database import Database
from coach_app.store.outbox import APPLYING_REMOTE
from coach_app.sync import pull, remote, state
from coach_app.sync.connection import Connection
from coach_app.sync.tables import ORDERED


@dataclass(frozen=True)
class Difference:
    table: str
    server_rows: int
    local_rows: int


def verify(server: Connection, db: Database) -> list[Difference]:
    """Tables whose rows (ids and versions) differ between here and the server."""
    differences = []
    with db.read() as session:
        for table in ORDERED:
            server_count, server_digest = remote.table_fingerprint(server, table)
            rows = session.execute(
                select(table.table.c.id, table.table.c.server_version).where(
                    table.table.c.server_version.is_not(None)
                )
            ).all()
            text = ",".join(
                f"{row_id}:{version}" for row_id, version in sorted(rows, key=lambda r: str(r[0]))
            )
            digest = hashlib.md5(text.encode()).hexdigest() if rows else ""
            if (server_count, server_digest) != (len(rows), digest):
                differences.append(Difference(table.name, server_count, len(rows)))
    return differences


def repair(server: Connection, db: Database) -> int:
    """Download everything this user may see again; local edits in the outbox are kept."""
    head_txid, head_version = remote.feed_head(server)
    everything = {t.name: remote.all_rows(server, t) for t in ORDERED}
    written = pull.download(server, db, everything)
    with db.transaction() as session:
        session.info[APPLYING_REMOTE] = True
        # Rows that came from the server but are no longer there for this user.
        for table in reversed(ORDERED):
            keep: set[uuid.UUID] = {r["id"] for r in everything[table.name]}
            stale = [
                row_id
                for row_id in session.execute(
                    select(table.table.c.id).where(table.table.c.server_version.is_not(None))
                ).scalars()
                if row_id not in keep
            ]
            for start in range(0, len(stale), 900):
                session.execute(
                    delete(table.table).where(table.table.c.id.in_(stale[start : start + 900]))
                )
        saved = state.load_in(session)
        saved.cursor_txid, saved.cursor_version = head_txid, head_version
        state.save_in(session, saved)
    return written
