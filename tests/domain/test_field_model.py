"""Programme plans, meetings and measures say what is wrong before anything is saved."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from coach_app.domain.meeting import MeasureDraft, MeetingCompany, MeetingDraft
from coach_app.domain.organisation import OrganisationDraft, id_for_name
from coach_app.domain.programme import FundSource, ProgrammePlan, YearBudget
from coach_app.domain.roadmap import Stage


def _codes(problems: list[Any]) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in problems}


def test_a_four_year_plan_of_fourteen_eok() -> None:
    plan = ProgrammePlan(
        dt.date(2019, 1, 1),
        dt.date(2022, 12, 31),
        [
            YearBudget(y, s, a)
            for y in range(2019, 2023)
            for s, a in (("국비", 2), ("시비·도비", 1))
        ],
    )
    assert plan.problems() == []  # sources by their labels too
    assert plan.total == 12


def test_a_plan_refuses_years_outside_its_period_twice_the_same_source_and_bad_money() -> None:
    plan = ProgrammePlan(
        dt.date(2019, 1, 1),
        dt.date(2020, 12, 31),
        [
            YearBudget(2021, "national", 1),
            YearBudget(2019, "local", 1),
            YearBudget(2019, "local", 2),
            YearBudget(2019, "gold", -1),
        ],
        target_visits=-1,
    )
    assert _codes(plan.problems()) == {
        ("budgets", "year_outside"),
        ("budgets", "duplicate_budget"),
        ("budgets", "unknown_choice"),
        ("budgets", "not_negative"),
        ("target_visits", "not_negative"),
    }
    assert _codes(ProgrammePlan(dt.date(2020, 1, 1), dt.date(2019, 1, 1)).problems()) == {
        ("ends_on", "date_order")
    }


def test_a_meeting_needs_a_date_a_title_and_companies_once_each() -> None:
    company = uuid.uuid4()
    draft = MeetingDraft(None, " ", companies=[MeetingCompany(company), MeetingCompany(company)])
    assert _codes(draft.problems()) == {
        ("held_on", "required"),
        ("title", "required"),
        ("companies", "duplicate_company"),
    }
    assert _codes(MeetingDraft(dt.date(2019, 4, 22), "간담회").problems()) == {
        ("companies", "required")
    }


def test_a_measure_in_integer_won_from_a_known_source() -> None:
    good = MeasureDraft("특례보증", amount=2_000_000_000, source="융자", status="확정")
    assert good.problems() == []
    bad = MeasureDraft(
        "", amount=-5, source="금고", status="완료", decided_on=dt.date(2019, 5, 1),
        due_on=dt.date(2019, 4, 1),
    )  # fmt: skip
    assert _codes(bad.problems()) == {
        ("title", "required"),
        ("amount", "not_negative"),
        ("source", "unknown_choice"),
        ("due_on", "date_order"),
        ("done_on", "required"),
    }


def test_organisations_and_the_new_choices() -> None:
    assert OrganisationDraft("광주은행", "금융기관").problems() == []
    assert {p.field for p in OrganisationDraft("", "시장", "전화").problems()} == {
        "name",
        "kind",
        "phone",
    }
    # The same name gives the same organisation on every laptop and on the server.
    assert id_for_name(" 광주테크노파크") == id_for_name("광주테크노파크")
    assert Stage.parse("스마트공장·디지털화") is Stage.SMART_FACTORY
    assert FundSource.parse("융자") is FundSource.LOAN
