"""Marks on a laptop that has not synced yet, and on demo data (which never syncs)."""

from __future__ import annotations

import uuid
from pathlib import Path

from coach_app.demo import DemoSize, build
from coach_app.domain.company import CompanyDraft
from coach_app.domain.sync_marks import SyncMark
from coach_app.services.companies import create_company, get_company, update_company
from coach_app.services.syncing import history, mark, marks
from coach_app.store.database import Database


def test_before_the_first_sync_only_typed_records_are_marked(db: Database) -> None:
    company = create_company(db, CompanyDraft(name="(주)대기", brn="124-81-00998", region="광주"))
    assert marks(db, "companies") == ({company: SyncMark.WAITING}, SyncMark.LOCAL)
    assert mark(db, "companies", company) == (SyncMark.WAITING, [])
    assert history(db) == []


def test_demo_data_shows_no_sync_marks_even_when_edited(tmp_path: Path) -> None:
    with Database.open(tmp_path / "demo.sqlite3") as demo:
        build(demo, DemoSize(companies=5, visits_per_company=1))
        found, usual = marks(demo, "companies")
        assert (found, usual) == ({}, SyncMark.LOCAL)
        company = next(iter(_company_ids(demo)))
        stored = get_company(demo, company)
        update_company(
            demo,
            company,
            CompanyDraft(name=stored.name + " 변경", brn=stored.brn, region=stored.region),
        )
        assert marks(demo, "companies") == ({}, SyncMark.LOCAL)
        assert mark(demo, "companies", company) == (SyncMark.LOCAL, [])


def _company_ids(db: Database) -> list[uuid.UUID]:
    from sqlalchemy import select

    from coach_app.store.models import Company

    with db.read() as session:
        return list(session.scalars(select(Company.id)))
