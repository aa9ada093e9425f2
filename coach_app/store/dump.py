"""Every entity as canonical, sorted JSON: a readable backup and an exact comparison.

Tables in name order, rows by id, keys sorted, one row per line; the laptop-only columns
(sync state, derived search text) are left out, so two databases holding the same
entities dump to the same bytes.
"""

from __future__ import annotations

import json
from typing import IO, Any

from sqlalchemy import select

from coach_app.store.base import LOCAL_ONLY
from coach_app.store.database import Database
from coach_app.store.models import SYNCED_MODELS
from coach_app.store.serialize import to_json

FORMAT = "coach-dump"
VERSION = 1


def dump(database: Database, out: IO[str]) -> dict[str, int]:
    """Write the dump to ``out``; returns the number of rows per table."""
    counts: dict[str, int] = {}
    models = sorted(SYNCED_MODELS, key=lambda m: m.__tablename__)
    out.write(f'{{"format":"{FORMAT}","version":{VERSION},"tables":{{')
    with database.read() as session:
        for table_index, model in enumerate(models):
            table = model.__table__  # type: ignore[attr-defined]
            columns = sorted(
                (c for c in table.columns if c.name not in LOCAL_ONLY), key=lambda c: c.name
            )
            names = [c.name for c in columns]
            out.write(("," if table_index else "") + f"\n{json.dumps(table.name)}:[")
            count = 0
            for row in session.execute(select(*columns).order_by(table.c.id)):
                record: dict[str, Any] = {n: to_json(v) for n, v in zip(names, row, strict=True)}
                out.write(("," if count else "") + "\n" + _canonical(record))
                count += 1
            out.write("\n]" if count else "]")
            counts[table.name] = count
    out.write("\n}}\n")
    return counts


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
