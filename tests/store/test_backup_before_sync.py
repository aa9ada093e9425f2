"""Backups taken before a sync sit with the rolling ones and are kept by their own count."""

from __future__ import annotations

from pathlib import Path

from coach_app.store import backup
from coach_app.store.database import Database


def test_sync_backups_keep_their_own_count(tmp_path: Path) -> None:
    with Database.open(tmp_path / "coach.sqlite3") as db:
        daily = backup.make_backup(db.path)
        for _ in range(backup.KEEP + 2):
            backup.make_backup(db.path, label=backup.BEFORE_SYNC)
        kept = backup.list_backups(db.path)
        assert daily in kept  # a day of syncs does not push the daily copy out
        assert len([p for p in kept if p.stem.endswith("-sync")]) == backup.KEEP
        assert kept[0].stem.endswith("-sync")  # newest first, both kinds together
        assert not backup.is_due(db.path)


def test_only_the_rolling_backups_say_when_the_next_is_due(tmp_path: Path) -> None:
    with Database.open(tmp_path / "coach.sqlite3") as db:
        backup.make_backup(db.path, label=backup.BEFORE_SYNC)
        assert backup.is_due(db.path)  # a sync's copy is not the day's copy
        backup.make_backup(db.path)
        assert not backup.is_due(db.path)


def test_a_copy_abandoned_by_a_killed_process_is_cleared(tmp_path: Path) -> None:
    import os
    import time

    with Database.open(tmp_path / "coach.sqlite3") as db:
        folder = backup.folder(db.path)
        folder.mkdir(parents=True, exist_ok=True)
        old = folder / "coach-20260101-000000-000000.partial"
        fresh = folder / "coach-20260101-000001-000000.partial"
        old.write_bytes(b"half")
        fresh.write_bytes(b"half")
        two_hours_ago = time.time() - 7200
        os.utime(old, (two_hours_ago, two_hours_ago))
        backup.make_backup(db.path, label=backup.BEFORE_SYNC)
        assert not old.exists() and fresh.exists()
