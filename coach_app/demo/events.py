"""Organisations, programme plans, meetings (간담회) and the measures taken."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from coach_app.demo.base import Part, Row
from coach_app.domain.difficulty import DifficultyCategory, DifficultyStatus, Severity
from coach_app.domain.meeting import MeasureStatus
from coach_app.domain.organisation import OrganisationKind
from coach_app.domain.programme import FundSource
from coach_app.store.models import (
    Assignment,
    Difficulty,
    Measure,
    Meeting,
    Organisation,
    ProgrammeBudget,
    ProgrammeOrganisation,
    RoadmapItem,
    Visit,
)

if TYPE_CHECKING:
    pass


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


class FieldEvents(Part):
    """Organisations, programme plans, a few meetings (간담회) and the measures taken."""

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
