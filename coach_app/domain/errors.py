"""Errors the domain and the services raise: each names the field and the problem."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field

from coach_app.domain.messages import field_label, problem_text


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with one input field, e.g. ``brn`` / ``brn_check_digit``."""

    field: str
    code: str
    params: dict[str, object] = dataclass_field(default_factory=dict)

    @property
    def message(self) -> str:
        """The problem alone, for showing next to its field."""
        return problem_text(self.code, **self.params)

    def __str__(self) -> str:
        return f"{field_label(self.field)}: {self.message}"


class CoachError(Exception):
    """Base of every error Coach expects and explains to the user."""


class ValidationError(CoachError):
    """Input that cannot be saved; ``problems`` say which fields and why."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def for_field(self, name: str) -> list[FieldProblem]:
        return [p for p in self.problems if p.field == name]


def check(problems: list[FieldProblem]) -> None:
    """Raise ``ValidationError`` if there is anything in ``problems``."""
    if problems:
        raise ValidationError(problems)


class RuleViolation(CoachError):
    """A rule of the workflow forbids the action (e.g. a coach approving a roadmap)."""

    def __init__(self, problem: FieldProblem) -> None:
        self.problem = problem
        super().__init__(str(problem))


class Cancelled(Exception):
    """The person stopped long work; what it had done so far is undone or never written.

    Not a ``CoachError``: nothing went wrong, so there is nothing to explain."""
