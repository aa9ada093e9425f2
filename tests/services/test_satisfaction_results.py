"""Satisfaction results per coach and programme: the means of what was rated, "—" (never
0) where nothing was, the comments with their company and date, and who sees whose."""

from __future__ import annotations

import datetime as dt
import uuid

from coach_app.domain.company import CompanyDraft
from coach_app.domain.programme import ProgrammeDraft
from coach_app.domain.satisfaction import Question, RatingDraft, shown_mean
from coach_app.domain.visit import VisitDraft
from coach_app.services.companies import create_company
from coach_app.services.people import UserDraft, create_programme, create_user, sign_in
from coach_app.services.satisfaction import record_rating, satisfaction_results
from coach_app.services.visits import record_visit
from coach_app.store.database import Database

TODAY = dt.date.today()


def _rated(
    db: Database,
    company: uuid.UUID,
    scores: dict[Question, int],
    comment: str = "",
    programme: uuid.UUID | None = None,
    days_ago: int = 1,
) -> None:
    day = TODAY - dt.timedelta(days=days_ago)
    visit = record_visit(db, company, VisitDraft(day, purpose="코칭"), programme)
    record_rating(db, visit, RatingDraft(scores, "박대표", "대표이사", comment))


def scene(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    """김코치 (signed in by the fixture) rates twice in a programme; 이코치 once outside
    any programme; 최코치 never."""
    create_user(db, UserDraft("leecoach", "이코치", "coach", "export"))
    create_user(db, UserDraft("choicoach", "최코치", "coach", "smart_factory"))
    create_user(db, UserDraft("parkboss", "박감독", "supervisor"))
    hanbit = create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998"))
    daeyang = create_company(db, CompanyDraft(name="대양산업", brn="220-81-62517"))
    rnd = create_programme(db, ProgrammeDraft("R&D 현장코칭", TODAY.year))
    create_programme(db, ProgrammeDraft("수출 코칭", TODAY.year))
    _rated(db, hanbit, dict.fromkeys(Question, 5), "  설명이\n친절함 ", rnd, days_ago=3)
    _rated(db, daeyang, dict.fromkeys(Question, 4) | {Question.OVERALL: 3}, "", rnd)
    sign_in(db, "leecoach")
    _rated(db, daeyang, dict.fromkeys(Question, 2), "후속 연락이 없었음", days_ago=2)
    return hanbit, daeyang


def test_a_supervisor_sees_every_coach_and_programme_with_dashes_where_none_rated(
    db: Database,
) -> None:
    hanbit, daeyang = scene(db)
    sign_in(db, "parkboss")
    results = satisfaction_results(db)
    assert results.everyone and results.overall.ratings == 3
    coaches = {c.name: c for c in results.by_coach}
    assert set(coaches) == {"김코치", "이코치", "최코치"}
    kim = coaches["김코치"]
    assert kim.ratings == 2
    assert kim.means[Question.EXPERTISE] == 4.5 and kim.means[Question.OVERALL] == 4.0
    assert shown_mean(kim.mean) == "4.4"  # (4.5 × 4 + 4.0) / 5
    choi = coaches["최코치"]
    assert choi.ratings == 0 and choi.means == {} and shown_mean(choi.mean) == "—"
    programmes = {p.name: (p.ratings, shown_mean(p.mean)) for p in results.by_programme}
    assert programmes == {
        "R&D 현장코칭": (2, "4.4"),
        "수출 코칭": (0, "—"),
        "(사업 없음)": (1, "2.0"),
    }
    # Comments, newest first, with the company and the visit's date; blank ones left out.
    assert [(c.company_id, c.company, c.visit_date, c.coach) for c in results.comments] == [
        (daeyang, "대양산업", TODAY - dt.timedelta(days=2), "이코치"),
        (hanbit, "(주)한빛정밀", TODAY - dt.timedelta(days=3), "김코치"),
    ]
    assert results.comments[1].rated_on == TODAY


def test_a_coach_sees_only_the_ratings_of_their_own_visits(db: Database) -> None:
    scene(db)
    sign_in(db, "kimcoach")
    results = satisfaction_results(db)
    assert not results.everyone
    assert [(c.name, c.ratings) for c in results.by_coach] == [("김코치", 2)]
    assert results.overall.ratings == 2
    assert [c.coach for c in results.comments] == ["김코치"]
    assert {p.name: p.ratings for p in results.by_programme} == {"R&D 현장코칭": 2, "수출 코칭": 0}


def test_nothing_rated_yet_shows_dashes_not_zeros(db: Database) -> None:
    results = satisfaction_results(db)
    assert results.overall.ratings == 0 and shown_mean(results.overall.mean) == "—"
    assert [(c.name, c.ratings, c.mean) for c in results.by_coach] == [("김코치", 0, None)]
