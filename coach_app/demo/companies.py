"""Companies and their history: contact, assignment, visits with difficulties, then
diagnoses and roadmaps."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

from coach_app.demo.base import Row
from coach_app.demo.plans import PlanBuilder
from coach_app.domain import brn
from coach_app.domain.company import Designation, SupplierTier, search_text
from coach_app.domain.difficulty import DifficultyCategory, DifficultyStatus, Severity
from coach_app.store.models import Assignment, Company, Contact, Difficulty, Visit

# Words a company name may grow by when the short form is taken.
_NAME_EXTRAS = ("", "산업", "테크", "코리아", "글로벌", "이엔지", "시스템", "솔루션", "인더스트리")


class CompanyBuilder(PlanBuilder):
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
                        "resolved_on": (
                            min(day + dt.timedelta(days=30), self.today) if resolution else None
                        ),
                    },
                    when,
                )
            )
            self._difficulty_history(self.data.rows(Difficulty)[-1], day)
        return uuid.UUID(str(visit["id"]))

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
