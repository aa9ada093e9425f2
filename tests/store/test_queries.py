"""The lookups by name have one meaning each."""

from __future__ import annotations

from coach_app.store.database import Database
from coach_app.store.models import Programme
from coach_app.store.queries.people import login_taken, user_by_login
from coach_app.store.queries.programmes import programme_named
from coach_app.store.types import utcnow


def test_a_programme_by_name_is_the_newest_live_one(db: Database) -> None:
    with db.transaction() as session:
        session.add_all(
            [
                Programme(name="스마트공장 지원", year=2025),
                Programme(name="스마트공장 지원", year=2026),
                Programme(name="스마트공장 지원", year=2027, deleted_at=utcnow()),
            ]
        )
    with db.read() as session:
        found = programme_named(session, " 스마트공장 지원 ")
        assert found is not None and found.year == 2026
        assert programme_named(session, "없는 사업") is None


def test_a_coach_by_login_is_live_but_a_deleted_login_stays_taken(db: Database) -> None:
    with db.transaction() as session:
        coach = user_by_login(session, "kimcoach")
        assert coach is not None
        coach.deleted_at = utcnow()
    with db.read() as session:
        assert user_by_login(session, "kimcoach") is None
        assert login_taken(session, "kimcoach")
        assert not login_taken(session, "leecoach")
