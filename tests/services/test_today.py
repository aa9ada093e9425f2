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
from coach_app.services.today import today_overview
from coach_app.services.visits import record_visit
from coach_app.store.database import Database
from coach_app.store.models import Roadmap

TODAY = dt.date(2026, 11, 25)  # a Wednesday; the week is 23–29 November


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
    # Raised 25 days ago, medium: due in 5 days, on Monday 30 Nov: not this week.
    # Raised 28 days ago, medium: due on Friday 27 Nov: this week.
    record_visit(
        db, daeyang, _visit(TODAY - dt.timedelta(days=28), DifficultyDraft("ip", "상표", "medium"))
    )
    record_visit(db, hanbit, _visit(TODAY))  # today
    record_visit(db, daeyang, _visit(TODAY + dt.timedelta(days=2)))  # a plan this week
    record_visit(db, daeyang, _visit(TODAY + dt.timedelta(days=9)))  # next week: not listed
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

    assert day.week == (dt.date(2026, 11, 23), dt.date(2026, 11, 29))
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
    due = [(f.kind, f.title, f.due_on) for f in day.due_this_week]
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
