"""A meeting and its measures travel from a supervisor's laptop to the coaches' laptops,
and the server keeps a coach's measures to the companies assigned to them."""

from __future__ import annotations

import datetime as dt
import uuid

import psycopg
import pytest

from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.meeting import Attendee, MeasureDraft, MeetingCompany, MeetingDraft
from coach_app.domain.organisation import OrganisationDraft
from coach_app.domain.programme import Participant, ProgrammePlan, YearBudget
from coach_app.services.meetings import (
    delete_measure,
    measures_for_company,
    meeting_view,
    record_measure,
    record_meeting,
    stored_meeting,
    update_meeting,
)
from coach_app.services.programmes import create_organisation, plan_programme, programme_view
from coach_app.services.visits import difficulties_of, visits_of
from tests.sync.conftest import Agency, settle
from tests.sync.test_sync_flow import assert_same_where_both_see, assign, tables

EOK = 100_000_000


def test_a_meeting_with_measures_reaches_the_assigned_coach(agency: Agency) -> None:
    settle(agency.admin)  # the users, before assigning them
    assign(agency, agency.kim, 0)
    assign(agency, agency.kim, 1)
    assign(agency, agency.lee, 2)
    settle(agency.admin)
    for laptop in (agency.supervisor, agency.kim, agency.lee):
        settle(laptop)
    sup = agency.supervisor.db
    c0, c1, c2 = agency.companies[:3]
    city = create_organisation(sup, OrganisationDraft("광주광역시", "government"))
    bank = create_organisation(sup, OrganisationDraft("광주신용보증재단", "bank"))
    plan_programme(
        sup,
        agency.programme,
        ProgrammePlan(
            dt.date(2026, 1, 1),
            dt.date(2029, 12, 31),
            [YearBudget(2026, "national", 2 * EOK), YearBudget(2026, "local", 150_000_000)],
            target_visits=15,
            participants=[Participant(city, "총괄"), Participant(bank, "금융")],
        ),
        lead_id=city,
    )
    recorded = record_meeting(
        sup,
        MeetingDraft(
            dt.date.today(),
            "뿌리산업 현장 간담회",
            place="시청",
            programme_id=agency.programme,
            organiser_id=city,
            attendees=[Attendee("시장", organisation_id=city)],
            companies=[
                MeetingCompany(c0, [DifficultyDraft("funding", "운전자금 부족")]),
                MeetingCompany(c1),
                MeetingCompany(c2, [DifficultyDraft("funding", "보증 한도 소진")]),
            ],
        ),
    )
    shared = record_measure(
        sup,
        MeasureDraft(
            "특례보증 확대",
            amount=20 * EOK,
            source="local",
            status="decided",
            meeting_id=recorded.meeting_id,
            organisation_id=bank,
            difficulty_ids=[*recorded.difficulties[c0], *recorded.difficulties[c2]],
        ),
    )
    settle(agency.supervisor)
    settle(agency.kim)
    settle(agency.lee)

    kim = agency.kim.db
    # The meeting, its organisations and the programme's plan are on kim's laptop…
    seen = meeting_view(kim, recorded.meeting_id)
    assert seen.title == "뿌리산업 현장 간담회" and seen.organiser == "광주광역시"
    assert programme_view(kim, agency.programme).total == 350_000_000
    # …with the parts of kim's companies only, and their difficulties.
    assert {c.company_id for c in seen.companies} == {c0, c1}
    assert [v.meeting_id for v in visits_of(kim, c0)] == [recorded.meeting_id]
    assert [d.description for d in difficulties_of(kim, c0)] == ["운전자금 부족"]
    assert visits_of(kim, c2) == []
    # The shared measure answers kim's company: it is in that company's history.
    assert [(m.id, m.amount) for m in measures_for_company(kim, c0)] == [(shared, 20 * EOK)]
    assert [m.title for m in meeting_view(agency.lee.db, recorded.meeting_id).measures] == [
        "특례보증 확대"
    ]

    # kim answers a difficulty of an assigned company with a measure of its own.
    own = record_measure(
        kim,
        MeasureDraft(
            "운전자금 컨설팅",
            amount=3_000_000,
            source="national",
            company_id=c0,
            difficulty_ids=list(recorded.difficulties[c0]),
        ),
    )
    report = settle(agency.kim)
    assert (report.rejected, report.new_conflicts) == (0, 0)
    settle(agency.supervisor)
    settle(agency.lee)
    assert own in {m.id for m in measures_for_company(sup, c0)}
    assert own not in {r for r in tables(agency.lee.db)["measures"]}  # not lee's company
    for a, b in ((kim, sup), (agency.lee.db, sup)):
        assert_same_where_both_see(a, b)


