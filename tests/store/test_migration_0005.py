"""Migration 0005 gives each difficulty and roadmap item the status history known of it,
and no date it does not know."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from coach_app.store.migrate import config
from tests.store.test_migration_0004 import NOW, _rows_at_0003


def test_each_difficulty_and_item_gets_its_known_history(tmp_path: Path) -> None:
    keys = ("p", "u", "c", "v", "v2", "d1", "d2", "d3", "d4", "r", "i")
    ids = {k: uuid.uuid4().hex for k in keys}
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    with engine.begin() as connection:
        command.upgrade(config(connection), "0003")
        _rows_at_0003(connection, ids)
        command.upgrade(config(connection), "0004")
        run = connection.execute
        run(text(
            "INSERT INTO visits (id, company_id, coach_id, visit_date, place, attendees, purpose,"
            f" notes, created_at, updated_at) VALUES (:v2, :c, :u, '2019-06-14', '', '', '', '',"
            f" {NOW}, {NOW})"
        ), ids)  # fmt: skip
        run(text(
            "INSERT INTO difficulties (id, company_id, visit_id, category, description, severity,"
            " requested_support, agency, status, resolution, created_at, updated_at) VALUES"
            f" (:d4, :c, :v, 'funding', '자금', 'high', '', '', 'open', '', {NOW}, {NOW})"
        ), ids)  # fmt: skip
        # d1 open; d2 resolved on a known day; d3 in progress at a later visit; d4 closed,
        # day unknown. d1 was pushed; the others never were.
        run(text("UPDATE difficulties SET server_version = 7 WHERE id = :d1"), ids)
        run(text("UPDATE difficulties SET status = 'resolved', resolution = '보증',"
                 " resolved_on = '2019-06-20' WHERE id = :d2"), ids)  # fmt: skip
        run(text("UPDATE difficulties SET status = 'in_progress', followed_up_visit_id = :v2"
                 " WHERE id = :d3"), ids)  # fmt: skip
        run(
            text("UPDATE difficulties SET status = 'closed', resolution = '철회' WHERE id = :d4"),
            ids,
        )
        run(
            text("UPDATE roadmap_items SET status = 'in_progress', kpi_actual = 2 WHERE id = :i"),
            ids,
        )
        command.upgrade(config(connection), "head")
        rows = connection.execute(text(
            "SELECT coalesce(difficulty_id, roadmap_item_id), status, resolution, kpi_actual,"
            " changed_on, visit_id, company_id FROM status_changes ORDER BY created_at"
        )).all()  # fmt: skip
        history: dict[str, list[tuple[object, ...]]] = {}
        for subject, *rest, company in rows:
            assert company == ids["c"]
            history.setdefault(subject, []).append(tuple(rest))
        assert history == {
            ids["d1"]: [("open", "", None, "2019-04-22", ids["v"])],
            ids["d2"]: [
                ("open", "", None, "2019-04-22", ids["v"]),
                ("resolved", "보증", None, "2019-06-20", None),
            ],
            ids["d3"]: [
                ("open", "", None, "2019-04-22", ids["v"]),
                ("in_progress", "", None, "2019-06-14", ids["v2"]),
            ],
            ids["d4"]: [("closed", "철회", None, None, None)],
            ids["i"]: [("in_progress", "", 2.0, None, None)],
        }
        # What the server has not seen travels with the next push; d1's rows the server
        # derives itself, with the same ids.
        pending = connection.execute(text('SELECT table_name, op, "values" FROM outbox')).all()
        assert {t for t, _, _ in pending} == {"status_changes"}
        subjects = {
            json.loads(v)["difficulty_id"] or json.loads(v)["roadmap_item_id"]
            for _, _, v in pending
        }
        assert {uuid.UUID(s).hex for s in subjects} == {ids[k] for k in ("d2", "d3", "d4", "i")}
        assert len(pending) == 6
