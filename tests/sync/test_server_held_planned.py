"""Writes that went through over psql with the person's own login until server 0017: a
planned visit signed, reviewed, rated or followed up at, a held one made a plan again,
dates out of order.

Each runs against the matrix's database (its rows and logins) plus a few visits of kim's
written once here, in a transaction rolled back, as the matrix does.
"""

# ruff: noqa: F811
from __future__ import annotations

import uuid
from typing import Any

import psycopg
import pytest

from tests.sync.test_server_gaps import refused, tried
from tests.sync.test_server_matrix import _DIFFICULTY, INSERTS, Scene, scene  # noqa: F401

_VISIT = INSERTS["visits@open"]


def _dated(name: str, days: int) -> str:
    return _VISIT.replace("%(fresh)s", f"%({name})s").replace(
        "current_date,", f"current_date + {days},"
    )


@pytest.fixture(scope="module")
def kims(scene: Scene) -> dict[str, Any]:
    """kim's plan in three days, a visit held five days ago with a difficulty, another
    without anything, and a visit reviewed today."""
    ids = {k: uuid.uuid4() for k in ("plan", "held", "bare", "rev2", "D_held")}
    params = {**scene.ids, **ids}
    with psycopg.connect(scene.url, user=scene.logins["coach"], autocommit=True) as kim:
        kim.execute(_dated("plan", 3), params)
        kim.execute(_dated("held", -5), params)
        kim.execute(_dated("bare", -5), params)
        kim.execute(_dated("rev2", 0), params)
        kim.execute(_DIFFICULTY.format("held").replace("%(fresh)s", "%(D_held)s"), params)
    with psycopg.connect(scene.url, user=scene.logins["super"], autocommit=True) as sup:
        sup.execute("UPDATE coach.visits SET reviewed_at = now() WHERE id = %s", (ids["rev2"],))
    return ids


def test_a_signature_is_of_a_held_visit_at_a_time_that_came(
    scene: Scene, kims: dict[str, Any]
) -> None:
    signature = INSERTS["visit_signatures"]  # of my_visit: V_open, dated today
    at = "'대표', now(),"
    assert tried(scene, "coach", signature) == "ok"
    later = signature.replace(at, "'대표', now() + interval '1 hour',")
    refused(scene, "coach", later, match="future")
    refused(
        scene, "coach", signature.replace(at, "'대표', now() - interval '3 days',"),
        match="before its day",
    )  # fmt: skip
    # A laptop's local day begins before the server's.
    earlier = signature.replace(at, "'대표', now() - interval '12 hours',")
    assert tried(scene, "coach", earlier) == "ok"
    refused(scene, "coach", signature, match="signed only once", my_visit=kims["plan"])
    tomorrow = uuid.uuid4()
    assert tried(scene, "coach", _dated("t", 1), signature, my_visit=tomorrow, t=tomorrow) == "ok"


def test_a_planned_visit_is_not_reviewed(scene: Scene, kims: dict[str, Any]) -> None:
    review = "UPDATE coach.visits SET reviewed_at = now() WHERE id = %(x)s"
    for role in ("super", "admin"):
        refused(scene, role, review, match="reviewed only once", x=kims["plan"])
        assert tried(scene, role, review, x=kims["bare"]) == "ok"


def test_nothing_is_followed_up_at_a_plan(scene: Scene, kims: dict[str, Any]) -> None:
    change = INSERTS["status_changes"]
    refused(scene, "coach", change, match="took place", my_visit=kims["plan"])
    followed = (
        "UPDATE coach.difficulties SET status = 'in_progress', followed_up_visit_id = %(plan)s"
        " WHERE id = %(D_open)s"
    )
    refused(scene, "coach", followed, match="took place", plan=kims["plan"])
    noted = _DIFFICULTY.format("plan")
    refused(
        scene, "coach", noted.replace("'open'", "'resolved'"), match="open", plan=kims["plan"]
    )  # fmt: skip
    # What the app writes for a difficulty noted on a plan: it, and its first status there.
    first = (
        change.replace("%(D_open)s", "%(fresh)s")
        .replace("%(fresh)s, %(A)s", "%(sc)s, %(A)s", 1)
        .replace("'in_progress'", "'open'")
        .replace("current_date", "current_date + 3")
    )
    at_plan = dict(plan=kims["plan"], my_visit=kims["plan"])
    assert tried(scene, "coach", noted, first, **at_plan, sc=uuid.uuid4()) == "ok"
    refused(
        scene, "coach", noted, first.replace("'open'", "'in_progress'"), match="future",
        plan=kims["plan"], my_visit=kims["plan"], sc=uuid.uuid4(),
    )  # fmt: skip
    # Dated later than the plan's day, it is still in the future.
    refused(
        scene, "coach", noted, first.replace("current_date + 3", "current_date + 9"),
        match="future", plan=kims["plan"], my_visit=kims["plan"], sc=uuid.uuid4(),
    )  # fmt: skip


