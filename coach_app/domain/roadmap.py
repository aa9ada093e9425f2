"""Roadmap items: the stages a company moves through and how an item is funded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from coach_app.domain.choices import Choice, label_choices
from coach_app.domain.errors import FieldProblem
from coach_app.domain.messages import pick
from coach_app.domain.validate import collect, date_order, not_negative, required_text


class Stage(Choice):
    RND_PLANNING = "rnd_planning"
    IP = "ip"
    PROTOTYPE = "prototype"
    CERTIFICATION = "certification"
    COMMERCIALISATION = "commercialisation"
    EXPORT = "export"
    SMART_FACTORY = "smart_factory"


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
        Stage.SMART_FACTORY: ("스마트공장·디지털화", "Smart factory / digitalisation"),
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


@dataclass(frozen=True)
class Scheduled:
    """What the dependency rules need of an item: its key, dates and predecessors."""

    key: str
    title: str
    starts_on: dt.date | None
    ends_on: dt.date | None
    depends_on: tuple[str, ...] = ()


def dependency_problems(items: Sequence[Scheduled]) -> dict[str, list[str]]:
    """Broken dependencies by item key: unknown or circular predecessors, and an item
    that starts before one of its predecessors ends."""
    by_key = {item.key: item for item in items}
    found: dict[str, list[str]] = {}
    for item in items:
        for key in item.depends_on:
            before = by_key.get(key)
            if key == item.key:
                problem = pick("자기 자신을 선행 과제로 둘 수 없습니다", "depends on itself")
            elif before is None:
                problem = pick(
                    "선행 과제가 로드맵에 없습니다", "its predecessor is not in the roadmap"
                )
            elif (
                item.starts_on is not None
                and before.ends_on is not None
                and item.starts_on < before.ends_on
            ):
                problem = pick(
                    f"선행 과제 '{before.title}'가 끝나는 {before.ends_on:%Y-%m-%d} 전에 "
                    f"시작합니다 ({item.starts_on:%Y-%m-%d})",
                    f"starts on {item.starts_on:%Y-%m-%d}, before its predecessor "
                    f"'{before.title}' ends on {before.ends_on:%Y-%m-%d}",
                )
            else:
                continue
            found.setdefault(item.key, []).append(problem)
    for key in _in_cycles(by_key):
        found.setdefault(key, []).append(
            pick("선행 관계가 순환합니다", "its dependencies go round in a circle")
        )
    return found


def _in_cycles(by_key: dict[str, Scheduled]) -> set[str]:
    """Keys on a dependency cycle (depth-first search with colours)."""
    state: dict[str, int] = {}  # 1: on the current path, 2: finished
    cyclic: set[str] = set()

    def visit(key: str, path: list[str]) -> None:
        state[key] = 1
        path.append(key)
        for nxt in by_key[key].depends_on:
            if nxt not in by_key or nxt == key:
                continue
            if state.get(nxt) == 1:
                cyclic.update(path[path.index(nxt) :])
            elif nxt not in state:
                visit(nxt, path)
        path.pop()
        state[key] = 2

    for key in by_key:
        if key not in state:
            visit(key, [])
    return cyclic
