import dataclasses
import uuid
from typing import Any

import pytest
from sqlalchemy import select

from coach_app.domain.company import CompanyDraft
from coach_app.services.companies import create_company, delete_company, update_company
from coach_app.store.database import Database
from coach_app.store.models import Company, OutboxEntry
from coach_app.store.outbox import APPLYING_REMOTE
from coach_app.store.types import utcnow


def draft(**changes: Any) -> CompanyDraft:
    base = CompanyDraft(
        name="(주)한빛정밀", brn="124-81-00998", ceo="김민준", region="광주", industry="자동차부품"
    )
    return dataclasses.replace(base, **changes)


def entries(db: Database) -> list[OutboxEntry]:
    with db.read() as session:
        return list(
            session.scalars(
                select(OutboxEntry)
                .where(OutboxEntry.table_name == "companies")
                .order_by(OutboxEntry.seq)
            )
        )


def test_every_change_is_recorded_with_its_base(db: Database) -> None:
    company_id = create_company(db, draft())
    update_company(db, company_id, draft(ceo="이서연", employees=42))
    update_company(db, company_id, draft(ceo="이서연", employees=42))  # nothing changes
    delete_company(db, company_id)

    insert, update, delete = entries(db)
    assert insert.op == "insert" and insert.row_id == company_id
    assert insert.values["name"] == "(주)한빛정밀" and insert.values["brn"] == "124-81-00998"
    assert "server_version" not in insert.values and "search_text" not in insert.values
    assert insert.actor_id == db.actor

    assert update.op == "update"
    assert {k for k in update.values if not k.startswith("updated_")} == {"ceo", "employees"}
    assert update.base == {"ceo": "김민준", "employees": None}
    assert update.values["updated_by"] == str(db.actor)

    assert delete.op == "delete" and delete.values["deleted_at"] is not None
    assert len({e.op_id for e in (insert, update, delete)}) == 3


def test_the_outbox_shares_the_fate_of_the_change(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction() as session:
        session.add(Company(name="(주)새한전자", brn="124-81-00998"))
        session.flush()
        raise RuntimeError("the user's action failed half-way")
    assert entries(db) == []
    with db.read() as session:
        assert session.scalars(select(Company)).all() == []


def test_rows_applied_from_the_server_are_not_local_edits(db: Database) -> None:
    with db.transaction() as session:
        session.info[APPLYING_REMOTE] = True
        session.add(Company(name="(주)새한전자", brn="124-81-00998", server_version=17))
    assert entries(db) == []


def test_base_version_is_the_server_version_the_edit_started_from(db: Database) -> None:
    company_id = uuid.uuid4()
    with db.transaction() as session:
        session.info[APPLYING_REMOTE] = True
        session.add(
            Company(id=company_id, name="(주)새한전자", brn="124-81-00998", server_version=41)
        )
    update_company(db, company_id, draft(name="(주)새한전자", employees=12))
    (update,) = entries(db)
    assert update.base_version == 41


def test_a_hard_delete_of_a_synced_row_is_refused(db: Database) -> None:
    company_id = create_company(db, draft())
    with pytest.raises(RuntimeError, match="tombstone"), db.transaction() as session:
        session.delete(session.get(Company, company_id))


def test_timestamps_are_utc_and_aware(db: Database) -> None:
    before = utcnow()
    company_id = create_company(db, draft())
    with db.read() as session:
        company = session.get(Company, company_id)
        assert company is not None
        assert company.created_at.tzinfo is not None
        assert before <= company.created_at <= utcnow()
        assert company.created_by == db.actor
