"""Roadmap items: the stages a company moves through and how an item is funded."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coach_app.domain.choices import Choice, label_choices
from coach_app.domain.errors import FieldProblem
from coach_app.domain.validate import collect, date_order, not_negative, required_text


class Stage(Choice):
    RND_PLANNING = "rnd_planning"
    IP = "ip"
    PROTOTYPE = "prototype"
    CERTIFICATION = "certification"
    COMMERCIALISATION = "commercialisation"
    EXPORT = "export"


class FundingSource(Choice):
    NATIONAL = "national"  # 국비
    LOCAL = "local"  # 시비·도비
    COMPANY = "company"  # 자부담


class ItemStatus(Choice):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


label_choices(
    {
        Stage.RND_PLANNING: ("R&D 기획", "R&D planning"),
        Stage.IP: ("지식재산", "IP"),
        Stage.PROTOTYPE: ("시제품", "Prototype"),
        Stage.CERTIFICATION: ("인증", "Certification"),
        Stage.COMMERCIALISATION: ("사업화", "Commercialisation"),
        Stage.EXPORT: ("수출", "Export"),
        FundingSource.NATIONAL: ("국비", "National"),
        FundingSource.LOCAL: ("시비·도비", "City / province"),
        FundingSource.COMPANY: ("자부담", "Company share"),
        ItemStatus.PLANNED: ("계획", "Planned"),
        ItemStatus.IN_PROGRESS: ("추진 중", "In progress"),
        ItemStatus.DONE: ("완료", "Done"),
        ItemStatus.DROPPED: ("취소", "Dropped"),
    }
)

STAGE_ORDER = list(Stage)


@dataclass(frozen=True)
class Budget:
    """An amount split by funding source, each in integer KRW."""

    national: int = 0
    local: int = 0
    company: int = 0

    @property
    def total(self) -> int:
        return self.national + self.local + self.company

    def by_source(self) -> dict[FundingSource, int]:
        return {
            FundingSource.NATIONAL: self.national,
            FundingSource.LOCAL: self.local,
            FundingSource.COMPANY: self.company,
        }

    def __add__(self, other: Budget) -> Budget:
        return Budget(
            self.national + other.national, self.local + other.local, self.company + other.company
        )

    def problems(self) -> list[FieldProblem]:
        return collect(
            *(not_negative("budget", v) for v in (self.national, self.local, self.company))
        )


@dataclass
class RoadmapItemDraft:
    title: str
    stage: str
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    budget: Budget = field(default_factory=Budget)

    def problems(self) -> list[FieldProblem]:
        found = collect(
            required_text("name", self.title, 200),
            date_order("ends_on", self.starts_on, self.ends_on),
        )
        found.extend(self.budget.problems())
        if Stage.parse(self.stage) is None:
            found.append(FieldProblem("stage", "unknown_choice", {"value": self.stage}))
        return found
