import sqlite3
import threading
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import create_engine, event, text

from coach_app.domain.company import CompanyDraft
from coach_app.domain.messages import set_language
from coach_app.services.companies import create_company, get_company
from coach_app.store import backup, crypto, migrate, models
from coach_app.store.database import Database
from coach_app.store.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
)

if TYPE_CHECKING:
    from coach_app.store.models import Company


def company(name: str = "(주)한빛정밀", number: str = "124-81-00998") -> CompanyDraft:
    return CompanyDraft(name=name, brn=number, ceo="김민준", region="광주", industry="자동차부품")


def test_sqlite_runs_in_wal_mode_with_foreign_keys(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_foreign_key_is_enforced(db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), db.transaction() as session:
        session.execute(
            text(
                "INSERT INTO contacts (id, company_id, name, position, phone, email, "
                "created_at, updated_at) VALUES (:id, :company, 'x', '', '', '', "
                "'2026-01-01', '2026-01-01')"
            ),
            {"id": uuid.uuid4().hex, "company": uuid.uuid4().hex},
        )


def test_first_migration_upgrades_to_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        migrate.upgrade(connection, "0001")
        connection.execute(
            text(
                "INSERT INTO companies (id, name, brn, ceo, address, region, industry, phone,"
                " email, created_at, updated_at) VALUES (:id, '(주)대성오토텍', '124-81-00998',"
                " '박서연', '', '광주', '자동차부품', '', '', '2025-01-01 00:00:00',"
                " '2025-01-01 00:00:00')"
            ),
            {"id": uuid.UUID(int=7).hex},
        )
    engine.dispose()
    assert migrate.head() != "0001"

    database = Database.open(path)
    with database.engine.connect() as connection:
        assert migrate.current(connection) == migrate.head()
    stored = get_company(database, uuid.UUID(int=7))
    assert stored.name == "(주)대성오토텍"
    with database.transaction() as session:  # search_text is the store's, not the record's
        row = session.get(models.Company, uuid.UUID(int=7))
        assert row is not None and "1248100998" in row.search_text  # by the data migration
    # A backup of the old file was taken before migrating.
    assert backup.list_backups(path)
    database.close()


def test_a_database_from_a_newer_app_is_refused_untouched(db_path: Path) -> None:
    Database.open(db_path).close()
    connection = crypto.connect(db_path, crypto.key_for(db_path.parent))
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew) as caught:
        Database.open(db_path)
    assert "더 새로운 버전" in str(caught.value) and "9999_future" in str(caught.value)
    assert db_path.read_bytes() == before


def test_a_corrupt_file_names_the_newest_backup(db: Database, db_path: Path) -> None:
    create_company(db, company())
    made = backup.make_backup(db_path)
    db.close()
    db_path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DatabaseCorrupt) as caught:
        Database.open(db_path)
    message = str(caught.value)
    assert "손상" in message and str(made) in message and "coach-app restore" in message
    assert caught.value.backup == made


def test_damage_inside_a_real_database_is_caught(db: Database, db_path: Path) -> None:
    for index in range(300):
        create_company(db, company(f"기업{index}", brn_for(index)))
    db.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(3 * page, min(len(data), 12 * page), 7):
        data[offset] = 0xA5
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt) as caught:
        Database.open(db_path)
    assert "손상" in str(caught.value)


def test_a_read_only_file_gets_a_clear_message(db: Database, db_path: Path) -> None:
    db.close()
    backup.make_backup(db_path)
    db_path.chmod(0o444)
    try:
        with pytest.raises(DatabaseReadOnly) as caught:
            Database.open(db_path)
        assert "읽기 전용" in str(caught.value)
        assert str(backup.newest(db_path)) in str(caught.value)
        set_language("en")
        with pytest.raises(DatabaseReadOnly, match="cannot be written"):
            Database.open(db_path)
    finally:
        db_path.chmod(0o644)


def test_a_locked_database_gets_a_clear_message(db: Database, db_path: Path) -> None:
    @event.listens_for(db.engine, "connect")
    def short_wait(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout = 50")

    db.engine.dispose()
    holder = crypto.connect(db_path, crypto.key_for(db_path.parent))
    holder.execute("PRAGMA busy_timeout = 0")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked, match="다른 프로그램에서 사용 중"):
            create_company(db, company())
    finally:
        holder.rollback()
        holder.close()
    create_company(db, company())  # once the other program lets go, saving works


def test_a_full_disk_gets_a_clear_message_and_keeps_what_was_saved(
    db: Database, db_path: Path
) -> None:
    create_company(db, company())
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def tiny_disk(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    with pytest.raises(DiskFull, match="디스크 공간이 부족"):
        for index in range(500):
            create_company(db, company(f"기업{index}" + "가" * 90, brn_for(index)))
    event.remove(db.engine, "connect", tiny_disk)
    db.engine.dispose()
    assert get_company(db, find_first(db)).name == "(주)한빛정밀"


def test_rolling_backups_keep_a_few_and_restore_one(db: Database, db_path: Path) -> None:
    create_company(db, company())
    first = backup.make_backup(db_path)
    for _ in range(6):
        backup.make_backup(db_path)
    kept = backup.list_backups(db_path)
    assert len(kept) == backup.KEEP
    assert first not in kept
    chosen = kept[-1]
    create_company(db, company("(주)새한전자", brn_for(1)))
    db.close()

    replaced = backup.restore(db_path, chosen)
    assert replaced is not None and replaced.exists()
    restored = Database.open(db_path)
    names = {c.name for c in _all_companies(restored)}
    assert names == {"(주)한빛정밀"}
    restored.close()


def test_restore_refuses_a_broken_backup(db_path: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"nope")
    with pytest.raises(ValueError):
        backup.restore(db_path, broken)


def test_sessions_belong_to_their_thread(db: Database) -> None:
    errors: list[BaseException] = []

    def writer(index: int) -> None:
        try:
            for step in range(10):
                create_company(db, company(f"스레드{index}-{step}", brn_for(index * 100 + step)))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(_all_companies(db)) == 40


def brn_for(index: int) -> str:
    from coach_app.domain.brn import complete

    return complete(f"{100 + index % 800:03d}86{index:04d}")


def find_first(db: Database) -> uuid.UUID:
    return _all_companies(db)[0].id


def _all_companies(db: Database) -> "list[Company]":
    from sqlalchemy import select

    from coach_app.store.models import Company

    with db.read() as session:
        return list(session.scalars(select(Company).order_by(Company.created_at)))


def test_checks_left_for_later_still_catch_damage(db: Database, db_path: Path) -> None:
    from coach_app.store.database import look_after

    db.close()
    reopened = Database.open(db_path, take_backup=False, check=False)
    reopened.close()
    assert backup.list_backups(db_path) == []
    look_after(db_path)  # what the window runs once it shows
    assert len(backup.list_backups(db_path)) == 1
    db_path.write_bytes(db_path.read_bytes()[:4096] + b"\x00" * 50_000)
    with pytest.raises(DatabaseCorrupt):
        look_after(db_path)
