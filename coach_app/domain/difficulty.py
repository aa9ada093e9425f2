"""기업 애로사항: what holds a company back, tracked to resolution across visits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from coach_app.domain.choices import Choice, label_choices
from coach_app.domain.errors import FieldProblem, RuleViolation
from coach_app.domain.validate import collect, required_text, text_length


class DifficultyCategory(Choice):
    FUNDING = "funding"
    SALES = "sales"
    MANPOWER = "manpower"
    FOREIGN_WORKERS = "foreign_workers"
    TECHNOLOGY = "technology"
    IP = "ip"
    CERTIFICATION = "certification"
    EXPORT_MARKETING = "export_marketing"
    SMART_FACTORY = "smart_factory"
    REGULATION = "regulation"
    OTHER = "other"


class Severity(Choice):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class DifficultyStatus(Choice):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CLOSED = "closed"


label_choices(
    {
        DifficultyCategory.FUNDING: ("자금·유동성", "Funding / liquidity"),
        DifficultyCategory.SALES: ("판로·납품", "Sales and delivery channels"),
        DifficultyCategory.MANPOWER: ("인력", "Manpower"),
        DifficultyCategory.FOREIGN_WORKERS: ("외국인력", "Foreign workers"),
        DifficultyCategory.TECHNOLOGY: ("기술·R&D", "Technology / R&D"),
        DifficultyCategory.IP: ("지식재산권", "Intellectual property"),
        DifficultyCategory.CERTIFICATION: ("인증·시험", "Certification / testing"),
        DifficultyCategory.EXPORT_MARKETING: ("수출·해외마케팅", "Export marketing"),
        DifficultyCategory.SMART_FACTORY: ("스마트공장·디지털화", "Smart factory / digitalisation"),
        DifficultyCategory.REGULATION: ("규제·인허가", "Regulation / permits"),
        DifficultyCategory.OTHER: ("기타", "Other"),
        Severity.LOW: ("낮음", "Low"),
        Severity.MEDIUM: ("보통", "Medium"),
        Severity.HIGH: ("높음", "High"),
        Severity.CRITICAL: ("긴급", "Critical"),
        DifficultyStatus.OPEN: ("접수", "Open"),
        DifficultyStatus.IN_PROGRESS: ("조치 중", "In progress"),
        DifficultyStatus.RESOLVED: ("해결", "Resolved"),
        DifficultyStatus.CLOSED: ("종결", "Closed"),
    }
)

# Where a difficulty may go next. Resolved and closed ones can be reopened when the
# problem comes back at a later visit.
TRANSITIONS: dict[DifficultyStatus, frozenset[DifficultyStatus]] = {
    DifficultyStatus.OPEN: frozenset(
        {DifficultyStatus.IN_PROGRESS, DifficultyStatus.RESOLVED, DifficultyStatus.CLOSED}
    ),
    DifficultyStatus.IN_PROGRESS: frozenset(
        {DifficultyStatus.OPEN, DifficultyStatus.RESOLVED, DifficultyStatus.CLOSED}
    ),
    DifficultyStatus.RESOLVED: frozenset({DifficultyStatus.OPEN}),
    DifficultyStatus.CLOSED: frozenset({DifficultyStatus.OPEN}),
}

# Statuses that end the follow-up: they need a resolution saying what happened.
FINISHED = frozenset({DifficultyStatus.RESOLVED, DifficultyStatus.CLOSED})


def check_transition(source: DifficultyStatus, target: DifficultyStatus, resolution: str) -> None:
    """Raise RuleViolation unless a difficulty may move from ``source`` to ``target``."""
    if source == target:
        return
    if target not in TRANSITIONS[source]:
        raise RuleViolation(
            FieldProblem("status", "transition", {"source": source.label, "target": target.label})
        )
    if target in FINISHED and not resolution.strip():
        raise RuleViolation(FieldProblem("resolution", "required"))


def due_problems(
    status: DifficultyStatus, due_on: dt.date | None, raised_on: dt.date, field: str = "due_on"
) -> list[FieldProblem]:
    """Why a stored difficulty's due date may not move to ``due_on`` (None: the severity
    rule's): a finished one needs no follow-up any more (its date stays as it was), and
    none is due before it was raised."""
    if status in FINISHED:
        return [FieldProblem(field, "due_finished", {"status": status.label})]
    if due_on is not None and due_on < raised_on:
        return [FieldProblem(field, "due_before_raised", {"raised": raised_on})]
    return []


@dataclass
class DifficultyDraft:
    category: str
    description: str
    severity: str = Severity.MEDIUM.value
    requested_support: str = ""
    agency: str = ""
    status: str = DifficultyStatus.OPEN.value
    resolution: str = ""
    # Set by the coach; None: the rule's date (coach_app.domain.follow_up.difficulty_due).
    due_on: dt.date | None = None

    def problems(self, raised_on: dt.date | None = None) -> list[FieldProblem]:
        """What is wrong with it, raised at a visit on ``raised_on`` (when known)."""
        found = collect(
            required_text("description", self.description, 5000),
            text_length("requested_support", self.requested_support, 2000),
            text_length("agency", self.agency, 100),
            text_length("resolution", self.resolution, 5000),
        )
        if DifficultyCategory.parse(self.category) is None:
            code = "required" if not self.category else "unknown_choice"
            found.append(FieldProblem("category", code, {"value": self.category}))
        if Severity.parse(self.severity) is None:
            found.append(FieldProblem("severity", "unknown_choice", {"value": self.severity}))
        status = DifficultyStatus.parse(self.status)
        if status is None:
            found.append(FieldProblem("status", "unknown_choice", {"value": self.status}))
        elif status in FINISHED and not self.resolution.strip():
            found.append(FieldProblem("resolution", "required"))
        if self.due_on is not None and raised_on is not None and self.due_on < raised_on:
            found.append(FieldProblem("due_on", "due_before_raised", {"raised": raised_on}))
        return found


class DifficultyFields(Protocol):
    """A stored difficulty as the store or a service record holds it."""

    @property
    def category(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def severity(self) -> str: ...
    @property
    def requested_support(self) -> str: ...
    @property
    def agency(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def resolution(self) -> str: ...
    @property
    def due_on(self) -> dt.date | None: ...


def draft_of(stored: DifficultyFields) -> DifficultyDraft:
    """A stored difficulty as a draft to show or correct (the one place that copies it)."""
    return DifficultyDraft(
        stored.category,
        stored.description,
        stored.severity,
        stored.requested_support,
        stored.agency,
        stored.status,
        stored.resolution,
        stored.due_on,
    )
