"""Demo build and dump of a 10,000-company × 10-visit database."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from sqlalchemy import create_engine, select

from bench.harness import Figure, timed
from coach_app.demo import DemoSize, build, generate
from coach_app.store.base import Base
from coach_app.store.database import Database
from coach_app.store.dump import dump
from coach_app.store.models import SYNCED_MODELS


def run(companies: int = 10_000, visits: int = 10) -> list[Figure]:
    size = DemoSize(companies, visits)
    with tempfile.TemporaryDirectory() as folder:
        ours_path = Path(folder) / "demo.sqlite3"

        def ours() -> None:
            with Database.open(ours_path) as db:
                build(db, size)

        demo_time = timed(ours)

        # Baseline: the same rows, already generated, bulk-inserted with SQLAlchemy Core
        # into a bare schema (no migrations, no checks).
        data = generate(size)
        raw_engine = create_engine(f"sqlite:///{Path(folder) / 'raw.sqlite3'}")
        Base.metadata.create_all(raw_engine)

        def raw_insert() -> None:
            with raw_engine.begin() as connection:
                for table, rows in data.tables.items():
                    connection.execute(table.insert(), rows)

        raw_time = timed(raw_insert)
        raw_engine.dispose()
        rows = sum(len(r) for r in data.tables.values())

        with Database.open(ours_path, take_backup=False) as db:
            dump_time = timed(lambda: dump(db, io.StringIO()))

            def raw_select() -> None:
                with db.engine.connect() as connection:
                    for model in SYNCED_MODELS:
                        table = Base.metadata.tables[model.__tablename__]
                        connection.execute(select(table)).fetchall()

            select_time = timed(raw_select)
    label = f"{companies:,}×{visits} ({rows:,} rows)"
    return [
        Figure(f"demo build {label}", demo_time, raw_time, "Core bulk insert of same rows"),
        Figure("dump to JSON", dump_time, select_time, "raw SELECT of the same tables"),
    ]
