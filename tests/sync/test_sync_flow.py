"""Laptops editing offline and syncing in turns through the real PostgreSQL."""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid
from typing import Any

from sqlalchemy import select

from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.visit import VisitDraft
from coach_app.services.companies import get_company, update_company
from coach_app.services.people import assign_coach, end_assignment, user_by_login
from coach_app.services.syncing import conflicts, resolve
from coach_app.services.visits import (
    delete_visit,
    difficulties_of,
    follow_up,
    get_visit,
    record_visit,
    review_visit,
    update_visit,
    visits_of,
)
from coach_app.store.database import Database
from coach_app.store.dump import dump
from coach_app.store.models import Visit
from tests.sync.conftest import Agency, Laptop

TODAY = dt.date.today()


def assign(
    agency: Agency, coach: Laptop, company: int, ends_on: dt.date | None = None
) -> uuid.UUID:
    coach_user = user_by_login(agency.admin.db, coach.login)
    assert coach_user is not None
    return assign_coach(
        agency.admin.db,
        agency.programme,
        agency.companies[company],
        coach_user.id,
        TODAY - dt.timedelta(days=10),
        ends_on,
    )


def visit(notes: str = "현장 점검", **changes: Any) -> VisitDraft:
    values: dict[str, Any] = dict(
        visit_date=TODAY, place="기업 현장", attendees="대표", purpose="코칭", notes=notes
    )
    values.update(changes)
    return VisitDraft(**values)


def tables(db: Database) -> dict[str, dict[str, dict[str, Any]]]:
    out = io.StringIO()
    dump(db, out)
    return {
        name: {r["id"]: r for r in rows}
        for name, rows in json.loads(out.getvalue())["tables"].items()
    }


def assert_same_where_both_see(a: Database, b: Database) -> None:
    """Rows present in both databases are identical, field for field."""
    left, right = tables(a), tables(b)
    compared = 0
    for name in left:
        for row_id in left[name].keys() & right[name].keys():
            assert left[name][row_id] == right[name][row_id], (name, row_id)
            compared += 1
    assert compared > 0


def test_two_coaches_and_a_supervisor_converge(agency: Agency) -> None:
    assign(agency, agency.kim, 0)
    assign(agency, agency.kim, 1)
    assign(agency, agency.lee, 1)
    assign(agency, agency.lee, 2)
    agency.admin.sync()
    for laptop in (agency.kim, agency.lee, agency.supervisor):
        laptop.sync()

    kim, lee, sup = agency.kim.db, agency.lee.db, agency.supervisor.db
    c0, c1, _c2 = agency.companies[:3]
    # Scope: each coach holds the assigned companies only; the supervisor holds all.
    assert {c["name"] for c in tables(kim)["companies"].values()} == {"(주)테스트0", "(주)테스트1"}
    assert {c["name"] for c in tables(lee)["companies"].values()} == {"(주)테스트1", "(주)테스트2"}
    assert len(tables(sup)["companies"]) == 4

    # Offline edits on both laptops.
    kim_visit = record_visit(
        kim,
        c0,
        visit(
            "김코치 방문",
            difficulties=[
                DifficultyDraft("funding", "운전자금 부족"),
                DifficultyDraft("ip", "특허 검토"),
            ],
        ),
    )
    lee_visit = record_visit(
        lee, c1, visit("이코치 방문", difficulties=[DifficultyDraft("certification", "CE 인증")])
    )
    doomed = record_visit(kim, c1, visit("지울 방문"))
    for laptop in (agency.kim, agency.lee):
        laptop.sync()
    delete_visit(kim, doomed)
    follow_up(kim, difficulties_of(kim, c0)[0].id, "in_progress")
    for laptop in (agency.kim, agency.lee, agency.supervisor, agency.kim, agency.lee):
        laptop.sync()

    assert get_visit(sup, kim_visit).notes == "김코치 방문"
    assert get_visit(kim, lee_visit).notes == "이코치 방문"  # same company, other coach
    assert doomed not in {v.id for v in visits_of(lee, c1)}
    assert doomed not in {v.id for v in visits_of(sup, c1)}
    assert {v.id for v in visits_of(lee, c0)} == set()  # not lee's company
    for a, b in ((kim, lee), (kim, sup), (lee, sup)):
        assert_same_where_both_see(a, b)
    # Everything the supervisor sees of kim's companies is on kim's laptop too.
    kim_rows, sup_rows = tables(kim), tables(sup)
    for row in sup_rows["visits"].values():
        if row["company_id"] in {str(c0), str(c1)}:
            assert row["id"] in kim_rows["visits"]


