"""Satisfaction (만족도): the company's representative rates a visit at its end.

The coach hands over the laptop; the representative answers each question on a 1–5
scale (5: very satisfied) and may add a comment. The rating is the company's voice: once
given it is never edited, not even by the coach (the server keeps it append-only), and a
visit is rated once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from coach_app.domain.errors import FieldProblem
from coach_app.domain.messages import FIELD_LABELS, PROBLEMS, pick

LOWEST, HIGHEST = 1, 5


class Question(StrEnum):
    EXPERTISE = "expertise"
    USEFULNESS = "usefulness"
    COMMUNICATION = "communication"
    FOLLOW_UP = "follow_up"
    OVERALL = "overall"

    @property
    def text(self) -> str:
        return pick(*_QUESTIONS[self])

    @property
    def short(self) -> str:
        """A column heading."""
        return pick(*_SHORT[self])


_QUESTIONS = {
    Question.EXPERTISE: (
        "코치의 전문성은 충분했습니까?",
        "Did the coach have the expertise you needed?",
    ),
    Question.USEFULNESS: (
        "이번 방문이 회사의 문제 해결에 도움이 되었습니까?",
        "Did this visit help solve the company's problems?",
    ),
    Question.COMMUNICATION: (
        "설명과 소통은 이해하기 쉬웠습니까?",
        "Were the explanations clear and easy to follow?",
    ),
    Question.FOLLOW_UP: (
        "후속 지원 계획이 분명했습니까?",
        "Is the follow-up support plan clear?",
    ),
    Question.OVERALL: ("전반적으로 만족하십니까?", "Overall, how satisfied are you?"),
}

_SHORT = {
    Question.EXPERTISE: ("전문성", "Expertise"),
    Question.USEFULNESS: ("도움", "Usefulness"),
    Question.COMMUNICATION: ("소통", "Clarity"),
    Question.FOLLOW_UP: ("후속 계획", "Follow-up"),
    Question.OVERALL: ("전반", "Overall"),
}

FIELD_LABELS.update(
    {
        "respondent": ("응답자", "Respondent"),
        "answers": ("평가", "Ratings"),
        "rating": ("만족도 평가", "Satisfaction rating"),
        # A message names the question by its short name ("전문성: 필수 항목입니다"), not
        # the question itself ("…충분했습니까?: 필수 항목입니다").
        **{
            f"answers.{q.value}": (f"평가 ({ko})", f"Rating ({en})")
            for q, (ko, en) in _SHORT.items()
        },
    }
)
PROBLEMS.update(
    {
        "rating_range": ("1~5점 중에서 고르세요.", "choose a score from 1 to 5."),
        "already_rated": (
            "이 방문은 이미 평가되었습니다. 평가는 고칠 수 없습니다.",
            "this visit has already been rated; a rating is never changed.",
        ),
        "planned_not_rated": (
            "아직 열리지 않은 방문은 평가할 수 없습니다.",
            "a visit that has not taken place yet cannot be rated.",
        ),
    }
)


@dataclass(frozen=True)
class RatingDraft:
    answers: Mapping[Question, int] = field(default_factory=dict)
    respondent: str = ""
    position: str = ""
    comment: str = ""

    def problems(self) -> list[FieldProblem]:
        found: list[FieldProblem] = []
        for question in Question:
            score = self.answers.get(question)
            if score is None:
                found.append(FieldProblem(f"answers.{question.value}", "required"))
            elif not LOWEST <= score <= HIGHEST:
                found.append(FieldProblem(f"answers.{question.value}", "rating_range"))
        if not self.respondent.strip():
            found.append(FieldProblem("respondent", "required"))
        for name, limit in (("respondent", 100), ("position", 100), ("comment", 2000)):
            if len(getattr(self, name)) > limit:
                found.append(FieldProblem(name, "too_long", {"max": limit}))
        return found

    def stored_answers(self) -> dict[str, int]:
        return {q.value: int(self.answers[q]) for q in Question if q in self.answers}


@dataclass(frozen=True)
class SatisfactionSummary:
    """Ratings of one coach or programme: how many, and the mean per question and overall."""

    name: str
    ratings: int
    means: dict[Question, float]

    @property
    def mean(self) -> float | None:
        """The mean of the question means (each question weighs the same)."""
        return sum(self.means.values()) / len(self.means) if self.means else None


def summarise(name: str, ratings: Iterable[Mapping[str, int]]) -> SatisfactionSummary:
    """Means over the ratings; answers to questions not asked at the time are ignored."""
    sums: dict[Question, list[int]] = {}
    count = 0
    for answers in ratings:
        count += 1
        for question in Question:
            score = answers.get(question.value)
            if isinstance(score, int) and LOWEST <= score <= HIGHEST:
                sums.setdefault(question, []).append(score)
    means = {q: sum(v) / len(v) for q, v in sums.items()}
    return SatisfactionSummary(name, count, means)


def shown_mean(mean: float | None) -> str:
    """A mean as the results show it: one decimal, or "—" when nothing was rated (a 0
    would read as the worst score)."""
    return "—" if mean is None else f"{mean:.1f}"
