"""Follow-up: when each open difficulty, measure and roadmap item is due.

Every open item has a due date, either explicit or by these rules:

- a difficulty is due on the date its coach set (``due_on``, not before the visit that
  raised it); without one, a number of days after that visit, fewer the more severe it
  is (``DIFFICULTY_DAYS``: 긴급 7, 높음 14, 보통 30, 낮음 60);
- a measure is due on its ``due_on``; without one, ``MEASURE_DAYS`` after it was decided,
  or after it was recorded when it has no decision date either;
- a roadmap item is due on its end date; without one, ``ITEM_DAYS`` after its start, or
  after it was recorded.

A follow-up is overdue the day after its due date, and coming up from today to six days
later (``next_days``): on a Sunday the next seven days still hold Monday's plans, which
"this week" would not.

Whose follow-ups they are (``in_charge``): a coach's are those of the companies assigned
to them that day, and what they raised themselves (the difficulties of their own visits,
the measures they recorded, the items of their own roadmaps) — what ``domain.permissions``
lets them act on, and on a laptop that does not sync (where nobody is assigned) still all
of their own work. A supervisor or an administrator looks after every company's, shared
measures included.
The same rule fills the 오늘 page and counts the dashboard's overdue follow-ups by coach.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from coach_app.domain.choices import Choice, label_choices
from coach_app.domain.difficulty import DifficultyStatus, Severity
from coach_app.domain.meeting import MeasureStatus
from coach_app.domain.roadmap import ItemStatus
from coach_app.domain.roles import Role

DIFFICULTY_DAYS: dict[Severity, int] = {
    Severity.CRITICAL: 7,
    Severity.HIGH: 14,
    Severity.MEDIUM: 30,
    Severity.LOW: 60,
}
_DAYS_BY_VALUE = {severity.value: days for severity, days in DIFFICULTY_DAYS.items()}
MEASURE_DAYS = 30
ITEM_DAYS = 90
# Today and the six days after it.
COMING_DAYS = 7

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


def next_days(today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of the coming ``COMING_DAYS``, today included."""
    return today, today + dt.timedelta(days=COMING_DAYS - 1)


def in_charge(role: Role, person: uuid.UUID | None) -> uuid.UUID | None:
    """The coach whose follow-ups ``person`` looks after, or None for every company's
    (a supervisor, an administrator, or nobody signed in on a laptop of one's own)."""
    return person if role is Role.COACH else None


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

    def coming(self, today: dt.date) -> bool:
        """Due today or in the next days (``next_days``)."""
        first, last = next_days(today)
        return first <= self.due_on <= last

    def age(self, today: dt.date) -> int:
        """Days since it was raised."""
        return (today - self.raised_on).days

    def days_late(self, today: dt.date) -> int:
        return (today - self.due_on).days


def sort_out(follow_ups: list[FollowUp], today: dt.date) -> tuple[list[FollowUp], list[FollowUp]]:
    """The overdue ones (most late first) and those coming up (soonest first)."""
    overdue = sorted(
        (f for f in follow_ups if f.overdue(today)), key=lambda f: (f.due_on, f.company)
    )
    week = sorted((f for f in follow_ups if f.coming(today)), key=lambda f: (f.due_on, f.company))
    return overdue, week
