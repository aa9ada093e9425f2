"""The encryption benchmark at a tiny size: both sides really run, one of them plain."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import encryption
from coach_app.store import crypto


@pytest.mark.postgres
def test_the_encryption_benchmark_runs_both_ways() -> None:
    figures = encryption.run(companies=5, visits=2, pulled=4)
    assert [f.name.split()[1] for f in figures] == ["demo", "dump", "start-up", "first"]
    assert all(f.ours > 0 and f.baseline > 0 for f in figures)
    assert not crypto.plain_for_benchmark()  # the plain side leaves nothing behind


def test_the_plain_side_writes_a_plain_database(tmp_path: Path) -> None:
    from coach_app.store.database import Database
    from coach_app.store.encrypt_migration import is_plain_database

    with encryption.mode("plain"):
        Database.open(tmp_path / "plain" / "coach.sqlite3").close()
    Database.open(tmp_path / "encrypted" / "coach.sqlite3").close()
    assert is_plain_database(tmp_path / "plain" / "coach.sqlite3")
    assert not is_plain_database(tmp_path / "encrypted" / "coach.sqlite3")
