import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coach_app.demo import DemoSize, build
from coach_app.domain import brn
from coach_app.domain.company import REGIONS
from coach_app.domain.difficulty import DifficultyCategory, DifficultyStatus
from coach_app.domain.errors import CoachError
from coach_app.store.database import Database
from coach_app.store.models import (
    Company,
    Difficulty,
    Measure,
    Meeting,
    Organisation,
    OutboxEntry,
    Programme,
    ProgrammeBudget,
    RoadmapItem,
    StatusChange,
    User,
    Visit,
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    db = Database.open(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    build(db, DemoSize(companies=400, visits_per_company=4))
    return db


def test_a_realistic_korean_dataset(demo: Database) -> None:
    with demo.read() as session:
        companies = session.scalars(select(Company)).all()
        assert len(companies) == 400
        numbers = [c.brn for c in companies]
        assert all(brn.is_valid(n) for n in numbers) and len(set(numbers)) == 400
        assert {c.region for c in companies} == {"광주", "전북", "경기", "경남"}
        assert all(c.region in REGIONS for c in companies)
        assert {"자동차부품", "뿌리산업", "섬유", "전자"} <= {c.industry for c in companies}
        assert "명품강소기업" in {c.designation for c in companies}
        programmes = {p.name for p in session.scalars(select(Programme))}
        assert {"R&D 현장코칭", "수출 맞춤형 지원 패키지"} <= programmes
        roles = [u.role for u in session.scalars(select(User))]
        assert roles.count("supervisor") == 1 and roles.count("coach") >= 3
        held = Visit.visit_date <= dt.date.today()
        alone = select(func.count()).where(Visit.meeting_id.is_(None), held)
        assert session.scalar(alone) == 1600
        # A few meetings, each with several companies' parts, and the measures they led to.
        meetings = session.scalars(select(Meeting)).all()
        assert len(meetings) == 3
        for meeting in meetings:
            parts = select(func.count()).where(Visit.meeting_id == meeting.id)
            assert (session.scalar(parts) or 0) >= 5
        measures = session.scalars(select(Measure)).all()
        assert measures and {m.company_id is None for m in measures} == {True, False}
        assert all(m.difficulty_ids and m.amount for m in measures)
        assert (session.scalar(select(func.count()).select_from(Organisation)) or 0) >= 6
        assert session.scalar(select(func.count()).select_from(ProgrammeBudget)) == 4 * 4 * 3
        categories = set(session.scalars(select(Difficulty.category)))
        assert categories == {c.value for c in DifficultyCategory}
        statuses = set(session.scalars(select(Difficulty.status)))
        assert statuses == {s.value for s in DifficultyStatus}
        unresolved = session.scalars(
            select(Difficulty).where(Difficulty.status == "resolved", Difficulty.resolution == "")
        ).all()
        assert unresolved == []
        # Every difficulty and item has the history that led to its present status.
        latest: dict[object, StatusChange] = {}
        for change in session.scalars(select(StatusChange).order_by(StatusChange.changed_on)):
            latest[change.difficulty_id or change.roadmap_item_id] = change
        for subject in [
            *session.scalars(select(Difficulty)),
            *session.scalars(select(RoadmapItem)),
        ]:
            assert latest[subject.id].status == subject.status
        assert {c.status for c in latest.values()} >= {"open", "resolved", "in_progress", "done"}
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0
    assert demo.actor is not None
    assert demo.integrity_problems() == []


def test_demo_goes_into_an_empty_database_only(demo: Database) -> None:
    with pytest.raises(CoachError, match="빈 데이터베이스"):
        build(demo, DemoSize(companies=1))


def test_the_same_seed_gives_the_same_companies(tmp_path: Path) -> None:
    moment = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
    names = []
    for name in ("a", "b"):
        with Database.open(tmp_path / f"{name}.sqlite3") as db:
            build(db, DemoSize(30, 1, seed=9, now=moment))
            with db.read() as session:
                names.append(session.scalars(select(Company.name).order_by(Company.id)).all())
    assert names[0] == names[1]


def test_seen_11_every_demo_company_has_its_own_name(tmp_path: Path) -> None:
    from coach_app.demo import generate

    data = generate(DemoSize(companies=10_000, visits_per_company=0))
    names = [row["name"] for row in data.rows(Company)]
    assert len(names) == 10_000
    assert len(set(names)) == len(names)
    # Not the same name in another legal form either.
    bare = {n.replace("(주)", "").replace("주식회사", "").strip() for n in names}
    assert len(bare) == len(names)


def test_nothing_happened_after_today(demo: Database) -> None:
    # A demo roadmap for next year is still under way: no status change is dated in the
    # future, nothing ends done after today, and an approval is the day of its review.
    from coach_app.domain.roadmap import ItemStatus
    from coach_app.store.models import Review, Roadmap

    today = dt.date.today()
    with demo.read() as session:
        latest = session.scalar(select(func.max(StatusChange.changed_on)))
        assert latest is not None and latest <= today
        done_late = session.scalars(
            select(RoadmapItem).where(
                RoadmapItem.status == ItemStatus.DONE.value, RoadmapItem.ends_on > today
            )
        ).all()
        assert done_late == []
        approvals = session.execute(
            select(Roadmap.approved_at, func.max(Review.created_at))
            .join(Review, Review.roadmap_id == Roadmap.id)
            .where(Roadmap.approved_at.is_not(None), Review.decision == "approve")
            .group_by(Roadmap.id)
        ).all()
        assert approvals and all(a is not None and a.date() == r.date() for a, r in approvals)


def test_coaches_have_plans_and_companies_a_baseline_before_their_results(
    demo: Database,
) -> None:
    from coach_app.services import impact
    from coach_app.store.models import ImpactFigure

    today = dt.date.today()
    with demo.read() as session:
        # Each coach has visits planned in the next weeks, with nothing recorded at them.
        planned = session.scalars(select(Visit).where(Visit.visit_date > today)).all()
        coaches = set(session.scalars(select(User.id).where(User.role == "coach")))
        assert {v.coach_id for v in planned} == coaches
        assert all(v.visit_date <= today + dt.timedelta(days=28) for v in planned)
        assert all(v.reviewed_at is None and not v.notes for v in planned)
        raised_at_plans = select(func.count()).where(
            Difficulty.visit_id.in_([v.id for v in planned])
        )
        assert session.scalar(raised_at_plans) == 0
        # Some open difficulties carry a date their coach set, never before they were raised.
        chosen = session.execute(
            select(Difficulty.due_on, Difficulty.status, Visit.visit_date)
            .join(Visit, Visit.id == Difficulty.visit_id)
            .where(Difficulty.due_on.is_not(None))
        ).all()
        assert chosen and all(due is not None and due >= raised for due, _s, raised in chosen)
        assert {status for _d, status, _r in chosen} <= {"open", "in_progress"}
        # Figures of closed years only, recorded by today; a baseline before every result.
        figures = session.scalars(select(ImpactFigure)).all()
        assert figures and all(f.year < today.year for f in figures)
        assert all(f.created_at.date() <= today for f in figures)
        companies = {f.company_id for f in figures}
        # Ratings of held visits of the past year, one at most per visit, by the company.
        from coach_app.store.models import SatisfactionRating

        rated = session.execute(
            select(SatisfactionRating.visit_id, SatisfactionRating.company_id, Visit).join(
                Visit, Visit.id == SatisfactionRating.visit_id
            )
        ).all()
        assert rated and len({v for v, _c, _visit in rated}) == len(rated)
        assert all(c == visit.company_id and visit.visit_date <= today for _v, c, visit in rated)
    for company in list(companies)[:20]:
        sheet = impact.company_sheet(demo, company)
        base = [f.figure for f in sheet.figures if f.figure.baseline]
        later = [f.figure for f in sheet.figures if not f.figure.baseline]
        assert base and later
        assert max(f.year for f in base) < min(f.year for f in later)
