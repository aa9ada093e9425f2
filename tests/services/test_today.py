import datetime as dt
import uuid

from coach_app.domain.company import CompanyDraft
from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.follow_up import FollowUpKind
from coach_app.domain.meeting import MeasureDraft
from coach_app.domain.review import RoadmapStatus
from coach_app.domain.visit import VisitDraft
from coach_app.services import drafts
from coach_app.services import roadmaps as rm
from coach_app.services.companies import create_company
from coach_app.services.meetings import record_measure
from coach_app.services.people import UserDraft, create_user
from coach_app.services.today import today_overview
from coach_app.services.visits import record_visit
from coach_app.store.database import Database
from coach_app.store.models import (
    Assignment,
    Company,
    Difficulty,
    Measure,
    Programme,
    Roadmap,
    Visit,
)

TODAY = dt.date(2026, 11, 25)  # a Wednesday; the next seven days run to 1 December


def _visit(day: dt.date, *difficulties: DifficultyDraft) -> VisitDraft:
    return VisitDraft(
        visit_date=day, place="공장", attendees="", purpose=f"{day} 방문", notes="",
        difficulties=list(difficulties),
    )  # fmt: skip


def test_the_day_lists_visits_follow_ups_returned_roadmaps_and_drafts(db: Database) -> None:
    hanbit = create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998"))
    daeyang = create_company(db, CompanyDraft(name="대양산업", brn="220-81-62517"))
    # Raised 40 days ago: critical (due +7) and medium (+30) overdue; low (+60) not yet.
    record_visit(
        db,
        hanbit,
        _visit(
            TODAY - dt.timedelta(days=40),
            DifficultyDraft("funding", "운전자금 부족", "critical"),
            DifficultyDraft("ip", "특허 출원 비용", "medium"),
            DifficultyDraft("other", "먼 일", "low"),
            DifficultyDraft("sales", "해결됨", "critical", status="resolved", resolution="완료"),
        ),
    )
    # Raised 20 days ago, high: due 14 days later = 5 days ago (overdue); medium due in 10.
    record_visit(
        db,
        daeyang,
        _visit(
            TODAY - dt.timedelta(days=20),
            DifficultyDraft("manpower", "인력 부족", "high"),
            DifficultyDraft("technology", "공정 개선", "medium"),
        ),
    )
    # Raised 28 days ago, medium: due on Friday 27 Nov: in the next seven days.
    record_visit(
        db, daeyang, _visit(TODAY - dt.timedelta(days=28), DifficultyDraft("ip", "상표", "medium"))
    )
    record_visit(db, hanbit, _visit(TODAY))  # today
    record_visit(db, hanbit, _visit(TODAY - dt.timedelta(days=1)))  # made: not coming
    record_visit(db, daeyang, _visit(TODAY + dt.timedelta(days=2)))  # a plan in the 7 days
    record_visit(db, daeyang, _visit(TODAY + dt.timedelta(days=7)))  # the eighth day: not listed
    record_measure(db, MeasureDraft("특례보증", company_id=hanbit, due_on=TODAY))
    record_measure(
        db,
        MeasureDraft("지난 조치", company_id=daeyang, status="done", done_on=TODAY, due_on=TODAY),
    )
    roadmap = rm.create_roadmap(db, hanbit, "2027 로드맵")
    rm.save_item(
        db,
        roadmap,
        rm.ItemDraft(
            "시제품 제작", "prototype", TODAY - dt.timedelta(days=90), TODAY - dt.timedelta(days=3)
        ),
    )
    rm.save_item(db, roadmap, rm.ItemDraft("수출", "export", TODAY, TODAY + dt.timedelta(days=100)))
    with db.transaction() as session:
        stored = session.get(Roadmap, roadmap)
        assert stored is not None
        stored.status = RoadmapStatus.CHANGES_REQUESTED.value
    drafts.save(db.path, "visit-x", {"company_id": str(hanbit)})

    day = today_overview(db, TODAY)

    assert day.days == (TODAY, dt.date(2026, 12, 1))
    assert [(v.company, v.visit_date) for v in day.visits] == [
        ("(주)한빛정밀", TODAY),
        ("대양산업", TODAY + dt.timedelta(days=2)),
    ]
    overdue = [(f.kind, f.company, f.title, f.due_on) for f in day.overdue]
    assert overdue == [
        (FollowUpKind.DIFFICULTY, "(주)한빛정밀", "운전자금 부족", TODAY - dt.timedelta(days=33)),
        (FollowUpKind.DIFFICULTY, "(주)한빛정밀", "특허 출원 비용", TODAY - dt.timedelta(days=10)),
        (FollowUpKind.DIFFICULTY, "대양산업", "인력 부족", TODAY - dt.timedelta(days=6)),
        (FollowUpKind.ROADMAP_ITEM, "(주)한빛정밀", "시제품 제작", TODAY - dt.timedelta(days=3)),
    ]
    assert day.overdue_count == 4
    assert day.overdue[0].age(TODAY) == 40
    due = [(f.kind, f.title, f.due_on) for f in day.coming]
    assert due == [
        (FollowUpKind.MEASURE, "특례보증", TODAY),
        (FollowUpKind.DIFFICULTY, "상표", TODAY + dt.timedelta(days=2)),
    ]
    assert [r.id for r in day.returned] == [roadmap]
    assert [d.key for d in day.drafts] == ["visit-x"]
    assert day.conflicts == []
    assert day.attention == 4 + 1 + 1


