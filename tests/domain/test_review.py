import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach_app.domain.errors import RuleViolation
from coach_app.domain.review import (
    ReviewDecision,
    allowed_targets,
    check_move,
    decision_target,
    may_edit_content,
    needs_new_revision,
)
from coach_app.domain.review import (
    RoadmapStatus as S,
)
from coach_app.domain.roles import Role

C, SUP, ADM = Role.COACH, Role.SUPERVISOR, Role.ADMIN

# (source, target) → who may make the move: (role, is_owner) pairs. Written out in full so
# that any change to the rules shows up here.
EXPECTED: dict[tuple[S, S], set[tuple[Role, bool]]] = {
    (S.DRAFT, S.SUBMITTED): {(C, True)},
    (S.SUBMITTED, S.DRAFT): {(C, True)},
    (S.SUBMITTED, S.APPROVED): {(SUP, True), (SUP, False), (ADM, True), (ADM, False)},
    (S.SUBMITTED, S.CHANGES_REQUESTED): {(SUP, True), (SUP, False), (ADM, True), (ADM, False)},
    (S.CHANGES_REQUESTED, S.SUBMITTED): {(C, True)},
    (S.APPROVED, S.IN_PROGRESS): {(C, True), (SUP, True), (SUP, False), (ADM, True), (ADM, False)},
    (S.IN_PROGRESS, S.COMPLETED): {(C, True), (SUP, True), (SUP, False), (ADM, True), (ADM, False)},
}


@pytest.mark.parametrize(
    ("source", "target", "role", "owner"),
    list(itertools.product(S, S, Role, (True, False))),
)
def test_every_move_by_every_role(source: S, target: S, role: Role, owner: bool) -> None:
    allowed = (role, owner) in EXPECTED.get((source, target), set())
    if allowed:
        check_move(source, target, role, owner)
        assert target in allowed_targets(source, role, owner)
    else:
        with pytest.raises(RuleViolation) as caught:
            check_move(source, target, role, owner)
        assert caught.value.problem.field == "status"
        assert target not in allowed_targets(source, role, owner)


def test_a_coach_never_approves() -> None:
    with pytest.raises(RuleViolation, match="코치 권한으로는 할 수 없습니다"):
        check_move(S.SUBMITTED, S.APPROVED, C, True)


def test_content_is_edited_only_by_the_owner_while_the_pen_is_theirs() -> None:
    for status in S:
        assert may_edit_content(status, C, True) == (status in {S.DRAFT, S.CHANGES_REQUESTED})
        assert not may_edit_content(status, C, False)
        assert not may_edit_content(status, SUP, True)
    assert needs_new_revision(S.APPROVED)
    assert needs_new_revision(S.COMPLETED)
    assert not needs_new_revision(S.DRAFT)


def test_review_decisions() -> None:
    assert decision_target(ReviewDecision.APPROVE) is S.APPROVED
    assert decision_target(ReviewDecision.REQUEST_CHANGES) is S.CHANGES_REQUESTED
    assert decision_target(ReviewDecision.COMMENT) is None


@given(st.lists(st.tuples(st.sampled_from(list(Role)), st.booleans()), max_size=30))
def test_walks_by_anyone_reach_approval_only_through_a_reviewer(
    actors: list[tuple[Role, bool]],
) -> None:
    status = S.DRAFT
    for role, owner in actors:
        targets = allowed_targets(status, role, owner)
        if not targets:
            continue
        target = targets[0]
        check_move(status, target, role, owner)
        if target is S.APPROVED:
            assert role in (SUP, ADM)
        if status in (S.APPROVED, S.IN_PROGRESS, S.COMPLETED):
            # Once approved, a revision never goes back to being edited.
            assert target in (S.IN_PROGRESS, S.COMPLETED)
        status = target
