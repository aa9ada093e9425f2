"""Services hand the window plain frozen records, never rows of a session."""

from __future__ import annotations

import dataclasses

import pytest

from coach_app.domain.company import CompanyDraft
from coach_app.services import roadmaps as rm
from coach_app.services.companies import create_company, get_company
from coach_app.services.people import current_user
from coach_app.services.records import CompanyRecord, RoadmapItemRecord
from coach_app.store.database import Database


def test_a_company_comes_back_as_a_frozen_record(db: Database) -> None:
    company_id = create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998"))
    company = get_company(db, company_id)
    assert isinstance(company, CompanyRecord)
    assert (company.id, company.name, company.brn) == (company_id, "(주)한빛정밀", "124-81-00998")
    with pytest.raises(dataclasses.FrozenInstanceError):
        # mypy refuses this assignment too; the test shows the record refuses it when run.
        company.name = "바뀐 이름"  # type: ignore[misc]
    me = current_user(db)
    assert me is not None and me.login == "kimcoach"


def test_roadmap_items_come_back_as_records(db: Database) -> None:
    company_id = create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998"))
    roadmap_id = rm.create_roadmap(db, company_id, "2027 로드맵")
    rm.save_item(db, roadmap_id, rm.ItemDraft(title="스마트공장 구축", stage="prototype"))
    items = rm.items_of(db, roadmap_id)
    assert [type(i) for i in items] == [RoadmapItemRecord]
    assert items[0].title == "스마트공장 구축"
    assert rm.draft_of_item(items[0]).title == "스마트공장 구축"
