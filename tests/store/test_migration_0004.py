"""Migration 0004 keeps every free-text agency and each programme's budget split."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, create_engine, text

from coach_app.domain.organisation import id_for_name
from coach_app.store.base import Base
from coach_app.store.migrate import config

NOW = "'2026-01-01 00:00:00.000000'"


def _rows_at_0003(connection: Connection, ids: dict[str, str]) -> None:
    run = connection.execute
    run(text(
        "INSERT INTO programmes (id, name, year, agency, budget, funding_national, funding_local,"
        f" funding_company, created_at, updated_at) VALUES (:p, 'R&D 현장코칭', 2019,"
        f" '광주테크노파크 ', 350000000, 200000000, 150000000, 0, {NOW}, {NOW})"
    ), ids)  # fmt: skip
    run(text(
        "INSERT INTO users (id, login, name, role, email, phone, active, created_at, updated_at)"
        f" VALUES (:u, 'kim', '김코치', 'coach', '', '', 1, {NOW}, {NOW})"
    ), ids)  # fmt: skip
    run(text(
        "INSERT INTO companies (id, name, brn, ceo, address, region, industry, phone, email,"
        f" created_at, updated_at) VALUES (:c, '기업', '124-81-00998', '', '', '광주', '', '', '',"
        f" {NOW}, {NOW})"
    ), ids)  # fmt: skip
    run(text(
        "INSERT INTO visits (id, company_id, coach_id, visit_date, place, attendees, purpose,"
        f" notes, created_at, updated_at) VALUES (:v, :c, :u, '2019-04-22', '', '', '', '',"
        f" {NOW}, {NOW})"
    ), ids)  # fmt: skip
    for key, agency in (("d1", "광주광역시"), ("d2", ""), ("d3", "광주테크노파크")):
        run(text(
            "INSERT INTO difficulties (id, company_id, visit_id, category, description, severity,"
            " requested_support, agency, status, resolution, created_at, updated_at) VALUES"
            f" (:id, :c, :v, 'funding', '자금', 'high', '', :agency, 'open', '', {NOW}, {NOW})"
        ), {**ids, "id": ids[key], "agency": agency})  # fmt: skip
    run(text(
        "INSERT INTO roadmaps (id, company_id, coach_id, title, revision, status, created_at,"
        f" updated_at) VALUES (:r, :c, :u, '', 1, 'approved', {NOW}, {NOW})"
    ), ids)  # fmt: skip
    run(text(
        "INSERT INTO roadmap_items (id, roadmap_id, phase, position, stage, item_type, title,"
        " description, budget_national, budget_local, budget_company, owner_agency, kpi_name,"
        " kpi_unit, status, depends_on, created_at, updated_at) VALUES (:i, :r, 1, 0, 'export',"
        f" '', '수출', '', 0, 0, 0, '신용보증기금', '', '', 'planned', '[]', {NOW}, {NOW})"
    ), ids)  # fmt: skip


def test_agencies_become_linked_organisations_and_budgets_become_year_rows(
    tmp_path: Path,
) -> None:
    ids = {k: uuid.uuid4().hex for k in ("p", "u", "c", "v", "d1", "d2", "d3", "r", "i")}
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    with engine.begin() as connection:
        command.upgrade(config(connection), "0003")
        _rows_at_0003(connection, ids)
        command.upgrade(config(connection), "head")
        names: dict[Any, Any] = dict(
            connection.execute(text("SELECT name, id FROM organisations")).all()
        )
        assert sorted(names) == ["광주광역시", "광주테크노파크", "신용보증기금"]
        assert uuid.UUID(names["광주테크노파크"]) == id_for_name("광주테크노파크")
        links: dict[Any, Any] = dict(
            connection.execute(text("SELECT id, organisation_id FROM difficulties")).all()
        )
        assert links[ids["d1"]] == names["광주광역시"]
        assert links[ids["d2"]] is None
        assert links[ids["d3"]] == names["광주테크노파크"]
        programme = connection.execute(
            text("SELECT agency, organisation_id, starts_on, ends_on FROM programmes")
        ).one()
        # The text is kept as typed; the link finds the same organisation.
        assert programme == ("광주테크노파크 ", names["광주테크노파크"], "2019-01-01", "2019-12-31")
        item = connection.execute(text("SELECT owner_agency, organisation_id FROM roadmap_items"))
        assert item.one() == ("신용보증기금", names["신용보증기금"])
        budgets = connection.execute(
            text("SELECT year, source, amount FROM programme_budgets ORDER BY source")
        ).all()
        assert budgets == [(2019, "local", 150000000), (2019, "national", 200000000)]


def test_the_migrated_schema_is_the_models(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    with engine.begin() as connection:
        command.upgrade(config(connection), "head")
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
