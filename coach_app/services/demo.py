"""A realistic Korean demo dataset, built fast enough for 10,000 companies × 10 visits.

The names, places and texts come from ``resources/demo/recipe.json``. Rows go in with
bulk inserts in one transaction and bypass the outbox: demo data is a local playground,
never something to push to an agency's server.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, func, select

from coach_app import paths
from coach_app.domain import brn
from coach_app.domain.company import Designation, SupplierTier, search_text
from coach_app.domain.difficulty import DifficultyCategory, DifficultyStatus, Severity
from coach_app.domain.errors import CoachError
from coach_app.domain.meeting import MeasureStatus
from coach_app.domain.messages import pick
from coach_app.domain.organisation import OrganisationKind
from coach_app.domain.programme import FundSource
from coach_app.domain.review import ReviewDecision, RoadmapStatus
from coach_app.domain.revision import carried_id
from coach_app.domain.roadmap import ItemStatus, Stage
from coach_app.domain.roles import Role
from coach_app.domain.scoring import overall
from coach_app.services.catalogues import shipped_catalogue, shipped_checklists
from coach_app.store.database import DEMO_MARK, Database
from coach_app.store.models import (
    Assignment,
    Company,
    Contact,
    Diagnosis,
    DiagnosisScore,
    Difficulty,
    Measure,
    Meeting,
    Organisation,
    Programme,
    ProgrammeBudget,
    ProgrammeOrganisation,
    Review,
    Roadmap,
    RoadmapItem,
    StatusChange,
    User,
    Visit,
)
from coach_app.store.types import utcnow

Row = dict[str, Any]
CHUNK = 20_000


@dataclass
class DemoSize:
    companies: int = 300
    visits_per_company: int = 6
    seed: int = 20261122
    # The moment the data is built "as of"; fixed in tests so two builds are identical.
    now: dt.datetime | None = None


@dataclass
class DemoData:
    """Rows per table, in insertion order (parents first)."""

    tables: dict[Table, list[Row]] = field(default_factory=dict)
    coach_login: str = ""

    def rows(self, model: Any) -> list[Row]:
        return self.tables.setdefault(model.__table__, [])


# Words a company name may grow by when the short form is taken.
_NAME_EXTRAS = ("", "산업", "테크", "코리아", "글로벌", "이엔지", "시스템", "솔루션", "인더스트리")


def build(db: Database, size: DemoSize, progress: Callable[[str], None] | None = None) -> DemoData:
    """Fill an empty database with demo data; returns what was inserted."""
    with db.read() as session:
        if session.scalar(select(func.count()).select_from(Company)):
            raise CoachError(
                pick(
                    "이미 기업 자료가 있는 데이터베이스입니다. "
                    "데모 자료는 빈 데이터베이스에만 만들 수 있습니다.",
                    "This database already holds companies; demo data goes into an empty one only.",
                )
            )
    data = generate(size)
    insert(db, data, progress)
    with db.read() as session:
        coach = session.scalars(select(User).where(User.login == data.coach_login)).one()
    db.set_current_user(coach.id)
    db.set_setting(DEMO_MARK, {"demo": True})
    return data


def insert(db: Database, data: DemoData, progress: Callable[[str], None] | None = None) -> None:
    with db.engine.begin() as connection:
        for table, rows in data.tables.items():
            for start in range(0, len(rows), CHUNK):
                connection.execute(table.insert(), rows[start : start + CHUNK])
            if progress:
                progress(f"{table.name}: {len(rows):,}")


def generate(size: DemoSize) -> DemoData:
    recipe = json.loads((paths.resources() / "demo" / "recipe.json").read_text("utf-8"))
    return _Generator(recipe, size).run()


class _Generator:
    def __init__(self, recipe: dict[str, Any], size: DemoSize) -> None:
        self.recipe = recipe
        self.size = size
        self.rng = random.Random(size.seed)
        self.company_names: set[str] = set()
        self.now = size.now or utcnow()
        self.today = self.now.date()
        self.data = DemoData()
        self.used_brns: set[str] = set()
        self.checklists = {c.id: c for c in shipped_checklists().newest()}
        self.catalogue = shipped_catalogue()
        self.supervisor: Row = {}
        self.item_steps: dict[uuid.UUID, list[Row]] = {}  # kept for carried items

    def run(self) -> DemoData:
        users = self._users()
        self.data.rows(Organisation)  # parents first: programmes will name them
        programmes = self._programmes()
        self.data.rows(Meeting)  # before the visits that are companies' parts in one
        for company in self._companies():
            self._company_life(company, programmes, users)
        # With a generator of its own, so the rest of the data stays as it was.
        _FieldEvents(self, random.Random(self.size.seed + 1)).add(programmes)
        # Last: the history names difficulties and items of every kind.
        changes = next(t for t in self.data.tables if t.name == StatusChange.__tablename__)
        self.data.tables[changes] = self.data.tables.pop(changes)
        return self.data

    def _history(self, subject: Row, company_id: object, steps: list[Row]) -> None:
        """The status changes that led a difficulty or an item to its status, oldest first
        (ids derived from the subject's, so the rest of the data stays as it was)."""
        key = "roadmap_item_id" if "roadmap_id" in subject else "difficulty_id"
        for n, step in enumerate(steps):
            when = dt.datetime.combine(step["changed_on"], dt.time(18), dt.UTC)
            self.data.rows(StatusChange).append(
                {
                    "id": uuid.uuid5(subject["id"], str(n)),
                    "company_id": company_id,
                    "difficulty_id": None,
                    "roadmap_item_id": None,
                    key: subject["id"],
                    "status": step["status"],
                    "resolution": step.get("resolution", ""),
                    "kpi_actual": step.get("kpi_actual"),
                    "changed_on": step["changed_on"],
                    "visit_id": step.get("visit_id"),
                    "created_at": when,
                    "updated_at": when,
                    "created_by": None,
                    "updated_by": None,
                    "deleted_at": None,
                    "server_version": None,
                }
            )

    def _difficulty_history(self, difficulty: Row, day: dt.date) -> None:
        """Raised at its visit; worked on ten days later; settled a month after the visit."""
        status = DifficultyStatus(difficulty["status"])
        steps: list[Row] = [
            {"status": DifficultyStatus.OPEN.value, "changed_on": day,
             "visit_id": difficulty["visit_id"]},
        ]  # fmt: skip
        if status is not DifficultyStatus.OPEN:
            steps.append(
                {
                    "status": DifficultyStatus.IN_PROGRESS.value,
                    "changed_on": day + dt.timedelta(days=10),
                }
            )
        if status in (DifficultyStatus.RESOLVED, DifficultyStatus.CLOSED):
            steps.append(
                {
                    "status": status.value,
                    "resolution": difficulty["resolution"],
                    "changed_on": difficulty["resolved_on"],
                }
            )
        self._history(difficulty, difficulty["company_id"], steps)

    # --- helpers -----------------------------------------------------------------

    def _id(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def _stamp(self, row: Row, when: dt.datetime | None = None) -> Row:
        when = when or self.now
        row.update(
            id=self._id(),
            created_at=when,
            updated_at=when,
            created_by=None,
            updated_by=None,
            deleted_at=None,
            server_version=None,
        )
        return row

    def _person(self) -> str:
        return str(self.rng.choice(self.recipe["surnames"])) + str(
            self.rng.choice(self.recipe["given_names"])
        )

    # --- reference data ----------------------------------------------------------

    def _users(self) -> dict[str, list[Row]]:
        coaches_needed = max(3, min(30, self.size.companies // 300))
        specialties = ["rnd", "export", "smart_factory"]
        users: dict[str, list[Row]] = {s: [] for s in specialties}
        rows = self.data.rows(User)
        for index in range(coaches_needed):
            specialty = specialties[index % 3]
            login = f"coach{index + 1:02d}"
            row = self._stamp(
                {
                    "login": login,
                    "name": self._person(),
                    "role": Role.COACH.value,
                    "specialty": specialty,
                    "email": f"{login}@coach.example",
                    "phone": f"010-{1000 + index:04d}-{2000 + index:04d}",
                    "active": True,
                }
            )
            users[specialty].append(row)
            rows.append(row)
        self.data.coach_login = "coach01"
        for login, role in (("supervisor01", Role.SUPERVISOR), ("admin", Role.ADMIN)):
            rows.append(
                self._stamp(
                    {
                        "login": login,
                        "name": self._person(),
                        "role": role.value,
                        "specialty": None,
                        "email": f"{login}@coach.example",
                        "phone": "",
                        "active": True,
                    }
                )
            )
        self.supervisor = next(r for r in rows if r["login"] == "supervisor01")
        return users

    def _programmes(self) -> list[Row]:
        rows = self.data.rows(Programme)
        for spec in self.recipe["programmes"]:
            rows.append(
                self._stamp(
                    {
                        "name": spec["name"],
                        "year": self.today.year,
                        "agency": spec["agency"],
                        "budget": spec["budget"],
                        "funding_national": spec["national"],
                        "funding_local": spec["local"],
                        "funding_company": spec["company"],
                        "_specialty": spec["specialty"],
                    }
                )
            )
        return rows

    # --- companies and their history ---------------------------------------------

    def _brn(self, region: str) -> str:
        offices = self.recipe["tax_offices"][region]
        while True:
            first_nine = (
                f"{self.rng.choice(offices):03d}{self.rng.choice((81, 86, 87)):02d}"
                f"{self.rng.randrange(10_000):04d}"
            )
            number = brn.complete(first_nine)
            if number not in self.used_brns:
                self.used_brns.add(number)
                return number

    def _unique_name(self, stem: str, suffix: str, region: str) -> str:
        """A company name no other demo company has: on a clash the name grows a word, as
        real names do (대성정밀 → 대성정밀산업), then the region, then a number. Chosen
        without drawing random numbers, so the rest of the data stays the same."""
        candidates = [f"(주){stem}{suffix}{extra}" for extra in _NAME_EXTRAS]
        candidates.append(f"(주){region}{stem}{suffix}")
        for name in candidates:
            if name not in self.company_names:
                self.company_names.add(name)
                return name
        number = 2
        while f"(주){stem}{suffix}{number}" in self.company_names:
            number += 1
        self.company_names.add(f"(주){stem}{suffix}{number}")
        return f"(주){stem}{suffix}{number}"

    def _companies(self) -> Iterator[Row]:
        regions = list(self.recipe["regions"])
        industries = self.recipe["industries"]
        designations = [d.value for d in Designation]
        tiers = [t.value for t in SupplierTier]
        rows = self.data.rows(Company)
        for _ in range(self.size.companies):
            region = self.rng.choice(regions)
            industry = self.rng.choice(list(industries))
            name = self._unique_name(
                self.rng.choice(self.recipe["company_stems"]),
                self.rng.choice(industries[industry]),
                region,
            )
            number = self._brn(region)
            designation = self.rng.choice(designations) if self.rng.random() < 0.3 else None
            ceo = self._person()
            employees = int(self.rng.lognormvariate(3.6, 0.7))
            row = self._stamp(
                {
                    "name": name,
                    "brn": number,
                    "ceo": ceo,
                    "address": f"{self.rng.choice(self.recipe['regions'][region])} "
                    f"{self.rng.randrange(1, 300)}",
                    "region": region,
                    "industry": industry,
                    "employees": employees,
                    "revenue": employees * self.rng.randrange(150, 400) * 1_000_000,
                    "designation": designation,
                    "supplier_tier": self.rng.choice(tiers),
                    "founded_on": dt.date(
                        self.rng.randrange(1975, 2022),
                        self.rng.randrange(1, 13),
                        self.rng.randrange(1, 29),
                    ),
                    "phone": f"0{self.rng.choice((62, 63, 31, 55))}-{self.rng.randrange(200, 999)}-"
                    f"{self.rng.randrange(1000, 9999)}",
                    "email": "",
                    "search_text": search_text(name, number, ceo, region, industry, designation),
                }
            )
            rows.append(row)
            yield row

    def _company_life(
        self, company: Row, programmes: list[Row], users: dict[str, list[Row]]
    ) -> None:
        programme = self.rng.choice(programmes)
        specialty = programme["_specialty"]
        coach = self.rng.choice(users[specialty])
        self.data.rows(Contact).append(
            self._stamp(
                {
                    "company_id": company["id"],
                    "name": self._person(),
                    "position": self.rng.choice(self.recipe["positions"]),
                    "phone": f"010-{self.rng.randrange(1000, 9999)}-"
                    f"{self.rng.randrange(1000, 9999)}",
                    "email": "",
                }
            )
        )
        first_visit = self.today - dt.timedelta(days=self.rng.randrange(60, 700))
        self.data.rows(Assignment).append(
            self._stamp(
                {
                    "programme_id": programme["id"],
                    "company_id": company["id"],
                    "coach_id": coach["id"],
                    "starts_on": first_visit - dt.timedelta(days=7),
                    "ends_on": None,
                }
            )
        )
        visits = self.size.visits_per_company
        span = (self.today - first_visit).days
        days = [first_visit + dt.timedelta(days=span * i // max(visits, 1)) for i in range(visits)]
        visit_ids = [
            self._visit(company, programme, coach, day, specialty, index, visits)
            for index, day in enumerate(days)
        ]
        if visits >= 2:
            self._diagnoses(company, coach, specialty, list(zip(days, visit_ids, strict=True)))
            if self.rng.random() < 0.7:
                self._roadmap(company, programme, coach, specialty, days[1])

    def _visit(
        self,
        company: Row,
        programme: Row,
        coach: Row,
        day: dt.date,
        specialty: str,
        index: int,
        visits: int,
    ) -> uuid.UUID:
        when = dt.datetime.combine(day, dt.time(9 + self.rng.randrange(8)), dt.UTC)
        notes = " ".join(self.rng.sample(self.recipe["notes"], 3))
        visit = self._stamp(
            {
                "company_id": company["id"],
                "coach_id": coach["id"],
                "programme_id": programme["id"],
                "visit_date": day,
                "place": self.rng.choice(("기업 현장(공장)", "기업 회의실", "테크노파크 상담실")),
                "attendees": f"대표 {company['ceo']}, {self.rng.choice(self.recipe['positions'])} "
                f"{self._person()}, 코치 {coach['name']}",
                "purpose": self.rng.choice(self.recipe["purposes"][specialty]),
                "notes": notes,
                "reviewed_at": None,
                "reviewed_by": None,
            },
            when,
        )
        self.data.rows(Visit).append(visit)
        categories = list(DifficultyCategory)
        severities = list(Severity)
        # Older difficulties are more often settled, as they are in real follow-up.
        settled_chance = 0.8 * (1 - index / max(visits, 1))
        for _ in range(self.rng.choice((0, 1, 1, 2, 2, 3))):
            category = self.rng.choice(categories)
            status = DifficultyStatus.OPEN
            resolution = ""
            if self.rng.random() < settled_chance:
                status = self.rng.choice(
                    (DifficultyStatus.RESOLVED, DifficultyStatus.RESOLVED, DifficultyStatus.CLOSED)
                )
                resolution = self.rng.choice(self.recipe["resolutions"])
            elif self.rng.random() < 0.4:
                status = DifficultyStatus.IN_PROGRESS
            self.data.rows(Difficulty).append(
                self._stamp(
                    {
                        "company_id": company["id"],
                        "visit_id": visit["id"],
                        "category": category.value,
                        "description": self.rng.choice(self.recipe["difficulties"][category.value]),
                        "severity": self.rng.choice(severities).value,
                        "requested_support": self.rng.choice(self.recipe["requested_support"]),
                        "agency": self.rng.choice(self.recipe["agencies"]),
                        "status": status.value,
                        "resolution": resolution,
                        "followed_up_visit_id": None,
                        "resolved_on": day + dt.timedelta(days=30) if resolution else None,
                    },
                    when,
                )
            )
            self._difficulty_history(self.data.rows(Difficulty)[-1], day)
        return uuid.UUID(str(visit["id"]))

    # --- diagnoses and roadmaps --------------------------------------------------

    def _diagnoses(
        self,
        company: Row,
        coach: Row,
        template_id: str,
        visits: list[tuple[dt.date, uuid.UUID]],
    ) -> None:
        """A first diagnosis at the first visit and, for most companies, a second one
        later, a little better: the trend the company page shows."""
        checklist = self.checklists[template_id]
        start = {
            item.code: None
            if item.na_allowed and self.rng.random() < 0.15
            else self.rng.randint(1, 3)
            for item in checklist.items
        }
        moments = [visits[0]] + ([visits[-1]] if self.rng.random() < 0.6 else [])
        for round_, (day, visit_id) in enumerate(moments):
            levels = {
                code: None if level is None else min(5, level + round_ * self.rng.randint(0, 2))
                for code, level in start.items()
            }
            areas = checklist.score({c: (v, None) for c, v in levels.items() if v is not None})
            when = dt.datetime.combine(day, dt.time(15), dt.UTC)
            diagnosis = self._stamp(
                {
                    "company_id": company["id"],
                    "visit_id": visit_id,
                    "coach_id": coach["id"],
                    "template_id": checklist.id,
                    "template_version": checklist.version,
                    "diagnosed_on": day,
                    "comment": self.rng.choice(self.recipe["notes"]),
                    "area_scores": {
                        a.area: {"score": a.score, "target": a.target}
                        for a in areas
                        if a.score is not None
                    },
                    "overall_score": overall(areas, checklist.area_weights()),
                },
                when,
            )
            self.data.rows(Diagnosis).append(diagnosis)
            self.data.rows(DiagnosisScore).extend(
                self._stamp(
                    {
                        "diagnosis_id": diagnosis["id"],
                        "item_code": code,
                        "current": level,
                        "target": None,
                        "evidence": "self_reported",
                        "attachment_id": None,
                        "comment": "",
                    },
                    when,
                )
                for code, level in levels.items()
            )

    def _roadmap(
        self, company: Row, programme: Row, coach: Row, template_id: str, day: dt.date
    ) -> None:
        status = self.rng.choice(list(RoadmapStatus))
        when = dt.datetime.combine(day, dt.time(17), dt.UTC)
        areas = {a.code for a in self.checklists[template_id].areas}
        entries = [e for e in self.catalogue if areas & set(e.gap_areas)]
        chosen = sorted(
            self.rng.sample(entries, min(len(entries), self.rng.randint(2, 5))),
            key=lambda e: list(Stage).index(e.stage),
        )
        approved = status in (
            RoadmapStatus.APPROVED,
            RoadmapStatus.IN_PROGRESS,
            RoadmapStatus.COMPLETED,
        )
        roadmap = self._stamp(
            {
                "company_id": company["id"],
                "programme_id": programme["id"],
                "coach_id": coach["id"],
                "title": f"{day.year + 1} {programme['name']} 로드맵",
                "revision": 1,
                "previous_id": None,
                "status": status.value,
                "submitted_at": None if status is RoadmapStatus.DRAFT else when,
                "approved_at": when + dt.timedelta(days=5) if approved else None,
                "approved_by": self.supervisor["id"] if approved else None,
            },
            when,
        )
        self.data.rows(Roadmap).append(roadmap)
        start = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        previous: Row | None = None
        items: list[Row] = []
        for position, entry in enumerate(chosen):
            ends = start + dt.timedelta(days=30 * entry.months - 1)
            budget = entry.budget()
            kpi_name, unit, target = _KPIS[entry.stage]
            item_status = {
                RoadmapStatus.COMPLETED: ItemStatus.DONE,
                RoadmapStatus.IN_PROGRESS: (
                    ItemStatus.DONE
                    if position == 0
                    else ItemStatus.IN_PROGRESS
                    if position == 1
                    else ItemStatus.PLANNED
                ),
            }.get(status, ItemStatus.PLANNED)
            item = self._stamp(
                {
                    "roadmap_id": roadmap["id"],
                    "phase": 1 + position // 2,
                    "position": position,
                    "stage": entry.stage.value,
                    "item_type": entry.item_type,
                    "title": pick(*entry.name),
                    "description": pick(*entry.funds),
                    "starts_on": start,
                    "ends_on": ends,
                    "budget_national": budget.national,
                    "budget_local": budget.local,
                    "budget_company": budget.company,
                    "owner_agency": entry.agency,
                    "kpi_name": kpi_name,
                    "kpi_unit": unit,
                    "kpi_baseline": 0.0,
                    "kpi_target": target,
                    "kpi_actual": target if item_status is ItemStatus.DONE else None,
                    "status": item_status.value,
                    "depends_on": [str(previous["id"])] if previous is not None else [],
                    "gap_item_code": next(a for a in entry.gap_areas if a in areas),
                    "difficulty_id": None,
                    "support_programme_code": entry.code,
                },
                when,
            )
            self.data.rows(RoadmapItem).append(item)
            # Planned with the roadmap, started on its start, done on its end.
            steps: list[Row] = [{"status": ItemStatus.PLANNED.value, "changed_on": day}]
            if item_status is not ItemStatus.PLANNED:
                steps.append({"status": ItemStatus.IN_PROGRESS.value, "changed_on": start})
            if item_status is ItemStatus.DONE:
                steps.append(
                    {"status": item_status.value, "changed_on": ends, "kpi_actual": target}
                )
            self._history(item, company["id"], steps)
            self.item_steps[item["id"]] = steps
            items.append(item)
            previous = item
            # The next item starts on the first of the month after this one ends.
            start = (ends.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        decisions = {
            RoadmapStatus.CHANGES_REQUESTED: [ReviewDecision.REQUEST_CHANGES],
        }.get(status, [])
        if approved:
            decisions = [ReviewDecision.APPROVE]
            if self.rng.random() < 0.4:
                decisions.insert(0, ReviewDecision.REQUEST_CHANGES)
        for n, decision in enumerate(decisions):
            self.data.rows(Review).append(
                self._stamp(
                    {
                        "roadmap_id": roadmap["id"],
                        "reviewer_id": self.supervisor["id"],
                        "decision": decision.value,
                        "comment": self.rng.choice(_REVIEW_COMMENTS[decision]),
                    },
                    when + dt.timedelta(days=2 + n),
                )
            )
        if status is RoadmapStatus.APPROVED and self.rng.random() < 0.4:
            self._revision(roadmap, items, when + dt.timedelta(days=40))

    def _revision(self, approved: Row, items: list[Row], when: dt.datetime) -> None:
        """A second revision waiting for review: one item later, one KPI raised, so the
        review queue has field-level changes to show."""
        revision = self._stamp(
            {
                **{k: approved[k] for k in ("company_id", "programme_id", "coach_id", "title")},
                "revision": 2,
                "previous_id": approved["id"],
                "status": RoadmapStatus.SUBMITTED.value,
                "submitted_at": when,
                "approved_at": None,
                "approved_by": None,
            },
            when,
        )
        self.data.rows(Roadmap).append(revision)
        for n, old in enumerate(items):
            item = dict(old)
            item.update(
                id=carried_id(revision["id"], old["id"]),
                roadmap_id=revision["id"],
                depends_on=[
                    str(carried_id(revision["id"], uuid.UUID(d))) for d in old["depends_on"]
                ],
            )
            if n == len(items) - 1:
                item["ends_on"] = old["ends_on"] + dt.timedelta(days=61)
                item["kpi_target"] = (old["kpi_target"] or 1.0) * 1.5
            self.data.rows(RoadmapItem).append(item)
            # A carried item keeps the history it had.
            self._history(item, approved["company_id"], self.item_steps[old["id"]])


# What each stage's items are measured by: KPI, unit, target.
_KPIS: dict[Stage, tuple[str, str, float]] = {
    Stage.RND_PLANNING: ("정부 R&D 과제 신청", "건", 1.0),
    Stage.IP: ("특허 출원", "건", 2.0),
    Stage.PROTOTYPE: ("시제품 제작", "건", 1.0),
    Stage.CERTIFICATION: ("인증 취득", "건", 1.0),
    Stage.COMMERCIALISATION: ("신규 매출", "백만원", 300.0),
    Stage.EXPORT: ("수출액", "만 달러", 50.0),
}
_REVIEW_COMMENTS: dict[ReviewDecision, tuple[str, ...]] = {
    ReviewDecision.REQUEST_CHANGES: (
        "자부담 조달 계획을 구체적으로 적어 주세요.",
        "시제품 일정이 인증 일정과 겹칩니다. 순서를 조정하세요.",
        "KPI 목표의 근거(기준값)를 보완해 주세요.",
    ),
    ReviewDecision.APPROVE: (
        "진단 결과와 잘 연결된 로드맵입니다. 승인합니다.",
        "예산 구성이 적정합니다.",
        "승인합니다. 분기별로 진행 상황을 공유해 주세요.",
    ),
    ReviewDecision.COMMENT: ("확인했습니다.",),
}


# Organisations that take part in every demo programme, with their role.
PARTNERS = (
    ("광주광역시", OrganisationKind.GOVERNMENT, "총괄"),
    ("광주지방중소벤처기업청", OrganisationKind.GOVERNMENT, "총괄"),
    ("광주신용보증재단", OrganisationKind.BANK, "금융"),
    ("한국폴리텍대학 광주캠퍼스", OrganisationKind.TRAINING, "교육"),
)
MEETING_TOPICS = (
    "자동차·뿌리산업 현장 간담회",
    "수출기업 애로 청취 간담회",
    "스마트공장 도입기업 간담회",
)


class _FieldEvents:
    """Organisations, programme plans, a few meetings (간담회) and the measures taken."""

    def __init__(self, generator: _Generator, rng: random.Random) -> None:
        self.g, self.rng = generator, rng

    def _stamp(self, row: Row, when: dt.datetime | None = None) -> Row:
        row = self.g._stamp(row, when)
        row["id"] = uuid.UUID(int=self.rng.getrandbits(128), version=4)
        return row

    def add(self, programmes: list[Row]) -> None:
        organisations = self.g.data.rows(Organisation)
        by_name: dict[str, Row] = {}
        for name, kind in [
            *((p["agency"], OrganisationKind.AGENCY) for p in programmes),
            *((n, k) for n, k, _ in PARTNERS),
        ]:
            if name not in by_name:
                # Agencies carry a phone and e-mail: reports print whom the company calls.
                number = len(by_name) + 1
                agency = kind is OrganisationKind.AGENCY
                by_name[name] = self._stamp(
                    {
                        "name": name,
                        "kind": kind.value,
                        "phone": f"062-{600 + number}-{1000 + number:04d}" if agency else "",
                        "email": f"coaching{number}@agency.example" if agency else "",
                    }
                )
                organisations.append(by_name[name])
        year = self.g.today.year
        for programme in programmes:
            lead = by_name[programme["agency"]]
            programme.update(
                organisation_id=lead["id"],
                starts_on=dt.date(year - 1, 1, 1),
                ends_on=dt.date(year + 2, 12, 31),
                target_visits=self.g.size.companies // len(programmes) * 2,
                target_companies=self.g.size.companies // len(programmes),
                target_measures=10,
            )
            for budget_year in range(year - 1, year + 3):
                for source in ("national", "local", "company"):
                    self.g.data.rows(ProgrammeBudget).append(
                        self._stamp(
                            {
                                "programme_id": programme["id"],
                                "year": budget_year,
                                "source": source,
                                "amount": programme[f"funding_{source}"],
                            }
                        )
                    )
            for name, _, role in PARTNERS[:1] + PARTNERS[2:]:
                self.g.data.rows(ProgrammeOrganisation).append(
                    self._stamp(
                        {
                            "programme_id": programme["id"],
                            "organisation_id": by_name[name]["id"],
                            "role": role,
                        }
                    )
                )
        # Every row names its organisation as the migration would; and each row of a bulk
        # insert carries the same columns (the first row's are the ones written).
        for visit in self.g.data.rows(Visit):
            visit.setdefault("meeting_id", None)
        for model, column in ((Difficulty, "agency"), (RoadmapItem, "owner_agency")):
            for row in self.g.data.rows(model):
                named = by_name.get(row[column])
                row["organisation_id"] = named["id"] if named else None
        for index, programme in enumerate(programmes[: len(MEETING_TOPICS)]):
            self._meeting(programme, MEETING_TOPICS[index], by_name, index)

    def _meeting(self, programme: Row, title: str, by_name: dict[str, Row], index: int) -> None:
        companies = [
            a["company_id"]
            for a in self.g.data.rows(Assignment)
            if a["programme_id"] == programme["id"]
        ]
        if len(companies) < 2:
            return
        chosen = self.rng.sample(companies, min(len(companies), self.rng.randrange(5, 16)))
        day = self.g.today - dt.timedelta(days=30 + 45 * index)
        when = dt.datetime.combine(day, dt.time(14), dt.UTC)
        city, bank = by_name["광주광역시"], by_name["광주신용보증재단"]
        meeting = self._stamp(
            {
                "programme_id": programme["id"],
                "organiser_id": city["id"],
                "held_on": day,
                "title": title,
                "place": "테크노파크 대회의실",
                "notes": "",
                "attendees": [
                    {
                        "name": self.g._person(),
                        "position": "경제일자리실장",
                        "organisation_id": str(city["id"]),
                        "company_id": None,
                    }
                ],
            },
            when,
        )
        self.g.data.rows(Meeting).append(meeting)
        raised: list[Row] = []
        for company_id in chosen:
            visit = self._stamp(
                {
                    "company_id": company_id,
                    "coach_id": self.g.supervisor["id"],
                    "programme_id": programme["id"],
                    "meeting_id": meeting["id"],
                    "visit_date": day,
                    "place": meeting["place"],
                    "attendees": "대표",
                    "purpose": title,
                    "notes": "",
                    "reviewed_at": None,
                    "reviewed_by": None,
                },
                when,
            )
            self.g.data.rows(Visit).append(visit)
            if self.rng.random() < 0.4:
                category = self.rng.choice(
                    [
                        DifficultyCategory.FUNDING,
                        DifficultyCategory.MANPOWER,
                        DifficultyCategory.EXPORT_MARKETING,
                    ]
                )
                row = self._stamp(
                    {
                        "company_id": company_id,
                        "visit_id": visit["id"],
                        "category": category.value,
                        "description": self.rng.choice(
                            self.g.recipe["difficulties"][category.value]
                        ),
                        "severity": Severity.HIGH.value,
                        "requested_support": "",
                        "agency": city["name"],
                        "organisation_id": city["id"],
                        "status": DifficultyStatus.OPEN.value,
                        "resolution": "",
                        "followed_up_visit_id": None,
                        "resolved_on": None,
                    },
                    when,
                )
                self.g.data.rows(Difficulty).append(row)
                self.g._difficulty_history(row, day)
                raised.append(row)
        if not raised:
            return
        decided = day + dt.timedelta(days=14)
        self.g.data.rows(Measure).append(
            self._stamp(
                {
                    "company_id": None,
                    "meeting_id": meeting["id"],
                    "programme_id": programme["id"],
                    "organisation_id": bank["id"],
                    "title": "특례보증 확대",
                    "description": "추가경정예산으로 증액",
                    "amount": 2_000_000_000,
                    "source": FundSource.LOCAL.value,
                    "status": MeasureStatus.DECIDED.value,
                    "decided_on": decided,
                    "due_on": decided + dt.timedelta(days=180),
                    "done_on": None,
                    "difficulty_ids": [str(r["id"]) for r in raised],
                },
                dt.datetime.combine(decided, dt.time(10), dt.UTC),
            )
        )
        first = raised[0]
        self.g.data.rows(Measure).append(
            self._stamp(
                {
                    "company_id": first["company_id"],
                    "meeting_id": meeting["id"],
                    "programme_id": programme["id"],
                    "organisation_id": programme["organisation_id"],
                    "title": "맞춤형 현장 컨설팅",
                    "description": "",
                    "amount": 30_000_000,
                    "source": FundSource.NATIONAL.value,
                    "status": MeasureStatus.IN_PROGRESS.value,
                    "decided_on": decided,
                    "due_on": decided + dt.timedelta(days=90),
                    "done_on": None,
                    "difficulty_ids": [str(first["id"])],
                },
                dt.datetime.combine(decided, dt.time(11), dt.UTC),
            )
        )
