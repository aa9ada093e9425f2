"""Reading rows from the server: the change feed, rows by id, rows of companies."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from psycopg import sql

from coach_app.sync.connection import Connection
from coach_app.sync.tables import ORDERED, SyncedTable

Row = dict[str, Any]


@dataclass(frozen=True)
class FeedEntry:
    table: str
    id: uuid.UUID
    txid: int
    version: int


# The oldest transaction still running that could have written to this database: the
# snapshot's running transactions, less those seen to belong to another database of the
# cluster (which cannot write here; a busy neighbour must not hold back every pull). A
# transaction that cannot be placed (just starting, prepared) counts: it may be ours.
HORIZON = (
    "(SELECT coalesce((SELECT min(x) FROM pg_snapshot_xip(snap.s) AS x WHERE NOT EXISTS ("
    "SELECT 1 FROM pg_locks AS l JOIN pg_stat_activity AS a ON a.pid = l.pid "
    "WHERE l.locktype = 'transactionid' AND l.mode = 'ExclusiveLock' "
    "AND l.transactionid = mod(x::text::numeric, 4294967296)::text::xid "
    "AND a.datname <> current_database())), pg_snapshot_xmax(snap.s)) "
    "FROM (SELECT pg_current_snapshot() AS s) AS snap)"
)


def _feed_query() -> sql.Composed:
    # Only rows whose transaction is older than every transaction still running (the
    # horizon) are handed out: a writer that commits late always lands above the cursor,
    # never behind it. Rows past the horizon come too, so the pull knows some are held back.
    # A coach's feed carries the companies assigned today; row-level security alone
    # would also let through companies in the grace period after an assignment ends.
    branches = [
        sql.SQL(
            "SELECT {name} AS t, id, txid, version FROM coach.{table} "
            "WHERE (txid, version) > (%(txid)s::text::xid8, %(version)s){scope}"
        ).format(name=sql.Literal(t.name), table=sql.Identifier(t.name), scope=sql.SQL(_scope(t)))
        for t in ORDERED
    ]
    return sql.SQL(
        "SELECT t, id, txid::text AS txid, version, "
        f"{HORIZON}::text AS horizon FROM ({{}}) AS feed "
        "ORDER BY txid, version LIMIT %(limit)s"
    ).format(sql.SQL(" UNION ALL ").join(branches))


def _scope(table: SyncedTable, feed: bool = True) -> str:
    """The laptop's scope as SQL (`` AND …``): all for a reviewer, else assigned companies.

    In the feed a coach's own assignments always travel: an ended one is how the laptop
    learns to let its company go. Everywhere else (parents, repairs, verification) the
    scope is what the laptop may hold, so an ended assignment is out with its company.
    """
    condition = table.server_company_filter()
    if condition is None or (feed and table.name == "assignments"):
        return ""
    assigned = condition.replace("= ANY(%(companies)s)", "IN (SELECT coach.my_companies())")
    return f" AND ((SELECT coach.is_reviewer()) OR {assigned})"


def feed_scope(table: SyncedTable) -> str:
    """The feed's own scope condition for one table (`` AND …`` or nothing)."""
    return _scope(table)


FEED = _feed_query()


def feed_page(
    connection: Connection, txid: int, version: int, limit: int
) -> tuple[list[FeedEntry], bool]:
    """Up to ``limit`` changes past the cursor, and whether committed changes wait behind
    a transaction still open (they come once it ends)."""
    rows = connection.execute(
        FEED, {"txid": str(txid), "version": version, "limit": limit}
    ).fetchall()
    entries: list[FeedEntry] = []
    for row in rows:
        if int(row["txid"]) >= int(row["horizon"]):
            return entries, True
        entries.append(FeedEntry(row["t"], row["id"], int(row["txid"]), row["version"]))
    return entries, False


def feed(connection: Connection, txid: int, version: int, limit: int) -> list[FeedEntry]:
    return feed_page(connection, txid, version, limit)[0]


def _select(table: SyncedTable, with_txid: bool = False) -> sql.Composed:
    names = (*table.column_names, "version", *(("txid",) if with_txid else ()))
    columns = sql.SQL(", ").join(sql.Identifier(c) for c in names)
    return sql.SQL("SELECT {} FROM coach.{}").format(columns, sql.Identifier(table.name))


def rows_by_id(connection: Connection, table: SyncedTable, ids: list[uuid.UUID]) -> list[Row]:
    if not ids:
        return []
    query = sql.SQL("{} WHERE id = ANY(%s)").format(_select(table))
    return list(connection.execute(query, (ids,)).fetchall())


def rows_in_scope(connection: Connection, table: SyncedTable, ids: list[uuid.UUID]) -> list[Row]:
    """Rows by id, left out when they are not in this laptop's scope (or not visible)."""
    if not ids:
        return []
    query = sql.SQL("{} WHERE id = ANY(%s){}").format(
        _select(table), sql.SQL(_scope(table, feed=False))
    )
    return list(connection.execute(query, (ids,)).fetchall())


def scope_chunks(
    connection: Connection, table: SyncedTable, size: int = 5_000
) -> Iterator[list[Row]]:
    """Every row of this laptop's scope, by id order, ``size`` at a time (keyset paging),
    each with ``held_back``: written by a transaction the feed does not hand out yet."""
    query = sql.SQL(
        f"SELECT *, txid >= {HORIZON} AS held_back "
        "FROM ({} WHERE id > %s{} ORDER BY id LIMIT %s) AS page ORDER BY id"
    ).format(_select(table, with_txid=True), sql.SQL(_scope(table, feed=False)))
    after = uuid.UUID(int=0)
    while True:
        rows = connection.execute(query, (after, size)).fetchall()
        if rows:
            yield rows
        if len(rows) < size:
            return
        after = rows[-1]["id"]


def rows_of_companies(
    connection: Connection, table: SyncedTable, companies: list[uuid.UUID]
) -> list[Row]:
    condition = table.server_company_filter()
    if condition is None or not companies:
        return []
    query = sql.SQL("{} WHERE {}").format(_select(table), sql.SQL(condition))
    return list(connection.execute(query, {"companies": companies}).fetchall())


def feed_head(connection: Connection) -> tuple[int, int]:
    """The cursor that follows everything committed now (for a full re-download)."""
    branches = [
        sql.SQL(f"SELECT txid, version FROM coach.{{}} WHERE txid < {HORIZON}").format(
            sql.Identifier(t.name)
        )
        for t in ORDERED
    ]
    query = sql.SQL(
        "SELECT txid::text AS txid, version FROM ({}) AS feed "
        "ORDER BY txid DESC, version DESC LIMIT 1"
    ).format(sql.SQL(" UNION ALL ").join(branches))
    row = connection.execute(query).fetchone()
    return (int(row["txid"]), int(row["version"])) if row else (0, 0)