def test_lists_are_cut_but_counted(db: Database) -> None:
    company = create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998"))
    old = [DifficultyDraft("other", f"애로 {n}", "critical") for n in range(5)]
    record_visit(db, company, _visit(TODAY - dt.timedelta(days=30), *old))
    record_measure(
        db, MeasureDraft("특례보증", company_id=company, due_on=TODAY - dt.timedelta(days=1))
    )
    day = today_overview(db, TODAY, limit=2)
    # Cut per kind: the one late measure is not lost behind the difficulties.
    assert [f.kind for f in day.overdue] == [FollowUpKind.DIFFICULTY] * 2 + [FollowUpKind.MEASURE]
    assert day.overdue_counts == {FollowUpKind.DIFFICULTY: 5, FollowUpKind.MEASURE: 1}
    assert day.overdue_count == 6


def test_a_superseded_revision_does_not_count_twice(db: Database) -> None:
    company = create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998"))
    first = rm.create_roadmap(db, company, "로드맵")
    rm.save_item(db, first, rm.ItemDraft("시제품", "prototype", None, TODAY - dt.timedelta(days=1)))
    with db.transaction() as session:
        session.add(
            Roadmap(id=uuid.uuid4(), company_id=company, coach_id=db.actor, previous_id=first,
                    revision=2, title="로드맵")
        )  # fmt: skip
    assert today_overview(db, TODAY).overdue == []


def test_each_coach_sees_the_follow_ups_of_their_companies_a_supervisor_everyones(
    db: Database,
) -> None:
    kim = db.actor
    assert kim is not None
    lee = create_user(db, UserDraft("leecoach", "이코치", "coach", "export"))
    boss = create_user(db, UserDraft("boss", "박팀장", "supervisor"))
    late = TODAY - dt.timedelta(days=40)
    with db.transaction() as s:
        programme = Programme(name="2026 현장코칭", year=2026)
        mine, theirs, handed = (
            Company(name="(주)한빛정밀", brn="1"),
            Company(name="미래전자", brn="2"),
            Company(name="대양산업", brn="3"),
        )
        s.add_all([programme, mine, theirs, handed])
        s.flush()
        since = TODAY - dt.timedelta(days=365)
        s.add_all(
            [
                Assignment(programme_id=programme.id, company_id=mine.id, coach_id=kim,
                           starts_on=since),
                Assignment(programme_id=programme.id, company_id=theirs.id, coach_id=lee,
                           starts_on=since),
                # Handed from 김코치 to 이코치 last month: 이코치's now.
                Assignment(programme_id=programme.id, company_id=handed.id, coach_id=kim,
                           starts_on=since, ends_on=TODAY - dt.timedelta(days=30)),
                Assignment(programme_id=programme.id, company_id=handed.id, coach_id=lee,
                           starts_on=TODAY - dt.timedelta(days=29)),
            ]
        )  # fmt: skip
        visits = [
            Visit(company_id=mine.id, coach_id=kim, visit_date=late),
            Visit(company_id=theirs.id, coach_id=lee, visit_date=late),
            Visit(company_id=handed.id, coach_id=kim, visit_date=late),
        ]
        s.add_all(visits)
        s.flush()
        for visit, what in zip(visits, ["김 애로", "이 애로", "넘긴 애로"], strict=True):
            s.add(
                Difficulty(company_id=visit.company_id, visit_id=visit.id, category="other",
                           description=what, severity="critical")
            )  # fmt: skip
    # Measures recorded by the supervisor: 이코치's company's and one shared by several.
    db.set_current_user(boss)
    with db.transaction() as s:
        s.add_all(
            [
                Measure(company_id=theirs.id, title="이 조치", due_on=TODAY - dt.timedelta(1)),
                Measure(company_id=None, title="공동 조치", due_on=TODAY - dt.timedelta(1)),
            ]
        )

    def seen(person: uuid.UUID) -> set[str]:
        db.set_current_user(person)
        day = today_overview(db, TODAY)
        assert day.overdue_count == len(day.overdue)
        return {f.title for f in day.overdue}

    # 김코치 keeps what he raised at the company handed over; 이코치 now follows it up.
    assert seen(kim) == {"김 애로", "넘긴 애로"}
    assert seen(lee) == {"이 애로", "넘긴 애로", "이 조치"}
    assert seen(boss) == {"김 애로", "이 애로", "넘긴 애로", "이 조치", "공동 조치"}


def test_on_a_sunday_the_next_seven_days_hold_the_coming_weeks_plans(db: Database) -> None:
    sunday = dt.date(2026, 11, 29)
    company = create_company(db, CompanyDraft(name="(주)한빛정밀", brn="124-81-00998"))
    for n in (2, 3, 4):  # Tuesday 1 to Thursday 3 December
        record_visit(db, company, _visit(sunday + dt.timedelta(days=n)))
    record_visit(db, company, _visit(sunday + dt.timedelta(days=7)))  # a week away: not yet
    # Raised 27 days before Sunday, medium (+30): due Wednesday 2 December.
    record_visit(
        db,
        company,
        _visit(sunday - dt.timedelta(days=27), DifficultyDraft("ip", "상표", "medium")),
    )
    day = today_overview(db, sunday)
    assert day.days == (sunday, dt.date(2026, 12, 5))
    assert [v.visit_date for v in day.visits] == [
        dt.date(2026, 12, 1),
        dt.date(2026, 12, 2),
        dt.date(2026, 12, 3),
    ]
    assert [(f.title, f.due_on) for f in day.coming] == [("상표", dt.date(2026, 12, 2))]
