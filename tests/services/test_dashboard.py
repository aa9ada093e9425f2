"""The supervisor's dashboard on a small known dataset: every figure and the rows behind it."""

import datetime as dt
import uuid

import pytest

from coach_app.domain.follow_up import FollowUpKind
from coach_app.services.dashboard import (
    coach_overdue,
    dashboard,
    duplicate_companies,
    name_key,
)
from coach_app.services.people import UserDraft, create_user
from coach_app.services.today import today_overview
from coach_app.store.database import Database
from coach_app.store.models import (
    Assignment,
    Company,
    Diagnosis,
    Difficulty,
    Measure,
    Programme,
    Roadmap,
    RoadmapItem,
    Visit,
)
from tests.present import present

DAY = dt.date(2026, 11, 20)
NOW = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def known(db: Database) -> dict[str, uuid.UUID]:
    kim = db.actor
    assert kim is not None
    lee = create_user(db, UserDraft("leecoach", "이코치", "coach", "export"))
    ids: dict[str, uuid.UUID] = {"kim": kim, "lee": lee}
    with db.transaction() as s:
        programme = Programme(name="2026 현장코칭", year=2026)
        s.add(programme)
        companies = {
            "A": Company(name="(주)한빛정밀", brn="1248100998", phone="062-111-2222"),
            "B": Company(name="대성금속", brn="1", address="광주 북구 첨단로 1"),
            "C": Company(name="미래전자", brn="2", phone="062-333-4444"),
            "D": Company(name="한빛 정밀 주식회사", brn="3"),
            "E": Company(name="동명산업", brn="4", phone="(062) 333-4444"),
            "F": Company(name="세움", brn="5", address="광주 북구 첨단로1"),
        }
        s.add_all(companies.values())
        s.flush()
        ids |= {k: c.id for k, c in companies.items()}
        a, b, c, d = (companies[k].id for k in "ABCD")
        year_ago = DAY - dt.timedelta(days=365)
        s.add_all(
            [
                Assignment(
                    programme_id=programme.id, company_id=a, coach_id=kim, starts_on=year_ago
                ),
                Assignment(
                    programme_id=programme.id, company_id=b, coach_id=kim, starts_on=year_ago
                ),
                Assignment(
                    programme_id=programme.id, company_id=c, coach_id=lee, starts_on=year_ago
                ),
                # Ended: no longer part of 이코치's load.
                Assignment(
                    programme_id=programme.id,
                    company_id=d,
                    coach_id=lee,
                    starts_on=year_ago,
                    ends_on=DAY - dt.timedelta(days=30),
                ),
            ]
        )
        days = dt.timedelta
        made = Visit(company_id=a, coach_id=kim, visit_date=DAY - days(10), notes="공정 점검")
        s.add(made)
        s.flush()
        # Critical, raised ten days ago: due three days ago by the rule.
        s.add(
            Difficulty(
                company_id=a, visit_id=made.id, category="funding", description="운전자금 부족",
                severity="critical",
            )
        )  # fmt: skip
        s.add_all(
            [
                Visit(company_id=b, coach_id=kim, visit_date=DAY - days(5), notes="  "),
                Visit(company_id=a, coach_id=kim, visit_date=DAY + days(7)),
                Visit(company_id=c, coach_id=lee, visit_date=DAY + days(3)),
            ]
        )
        s.add_all(
            [
                Measure(company_id=a, title="특례보증", status="planned", due_on=DAY - days(4)),
                Measure(company_id=b, title="인증 지원", status="done", due_on=DAY - days(1)),
                Measure(company_id=b, title="판로 상담", status="decided", due_on=DAY + days(1)),
            ]
        )
        approved = Roadmap(company_id=c, coach_id=lee, status="approved")
        draft = Roadmap(company_id=a, coach_id=kim, status="draft")
        waiting = Roadmap(
            company_id=b,
            coach_id=kim,
            title="수출 로드맵",
            status="submitted",
            submitted_at=NOW - dt.timedelta(days=3, hours=2),
        )
        s.add_all([approved, draft, waiting])
        s.flush()
        ids["waiting"] = waiting.id
        s.add_all(
            [
                RoadmapItem(
                    roadmap_id=approved.id, stage="ip", title="특허 출원", ends_on=DAY - days(2)
                ),
                RoadmapItem(
                    roadmap_id=approved.id,
                    stage="ip",
                    title="완료 과제",
                    ends_on=DAY - days(9),
                    status="done",
                ),
                RoadmapItem(
                    roadmap_id=draft.id, stage="ip", title="초안 과제", ends_on=DAY - days(9)
                ),
            ]
        )
        incomplete = Diagnosis(
            company_id=a,
            coach_id=kim,
            template_id="rnd",
            template_version="1.0",
            diagnosed_on=DAY - days(10),
            overall_score=None,
        )
        complete = Diagnosis(
            company_id=b,
            coach_id=kim,
            template_id="rnd",
            template_version="1.0",
            diagnosed_on=DAY - days(5),
            overall_score=3.0,
        )
        s.add_all([incomplete, complete])
        s.flush()
        ids["incomplete"] = incomplete.id
    return ids


def test_workload_counts_companies_visits_and_overdue_per_coach(
    db: Database, known: dict[str, uuid.UUID]
) -> None:
    board = dashboard(db, DAY, NOW)
    load = {
        (w.coach, w.companies, w.visits_done, w.visits_planned, w.overdue) for w in board.workload
    }
    assert load == {("김코치", 2, 2, 1, 3), ("이코치", 1, 0, 1, 1)}


