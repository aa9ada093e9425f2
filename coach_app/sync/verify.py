"""Checking this laptop against the server by the rows' values, and repairing what differs.

Each row in this laptop's scope is hashed on both sides from one canonical form of its
travelling columns and its server version: the server's rows are fetched in chunks and
hashed here, so both hashes come from the very same code. Rows with an edit still waiting
in the outbox are left out: they differ on purpose until the next push; so are rows the
server holds back behind a transaction still open, which the next pull brings.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from coach_app.store.database import Database
from coach_app.store.models import OutboxEntry
from coach_app.store.serialize import to_json
from coach_app.sync import pull, remote, state
from coach_app.sync.connection import Connection
from coach_app.sync.tables import ORDERED, SyncedTable


@dataclass(frozen=True)
class Difference:
    table: str
    server_rows: int
    local_rows: int
    missing: tuple[uuid.UUID, ...] = ()  # on the server, not here
    extra: tuple[uuid.UUID, ...] = ()  # here, not on the server
    changed: tuple[uuid.UUID, ...] = ()  # on both, with other values

    @property
    def rows(self) -> tuple[uuid.UUID, ...]:
        return (*self.missing, *self.extra, *self.changed)


def row_digest(values: Iterable[Any]) -> bytes:
    """One row's hash: its values in column order, in the outbox's JSON form."""
    text = json.dumps(
        [to_json(v) for v in values],
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


def verify(server: Connection, db: Database) -> list[Difference]:
    """Tables where a row of this laptop's scope is missing, extra or holds other values."""
    waiting = _waiting_rows(db)
    differences = []
    for table in ORDERED:
        here = _local_digests(db, table, waiting)
        local_rows = len(here)
        server_rows = 0
        missing: list[uuid.UUID] = []
        changed: list[uuid.UUID] = []
        for rows in remote.scope_chunks(server, table):
            for row in rows:
                if row["id"] in waiting:
                    continue
                if row["held_back"]:  # the next pull brings it, once that transaction ends
                    here.pop(row["id"], None)
                    local_rows -= 1
                    continue
                server_rows += 1
                digest = row_digest([*(row[c] for c in table.column_names), row["version"]])
                mine = here.pop(row["id"], None)
                if mine is None:
                    missing.append(row["id"])
                elif mine != digest:
                    changed.append(row["id"])
        if missing or changed or here:
            differences.append(
                Difference(
                    table.name,
                    server_rows,
                    local_rows,
                    tuple(missing),
                    tuple(sorted(here)),
                    tuple(changed),
                )
            )
    return differences


def repair(server: Connection, db: Database, found: list[Difference] | None = None) -> int:
    """Take every differing row again from the server (extra ones go); the outbox stays.

    The rows to take are noted in the sync state first, so a repair cut short is finished
    by the next sync.
    """
    differences = verify(server, db) if found is None else found
    if not differences:
        return 0
    saved = state.load(db)
    saved.to_refresh((d.table, row_id) for d in differences for row_id in d.rows)
    state.save(db, saved)
    return pull.refresh(server, db)


def _waiting_rows(db: Database) -> set[uuid.UUID]:
    with db.read() as session:
        return set(session.scalars(select(OutboxEntry.row_id).distinct()))


def _local_digests(
    db: Database, table: SyncedTable, waiting: set[uuid.UUID]
) -> dict[uuid.UUID, bytes]:
    columns = [table.table.c[name] for name in table.column_names]
    key = table.column_names.index("id")
    with db.read() as session:
        return {
            row[key]: row_digest(row)
            for row in session.execute(select(*columns, table.table.c.server_version))
            if row[key] not in waiting
        }