def test_a_coach_writes_no_measure_outside_their_companies(agency: Agency) -> None:
    """Through plain SQL with the coach's own login, as the app would and worse."""
    settle(agency.admin)
    assign(agency, agency.kim, 0)
    assign(agency, agency.lee, 1)
    settle(agency.admin)
    sup = agency.supervisor
    settle(sup)
    recorded = record_meeting(
        sup.db,
        MeetingDraft(
            dt.date.today(),
            "간담회",
            companies=[
                MeetingCompany(agency.companies[0], [DifficultyDraft("funding", "자금")]),
                MeetingCompany(agency.companies[1], [DifficultyDraft("manpower", "인력")]),
            ],
        ),
    )
    settle(sup)
    (mine,) = recorded.difficulties[agency.companies[0]]
    (theirs,) = recorded.difficulties[agency.companies[1]]
    insert = (
        "INSERT INTO coach.measures (id, company_id, title, description, status,"
        " difficulty_ids, created_at, updated_at) VALUES (%s, %s, '조치', '', 'planned',"
        " jsonb_build_array(%s::text), now(), now())"
    )
    with agency.server.as_user(agency.kim.login) as kim:
        # For an assigned company, answering its own difficulty: taken.
        kim.execute(insert, (uuid.uuid4(), agency.companies[0], str(mine)))
        # For lee's company.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            kim.execute(insert, (uuid.uuid4(), agency.companies[1], str(theirs)))
        # For no company (a shared measure is the supervisors').
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            kim.execute(insert, (uuid.uuid4(), None, str(mine)))
        # For kim's company, but answering lee's company's difficulty.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            kim.execute(insert, (uuid.uuid4(), agency.companies[0], str(theirs)))
        # Nor can a coach record a meeting.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            kim.execute(
                "INSERT INTO coach.meetings (id, held_on, title, place, notes, attendees,"
                " created_at, updated_at) VALUES (%s, current_date, 'x', '', '', '[]', now(),"
                " now())",
                (uuid.uuid4(),),
            )
        counted = kim.execute("SELECT count(*) FROM coach.measures").fetchone()
    assert counted == (1,)


def test_a_corrected_meeting_reaches_the_coach(agency: Agency) -> None:
    """The supervisor corrects the meeting (place, a difficulty reworded, one withdrawn, a
    company added) and deletes a measure: the server takes it all, kim's laptop shows it."""
    settle(agency.admin)
    assign(agency, agency.kim, 0)
    assign(agency, agency.kim, 1)
    settle(agency.admin)
    for laptop in (agency.supervisor, agency.kim):
        settle(laptop)
    sup, kim = agency.supervisor.db, agency.kim.db
    c0, c1 = agency.companies[:2]
    recorded = record_meeting(
        sup,
        MeetingDraft(
            dt.date.today(),
            "현장 간담회",
            place="시청",
            companies=[
                MeetingCompany(
                    c0,
                    [
                        DifficultyDraft("funding", "운전자금 부족"),
                        DifficultyDraft("manpower", "구인난"),
                    ],
                )
            ],
        ),
    )
    measure = record_measure(
        sup,
        MeasureDraft(
            "특례보증",
            meeting_id=recorded.meeting_id,
            difficulty_ids=[recorded.difficulties[c0][0]],
        ),
    )
    settle(agency.supervisor)
    settle(agency.kim)
    draft = stored_meeting(sup, recorded.meeting_id)
    draft.place = "평동산단"
    part = draft.companies[0]
    part.difficulties[0].description = "운전자금 부족 (3억원)"
    part.difficulties, part.stored = part.difficulties[:1], part.stored[:1]
    draft.companies.append(MeetingCompany(c1, [DifficultyDraft("technology", "금형 설계")]))
    update_meeting(sup, recorded.meeting_id, draft)
    delete_measure(sup, measure)
    report = settle(agency.supervisor)
    assert (report.rejected, report.new_conflicts) == (0, 0)
    settle(agency.kim)
    seen = meeting_view(kim, recorded.meeting_id)
    assert seen.place == "평동산단" and seen.measures == ()
    assert {c.company_id: [d.description for d in c.difficulties] for c in seen.companies} == {
        c0: ["운전자금 부족 (3억원)"],
        c1: ["금형 설계"],
    }
    assert_same_where_both_see(kim, sup)
