"""A new laptop syncs whatever the history of its coach's assignments."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from coach_app.services.people import assign_coach, end_assignment, user_by_login
from coach_app.services.syncing import check_against_server
from coach_app.services.visits import get_visit, record_visit
from coach_app.store.database import Database
from coach_app.sync import state
from tests.sync.conftest import Agency, Laptop
from tests.sync.test_convergence import assert_equals_server, local_rows, settled
from tests.sync.test_sync_flow import visit

TODAY = dt.date.today()


def assign_between(
    agency: Agency, coach: Laptop, company: int, starts: int, ends: int | None
) -> uuid.UUID:
    """An assignment from ``starts`` days ago to ``ends`` days ago (None: still running)."""
    user = user_by_login(agency.admin.db, coach.login)
    if user is None:  # the agency's first pull was held back by another open transaction
        settled(agency.admin)
        user = user_by_login(agency.admin.db, coach.login)
    assert user is not None
    return assign_coach(
        agency.admin.db,
        agency.programme,
        agency.companies[company],
        user.id,
        TODAY - dt.timedelta(days=starts),
        None if ends is None else TODAY - dt.timedelta(days=ends),
    )


def company_ids(db: Database) -> set[uuid.UUID]:
    return {uuid.UUID(i) for i in local_rows(db)["companies"]}


@pytest.mark.parametrize("ended_days_ago", [40, 10, 1])
def test_a_new_laptop_syncs_and_leaves_out_an_ended_assignment(
    agency: Agency, ended_days_ago: int
) -> None:
    assign_between(agency, agency.kim, 0, starts=90, ends=ended_days_ago)
    assign_between(agency, agency.kim, 1, starts=90, ends=None)
    settled(agency.admin)
    settled(agency.kim)  # kim's first sync on this laptop
    assert company_ids(agency.kim.db) == {agency.companies[1]}
    assert state.load(agency.kim.db).scope == [str(agency.companies[1])]
    assert_equals_server(agency.kim)
    differences, repaired = check_against_server(agency.kim.db, fix=True)
    assert (differences, repaired) == ([], 0)
    assert company_ids(agency.kim.db) == {agency.companies[1]}


def test_a_coach_whose_only_assignment_ended_long_ago_still_syncs(agency: Agency) -> None:
    assign_between(agency, agency.kim, 0, starts=400, ends=200)
    settled(agency.admin)
    settled(agency.kim)
    assert company_ids(agency.kim.db) == set()
    assert len(local_rows(agency.kim.db)["users"]) == 4  # reference data arrived
    assert check_against_server(agency.kim.db, fix=True) == ([], 0)


def test_repair_takes_away_a_company_a_new_laptop_kept(agency: Agency) -> None:
    """A laptop set up before this was fixed holds the ended company: repair removes it."""
    ended = assign_between(agency, agency.kim, 0, starts=90, ends=None)
    assign_between(agency, agency.kim, 1, starts=90, ends=None)
    settled(agency.admin)
    settled(agency.kim)
    end_assignment(agency.admin.db, ended, TODAY - dt.timedelta(days=3))
    settled(agency.admin)
    saved = state.load(agency.kim.db)
    saved.scope = []  # as the old first pull left it: the company was never "known"
    state.save(agency.kim.db, saved)
    settled(agency.kim)
    differences, _ = check_against_server(agency.kim.db, fix=True)
    assert {d.table for d in differences} >= {"companies"}
    assert company_ids(agency.kim.db) == {agency.companies[1]}
    assert_equals_server(agency.kim)


def test_an_ended_company_leaves_at_once_after_its_edits_are_sent(agency: Agency) -> None:
    ended = assign_between(agency, agency.kim, 0, starts=90, ends=None)
    settled(agency.admin)
    settled(agency.kim)
    typed = record_visit(agency.kim.db, agency.companies[0], visit("끝나기 전 방문"))
    end_assignment(agency.admin.db, ended, TODAY - dt.timedelta(days=1))
    settled(agency.admin)
    report = settled(agency.kim)
    assert report.pushed == 1 and report.companies_removed == 1
    assert company_ids(agency.kim.db) == set()
    settled(agency.supervisor)
    assert get_visit(agency.supervisor.db, typed).notes == "끝나기 전 방문"
    assert_equals_server(agency.kim)
