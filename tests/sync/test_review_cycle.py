"""A roadmap's whole review cycle across two laptops and the real server: what the
services allow on the laptop, the server accepts — and a coach cannot approve."""

from __future__ import annotations

import datetime as dt

import pytest

from coach_app.domain.errors import RuleViolation
from coach_app.domain.review import ReviewDecision, RoadmapStatus
from coach_app.services import roadmaps as rm
from coach_app.services.diagnoses import DiagnosisDraft, ItemEntry, diagnoses_of, save_diagnosis
from coach_app.services.syncing import conflicts
from coach_app.store.models import Roadmap
from tests.sync.conftest import Agency
from tests.sync.test_sync_flow import assign

TODAY = dt.date.today()


def test_submit_review_resubmit_approve_revise_follow_up(agency: Agency) -> None:
    kim, sup = agency.kim, agency.supervisor
    assign(agency, kim, 0)
    agency.admin.sync()
    kim.sync()
    company = agency.companies[0]

    save_diagnosis(
        kim.db,
        company,
        DiagnosisDraft(
            "rnd", "1.0", TODAY, {"rnd.ip.portfolio": ItemEntry(1), "rnd.ip.search": ItemEntry(2)}
        ),
    )
    roadmap = rm.create_roadmap(kim.db, company, "2027 로드맵")
    proposal = next(
        p for p in rm.suggestions(kim.db, roadmap, TODAY) if p.entry.code == "ip-bridge"
    )
    item = rm.accept(kim.db, roadmap, proposal, dt.date(2027, 1, 1))
    rm.move(kim.db, roadmap, RoadmapStatus.SUBMITTED)
    kim.sync()
    assert conflicts(kim.db) == []

    # The supervisor's laptop receives it, asks for changes; the server takes the review.
    sup.sync()
    assert diagnoses_of(sup.db, company)  # the diagnosis travelled too
    assert [r.id for r in rm.review_queue(sup.db)] == [roadmap]
    rm.review(sup.db, roadmap, ReviewDecision.REQUEST_CHANGES, "KPI를 적어 주세요")
    sup.sync()
    assert conflicts(sup.db) == []

    kim.sync()
    assert rm.get_roadmap(kim.db, roadmap).status == RoadmapStatus.CHANGES_REQUESTED
    assert [r.comment for r in rm.reviews_of(kim.db, roadmap)] == ["KPI를 적어 주세요"]
    draft = rm.draft_of_item(rm.items_of(kim.db, roadmap)[0])
    draft.kpi_name, draft.kpi_target = "특허 출원", 2.0
    rm.save_item(kim.db, roadmap, draft, item)
    rm.move(kim.db, roadmap, RoadmapStatus.SUBMITTED)
    with pytest.raises(RuleViolation):
        rm.review(kim.db, roadmap, ReviewDecision.APPROVE)
    kim.sync()

    sup.sync()
    rm.review(sup.db, roadmap, ReviewDecision.APPROVE, "승인")
    sup.sync()
    assert conflicts(sup.db) == []

    # Approved: the coach starts work, follows an item up, and edits a new revision.
    kim.sync()
    approved = rm.get_roadmap(kim.db, roadmap)
    assert approved.status == RoadmapStatus.APPROVED and approved.approved_by is not None
    rm.move(kim.db, roadmap, RoadmapStatus.IN_PROGRESS)
    rm.follow_up_item(kim.db, item, "in_progress", 1.0)
    second = rm.editable_revision(kim.db, roadmap)
    changed = rm.draft_of_item(rm.items_of(kim.db, second)[0])
    changed.ends_on = dt.date(2027, 12, 31)
    rm.save_item(kim.db, second, changed, rm.items_of(kim.db, second)[0].id)
    rm.move(kim.db, second, RoadmapStatus.SUBMITTED)
    kim.sync()
    assert conflicts(kim.db) == []

    sup.sync()
    changes = rm.changes_since_approved(sup.db, second)
    assert [f.field for f in changes[0].fields] == ["ends_on"]
    with sup.db.read() as session:
        first = session.get(Roadmap, roadmap)
        assert first is not None and first.status == RoadmapStatus.IN_PROGRESS
    assert rm.items_of(sup.db, roadmap)[0].kpi_actual == 1.0


def test_the_server_refuses_a_coach_approving_from_a_tampered_laptop(agency: Agency) -> None:
    """Even if a laptop's rules were bypassed, the server's own table says no."""
    kim = agency.kim
    assign(agency, kim, 0)
    agency.admin.sync()
    kim.sync()
    roadmap = rm.create_roadmap(kim.db, agency.companies[0], "로드맵")
    rm.save_item(kim.db, roadmap, rm.ItemDraft(title="특허", stage="ip"))
    rm.move(kim.db, roadmap, RoadmapStatus.SUBMITTED)
    kim.sync()
    with kim.db.transaction() as session:  # what the domain would never let through
        row = session.get(Roadmap, roadmap)
        assert row is not None
        row.status = RoadmapStatus.APPROVED.value
    kim.sync()
    refused = conflicts(kim.db)
    assert refused and refused[0].kind == "rejected"
    assert rm.get_roadmap(kim.db, roadmap).status == RoadmapStatus.SUBMITTED  # put back
