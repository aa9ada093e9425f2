"""A company in the list is marked by the most pressing of its own row and its records:
a waiting visit, a refused difficulty or a roadmap item sent but not yet confirmed shows
on the company, not only on the record itself."""

from __future__ import annotations

import time
import uuid

from sqlalchemy import insert, select

from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.sync_marks import SyncMark, most_pressing
from coach_app.domain.visit import VisitDraft
from coach_app.services.syncing import company_marks, conflicts, marks, resolve
from coach_app.services.visits import add_difficulty, record_visit, review_visit, update_visit
from coach_app.store.database import Database
from coach_app.store.models import Company, Difficulty, OutboxEntry, RoadmapItem, SentChange
from coach_app.store.queries import sync_status
from coach_app.sync import push
from coach_app.sync.connection import connect
from tests.sync.conftest import Agency, settle
from tests.sync.test_sync_flow import visit


def test_the_most_pressing_mark_wins() -> None:
    assert most_pressing(SyncMark.SENT, SyncMark.WAITING) is SyncMark.WAITING
    assert most_pressing(SyncMark.WAITING, SyncMark.REFUSED, SyncMark.CONFLICT) is (
        SyncMark.REFUSED
    )


def test_a_company_shows_what_waits_among_its_records(scene: Agency) -> None:
    kim = scene.kim
    first, second = scene.companies[0], scene.companies[1]
    settle(kim)
    assert company_marks(kim.db) == ({}, SyncMark.CONFIRMED)

    visit_id = record_visit(
        kim.db,
        first,
        VisitDraft(
            visit("방문").visit_date, "공장", difficulties=[DifficultyDraft("funding", "자금")]
        ),
    )
    found, usual = company_marks(kim.db)
    assert (found, usual) == ({first: SyncMark.WAITING}, SyncMark.CONFIRMED)
    assert first not in marks(kim.db, "companies")[0]  # its own row is as the server has it
    assert second not in found

    # Pushed, not pulled back: sent. Then confirmed with the pull.
    with connect(kim.server.address(kim.login), autocommit=True) as server:
        push.push(server, kim.db)
    assert company_marks(kim.db)[0] == {first: SyncMark.SENT}
    settle(kim)
    assert company_marks(kim.db)[0] == {}

    # A roadmap item names its company only through its roadmap.
    with kim.db.transaction() as session:
        item = session.scalars(select(RoadmapItem)).first()
        assert item is not None
        item.title = "시제품 제작 (수정)"
    assert company_marks(kim.db)[0] == {first: SyncMark.WAITING}
    settle(kim)

    # Refused (the supervisor reviewed the visit meanwhile): the company says so, and
    # the refusal outranks a waiting edit of the company's own row.
    settle(scene.supervisor)
    review_visit(scene.supervisor.db, visit_id)
    settle(scene.supervisor)
    update_visit(kim.db, visit_id, visit("검토 후 고침"))
    assert settle(kim).rejected == 1
    assert company_marks(kim.db)[0] == {first: SyncMark.REFUSED}


def test_a_refused_new_record_gone_from_the_laptop_still_marks_its_company(
    scene: Agency,
) -> None:
    kim, first = scene.kim, scene.companies[0]
    settle(kim)
    visit_id = record_visit(kim.db, first, visit("방문"))
    settle(kim)
    settle(scene.supervisor)
    review_visit(scene.supervisor.db, visit_id)
    settle(scene.supervisor)
    # A difficulty added after the review: the server refuses the new row and it leaves
    # this laptop; only the refusal keeps what was typed.
    add_difficulty(kim.db, visit_id, DifficultyDraft("funding", "자금"))
    assert settle(kim).rejected >= 1
    for refusal in conflicts(kim.db):  # the visit's own refusal is dealt with
        if refusal.table_name == "visits":
            resolve(kim.db, refusal.id, "theirs")
    settle(kim)
    with kim.db.read() as session:
        assert session.scalars(select(Difficulty)).all() == []
    assert company_marks(kim.db)[0] == {first: SyncMark.REFUSED}


def test_company_marks_stay_fast_with_thousands_of_companies(db: Database) -> None:
    """5,000 companies with 20,000 visits, 3,000 of them waiting and 2,000 sent (a week
    offline): one read well under a second (the list refreshes it after every sync and
    edit). It costs what the outbox holds, not what the companies are."""
    companies = [uuid.uuid4() for _ in range(5_000)]
    with db.transaction() as session:
        session.execute(
            insert(Company),
            [
                {"id": c, "name": f"기업{n}", "brn": f"{n:012d}", "region": "광주"}
                for n, c in enumerate(companies)
            ],
        )
        visits = [
            {"id": uuid.uuid4(), "company_id": companies[n % 5_000], "coach_id": db.actor}
            for n in range(20_000)
        ]
        from coach_app.store.models import Visit

        session.execute(insert(Visit), [{**v, "visit_date": visit("x").visit_date} for v in visits])
        session.execute(
            insert(OutboxEntry),
            [
                {"table_name": "visits", "row_id": v["id"], "op": "update", "op_id": uuid.uuid4()}
                for v in visits[:3_000]
            ],
        )
        session.execute(
            insert(SentChange),
            [{"table_name": "visits", "row_id": v["id"]} for v in visits[-2_000:]],
        )
    with db.read() as session:
        timings = []
        for _ in range(2):  # the first read decrypts the pages; the list's refreshes are warm
            started = time.perf_counter()
            found = sync_status.company_marks(session)
            timings.append(time.perf_counter() - started)
    print(f"company_marks: cold {timings[0]:.3f} s, warm {timings[1]:.3f} s")
    assert len(found) == 5_000 and set(found.values()) == {SyncMark.WAITING, SyncMark.SENT}
    assert found[companies[0]] is SyncMark.WAITING
    assert timings[0] < 3.0 and timings[1] < 1.0, timings
