"""현장 방문: one visit of a coach to a company."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from coach_app.domain.difficulty import DifficultyDraft, DifficultyStatus
from coach_app.domain.errors import FieldProblem
from coach_app.domain.validate import collect, text_length


class Dated(Protocol):
    @property
    def visit_date(self) -> dt.date: ...


V = TypeVar("V", bound=Dated)

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
            last = today + PLANNING_HORIZON
            found.append(FieldProblem("visit_date", "beyond_planning_horizon", {"last": last}))
        planned = self.visit_date is not None and is_planned(self.visit_date, today)
        for index, difficulty in enumerate(self.difficulties):
            found.extend(
                FieldProblem(f"difficulties[{index}].{p.field}", p.code, p.params)
                for p in difficulty.problems(self.visit_date)
            )
            # Noted ahead, it is raised at the visit and followed up after it.
            status = DifficultyStatus.parse(difficulty.status)
            if planned and status not in (None, DifficultyStatus.OPEN):
                found.append(FieldProblem(f"difficulties[{index}].status", "planned_only_open"))
        return found


def is_planned(visit_date: dt.date, today: dt.date | None = None) -> bool:
    """A visit dated after ``today`` has not happened yet: it is a planned visit. It is shown
    as planned and never counts as the company's latest visit."""
    return visit_date > (today or dt.date.today())


def latest_held(visits: Sequence[V], today: dt.date | None = None) -> V | None:
    """The newest visit that has taken place, from ``visits`` given newest first."""
    day = today or dt.date.today()
    return next((v for v in visits if not is_planned(v.visit_date, day)), None)


@dataclass(frozen=True)
class ProgrammeOption:
    """A programme a visit may belong to: one the company is assigned to on the visit date."""

    id: uuid.UUID
    name: str
    year: int


def visit_programme(
    options: Sequence[ProgrammeOption], chosen: uuid.UUID | None
) -> tuple[uuid.UUID | None, list[FieldProblem]]:
    """The programme a visit is stored under, or the problem why none can be chosen.

    A visit without a programme drops out of the programme's satisfaction results, impact
    report and calendar targets, so "no programme" is only right when the company has no
    open assignment on that day. With exactly one, that is the visit's programme; with
    several, only the coach knows which one the visit was for, so it must be chosen.
    A programme chosen outright is kept (an earlier visit may belong to an assignment
    that has ended since)."""
    if chosen is not None:
        return chosen, []
    ids = list(dict.fromkeys(option.id for option in options))
    if len(ids) == 1:
        return ids[0], []
    if not ids:
        return None, []
    names = ", ".join(dict.fromkeys(option.name for option in options))
    return None, [FieldProblem("programme", "programme_to_choose", {"names": names})]