def test_a_held_visit_with_records_does_not_become_a_plan(
    scene: Scene, kims: dict[str, Any]
) -> None:
    moved = "UPDATE coach.visits SET visit_date = current_date + 3 WHERE id = %(x)s"
    refused(scene, "coach", moved, match="cannot become a plan", x=kims["held"])
    assert tried(scene, "coach", moved, x=kims["bare"]) == "ok"
    # A plan moved into the past was held: the normal way.
    earlier = "UPDATE coach.visits SET visit_date = current_date - 1 WHERE id = %(x)s"
    assert tried(scene, "coach", earlier, x=kims["plan"]) == "ok"
    # Its difficulty withdrawn in the same write, it moves.
    gone = "UPDATE coach.difficulties SET deleted_at = now() WHERE id = %(D_held)s"
    assert tried(scene, "coach", gone, moved, deferred=True, x=kims["held"], **kims) == "ok"


def test_a_follow_up_is_at_the_coach_s_own_visit_not_before_raised(
    scene: Scene, kims: dict[str, Any]
) -> None:
    change = INSERTS["status_changes"]
    # kim's own difficulty, cited at the other coach's visit of the same company.
    refused(scene, "coach", change, match="a visit of your own", my_visit=scene.ids["V_co"])
    assert tried(scene, "co", change, my_visit=scene.ids["V_co"]) == "ok"
    held = change.replace("%(D_open)s", "%(D_held)s")
    refused(
        scene, "coach", held.replace("current_date", "current_date - 6"),
        match="before the difficulty was raised", **kims,
    )  # fmt: skip
    assert tried(scene, "coach", held.replace("current_date", "current_date - 5"), **kims) == "ok"


def test_a_figure_is_confirmed_after_it_was_written(scene: Scene) -> None:
    early = INSERTS["impact_figures:confirmed"].replace(
        "now(), %(forged)s", "now() - interval '1 day', NULL"
    )
    refused(scene, "coach", early, match="before it was written")
    confirm = (
        "UPDATE coach.impact_figures SET confirmed_name = '박대표', confirmed_at = {}"
        " WHERE id = %(F_open)s"
    )
    before = confirm.format("created_at - interval '1 hour'")
    refused(scene, "coach", before, match="before it was written")
    assert tried(scene, "coach", confirm.format("now()")) == "ok"


def test_a_rating_is_dated_between_the_visit_and_its_review(
    scene: Scene, kims: dict[str, Any]
) -> None:
    rating = INSERTS["satisfaction_ratings"]
    at = "'', now(),"
    refused(
        scene, "coach", rating.replace(at, "'', now() - interval '7 days',"),
        match="before the visit", my_visit=kims["held"],
    )  # fmt: skip
    assert tried(scene, "coach", rating, my_visit=kims["held"]) == "ok"
    # Reviewed: a rating given before the review and synced late is genuine.
    before = "'', (SELECT reviewed_at FROM coach.visits WHERE id = %(rev2)s) - interval '1 minute',"
    assert tried(scene, "coach", rating.replace(at, before), my_visit=kims["rev2"], **kims) == "ok"
    refused(scene, "coach", rating, match="before its review", my_visit=kims["rev2"])


def test_company_numbers_and_due_dates_are_sane(scene: Scene, kims: dict[str, Any]) -> None:
    company = "UPDATE coach.companies SET {} WHERE id = %(A)s"
    for role in ("super", "admin"):
        for change in ("employees = -1", "revenue = -1"):
            refused(scene, role, company.format(change), match="ck_companies_not_negative")
        assert tried(scene, role, company.format("employees = 0, revenue = 0")) == "ok"
    due = "UPDATE coach.difficulties SET due_on = current_date {} WHERE id = %(D_held)s"
    refused(scene, "coach", due.format("- 6"), match="not due before", **kims)
    assert tried(scene, "coach", due.format("- 5"), **kims) == "ok"
    noted = _DIFFICULTY.format("held").replace("severity,", "severity, due_on,")
    noted = noted.replace("'high',", "'high', current_date - 9,")
    refused(scene, "coach", noted, match="not due before", **kims)


def test_a_supervisor_sets_a_meeting_difficulty_s_due_date(scene: Scene) -> None:
    due = "UPDATE coach.difficulties SET due_on = current_date + 7 WHERE id = %(D_meet)s"
    for role in ("super", "admin"):
        assert tried(scene, role, due) == "ok"
    # Still not a coach's difficulty.
    refused(scene, "super", due.replace("D_meet", "D_open"))
