"""Writes that went through over psql with the person's own login until server 0014.

Each runs against the matrix's database (its rows and logins), in a transaction rolled
back with constraints checked at once, as the matrix does.
"""

# ruff: noqa: F811
from __future__ import annotations

import uuid
from typing import Any

import psycopg

# The matrix's own fixture: tests take it as ``scene``, which ruff reads as a redefinition.
from tests.sync.test_server_matrix import _DIFFICULTY, INSERTS, Scene, scene  # noqa: F401

REFUSED = (
    psycopg.errors.InsufficientPrivilege,
    psycopg.errors.RaiseException,
    psycopg.errors.CheckViolation,
    psycopg.errors.UniqueViolation,
)
ANSWERS = '{"overall": 5, "expertise": 4, "usefulness": 5, "communication": 4, "follow_up": 3}'


def tried(scene: Scene, role: str, *statements: str, deferred: bool = False, **extra: Any) -> str:
    """Run the statements as ``role``: "ok", or the refusal's message.

    ``deferred``: the checks deferred to commit run after the last statement.
    """
    session = scene.sessions[role]
    params = {**scene.ids, "fresh": uuid.uuid4(), "my_visit": scene.ids["V_open"], **extra}
    immediate = "SET CONSTRAINTS ALL IMMEDIATE"
    try:
        with session.transaction(force_rollback=True):
            if not deferred:
                session.execute(immediate)
            for statement in statements:
                session.execute(statement, params)
            session.execute(immediate)
    except REFUSED as error:
        return str(error)
    return "ok"


def refused(scene: Scene, role: str, *statements: str, match: str = "", **extra: Any) -> None:
    outcome = tried(scene, role, *statements, **extra)
    assert outcome != "ok"
    assert match in outcome


def test_a_coach_links_no_visit_to_a_meeting(scene: Scene) -> None:
    link = "UPDATE coach.visits SET meeting_id = %(MT)s WHERE id = %(V_open)s"
    refused(scene, "coach", link, match="does not record meetings")
    refused(scene, "coach", INSERTS["visits:meeting"], match="does not record meetings")
    # The coach's other changes to their visit still go through.
    assert tried(scene, "coach", "UPDATE coach.visits SET place = 'x' WHERE id = %(V_open)s") == (
        "ok"
    )


def test_a_supervisor_corrects_no_coach_visit_linked_to_a_meeting(scene: Scene) -> None:
    """A coach's visit linked to a meeting before 0014 stays the coach's."""
    ids = scene.ids
    visit, difficulty = uuid.uuid4(), uuid.uuid4()
    with psycopg.connect(scene.url, user=scene.logins["coach"], autocommit=True) as kim:
        kim.execute(INSERTS["visits@open"], {**ids, "fresh": visit})
        kim.execute(_DIFFICULTY.format("V_x"), {**ids, "fresh": difficulty, "V_x": visit})
    meeting = uuid.uuid4()
    with psycopg.connect(scene.url, user=scene.logins["super"], autocommit=True) as sup:
        sup.execute(INSERTS["meetings"], {**ids, "fresh": meeting})
    with psycopg.connect(scene.url, user="postgres", autocommit=True) as owner:
        # As a row written before 0014.
        owner.execute("UPDATE coach.visits SET meeting_id = %s WHERE id = %s", (meeting, visit))
    for role in ("super", "admin"):
        refused(scene, role, "UPDATE coach.visits SET notes = 'x' WHERE id = %(x)s", x=visit)
        refused(
            scene, role, "UPDATE coach.difficulties SET description = 'x' WHERE id = %(x)s",
            x=difficulty,
        )  # fmt: skip
        # The meeting's own visit is still corrected.
        assert tried(scene, role, "UPDATE coach.visits SET notes = 'x' WHERE id = %(V_meet)s") == (
            "ok"
        )


def test_a_supervisor_records_changes_only_of_meeting_difficulties(scene: Scene) -> None:
    at_meeting = INSERTS["status_changes:meeting"]
    # kim's difficulty, at the meeting's visit.
    refused(scene, "super", at_meeting.replace("D_meet", "D_open"), match="of a meeting")
    assert tried(scene, "super", at_meeting) == "ok"


def test_a_status_change_holds_a_known_status_and_a_day_that_came(scene: Scene) -> None:
    change = INSERTS["status_changes"]
    refused(scene, "coach", change.replace("'in_progress'", "'bogus'"), match="ck_status")
    refused(scene, "coach", change.replace("current_date", "current_date + 2"), match="future")
    assert tried(scene, "coach", change.replace("current_date", "current_date + 1")) == "ok"
    assert tried(scene, "coach", change.replace("'in_progress'", "'done'")) == "ok"


def test_a_confirmed_figure_changes_in_nothing(scene: Scene) -> None:
    update = "UPDATE coach.impact_figures SET {} WHERE id = %(F_conf)s"
    for change in ("note = 'x'", "source = 'document'", "deleted_at = now()"):
        for role in ("coach", "super"):
            refused(scene, role, update.format(change))
    withdrawn = "confirmed_at = NULL, confirmed_name = NULL, note = 'x', deleted_at = now()"
    assert tried(scene, "coach", update.format(withdrawn)) == "ok"


