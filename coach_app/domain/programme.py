"""사업 (support programme run by the agency) with its budget split by funding source."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from coach_app.domain.choices import Choice, label_choices
from coach_app.domain.errors import FieldProblem
from coach_app.domain.money import format_won
from coach_app.domain.roadmap import Budget
from coach_app.domain.validate import collect, date_order, not_negative, required_text

FIRST_YEAR = 2000
LAST_YEAR = 2100


@dataclass
class ProgrammeDraft:
    name: str
    year: int
    budget: int = 0
    funding: Budget = field(default_factory=Budget)

    def problems(self) -> list[FieldProblem]:
        found = collect(required_text("name", self.name, 100), not_negative("budget", self.budget))
        if not FIRST_YEAR <= self.year <= LAST_YEAR:
            found.append(FieldProblem("year", "year_range", {"low": FIRST_YEAR, "high": LAST_YEAR}))
        found.extend(self.funding.problems())
        if self.funding.total and self.funding.total != self.budget:
            found.append(
                FieldProblem(
                    "funding",
                    "funding_sum",
                    {"total": format_won(self.funding.total), "budget": format_won(self.budget)},
                )
            )
        return found


class FundSource(Choice):
    """Where a programme's or a measure's money comes from (wider than a roadmap item's)."""

    NATIONAL = "national"  # 국비
    LOCAL = "local"  # 시비·도비
    COMPANY = "company"  # 자부담
    LOAN = "loan"  # 융자
    PRIVATE = "private"  # 민간 (은행 출연 등)
    OTHER = "other"


label_choices(
    {
        FundSource.NATIONAL: ("국비", "National"),
        FundSource.LOCAL: ("시비·도비", "City / province"),
        FundSource.COMPANY: ("자부담", "Company share"),
        FundSource.LOAN: ("융자", "Loan"),
        FundSource.PRIVATE: ("민간", "Private"),
        FundSource.OTHER: ("기타", "Other"),
    }
)


@dataclass(frozen=True)
class YearBudget:
    """One year's money of a programme from one source, in integer KRW."""

    year: int
    source: str
    amount: int


@dataclass(frozen=True)
class Participant:
    """An organisation taking part in a programme, and its role there (총괄, 금융 …)."""

    organisation_id: uuid.UUID
    role: str


@dataclass
class ProgrammePlan:
    """A programme over a period: budget per year and source, targets, who takes part."""

    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    budgets: list[YearBudget] = field(default_factory=list)
    target_visits: int | None = None
    target_companies: int | None = None
    target_measures: int | None = None
    participants: list[Participant] = field(default_factory=list)

    def problems(self) -> list[FieldProblem]:
        found = collect(
            date_order("ends_on", self.starts_on, self.ends_on),
            not_negative("target_visits", self.target_visits),
            not_negative("target_companies", self.target_companies),
            not_negative("target_measures", self.target_measures),
        )
        seen: set[tuple[int, str]] = set()
        for budget in self.budgets:
            if FundSource.parse(budget.source) is None:
                found.append(FieldProblem("budgets", "unknown_choice", {"value": budget.source}))
            if not FIRST_YEAR <= budget.year <= LAST_YEAR:
                found.append(
                    FieldProblem("budgets", "year_range", {"low": FIRST_YEAR, "high": LAST_YEAR})
                )
            elif self._outside(budget.year):
                found.append(FieldProblem("budgets", "year_outside", {"year": budget.year}))
            if budget.amount < 0:
                found.append(FieldProblem("budgets", "not_negative"))
            if (budget.year, budget.source) in seen:
                found.append(FieldProblem("budgets", "duplicate_budget", {"year": budget.year}))
            seen.add((budget.year, budget.source))
        for participant in self.participants:
            problem = required_text("role", participant.role, 50)
            if problem is not None:
                found.append(problem)
        return found

    def _outside(self, year: int) -> bool:
        return (self.starts_on is not None and year < self.starts_on.year) or (
            self.ends_on is not None and year > self.ends_on.year
        )

    @property
    def total(self) -> int:
        return sum(b.amount for b in self.budgets)
