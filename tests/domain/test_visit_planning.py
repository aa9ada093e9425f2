"""A visit dated after today is a planned visit: never the latest visit held."""

import datetime as dt
from dataclasses import dataclass

from coach_app.domain.messages import set_language
from coach_app.domain.visit import VisitDraft, is_planned, latest_held

TODAY = dt.date(2026, 11, 29)


@dataclass
class Dated:
    visit_date: dt.date


def test_a_visit_after_today_is_planned() -> None:
    assert is_planned(TODAY + dt.timedelta(days=1), TODAY)
    assert not is_planned(TODAY, TODAY)
    assert not is_planned(TODAY - dt.timedelta(days=400), TODAY)


def test_the_latest_visit_held_skips_planned_ones() -> None:
    newest_first = [Dated(dt.date(2027, 3, 1)), Dated(TODAY), Dated(dt.date(2026, 10, 1))]
    assert latest_held(newest_first, TODAY) is newest_first[1]
    assert latest_held([Dated(dt.date(2027, 3, 1))], TODAY) is None


def test_a_visit_planned_too_far_ahead_is_refused_with_the_last_date_allowed() -> None:
    (problem,) = VisitDraft(dt.date(2028, 1, 5)).problems(TODAY)
    assert problem.code == "beyond_planning_horizon"
    assert (
        str(problem)
        == "방문일: 방문 계획은 1년 안의 날짜만 받습니다 (2027-11-30까지). 날짜를 확인하세요."
    )
    set_language("en")
    assert "at most a year ahead (until 2027-11-30)" in str(problem)
    assert VisitDraft(dt.date(2027, 6, 1)).problems(TODAY) == []
