import pytest

from coach_app.domain.difficulty import (
    DifficultyCategory,
    DifficultyDraft,
    DifficultyStatus,
    check_transition,
)
from coach_app.domain.errors import RuleViolation
from coach_app.domain.messages import set_language

OPEN, P, R, X = (
    DifficultyStatus.OPEN,
    DifficultyStatus.IN_PROGRESS,
    DifficultyStatus.RESOLVED,
    DifficultyStatus.CLOSED,
)


def test_categories_cover_the_design() -> None:
    assert {c.value for c in DifficultyCategory} >= {
        "funding",
        "sales",
        "manpower",
        "foreign_workers",
        "technology",
        "ip",
        "certification",
        "export_marketing",
        "smart_factory",
        "regulation",
        "other",
    }
    assert DifficultyCategory.FOREIGN_WORKERS.label == "외국인력"
    assert DifficultyCategory.parse("인증·시험") is DifficultyCategory.CERTIFICATION


@pytest.mark.parametrize(
    ("source", "target", "allowed"),
    [
        (OPEN, P, True),
        (OPEN, R, True),
        (OPEN, X, True),
        (P, OPEN, True),
        (P, R, True),
        (P, X, True),
        (R, OPEN, True),
        (X, OPEN, True),
        (R, P, False),
        (R, X, False),
        (X, R, False),
        (X, P, False),
    ],
)
def test_transitions(source: DifficultyStatus, target: DifficultyStatus, allowed: bool) -> None:
    if allowed:
        check_transition(source, target, "조치 완료")
    else:
        with pytest.raises(RuleViolation):
            check_transition(source, target, "조치 완료")


def test_finishing_needs_a_resolution() -> None:
    with pytest.raises(RuleViolation) as caught:
        check_transition(P, R, "  ")
    assert caught.value.problem.field == "resolution"
    assert str(caught.value) == "조치 결과: 필수 항목입니다."


def test_draft_problems_name_their_fields() -> None:
    problems = DifficultyDraft(category="", description="", status="resolved").problems()
    assert {p.field for p in problems} == {"description", "category", "resolution"}
    assert not DifficultyDraft("funding", "운전자금 부족").problems()
    set_language("en")
    bad = DifficultyDraft("weather", "x").problems()
    assert str(bad[0]) == "Category: is not one of the choices: weather"
