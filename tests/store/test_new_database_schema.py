"""A new database is made from the models at once; it must be the migrated schema exactly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine, text

from coach_app.store import migrate


def _schema(connection: Connection) -> dict[str, Any]:
    """Every table's columns, indexes (with their partial WHERE) and foreign keys, in a form
    that does not depend on the order columns were added in."""
    described: dict[str, Any] = {}
    tables = connection.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ).scalars()
    for table in tables:
        columns = {
            row.name: (row.type.upper(), row.notnull, row.dflt_value, row.pk)
            for row in connection.execute(text(f"PRAGMA table_info('{table}')"))
        }
        indexes = {}
        for row in connection.execute(text(f"PRAGMA index_list('{table}')")):
            if row.origin == "pk":
                continue
            names = [c.name for c in connection.execute(text(f"PRAGMA index_info('{row.name}')"))]
            sql = connection.execute(
                text("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": row.name}
            ).scalar()
            where = sql.split(" WHERE ", 1)[1] if sql and " WHERE " in sql else None
            indexes[row.name, tuple(names), row.unique] = where
        keys = sorted(
            (row["from"], row["table"], row["to"])
            for row in connection.execute(text(f"PRAGMA foreign_key_list('{table}')")).mappings()
        )
        described[table] = {"columns": columns, "indexes": indexes, "foreign keys": keys}
    return described


def test_a_new_database_is_the_migrated_schema(tmp_path: Path) -> None:
    migrated = create_engine(f"sqlite:///{tmp_path / 'migrated.sqlite3'}")
    made = create_engine(f"sqlite:///{tmp_path / 'made.sqlite3'}")
    with migrated.begin() as connection:
        migrate.upgrade(connection)
        by_migrations = _schema(connection)
    with made.begin() as connection:
        assert migrate.is_empty(connection)
        migrate.create(connection)
        assert migrate.current(connection) == migrate.head()
        by_models = _schema(connection)
    assert by_models.keys() == by_migrations.keys()
    for table, shape in by_migrations.items():
        assert by_models[table] == shape, table
    migrated.dispose()
    made.dispose()
