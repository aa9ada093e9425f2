"""사업 (support programme run by the agency) with its budget split by funding source."""

from __future__ import annotations

from dataclasses import dataclass, field

from coach_app.domain.errors import FieldProblem
from coach_app.domain.money import format_won
from coach_app.domain.roadmap import Budget
from coach_app.domain.validate import collect, not_negative, required_text

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
