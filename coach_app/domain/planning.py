"""Planning: a visit dated after today is a plan; moving one, and a target against the
visits planned and done."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coach_app.domain.errors import FieldProblem, RuleViolation
from coach_app.domain.messages import PROBLEMS
from coach_app.domain.visit import is_planned

PROBLEMS.update(
    {
        "plan_held": (
            "이미 지난 방문은 옮길 수 없습니다. 예정된 방문만 다른 날로 옮길 수 있습니다.",
            "has already taken place; only a planned visit can be moved to another day.",
        ),
        "plan_to_past": (
            "계획은 오늘이나 그 이후 날짜로만 옮길 수 있습니다.",
            "can only be moved to today or a later day.",
        ),
        "plan_has_draft": (
            "저장하지 않은 편집 내용이 있습니다. 먼저 방문을 열어 저장하거나 버리세요.",
            "has unsaved changes; open the visit and save or discard them first.",
        ),
        "plan_outside_meeting": (
            "간담회에 딸린 방문은 간담회와 함께 옮겨야 합니다.",
            "belongs to a meeting; it moves with the meeting.",
        ),
    }
)


def check_move(visit_date: dt.date, new_date: dt.date, today: dt.date) -> None:
    """Only a plan moves, and only to a day that is not yet past."""
    if not is_planned(visit_date, today):
        raise RuleViolation(FieldProblem("visit", "plan_held"))
    if new_date < today:
        raise RuleViolation(FieldProblem("visit_date", "plan_to_past"))


def target_deadline(year: int, ends_on: dt.date | None) -> dt.date:
    """The day a programme's targets fall due. They are set for the programme's whole
    period, so its last day; one that sets no end runs for its year (15 visits by year-end)."""
    return ends_on or dt.date(year, 12, 31)


@dataclass(frozen=True)
class TargetProgress:
    """One target of a programme (e.g. 15 visits by its end) against what is done and what
    is planned by then; ``target`` is None where the programme sets none."""

    target: int | None
    done: int
    planned: int

    @property
    def remaining(self) -> int:
        """What is neither done nor planned yet to reach the target (never negative)."""
        if self.target is None:
            return 0
        return max(0, self.target - self.done - self.planned)

    @property
    def reached(self) -> bool:
        return self.target is not None and self.done >= self.target

    @property
    def covered(self) -> bool:
        """Done and planned together reach the target."""
        return self.target is not None and self.done + self.planned >= self.target
