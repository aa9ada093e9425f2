"""Opening the local database, and the one way to read or write it.

``Database.open`` checks the file (not read-only, really SQLite, not newer than this app,
sound), takes a rolling backup, and runs pending migrations. ``transaction()`` gives a
fresh session for one unit of work: sessions are never shared between threads.
"""

from __future__ import annotations

import os
import stat
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from coach_app.store import backup, crypto, encrypt_migration, keys, live, migrate, outbox
from coach_app.store.errors import (
    DatabaseCorrupt,
    environment_errors,
    not_a_database,
    read_only,
    too_new,
)
from coach_app.store.models import LocalSetting

BUSY_TIMEOUT_MS = 5_000
CURRENT_USER = "current_user"
WRITE = "coach_write"
# Set on a database filled by `coach-app demo`: such a file never syncs with a server.
DEMO_MARK = "demo_data"


class Database:
    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Writers take the write lock when they begin: a deferred transaction that reads
        # first and writes later fails at once (SQLITE_BUSY) when another writer got in.
        self._writers = sessionmaker(
            engine.execution_options(**{WRITE: True}), expire_on_commit=False
        )
        outbox.install(self._writers)
        live.install(self._sessions)
        live.install(self._writers)
        self.actor: uuid.UUID | None = None

    @classmethod
    def open(cls, path: Path | str, *, take_backup: bool = True, check: bool = True) -> Database:
        """Open (creating if needed) and migrate the database at ``path``."""
        path = Path(path).expanduser().absolute()
        existed = path.exists() and path.stat().st_size > 0
        if existed:
            _check_file(path)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
        # An encrypted file without its key file gets no new key (that would lock it out).
        plain = encrypt_migration.is_plain_database(path)
        key = keys.unlock(path.parent, create=not existed or plain)
        if key is not None and encrypt_migration.needed(path):
            with environment_errors(path):
                encrypt_migration.run(path, key)
        engine = _engine(path, key)
        try:
            with environment_errors(path):
                _prepare(path, engine, existed, take_backup, check)
        except BaseException:
            engine.dispose()
            raise
        database = cls(path, engine)
        database.actor = database.current_user()
        return database

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        with environment_errors(self.path), self._writers.begin() as session:
            session.info[outbox.ACTOR] = self.actor
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only: closed without commit, its objects stay readable."""
        with environment_errors(self.path), self._sessions() as session:
            yield session

    def integrity_problems(self) -> list[str]:
        """Everything SQLite's full integrity and foreign-key checks report (empty: sound)."""
        with environment_errors(self.path), self.engine.connect() as connection:
            rows = connection.exec_driver_sql("PRAGMA integrity_check").all()
            problems = [str(r[0]) for r in rows if r[0] != "ok"]
            for table, rowid, parent, _ in connection.exec_driver_sql(
                "PRAGMA foreign_key_check"
            ).all():
                problems.append(f"{table} row {rowid}: missing {parent} row")
        return problems

    def setting(self, key: str) -> dict[str, Any] | None:
        with self.read() as session:
            found = session.get(LocalSetting, key)
            return dict(found.value) if found else None

    def set_setting(self, key: str, value: dict[str, Any]) -> None:
        with self.transaction() as session:
            session.merge(LocalSetting(key=key, value=value))

    def current_user(self) -> uuid.UUID | None:
        value = self.setting(CURRENT_USER)
        return uuid.UUID(value["id"]) if value else None

    def set_current_user(self, user_id: uuid.UUID) -> None:
        self.set_setting(CURRENT_USER, {"id": str(user_id)})
        self.actor = user_id


def _check_file(path: Path) -> None:
    # An .ics or a spreadsheet picked by mistake is named as such, not taken for an
    # encrypted database missing its key file; with backups beside it, it was a database
    # once and is damaged: the backup is the way out.
    if not crypto.may_be_database(path):
        newest = backup.newest(path)
        raise DatabaseCorrupt(path, newest) if newest else not_a_database(path)
    # As root, SQLite would write to a file whose permissions say read-only; honour them.
    mode = path.stat().st_mode
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK):
        raise read_only(path, backup.newest(path))
    # An encrypted file has no readable header; a damaged one is found when it is read.
    if crypto.plain_for_benchmark() and not encrypt_migration.is_plain_database(path):
        raise DatabaseCorrupt(path, backup.newest(path))


def _engine(path: Path, key: bytes | None) -> Engine:
    if key is None:  # only when measuring what encryption costs
        engine = create_engine(f"sqlite+pysqlite:///{path}", hide_parameters=True)
    else:
        crypto.quiet_sqlcipher()
        # The raw key: SQLCipher runs no key derivation on each new connection. The pool is
        # the one pysqlite uses for files (the pysqlcipher dialect defaults to one
        # connection per thread).
        url = URL.create(
            "sqlite+pysqlcipher", password=crypto.sqlcipher_key(key), database=str(path)
        )
        # Errors never quote the values of a statement (they end up in the log).
        engine = create_engine(url, poolclass=QueuePool, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: object) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        write = connection.get_execution_options().get(WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _prepare(path: Path, engine: Engine, existed: bool, take_backup: bool, check: bool) -> None:
    with engine.connect() as connection:
        revision = migrate.current(connection)
        if revision is not None and not migrate.is_known(revision):
            raise too_new(path, revision)
        if existed and check:
            _quick_check(connection.exec_driver_sql("PRAGMA quick_check").scalar(), path)
        connection.rollback()
    head = migrate.head()
    if existed and (revision != head or (take_backup and backup.is_due(path))):
        backup.make_backup(path)  # always before a migration, else once a day
    if revision != head:
        with engine.begin() as connection:
            if revision is None and migrate.is_empty(connection):
                migrate.create(connection)
            else:
                migrate.upgrade(connection)


def _quick_check(result: object, path: Path) -> None:
    if result != "ok":
        raise DatabaseCorrupt(path, backup.newest(path))


def look_after(path: Path) -> None:
    """The checks ``open(check=False, take_backup=False)`` left for later: a quick integrity
    check and the daily backup. The window runs them off the GUI thread once it shows, so a
    large file does not hold up the start."""
    with environment_errors(path):
        connection = crypto.connect(f"file:{path}?mode=ro", crypto.key_for(path.parent), uri=True)
        try:
            _quick_check(connection.execute("PRAGMA quick_check").fetchone()[0], path)
        finally:
            connection.close()
        if backup.is_due(path):
            backup.make_backup(path)


def table_counts(database: Database) -> dict[str, int]:
    """Rows per table, for the integrity report and for tests."""
    from coach_app.store.models import SYNCED_MODELS

    counts = {}
    with database.read() as session:
        for model in SYNCED_MODELS:
            name = model.__tablename__
            counts[name] = int(session.execute(text(f"SELECT count(*) FROM {name}")).scalar_one())
    return counts
