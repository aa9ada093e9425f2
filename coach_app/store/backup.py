"""Rolling backups of the local database file, and restoring one."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from coach_app.store import crypto

KEEP = 5
# A new backup at open when the newest is older than this.
INTERVAL = dt.timedelta(hours=20)
# Taken before a sync changes anything; named ``NAME-STAMP-sync.sqlite3`` beside the
# rolling ones (restore lists both, newest first) and kept by their own count, so a day of
# syncs never pushes the daily copies out.
BEFORE_SYNC = "sync"


def folder(database: Path) -> Path:
    return database.parent / "backups"


def list_backups(database: Path) -> list[Path]:
    """Backups of ``database``, newest first."""
    found = folder(database).glob(f"{database.stem}-*.sqlite3")
    return sorted(found, key=lambda p: p.name, reverse=True)


def _of_kind(database: Path, label: str | None) -> list[Path]:
    return [p for p in list_backups(database) if _label(database, p) == label]


def _label(database: Path, backup: Path) -> str | None:
    # NAME-YYYYmmdd-HHMMSS-ffffff[-label].sqlite3
    parts = backup.stem[len(database.stem) + 1 :].split("-")
    return parts[3] if len(parts) > 3 else None


def newest(database: Path) -> Path | None:
    backups = list_backups(database)
    return backups[0] if backups else None


def is_due(database: Path, now: dt.datetime | None = None) -> bool:
    regular = _of_kind(database, None)
    latest = regular[0] if regular else None
    if latest is None:
        return True
    now = now or dt.datetime.now(dt.UTC)
    made = dt.datetime.fromtimestamp(latest.stat().st_mtime, dt.UTC)
    return now - made >= INTERVAL


def make_backup(database: Path, keep: int = KEEP, label: str | None = None) -> Path:
    """Copy ``database`` consistently (SQLite's online backup) and drop the oldest copies
    of the same kind (``label``: None for the rolling ones, BEFORE_SYNC)."""
    target_folder = folder(database)
    target_folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    suffix = f"-{label}" if label else ""
    target = target_folder / f"{database.stem}-{stamp}{suffix}.sqlite3"
    partial = target.with_suffix(".partial")
    # The copy is encrypted with the same key, page by page (SQLite's backup, in SQLCipher).
    key = crypto.key_for(database.parent)
    source = crypto.connect(f"file:{database}?mode=ro", key, uri=True)
    try:
        copy = crypto.connect(partial, key)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    partial.replace(target)  # a backup is either whole or absent
    _drop_abandoned(target_folder)
    for old in _of_kind(database, label)[keep:]:
        old.unlink(missing_ok=True)
    return target


def _drop_abandoned(target_folder: Path) -> None:
    """Copies a killed process left half-written (never a backup; an hour is far longer
    than any copy takes, so one still being written elsewhere is left alone)."""
    cutoff = dt.datetime.now(dt.UTC).timestamp() - 3600
    for partial in target_folder.glob("*.partial"):
        try:
            if partial.stat().st_mtime < cutoff:
                partial.unlink()
        except OSError:
            pass  # gone meanwhile, or not ours to remove


def verify(backup: Path, key: bytes | None = None) -> bool:
    """Whether ``backup`` is a sound SQLite database (opened with ``key`` if encrypted)."""
    import sqlcipher3

    try:
        connection = crypto.connect(f"file:{backup}?mode=ro", key, uri=True)
        try:
            row = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
    except sqlcipher3.Error:
        return False
    return row is not None and row[0] == "ok"


def restore(database: Path, backup: Path, key: bytes | None = None) -> Path | None:
    """Put ``backup`` in place of ``database``; returns where the replaced file was kept.

    The current file is never destroyed: it is kept beside the database as
    ``NAME.replaced-STAMP`` so a wrong restore can be undone by hand. An unencrypted
    backup (from before encryption) is encrypted when the database is next opened.
    ``key`` is the data key of the database's folder (by default the one unlocked).
    """
    key = key if key is not None else crypto.known_key(database.parent)
    if not verify(backup, None if crypto.is_plain_database(backup) else key):
        raise ValueError(f"not a sound database backup: {backup}")
    kept: Path | None = None
    if database.exists():
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        kept = database.with_name(f"{database.name}.replaced-{stamp}")
        database.replace(kept)
    for suffix in ("-wal", "-shm"):
        leftover = database.with_name(database.name + suffix)
        if leftover.exists():
            leftover.replace(database.with_name(f"{database.name}{suffix}.replaced"))
    shutil.copyfile(backup, database)
    return kept
