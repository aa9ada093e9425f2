"""Writing rows that came from the server into the local database.

Rows are upserted in parent-before-child order with foreign keys checked at commit; a
row whose parent is not here yet has the parent fetched in the same transaction. A row
whose parent the server does not give this laptop (out of its scope, such as the company
of an assignment that ended) is left out, with the rows that hang on it: it cannot be
held without its parent, and it is not this laptop's to hold. Fields with a local edit
still waiting to be pushed keep the local value: the push will carry it, and a conflict,
if any, is decided there.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from typing import Any

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from coach_app.domain.company import search_text_of
from coach_app.store.models import OutboxEntry, SentChange
from coach_app.sync.tables import BY_NAME, ORDERED, SyncedTable

Row = dict[str, Any]
# Fetches rows by id from the server: (table, ids) → rows with "version".
Fetch = Callable[[SyncedTable, list[uuid.UUID]], list[Row]]
BATCH = 900  # ids per IN (...) list


def apply_rows(local: Connection, rows_by_table: dict[str, list[Row]], fetch: Fetch) -> int:
    """Upsert server rows (with parents fetched as needed); returns rows written."""
    local.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    written = 0
    pending: dict[str, list[Row]] = {k: v for k, v in rows_by_table.items() if v}
    every: dict[str, list[Row]] = defaultdict(list)
    unfound: dict[str, set[uuid.UUID]] = defaultdict(set)
    while pending:
        for table in ORDERED:
            rows = pending.get(table.name)
            if rows:
                written += _upsert(local, table, rows)
                every[table.name].extend(rows)
        pending = _missing_parents(local, pending, fetch, unfound)
    if unfound:
        written -= _drop_orphans(local, every, unfound)
    return written


def upsert(local: Connection, table: SyncedTable, rows: list[Row]) -> int:
    """Write server rows of one table as they are (parents are the caller's concern);
    fields with an edit waiting here keep the local value."""
    return _upsert(local, table, rows)


def drop_orphans_of(local: Connection, table: SyncedTable) -> int:
    """Delete this table's rows whose parent is not here (out of this laptop's scope),
    as SQLite's own foreign-key check finds them; returns how many went."""
    dropped = 0
    while True:
        rowids = {
            row[1]
            for row in local.exec_driver_sql(f'PRAGMA foreign_key_check("{table.name}")')
            if row[0] == table.name
        }
        if not rowids:
            return dropped
        for chunk in _batches(sorted(rowids)):
            marks = ", ".join("?" for _ in chunk)
            local.exec_driver_sql(
                f'DELETE FROM "{table.name}" WHERE rowid IN ({marks})', tuple(chunk)
            )
        dropped += len(rowids)


def _upsert(local: Connection, table: SyncedTable, rows: list[Row]) -> int:
    ids = [r["id"] for r in rows]
    edited = _pending_fields(local, table.name, ids)
    _confirm(local, table.name, ids)
    plain = [r for r in rows if r["id"] not in edited]
    if plain:
        statement, columns, processors = _upsert_statement(local, table)
        parameters = []
        for row in plain:
            values = _local_values(table, row)
            parameters.append(
                tuple(
                    process(values[c]) if process else values[c]
                    for c, process in zip(columns, processors, strict=True)
                )
            )
        local.exec_driver_sql(statement, parameters)
    for row in rows:
        fields = edited.get(row["id"])
        if fields is None:
            continue
        # Keep what was edited here and not yet pushed; take the rest from the server.
        incoming = _local_values(table, row)
        kept = {k: v for k, v in incoming.items() if k not in fields and k != "id"}
        kept.pop("search_text", None)  # recomputed below from the merged row
        result = local.execute(
            update(table.table).where(table.table.c.id == row["id"]).values(**kept)
        )
        if result.rowcount == 0:
            local.execute(sqlite_insert(table.table), [incoming])
        if table.name == "companies":
            _refresh_search_text(local, row["id"])
    return len(rows)


def _confirm(local: Connection, name: str, ids: list[uuid.UUID]) -> None:
    """The server's copy of rows this laptop sent is here: they are confirmed now."""
    for part in _batches(ids):
        local.execute(
            delete(SentChange).where(SentChange.table_name == name, SentChange.row_id.in_(part))
        )


_Processor = Any  # a column's bind processor, or None
_STATEMENTS: dict[tuple[str, str], tuple[str, list[str], list[_Processor]]] = {}


