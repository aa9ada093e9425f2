"""The permission service on a new laptop, before anyone has signed in."""

from __future__ import annotations

from pathlib import Path

from coach_app.domain.permissions import Action
from coach_app.services.permissions import may
from coach_app.store.database import Database
from coach_app.sync import state


def test_a_new_laptop_nobody_signed_in_has_the_stand_alone_rights(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "coach.sqlite3")
    assert db.actor is None
    assert may(db, Action.REGISTER_COMPANY)  # stand-alone: a coach registers companies
    assert not may(db, Action.COMMENT_ROADMAP)  # never a coach's
    saved = state.load(db)
    saved.server_url, saved.login = "postgresql://server.invalid/coach", "kimcoach"
    state.save(db, saved)
    assert not may(db, Action.REGISTER_COMPANY)  # the server's rules now apply
    db.close()
