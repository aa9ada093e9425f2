"""Deleted rows are left out of queries once, by the session; the few readers that need
them ask for them."""

from __future__ import annotations

from sqlalchemy import func, select

from coach_app.store.database import Database
from coach_app.store.dump import dump
from coach_app.store.live import INCLUDE_DELETED, labelling
from coach_app.store.models import Company, Contact
from coach_app.store.types import utcnow


def _companies(db: Database) -> tuple[Company, Company]:
    with db.transaction() as session:
        kept = Company(name="살아있는", brn="1234567890")
        gone = Company(name="지운", brn="1234567891", deleted_at=utcnow())
        session.add_all([kept, gone])
        session.flush()
        session.add(Contact(company_id=gone.id, name="담당자"))
    return kept, gone


def test_select_leaves_deleted_rows_out_unless_asked(db: Database) -> None:
    _companies(db)
    with db.read() as session:
        assert list(session.scalars(select(Company.name))) == ["살아있는"]
        assert session.scalar(select(func.count()).select_from(Company)) == 1
        everyone = select(Company.name).execution_options(**{INCLUDE_DELETED: True})
        assert sorted(session.scalars(everyone)) == ["살아있는", "지운"]


def test_joined_rows_are_left_out_but_a_labelling_alias_sees_them(db: Database) -> None:
    _companies(db)
    with db.read() as session:
        inner = select(Contact.name).join(Company, Company.id == Contact.company_id)
        assert list(session.scalars(inner)) == []
        company = labelling(Company)
        labelled = select(Contact.name, company.name).join(
            company, company.id == Contact.company_id
        )
        assert list(session.execute(labelled)) == [("담당자", "지운")]


def test_a_row_asked_for_by_id_comes_back_deleted(db: Database) -> None:
    _kept, gone = _companies(db)
    with db.read() as session:
        found = session.get(Company, gone.id)
        assert found is not None and found.is_deleted


def test_the_dump_keeps_tombstones(db: Database) -> None:
    import io

    _companies(db)
    out = io.StringIO()
    dump(db, out)
    assert "지운" in out.getvalue()