def test_overdue_follow_ups_are_the_today_pages_difficulties_measures_and_items(
    db: Database, known: dict[str, uuid.UUID]
) -> None:
    board = dashboard(db, DAY, NOW)
    assert [(o.kind, o.title, o.days_late, o.company, o.coach) for o in board.overdue] == [
        (FollowUpKind.ROADMAP_ITEM, "초안 과제", 9, "(주)한빛정밀", "김코치"),
        (FollowUpKind.MEASURE, "특례보증", 4, "(주)한빛정밀", "김코치"),
        (FollowUpKind.DIFFICULTY, "운전자금 부족", 3, "(주)한빛정밀", "김코치"),
        (FollowUpKind.ROADMAP_ITEM, "특허 출원", 2, "미래전자", "이코치"),
    ]
    assert board.overdue_count == 4
    lee = [(o.title, o.coach) for o in coach_overdue(db, known["lee"], DAY)]
    assert lee == [("특허 출원", "이코치")]


def test_each_coachs_overdue_figure_is_the_one_on_their_today_page(
    db: Database, known: dict[str, uuid.UUID]
) -> None:
    board = dashboard(db, DAY, NOW)
    supervisor = create_user(db, UserDraft("boss", "박팀장", "supervisor"))
    for load in board.workload:
        db.set_current_user(load.coach_id)
        day = today_overview(db, DAY)
        assert day.overdue_count == load.overdue
        assert {f.id for f in day.overdue} == {o.id for o in coach_overdue(db, load.coach_id, DAY)}
    db.set_current_user(supervisor)
    assert today_overview(db, DAY).overdue_count == board.overdue_count


def test_review_queue_gives_the_age_of_each_submission(
    db: Database, known: dict[str, uuid.UUID]
) -> None:
    (waiting,) = dashboard(db, DAY, NOW).waiting
    assert (waiting.roadmap_id, waiting.company, waiting.coach, waiting.days_waiting) == (
        known["waiting"],
        "대성금속",
        "김코치",
        3,
    )


def test_data_quality_checks(db: Database, known: dict[str, uuid.UUID]) -> None:
    board = dashboard(db, DAY, NOW)
    # C has only a planned visit: not visited yet.
    assert {c.company for c in board.never_visited} == {
        "미래전자",
        "한빛 정밀 주식회사",
        "동명산업",
        "세움",
    }
    assert [(v.company, v.visit_date) for v in board.without_notes] == [
        ("대성금속", DAY - dt.timedelta(days=5))
    ]
    assert [d.diagnosis_id for d in board.incomplete] == [known["incomplete"]]
    phones = {d.shared for d in board.duplicates if d.detail == "phone"}
    assert phones == {"062-333-4444", "(062) 333-4444"}  # as each company wrote it
    groups: dict[int, set[tuple[str, str]]] = {}
    for line in board.duplicates:
        groups.setdefault(line.group, set()).add((line.company, line.detail))
    assert sorted(map(sorted, groups.values())) == sorted(
        [
            sorted({("(주)한빛정밀", "name"), ("한빛 정밀 주식회사", "name")}),
            sorted({("미래전자", "phone"), ("동명산업", "phone")}),
            sorted({("대성금속", "address"), ("세움", "address")}),
        ]
    )


def test_deleted_rows_are_left_out(db: Database, known: dict[str, uuid.UUID]) -> None:
    with db.transaction() as s:
        present(s.get(Company, known["D"])).deleted_at = NOW
    board = dashboard(db, DAY, NOW)
    assert "한빛 정밀 주식회사" not in {c.company for c in board.never_visited}
    assert not [d for d in board.duplicates if d.detail == "name"]


def test_names_match_across_legal_forms_and_spacing() -> None:
    assert name_key("(주)한빛정밀") == name_key("한빛 정밀 주식회사") == name_key("㈜ 한빛정밀")
    assert name_key("Hanbit Co., Ltd.") == name_key("HANBIT")
    one, two = uuid.uuid4(), uuid.uuid4()
    # Short phone fragments and empty fields never make a match.
    assert duplicate_companies([(one, "가", "12", ""), (two, "나", "12", "")]) == []


def test_impact_totals_are_each_programmes_latest_results_against_baselines(
    db: Database, known: dict[str, uuid.UUID]
) -> None:
    from coach_app.domain.impact import FigureDraft, Metric
    from coach_app.services.impact import record_figures

    year = dt.date.today().year
    record_figures(
        db,
        known["A"],
        [
            FigureDraft(year - 3, Metric.SALES, 1_000, baseline=True),
            FigureDraft(year - 2, Metric.SALES, 1_200),
            FigureDraft(year - 1, Metric.SALES, 1_500),  # the latest year counts
            FigureDraft(year - 1, Metric.EMPLOYEES, 20),
        ],
    )
    record_figures(db, known["B"], [FigureDraft(year - 2, Metric.SALES, 700)])
    board = dashboard(db, DAY, NOW)
    totals = {(t.programme, t.metric): t for t in board.impact}
    assert set(totals) == {("2026 현장코칭", Metric.SALES), ("2026 현장코칭", Metric.EMPLOYEES)}
    sales = totals[("2026 현장코칭", Metric.SALES)]
    # 1,500 + 700; only A has a baseline: +500 over one company compared.
    assert (sales.total.total, sales.total.companies) == (2_200, 2)
    assert (sales.total.change, sales.total.compared) == (500, 1)
    # The rows behind the total: the companies it adds up, the largest first.
    assert [(c.company_id, c.year, c.value, c.baseline) for c in sales.companies] == [
        (known["A"], year - 1, 1_500, 1_000),
        (known["B"], year - 2, 700, None),
    ]
    assert totals[("2026 현장코칭", Metric.EMPLOYEES)].total.total == 20