def _upsert_statement(
    local: Connection, table: SyncedTable
) -> tuple[str, list[str], list[_Processor]]:
    """The upsert as plain SQL with each column's own bind processor (the very conversions
    SQLAlchemy would apply), made once: a pull writes hundreds of thousands of rows, and
    building each statement row by row was most of its cost."""
    key = (local.dialect.name, table.name)
    if key not in _STATEMENTS:
        columns = [*table.column_names, "server_version"]
        if table.name == "companies":
            columns.append("search_text")
        processors = [
            table.table.c[c].type.dialect_impl(local.dialect).bind_processor(local.dialect)
            for c in columns
        ]
        quoted = [f'"{c}"' for c in columns]
        updates = ", ".join(f"{q} = excluded.{q}" for q in quoted if q != '"id"')
        statement = (
            f'INSERT INTO "{table.name}" ({", ".join(quoted)}) '
            f"VALUES ({', '.join('?' for _ in columns)}) "
            f'ON CONFLICT ("id") DO UPDATE SET {updates}'
        )
        _STATEMENTS[key] = (statement, columns, processors)
    return _STATEMENTS[key]


def _local_values(table: SyncedTable, row: Row) -> Row:
    values = {c: row.get(c) for c in table.column_names}
    values["server_version"] = row["version"]
    if table.name == "companies":
        values["search_text"] = search_text_of(row)
    return values


def _refresh_search_text(local: Connection, company_id: uuid.UUID) -> None:
    companies = BY_NAME["companies"].table
    row = local.execute(select(companies).where(companies.c.id == company_id)).mappings().one()
    local.execute(
        update(companies)
        .where(companies.c.id == company_id)
        .values(search_text=search_text_of(dict(row)))
    )


def _pending_fields(
    local: Connection, table: str, ids: list[uuid.UUID]
) -> dict[uuid.UUID, set[str]]:
    """Fields of these rows edited here and still waiting in the outbox."""
    found: dict[uuid.UUID, set[str]] = defaultdict(set)
    for chunk in _batches(ids):
        for row_id, values in local.execute(
            select(OutboxEntry.row_id, OutboxEntry.values).where(
                OutboxEntry.table_name == table, OutboxEntry.row_id.in_(chunk)
            )
        ):
            found[row_id].update(values)
    return dict(found)


def _missing_parents(
    local: Connection,
    written: dict[str, list[Row]],
    fetch: Fetch,
    unfound: dict[str, set[uuid.UUID]],
) -> dict[str, list[Row]]:
    """Parents of ``written`` absent here, fetched; those the server withholds go to
    ``unfound``."""
    wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
    for name, rows in written.items():
        for column, parent in BY_NAME[name].parents:
            wanted[parent].update(r[column] for r in rows if r.get(column) is not None)
    missing: dict[str, list[Row]] = {}
    for parent, ids in wanted.items():
        absent = ids - existing_ids(local, BY_NAME[parent], ids) - unfound[parent]
        if absent:
            found = fetch(BY_NAME[parent], sorted(absent))
            if found:
                missing[parent] = found
            unfound[parent].update(absent - {r["id"] for r in found})
    return missing


def _drop_orphans(
    local: Connection, written: dict[str, list[Row]], unfound: dict[str, set[uuid.UUID]]
) -> int:
    """Take back rows written here whose parent is not to be had, children with them.

    Such a row was not here before this transaction (its parent would be), so deleting
    it loses nothing; it comes with its parent if the scope ever takes that in.
    """
    gone: dict[str, set[uuid.UUID]] = {name: set(ids) for name, ids in unfound.items() if ids}
    dropped = 0
    for table in ORDERED:  # parents first, so a dropped row's children follow it
        while True:  # again for rows whose parent is in the same table (revisions)
            dropped_here = gone.setdefault(table.name, set())
            orphans = {
                r["id"]
                for r in written.get(table.name, [])
                if r["id"] not in dropped_here
                and any(r.get(column) in gone.get(parent, ()) for column, parent in table.parents)
            }
            if not orphans:
                break
            for chunk in _batches(sorted(orphans)):
                local.execute(table.table.delete().where(table.table.c.id.in_(chunk)))
            dropped_here.update(orphans)
            dropped += len(orphans)
    return dropped


def existing_ids(
    local: Connection, table: SyncedTable, ids: Collection[uuid.UUID]
) -> set[uuid.UUID]:
    present: set[uuid.UUID] = set()
    for chunk in _batches(list(ids)):
        present.update(
            local.execute(select(table.table.c.id).where(table.table.c.id.in_(chunk))).scalars()
        )
    return present


def _batches(ids: list[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]