def test_same_field_conflicts_and_different_fields_merge(agency: Agency) -> None:
    assign(agency, agency.kim, 0)
    agency.admin.sync()
    agency.kim.sync()
    agency.supervisor.sync()
    company = agency.companies[0]

    def draft(db: Database, **changes: Any) -> CompanyDraft:
        stored = get_company(db, company)
        values: dict[str, Any] = dict(
            name=stored.name,
            brn=stored.brn,
            region=stored.region,
            ceo=stored.ceo,
            employees=stored.employees,
            phone=stored.phone,
        )
        values.update(changes)
        return CompanyDraft(**values)

    # Different fields: merged, no conflict.
    update_company(agency.kim.db, company, draft(agency.kim.db, employees=55))
    update_company(agency.supervisor.db, company, draft(agency.supervisor.db, ceo="최대표"))
    assert agency.kim.sync().new_conflicts == 0
    assert agency.supervisor.sync().new_conflicts == 0
    agency.kim.sync()
    for db in (agency.kim.db, agency.supervisor.db):
        stored = get_company(db, company)
        assert (stored.employees, stored.ceo) == (55, "최대표")

    # Same field: the first to sync wins on the server, the other gets one conflict.
    update_company(agency.kim.db, company, draft(agency.kim.db, phone="062-111-1111"))
    update_company(agency.supervisor.db, company, draft(agency.supervisor.db, phone="062-222-2222"))
    agency.supervisor.sync()
    report = agency.kim.sync()
    assert report.new_conflicts == 1 and report.open_conflicts == 1
    (conflict,) = conflicts(agency.kim.db)
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "phone",
        "062-111-1111",
        "062-222-2222",
    )
    assert get_company(agency.kim.db, company).phone == "062-222-2222"  # server value kept
    # Both values are kept until the user decides; keeping mine sends it on the next sync.
    resolve(agency.kim.db, conflict.id, "mine")
    agency.kim.sync()
    agency.supervisor.sync()
    assert get_company(agency.supervisor.db, company).phone == "062-111-1111"
    assert conflicts(agency.kim.db) == []


def test_a_delete_against_a_concurrent_edit_is_a_conflict(agency: Agency) -> None:
    assign(agency, agency.kim, 0)
    assign(agency, agency.lee, 0)
    agency.admin.sync()
    agency.kim.sync()
    visit_id = record_visit(
        agency.kim.db,
        agency.companies[0],
        visit("원래 메모", difficulties=[DifficultyDraft("sales", "판로 부족")]),
    )
    agency.kim.sync()
    agency.lee.sync()
    difficulty = difficulties_of(agency.lee.db, agency.companies[0])[0]
    follow_up(agency.lee.db, difficulty.id, "in_progress")
    agency.lee.sync()
    delete_visit(agency.kim.db, visit_id)  # also tombstones the difficulty lee just edited
    report = agency.kim.sync()
    assert report.new_conflicts == 1
    (conflict,) = conflicts(agency.kim.db)
    assert conflict.kind == "delete" and conflict.row_id == difficulty.id
    agency.lee.sync()
    # The edit survived on the server and on both laptops; the visit itself went.
    assert [d.status for d in difficulties_of(agency.lee.db, agency.companies[0])] == [
        "in_progress"
    ]
    assert difficulties_of(agency.kim.db, agency.companies[0])[0].status == "in_progress"
    assert visits_of(agency.lee.db, agency.companies[0]) == []


def test_a_reviewed_visit_is_locked_by_the_server(agency: Agency) -> None:
    assign(agency, agency.kim, 0)
    agency.admin.sync()
    agency.kim.sync()
    visit_id = record_visit(agency.kim.db, agency.companies[0], visit("검토 전"))
    agency.kim.sync()
    agency.supervisor.sync()
    review_visit(agency.supervisor.db, visit_id)  # the supervisor's 검토 완료
    assert agency.supervisor.sync().rejected == 0
    # The coach edited offline before learning of the review.
    update_visit(agency.kim.db, visit_id, visit("검토 후 고침"))
    report = agency.kim.sync()
    assert report.rejected == 1
    (conflict,) = conflicts(agency.kim.db)
    assert conflict.kind == "rejected" and "locked" in conflict.message
    from coach_app.sync.errors import explain_refusal

    assert explain_refusal(conflict.message).startswith("관리자가 검토를 마친 방문이라")
    assert conflict.mine["notes"] == "검토 후 고침"  # what was typed is kept
    stored = get_visit(agency.kim.db, visit_id)
    assert stored.notes == "검토 전" and stored.reviewed_at is not None
    assert stored.reviewed_by == agency.supervisor.db.actor  # stamped by the server too


def test_a_company_leaves_the_laptop_when_its_assignment_ends(agency: Agency) -> None:
    assignment = assign(agency, agency.kim, 0)
    assign(agency, agency.kim, 1)
    agency.admin.sync()
    agency.kim.sync()
    typed = record_visit(agency.kim.db, agency.companies[0], visit("마지막 방문"))
    end_assignment(agency.admin.db, assignment, TODAY - dt.timedelta(days=1))
    agency.admin.sync()
    report = agency.kim.sync()
    assert report.companies_removed == 1 and report.pushed >= 1
    assert {c["name"] for c in tables(agency.kim.db)["companies"].values()} == {"(주)테스트1"}
    agency.supervisor.sync()
    assert get_visit(agency.supervisor.db, typed).notes == "마지막 방문"  # pushed first
    # Assigned again: the company comes back with its history.
    assign(agency, agency.kim, 0)
    agency.admin.sync()
    assert agency.kim.sync().companies_added == 1
    assert get_visit(agency.kim.db, typed).notes == "마지막 방문"


def test_a_coach_sees_only_what_is_assigned(agency: Agency) -> None:
    assign(agency, agency.kim, 0)
    agency.admin.sync()
    agency.kim.sync()
    with agency.kim.db.read() as session:
        assert session.scalars(select(Visit)).all() == []
    assert set(tables(agency.kim.db)["companies"]) == {str(agency.companies[0])}
    assert len(tables(agency.kim.db)["users"]) == 4  # reference data