def test_one_live_figure_per_year_and_metric_of_a_past_year(scene: Scene) -> None:
    figure = INSERTS["impact_figures@open"]
    refused(scene, "coach", figure.replace("2025", "2023"), match="uq_impact_figures_live")
    assert tried(scene, "coach", figure) == "ok"
    refused(
        scene, "coach",
        figure.replace("2025", "extract(year FROM current_date)::int + 2"), match="next year",
    )  # fmt: skip
    assert (
        tried(scene, "coach", figure.replace("2025", "extract(year FROM current_date)::int + 1"))
        == "ok"
    )
    future = INSERTS["impact_figures:confirmed"].replace(
        "now(), %(forged)s", "now() + '1 day', NULL"
    )
    refused(scene, "coach", future, match="future")


def test_a_rating_answers_every_question_of_a_visit_that_took_place(scene: Scene) -> None:
    rating = INSERTS["satisfaction_ratings"]  # of my_visit: V_open, not rated yet
    assert tried(scene, "coach", rating) == "ok"
    refused(scene, "coach", rating.replace(ANSWERS, '{"overall": 5}'), match="questions")
    extra = ANSWERS.replace("}", ', "price": 3}')
    refused(scene, "coach", rating.replace(ANSWERS, extra), match="questions")
    refused(scene, "coach", rating.replace("'', now(),", "'', now() + '1 day',"), match="future")
    refused(
        scene, "coach",
        "UPDATE coach.visits SET visit_date = current_date + 3 WHERE id = %(V_open)s", rating,
        match="took place",
    )  # fmt: skip
    refused(
        scene, "coach",
        "UPDATE coach.visits SET deleted_at = now() WHERE id = %(V_open)s", rating,
        match="took place",
    )  # fmt: skip


def test_a_measure_holds_known_values(scene: Scene) -> None:
    measure = INSERTS["measures@company"]
    assert tried(scene, "coach", measure) == "ok"
    refused(scene, "coach", measure.replace("'decided'", "'bogus'"), match="ck_measures_status")
    with_more = measure.replace("status, ", "status, source, amount, decided_on, done_on, ")
    good = with_more.replace("'decided',", "'decided', 'loan', 5, current_date, current_date,")
    assert tried(scene, "coach", good) == "ok"
    refused(scene, "coach", good.replace("'loan'", "'lottery'"), match="ck_measures_source")
    refused(scene, "coach", good.replace(" 5,", " 10000000000000000,"), match="ck_measures_amount")
    late = good.replace("current_date, current_date,", "current_date, current_date - 1,")
    refused(scene, "coach", late, match="ck_measures_dates")


def test_a_meeting_visit_is_on_the_day_of_its_meeting(scene: Scene) -> None:
    moved = "UPDATE coach.visits SET visit_date = current_date - 1 WHERE id = %(V_meet)s"
    held = "UPDATE coach.meetings SET held_on = current_date - 1 WHERE id = %(MT)s"
    for role in ("super", "admin"):
        refused(scene, role, moved, match="day the meeting was held")
        refused(scene, role, held, deferred=True, match="day the meeting was held")
        # The app's correction: the meeting and its visits move together.
        every = moved.replace("id = %(V_meet)s", "meeting_id = %(MT)s")
        assert tried(scene, role, held, every, deferred=True) == "ok", role


def test_a_correction_withdraws_nothing_a_measure_answers(scene: Scene) -> None:
    answered = INSERTS["measures@shared"].replace("D_open", "D_meet")
    withdrawn = "UPDATE coach.difficulties SET deleted_at = now() WHERE id = %(D_meet)s"
    gone = "UPDATE coach.visits SET deleted_at = now() WHERE id = %(V_meet)s"
    refused(scene, "super", answered, withdrawn, match="answered by a measure")
    refused(scene, "super", answered, gone, match="answered by a measure")
    assert tried(scene, "super", withdrawn) == "ok"
    assert tried(scene, "super", withdrawn, gone) == "ok"
    dropped = "UPDATE coach.measures SET deleted_at = now() WHERE difficulty_ids ? %(D_meet)s::text"
    assert tried(scene, "super", answered, dropped, withdrawn) == "ok"


def test_a_correction_withdraws_no_difficulty_followed_up(scene: Scene) -> None:
    """Last: it leaves a followed-up difficulty at the meeting's visit."""
    ids = scene.ids
    difficulty = uuid.uuid4()
    with psycopg.connect(scene.url, user=scene.logins["super"], autocommit=True) as sup:
        sup.execute(INSERTS["difficulties:meeting"], {**ids, "fresh": difficulty})
    with psycopg.connect(scene.url, user=scene.logins["coach"], autocommit=True) as kim:
        kim.execute(
            "UPDATE coach.difficulties SET status = 'in_progress', followed_up_visit_id = %s"
            " WHERE id = %s",
            (ids["V_open"], difficulty),
        )
    withdrawn = "UPDATE coach.difficulties SET deleted_at = now() WHERE id = %(x)s"
    refused(scene, "super", withdrawn, match="followed up", x=difficulty)
    refused(
        scene, "super", "UPDATE coach.visits SET deleted_at = now() WHERE id = %(V_meet)s",
        match="followed up",
    )  # fmt: skip
    # Its wording is still corrected.
    assert (
        tried(
            scene,
            "super",
            withdrawn.replace("deleted_at = now()", "description = 'x'"),
            x=difficulty,
        )
        == "ok"
    )
