"""현장 방문: one visit of a coach to a company."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coach_app.domain.difficulty import DifficultyDraft
from coach_app.domain.errors import FieldProblem
from coach_app.domain.validate import collect, text_length

# Notes are where a coach writes everything; keep a bound only against accidents.
NOTES_MAX = 2_000_000
# A visit may be entered ahead as planned, but not absurdly far ahead.
PLANNING_HORIZON = dt.timedelta(days=366)


@dataclass
class VisitDraft:
    visit_date: dt.date | None
    place: str = ""
    attendees: str = ""
    purpose: str = ""
    notes: str = ""
    difficulties: list[DifficultyDraft] = field(default_factory=list)

    def problems(self, today: dt.date | None = None) -> list[FieldProblem]:
        today = today or dt.date.today()
        found = collect(
            text_length("place", self.place, 200),
            text_length("attendees", self.attendees, 2000),
            text_length("purpose", self.purpose, 2000),
            text_length("notes", self.notes, NOTES_MAX),
        )
        if self.visit_date is None:
            found.append(FieldProblem("visit_date", "required"))
        elif self.visit_date > today + PLANNING_HORIZON:
            found.append(FieldProblem("visit_date", "future_date"))
        for index, difficulty in enumerate(self.difficulties):
            found.extend(
                FieldProblem(f"difficulties[{index}].{p.field}", p.code, p.params)
                for p in difficulty.problems()
            )
        return found
