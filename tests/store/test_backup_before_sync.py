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
