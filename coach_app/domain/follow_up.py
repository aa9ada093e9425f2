"""Follow-up: when each open difficulty, measure and roadmap item is due.

Every open item has a due date, either explicit or by these rules:

- a difficulty is due on the date its coach set (``due_on``, not before the visit that
  raised it); without one, a number of days after that visit, fewer the more severe it
  is (``DIFFICULTY_DAYS``: 긴급 7, 높음 14, 보통 30, 낮음 60);
- a measure is due on its ``due_on``; without one, ``MEASURE_DAYS`` after it was decided,
  or after it was recorded when it has no decision date either;
- a roadmap item is due on its end date; without one, ``ITEM_DAYS`` after its start, or
  after it was recorded.

A follow-up is overdue the day after its due date, and due this week from today to the
Sunday of the current (Monday-first) week.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from coach_app.domain.choices import Choice, label_choices
from coach_app.domain.difficulty import DifficultyStatus, Severity
from coach_app.domain.meeting import MeasureStatus
from coach_app.domain.roadmap import ItemStatus

DIFFICULTY_DAYS: dict[Severity, int] = {
    Severity.CRITICAL: 7,
    Severity.HIGH: 14,
    Severity.MEDIUM: 30,
    Severity.LOW: 60,
}
_DAYS_BY_VALUE = {severity.value: days for severity, days in DIFFICULTY_DAYS.items()}
MEASURE_DAYS = 30
ITEM_DAYS = 90

# Statuses that still need someone to act.
OPEN_DIFFICULTY = frozenset({DifficultyStatus.OPEN, DifficultyStatus.IN_PROGRESS})
OPEN_MEASURE = frozenset({MeasureStatus.PLANNED, MeasureStatus.DECIDED, MeasureStatus.IN_PROGRESS})
OPEN_ITEM = frozenset({ItemStatus.PLANNED, ItemStatus.IN_PROGRESS})


class FollowUpKind(Choice):
    DIFFICULTY = "difficulty"
    MEASURE = "measure"
    ROADMAP_ITEM = "roadmap_item"


label_choices(
    {
        FollowUpKind.DIFFICULTY: ("애로사항", "Difficulty"),
        FollowUpKind.MEASURE: ("지원 조치", "Measure"),
        FollowUpKind.ROADMAP_ITEM: ("로드맵 과제", "Roadmap item"),
    }
)


def difficulty_due(raised_on: dt.date, severity: str, due_on: dt.date | None = None) -> dt.date:
    """When a difficulty raised on ``raised_on`` must have been followed up."""
    if due_on is not None:
        return due_on
    # By stored value first: parsing labels is slow over a supervisor's 100,000 rows.
    days = _DAYS_BY_VALUE.get(severity)
    if days is None:
        days = DIFFICULTY_DAYS[Severity.parse(severity) or Severity.MEDIUM]
    return raised_on + dt.timedelta(days=days)


def measure_due(
    due_on: dt.date | None, decided_on: dt.date | None, recorded_on: dt.date
) -> dt.date:
    if due_on is not None:
        return due_on
    return (decided_on or recorded_on) + dt.timedelta(days=MEASURE_DAYS)


def item_due(ends_on: dt.date | None, starts_on: dt.date | None, recorded_on: dt.date) -> dt.date:
    if ends_on is not None:
        return ends_on
    return (starts_on or recorded_on) + dt.timedelta(days=ITEM_DAYS)


def week_of(today: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the week holding ``today``."""
    monday = today - dt.timedelta(days=today.weekday())
    return monday, monday + dt.timedelta(days=6)


@dataclass(frozen=True)
class FollowUp:
    """One open item waiting for its follow-up."""

    kind: FollowUpKind
    id: uuid.UUID
    company_id: uuid.UUID | None  # None: a measure for every company concerned
    company: str
    title: str
    raised_on: dt.date
    due_on: dt.date

    def overdue(self, today: dt.date) -> bool:
        return self.due_on < today

    def due_this_week(self, today: dt.date) -> bool:
        return today <= self.due_on <= week_of(today)[1]

    def age(self, today: dt.date) -> int:
        """Days since it was raised."""
        return (today - self.raised_on).days

    def days_late(self, today: dt.date) -> int:
        return (today - self.due_on).days


def sort_out(follow_ups: list[FollowUp], today: dt.date) -> tuple[list[FollowUp], list[FollowUp]]:
    """The overdue ones (most late first) and those due this week (soonest first)."""
    overdue = sorted(
        (f for f in follow_ups if f.overdue(today)), key=lambda f: (f.due_on, f.company)
    )
    week = sorted(
        (f for f in follow_ups if f.due_this_week(today)), key=lambda f: (f.due_on, f.company)
    )
    return overdue, week
