"""A realistic Korean demo dataset, built fast enough for 10,000 companies × 10 visits.

The names, places and texts come from ``resources/demo/recipe.json``. Rows go in with
bulk inserts in one transaction and bypass the outbox: demo data is a local playground,
never something to push to an agency's server.

A tool, not a use case: builders by what they build (``reference``, ``companies``,
``plans``, ``events``), put together by ``generator``.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy import func, select

from coach_app import paths
from coach_app.demo.base import DemoData, DemoSize
from coach_app.demo.generator import Generator
from coach_app.domain.errors import CoachError
from coach_app.domain.messages import pick
from coach_app.store.database import DEMO_MARK, Database
from coach_app.store.models import Company
from coach_app.store.queries.people import user_by_login

CHUNK = 20_000


def build(db: Database, size: DemoSize, progress: Callable[[str], None] | None = None) -> DemoData:
    """Fill an empty database with demo data; returns what was inserted."""
    with db.read() as session:
        if session.scalar(select(func.count()).select_from(Company)):
            raise CoachError(
                pick(
                    "이미 기업 자료가 있는 데이터베이스입니다. "
                    "데모 자료는 빈 데이터베이스에만 만들 수 있습니다.",
                    "This database already holds companies; demo data goes into an empty one only.",
                )
            )
    data = generate(size)
    insert(db, data, progress)
    with db.read() as session:
        coach = user_by_login(session, data.coach_login)
    assert coach is not None, "the demo data always holds its coach"
    db.set_current_user(coach.id)
    db.set_setting(DEMO_MARK, {"demo": True})
    return data


def insert(db: Database, data: DemoData, progress: Callable[[str], None] | None = None) -> None:
    with db.engine.begin() as connection:
        for table, rows in data.tables.items():
            for start in range(0, len(rows), CHUNK):
                connection.execute(table.insert(), rows[start : start + CHUNK])
            if progress:
                progress(f"{table.name}: {len(rows):,}")


def generate(size: DemoSize) -> DemoData:
    recipe = json.loads((paths.resources() / "demo" / "recipe.json").read_text("utf-8"))
    return Generator(recipe, size).run()


__all__ = ["CHUNK", "DemoData", "DemoSize", "build", "generate", "insert"]
