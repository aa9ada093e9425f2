"""A visit belongs to its programme: the company's one open assignment is the default,
several must be chosen among, none leaves the visit outside any programme; a rating at
such a visit then counts under the programme, not under "(사업 없음)"."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from coach_app.domain.company import CompanyDraft
from coach_app.domain.errors import ValidationError
from coach_app.domain.meeting import MeetingCompany, MeetingDraft
from coach_app.domain.programme import ProgrammeDraft
from coach_app.domain.satisfaction import Question, RatingDraft
from coach_app.domain.visit import VisitDraft
from coach_app.services.companies import create_company
from coach_app.services.impact import programme_report
from coach_app.services.meetings import record_meeting
from coach_app.services.people import (
    UserDraft,
    assign_coach,
    create_programme,
    create_user,
    sign_in,
)
from coach_app.services.planning import targets
from coach_app.services.satisfaction import record_rating, satisfaction_results
from coach_app.services.visits import get_visit, programmes_for_visit, save_visit
from coach_app.store.database import Database

TODAY = dt.date.today()
START = TODAY - dt.timedelta(days=60)


def _company(db: Database, name: str = "(주)한빛정밀", brn: str = "124-81-00998") -> uuid.UUID:
    return create_company(db, CompanyDraft(name=name, brn=brn))


def _assigned(db: Database, company: uuid.UUID, name: str, **dates: dt.date) -> uuid.UUID:
    programme = create_programme(db, ProgrammeDraft(name, TODAY.year))
    assert db.actor is not None
    assign_coach(
        db, programme, company, db.actor, dates.get("starts_on", START), dates.get("ends_on")
    )
    return programme


def test_the_one_open_assignment_is_the_visit_s_programme(db: Database) -> None:
    company = _company(db)
    rnd = _assigned(db, company, "R&D 현장코칭")
    _assigned(db, company, "지난 사업", starts_on=START, ends_on=TODAY - dt.timedelta(days=30))
    assert [p.id for p in programmes_for_visit(db, company, TODAY)] == [rnd]
    visit = save_visit(db, company, VisitDraft(TODAY, purpose="코칭"))
    assert get_visit(db, visit).programme_id == rnd
    # A planned visit gets it the same way.
    planned = save_visit(db, company, VisitDraft(TODAY + dt.timedelta(days=7)))
    assert get_visit(db, planned).programme_id == rnd
    # So the calendar counts the visit held today towards the programme's targets.
    assert targets(db, rnd).visits.done == 1


def test_no_open_assignment_leaves_the_visit_without_programme(db: Database) -> None:
    company = _company(db)
    _assigned(db, company, "지난 사업", starts_on=START, ends_on=TODAY - dt.timedelta(days=30))
    visit = save_visit(db, company, VisitDraft(TODAY))
    assert get_visit(db, visit).programme_id is None


def test_several_open_assignments_must_be_chosen_among(db: Database) -> None:
    company = _company(db)
    rnd = _assigned(db, company, "R&D 현장코칭")
    _assigned(db, company, "수출 코칭")
    with pytest.raises(ValidationError) as refused:
        save_visit(db, company, VisitDraft(TODAY))
    assert [p.field for p in refused.value.problems] == ["programme"]
    assert "R&D 현장코칭" in str(refused.value.problems[0])
    visit = save_visit(db, company, VisitDraft(TODAY), programme_id=rnd)
    assert get_visit(db, visit).programme_id == rnd


def test_an_edit_keeps_the_stored_programme(db: Database) -> None:
    company = _company(db)
    rnd = _assigned(db, company, "R&D 현장코칭")
    visit = save_visit(db, company, VisitDraft(TODAY))
    _assigned(db, company, "수출 코칭")  # now two are open: the stored one stays
    save_visit(db, company, VisitDraft(TODAY, notes="보완"), visit)
    assert get_visit(db, visit).programme_id == rnd


def test_a_meeting_outside_programmes_gives_each_company_its_open_one(db: Database) -> None:
    hanbit = _company(db)
    daeyang = _company(db, "대양산업", "220-81-62517")
    rnd = _assigned(db, hanbit, "R&D 현장코칭")
    create_user(db, UserDraft("parkboss", "박감독", "supervisor"))
    sign_in(db, "parkboss")
    recorded = record_meeting(
        db,
        MeetingDraft(
            TODAY, "기업 간담회", companies=[MeetingCompany(hanbit), MeetingCompany(daeyang)]
        ),
    )
    assert get_visit(db, recorded.visits[hanbit]).programme_id == rnd
    assert get_visit(db, recorded.visits[daeyang]).programme_id is None


def test_a_rating_at_a_defaulted_visit_counts_under_its_programme(db: Database) -> None:
    company = _company(db)
    rnd = _assigned(db, company, "R&D 현장코칭")
    visit = save_visit(db, company, VisitDraft(TODAY - dt.timedelta(days=1), purpose="코칭"))
    record_rating(db, visit, RatingDraft(dict.fromkeys(Question, 5), "박대표", "대표이사"))
    programmes = {p.name: p.ratings for p in satisfaction_results(db).by_programme}
    assert programmes.get("R&D 현장코칭") == 1
    assert "(사업 없음)" not in programmes
    report = programme_report(db, rnd)
    assert sum(s.ratings for s in report.satisfaction) == 1
