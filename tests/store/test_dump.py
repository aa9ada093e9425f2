import datetime as dt
import io
import json
from pathlib import Path

from coach_app.demo import DemoSize, build
from coach_app.store.database import Database
from coach_app.store.dump import dump


def dumped(db: Database) -> str:
    out = io.StringIO()
    dump(db, out)
    return out.getvalue()


def test_same_entities_dump_to_the_same_bytes(tmp_path: Path) -> None:
    texts = []
    for name in ("a", "b"):
        with Database.open(tmp_path / f"{name}.sqlite3") as db:
            build(db, DemoSize(20, 3, seed=5, now=dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC)))
            texts.append(dumped(db))
    assert texts[0] == texts[1]


def test_dump_is_valid_sorted_json(tmp_path: Path) -> None:
    with Database.open(tmp_path / "a.sqlite3") as db:
        build(db, DemoSize(companies=15, visits_per_company=2, seed=1))
        text = dumped(db)
    document = json.loads(text)
    assert document["format"] == "coach-dump"
    tables = document["tables"]
    assert list(tables) == sorted(tables)
    assert len(tables["companies"]) == 15
    ids = [row["id"] for row in tables["visits"]]
    assert ids == sorted(ids)
    first = tables["companies"][0]
    assert list(first) == sorted(first)
    assert "server_version" not in first and "search_text" not in first
    assert "(주)" in text  # Korean is written as itself, not escaped
