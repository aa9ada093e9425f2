"""Incremental pull: the change feed in chunks, each applied with its cursor at once."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Callable

from psycopg import sql
from sqlalchemy import delete, select

from coach_app.store.database import Database
from coach_app.store.models import OutboxEntry
from coach_app.store.outbox import APPLYING_REMOTE
from coach_app.sync import remote, state
from coach_app.sync.apply import BATCH, Row, apply_rows, drop_orphans_of, upsert
from coach_app.sync.connection import Connection
from coach_app.sync.tables import BY_NAME, ORDERED, SyncedTable

CHUNK = 5_000
Progress = Callable[[int], None]
# Called before the first local write (the sync's backup is taken then, and only then).
BeforeWrite = Callable[[], None]


def _nothing() -> None:
    pass


def pull(
    server: Connection,
    db: Database,
    chunk: int | None = None,
    progress: Progress | None = None,
    before_write: BeforeWrite = _nothing,
) -> int:
    """Pull every change past the cursor; returns the number of rows written."""
    chunk = chunk or CHUNK
    total = 0
    current = state.load(db)
    if (current.cursor_txid, current.cursor_version) == (0, 0):
        total = _first(server, db, chunk, progress, before_write)
        current = state.load(db)
    txid, version = current.cursor_txid, current.cursor_version
    while True:
        entries, held = remote.feed_page(server, txid, version, chunk)
        if len(entries) < chunk:
            _note_held_back(db, held)
        if not entries:
            return total
        by_table: dict[str, list[uuid.UUID]] = defaultdict(list)
        for entry in entries:
            by_table[entry.table].append(entry.id)
        rows = {
            name: remote.rows_by_id(server, BY_NAME[name], ids) for name, ids in by_table.items()
        }
        last = entries[-1]
        before_write()
        with db.transaction() as session:
            session.info[APPLYING_REMOTE] = True
            total += apply_rows(session.connection(), rows, _fetcher(server))
            saved = state.load_in(session)
            saved.cursor_txid, saved.cursor_version = last.txid, last.version
            state.save_in(session, saved)
        txid, version = last.txid, last.version
        if progress:
            progress(total)
        if len(entries) < chunk:
            return total


def _first(
    server: Connection,
    db: Database,
    chunk: int,
    progress: Progress | None,
    before_write: BeforeWrite = _nothing,
) -> int:
    """A new laptop's first pull: each table streamed whole from one server snapshot and
    written in bulk, parents first, instead of row ids from the feed and then the rows.

    Every row below the snapshot's horizon is taken; the cursor then stands at the
    newest of them, so whatever committed later comes through the feed as usual. Each
    table is one local transaction; the cursor is saved with the last, so a first pull
    cut short starts over (the rows already written are simply written again).
    """
    total = 0
    newest = (0, 0)
    with server.transaction():
        server.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        found = server.execute(f"SELECT {remote.HORIZON}::text AS horizon").fetchone()
        assert found is not None
        for table in ORDERED:
            query = sql.SQL(
                "SELECT {}, version, txid::text AS txid FROM coach.{} "
                "WHERE txid < %(horizon)s::text::xid8{}"
            ).format(
                sql.SQL(", ").join(sql.Identifier(c) for c in table.column_names),
                sql.Identifier(table.name),
                sql.SQL(remote.feed_scope(table)),
            )
            with db.transaction() as session, server.cursor(name=f"first_{table.name}") as rows:
                session.info[APPLYING_REMOTE] = True
                local = session.connection()
                local.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
                rows.execute(query, {"horizon": found["horizon"]})
                while batch := rows.fetchmany(chunk):
                    before_write()
                    total += upsert(local, table, batch)
                    newest = max(newest, *((int(r["txid"]), r["version"]) for r in batch))
                    if progress:
                        progress(total)
                # Rows whose parent is out of scope (an ended assignment's company).
                total -= drop_orphans_of(local, table)
                if table is ORDERED[-1]:
                    saved = state.load_in(session)
                    saved.cursor_txid, saved.cursor_version = newest
                    state.save_in(session, saved)
    return total


def _note_held_back(db: Database, held: bool) -> None:
    """Remember since when changes have waited behind another open transaction."""
    saved = state.load(db)
    if held == (saved.held_back_since is not None):
        return
    saved.held_back_since = dt.datetime.now(dt.UTC).isoformat() if held else None
    state.save(db, saved)


def download(server: Connection, db: Database, tables: dict[str, list[Row]]) -> int:
    """Write given server rows (a scope refresh, a repair) in one local transaction."""
    with db.transaction() as session:
        session.info[APPLYING_REMOTE] = True
        return apply_rows(session.connection(), tables, _fetcher(server))


def refresh(server: Connection, db: Database, before_write: BeforeWrite = _nothing) -> int:
    """Give the rows noted in the sync state the server's values again, in one transaction.

    A row the server no longer gives this laptop goes, unless an edit of it still waits
    to be sent. The note is cleared in the same transaction, so nothing is left half-done.
    """
    wanted = state.load(db).refresh
    if not wanted:
        return 0
    before_write()
    by_table: dict[str, list[uuid.UUID]] = defaultdict(list)
    for name, row_id in wanted:
        if name in BY_NAME:
            by_table[name].append(uuid.UUID(row_id))
    found = {
        name: remote.rows_in_scope(server, BY_NAME[name], sorted(set(ids)))
        for name, ids in by_table.items()
    }
    with db.transaction() as session:
        session.info[APPLYING_REMOTE] = True
        local = session.connection()
        written = apply_rows(local, found, _fetcher(server))
        waiting = set(session.scalars(select(OutboxEntry.row_id).distinct()))
        for table in reversed(ORDERED):
            ids = by_table.get(table.name, [])
            gone = set(ids) - {r["id"] for r in found.get(table.name, [])} - waiting
            for start in range(0, len(gone), BATCH):
                part = sorted(gone)[start : start + BATCH]
                local.execute(delete(table.table).where(table.table.c.id.in_(part)))
        saved = state.load_in(session)
        done = set(wanted)
        saved.refresh = [r for r in saved.refresh if r not in done]
        state.save_in(session, saved)
    return written


def company_rows(server: Connection, companies: list[uuid.UUID]) -> dict[str, list[Row]]:
    return {t.name: remote.rows_of_companies(server, t, companies) for t in ORDERED}


def _fetcher(server: Connection) -> Callable[[SyncedTable, list[uuid.UUID]], list[Row]]:
    # Parents come from this laptop's scope only: row-level security alone would also
    # hand over the company of an assignment that ended (still writable for 30 days).
    def fetch(table: SyncedTable, ids: list[uuid.UUID]) -> list[Row]:
        return remote.rows_in_scope(server, table, ids)

    return fetch
