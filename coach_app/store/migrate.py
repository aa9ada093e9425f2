"""Alembic migrations of the local database, run when a database is opened.

Whether anything is to be done is read straight from the version files (revision ids and
what each revises), so an up-to-date database opens without importing Alembic at all;
Alembic itself is loaded only to run a migration.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
_ID = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)


def config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@cache
def _revisions() -> tuple[frozenset[str], frozenset[str]]:
    """Every revision id, and those some other revision builds on."""
    ids, revised = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text("utf-8")
        found = _ID.search(source)
        if found:
            ids.add(found.group(1))
        down = _DOWN.search(source)
        if down:
            revised.add(down.group(1))
    return frozenset(ids), frozenset(revised)


def head() -> str:
    ids, revised = _revisions()
    heads = ids - revised
    if len(heads) != 1:
        raise RuntimeError(f"the local migrations must have one head, not {sorted(heads)}")
    return next(iter(heads))


def is_known(revision: str) -> bool:
    return revision in _revisions()[0]


def current(connection: Connection) -> str | None:
    exists = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    ).first()
    if exists is None:
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    command.upgrade(config(connection), target)


def is_empty(connection: Connection) -> bool:
    return connection.execute(text("SELECT 1 FROM sqlite_master LIMIT 1")).first() is None


def create(connection: Connection) -> None:
    """Make a new, empty database's schema at once and mark it as at the head revision.

    Replaying every migration on an empty file rebuilds tables it has just made (SQLite's
    batch mode) and costs seconds at a first start; the models are the head's schema
    (tests/store/test_migration_0004.py compares the two).
    """
    from coach_app.store import models  # noqa: F401  (registers every table)
    from coach_app.store.base import Base

    Base.metadata.create_all(connection, checkfirst=False)
    # Alembic's own version table (as `alembic stamp` makes it), holding the head read from
    # the version files: stamping through Alembic would load and compile every script.
    connection.execute(
        text(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL,"
            " CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        )
    )
    connection.execute(text("INSERT INTO alembic_version VALUES (:head)"), {"head": head()})
