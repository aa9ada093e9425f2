import datetime as dt
import uuid

from coach_app.domain import follow_up as fu

TODAY = dt.date(2026, 11, 25)  # a Wednesday


def test_a_difficulty_is_due_sooner_the_more_severe_it_is() -> None:
    raised = dt.date(2026, 11, 1)
    assert fu.difficulty_due(raised, "critical") == dt.date(2026, 11, 8)
    assert fu.difficulty_due(raised, "high") == dt.date(2026, 11, 15)
    assert fu.difficulty_due(raised, "medium") == dt.date(2026, 12, 1)
    assert fu.difficulty_due(raised, "low") == dt.date(2026, 12, 31)
    assert fu.difficulty_due(raised, "nonsense") == dt.date(2026, 12, 1)  # as medium
    assert fu.difficulty_due(raised, "low", dt.date(2026, 11, 3)) == dt.date(2026, 11, 3)


def test_a_measure_is_due_on_its_date_or_a_month_after_its_decision() -> None:
    recorded = dt.date(2026, 10, 1)
    assert fu.measure_due(dt.date(2026, 12, 24), None, recorded) == dt.date(2026, 12, 24)
    assert fu.measure_due(None, dt.date(2026, 11, 2), recorded) == dt.date(2026, 12, 2)
    assert fu.measure_due(None, None, recorded) == dt.date(2026, 10, 31)


def test_a_roadmap_item_is_due_at_its_end() -> None:
    recorded = dt.date(2026, 1, 1)
    assert fu.item_due(dt.date(2026, 6, 30), dt.date(2026, 3, 1), recorded) == dt.date(2026, 6, 30)
    assert fu.item_due(None, dt.date(2026, 3, 1), recorded) == dt.date(2026, 5, 30)
    assert fu.item_due(None, None, recorded) == dt.date(2026, 4, 1)


def test_the_coming_days_are_today_and_the_six_after_it_even_on_a_sunday() -> None:
    assert fu.next_days(TODAY) == (TODAY, dt.date(2026, 12, 1))
    sunday = dt.date(2026, 11, 29)
    assert fu.next_days(sunday) == (sunday, dt.date(2026, 12, 5))


def test_a_coach_looks_after_their_own_follow_ups_a_supervisor_everyones() -> None:
    from coach_app.domain.roles import Role

    person = uuid.uuid4()
    assert fu.in_charge(Role.COACH, person) == person
    assert fu.in_charge(Role.SUPERVISOR, person) is None
    assert fu.in_charge(Role.ADMIN, person) is None


def _due(day: dt.date, company: str = "가") -> fu.FollowUp:
    return fu.FollowUp(
        fu.FollowUpKind.DIFFICULTY,
        uuid.uuid4(),
        uuid.uuid4(),
        company,
        "x",
        dt.date(2026, 10, 1),
        day,
    )


def test_overdue_from_the_day_after_due_and_coming_for_seven_days() -> None:
    yesterday, today, sunday, seventh, eighth = (
        dt.date(2026, 11, 24),
        TODAY,
        dt.date(2026, 11, 29),
        dt.date(2026, 12, 1),
        dt.date(2026, 12, 2),
    )
    items = [
        _due(eighth),
        _due(seventh),
        _due(sunday),
        _due(today),
        _due(yesterday),
        _due(dt.date(2026, 9, 1)),
    ]
    overdue, coming = fu.sort_out(items, TODAY)
    assert [f.due_on for f in overdue] == [dt.date(2026, 9, 1), yesterday]
    assert [f.due_on for f in coming] == [today, sunday, seventh]
    assert overdue[0].days_late(TODAY) == 85
    assert overdue[0].age(TODAY) == 55


def test_a_due_date_set_by_the_coach_wins_over_the_rule_and_follows_the_visit() -> None:
    from coach_app.domain.difficulty import DifficultyDraft
    from coach_app.domain.visit import VisitDraft

    raised = dt.date(2026, 11, 1)
    chosen = dt.date(2027, 2, 1)  # later than any rule would give
    assert fu.difficulty_due(raised, "critical", chosen) == chosen
    draft = DifficultyDraft("funding", "운전자금 부족", "critical", due_on=chosen)
    assert not draft.problems(raised)
    early = DifficultyDraft("funding", "운전자금 부족", due_on=raised - dt.timedelta(days=1))
    assert [(p.field, p.code) for p in early.problems(raised)] == [("due_on", "due_before_raised")]
    visit = VisitDraft(raised, difficulties=[early])
    assert [p.field for p in visit.problems(raised)] == ["difficulties[0].due_on"]
