"""간담회 and 지원 조치: one event with several companies, and the measures that answer them.

A meeting is stored as one ``meetings`` row plus, for each company that took part, an
ordinary visit row carrying ``meeting_id``. The difficulties a company raised hang on its
own visit, so they belong to that company and every visit and difficulty screen, report
and follow-up keeps working; summaries count such visits once per distinct meeting.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from coach_app.domain.choices import Choice, label_choices
from coach_app.domain.difficulty import DifficultyDraft, DifficultyStatus
from coach_app.domain.errors import FieldProblem
from coach_app.domain.programme import FundSource
from coach_app.domain.validate import collect, date_order, not_negative, required_text, text_length
from coach_app.domain.visit import is_planned


@dataclass(frozen=True)
class Attendee:
    """Someone at a meeting, from an organisation or from a company (or neither)."""

    name: str
    position: str = ""
    organisation_id: uuid.UUID | None = None
    company_id: uuid.UUID | None = None


@dataclass
class MeetingCompany:
    """A company at the meeting and the difficulties it raised there.

    ``stored`` is for a meeting being corrected: for each difficulty, in order, the stored
    difficulty it rewrites (None: a new one). Stored difficulties left out are removed.
    """

    company_id: uuid.UUID
    difficulties: list[DifficultyDraft] = field(default_factory=list)
    notes: str = ""
    stored: list[uuid.UUID | None] = field(default_factory=list)

    def rows(self) -> list[tuple[uuid.UUID | None, DifficultyDraft]]:
        """Each difficulty with the stored one it rewrites (None: new)."""
        known = self.stored + [None] * (len(self.difficulties) - len(self.stored))
        return list(zip(known, self.difficulties, strict=False))


@dataclass
class MeetingDraft:
    held_on: dt.date | None
    title: str
    place: str = ""
    notes: str = ""
    programme_id: uuid.UUID | None = None
    organiser_id: uuid.UUID | None = None
    attendees: list[Attendee] = field(default_factory=list)
    companies: list[MeetingCompany] = field(default_factory=list)

    def problems(self) -> list[FieldProblem]:
        found = collect(
            required_text("title", self.title, 200),
            text_length("place", self.place, 200),
        )
        if self.held_on is None:
            found.append(FieldProblem("held_on", "required"))
        if not self.companies:
            found.append(FieldProblem("companies", "required"))
        ids = [c.company_id for c in self.companies]
        if len(set(ids)) != len(ids):
            found.append(FieldProblem("companies", "duplicate_company"))
        for attendee in self.attendees:
            problem = required_text("attendees", attendee.name, 50)
            if problem is not None:
                found.append(problem)
        planned = self.held_on is not None and is_planned(self.held_on)
        for company in self.companies:
            for index, difficulty in enumerate(company.difficulties):
                found.extend(
                    FieldProblem(f"difficulties[{index}].{p.field}", p.code, p.params)
                    for p in difficulty.problems(self.held_on)
                )
                # Noted ahead of the meeting, it is raised there and followed up after it.
                status = DifficultyStatus.parse(difficulty.status)
                if planned and status not in (None, DifficultyStatus.OPEN):
                    found.append(FieldProblem(f"difficulties[{index}].status", "planned_only_open"))
        return found


class MeasureStatus(Choice):
    PLANNED = "planned"
    DECIDED = "decided"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


label_choices(
    {
        MeasureStatus.PLANNED: ("검토 중", "Under consideration"),
        MeasureStatus.DECIDED: ("확정", "Decided"),
        MeasureStatus.IN_PROGRESS: ("시행 중", "Under way"),
        MeasureStatus.DONE: ("완료", "Done"),
        MeasureStatus.DROPPED: ("취소", "Dropped"),
    }
)


@dataclass
class MeasureDraft:
    """지원 조치: what is done, by whom, with how much money from where, answering what.

    ``company_id`` None: a measure for every company concerned (특례보증 for the whole
    cluster), written by supervisors; otherwise a measure for one company, which a coach
    assigned to it may write. ``difficulty_ids`` are the difficulties it answers.
    """

    title: str
    amount: int | None = None
    source: str | None = None
    status: str = MeasureStatus.PLANNED.value
    description: str = ""
    company_id: uuid.UUID | None = None
    meeting_id: uuid.UUID | None = None
    programme_id: uuid.UUID | None = None
    organisation_id: uuid.UUID | None = None
    decided_on: dt.date | None = None
    due_on: dt.date | None = None
    done_on: dt.date | None = None
    difficulty_ids: list[uuid.UUID] = field(default_factory=list)

    def problems(self) -> list[FieldProblem]:
        found = collect(
            required_text("title", self.title, 200),
            not_negative("amount", self.amount),
            date_order("due_on", self.decided_on, self.due_on),
            date_order("done_on", self.decided_on, self.done_on),
        )
        if self.source is not None and FundSource.parse(self.source) is None:
            found.append(FieldProblem("source", "unknown_choice", {"value": self.source}))
        status = MeasureStatus.parse(self.status)
        if status is None:
            found.append(FieldProblem("status", "unknown_choice", {"value": self.status}))
        if status is MeasureStatus.DONE and self.done_on is None:
            found.append(FieldProblem("done_on", "required"))
        return found
