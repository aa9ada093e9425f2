"""The permission table: total, and the same answers as the server's rules."""

from __future__ import annotations

import pytest

from coach_app.domain.permissions import STATES, TABLE, Action, Target, ever, may
from coach_app.domain.review import MOVES, RoadmapStatus, allowed_targets
from coach_app.domain.roles import Role

SHARED_OWNER = Target(owner=True, assigned=True, standalone=False)


def test_every_action_has_an_answer_for_every_role() -> None:
    assert set(TABLE) == {(a, r) for a in Action for r in Role}
    for action in Action:
        for role in Role:
            for status in [None, *RoadmapStatus]:
                for owner in (False, True):
                    for standalone in (False, True):
                        target = Target(owner, owner, standalone, status)
                        assert isinstance(may(role, action, target), bool)


@pytest.mark.parametrize("status", list(RoadmapStatus))
def test_roadmap_moves_agree_with_the_review_state_machine(status: RoadmapStatus) -> None:
    moves = {
        Action.SUBMIT_ROADMAP: RoadmapStatus.SUBMITTED,
        Action.WITHDRAW_ROADMAP: RoadmapStatus.DRAFT,
        Action.START_ROADMAP: RoadmapStatus.IN_PROGRESS,
        Action.COMPLETE_ROADMAP: RoadmapStatus.COMPLETED,
        Action.REVIEW_ROADMAP: RoadmapStatus.APPROVED,
    }
    for role in Role:
        for owner in (False, True):
            targets = allowed_targets(status, role, owner)
            for action, target in moves.items():
                if action is Action.WITHDRAW_ROADMAP and status is not RoadmapStatus.SUBMITTED:
                    continue  # 'back to draft' is a withdrawal only from under review
                expected = target in targets
                assert may(role, action, Target(owner=owner, roadmap=status)) is expected, (
                    action,
                    role,
                    owner,
                )
    assert {m.source for m in MOVES} >= STATES[Action.SUBMIT_ROADMAP]


def test_what_the_server_refuses_is_never_allowed() -> None:
    """Spot checks against the server's matrix (tests/sync/test_server_matrix.py on the
    rules branch): roadmap_items@approved follow_up, reviews insert, companies insert and
    update:brn, visits insert, visits@reviewed update:content."""
    approved = Target(owner=True, assigned=True, roadmap=RoadmapStatus.APPROVED)
    assert may(Role.COACH, Action.FOLLOW_UP_ITEM, approved)
    for reviewer in (Role.SUPERVISOR, Role.ADMIN):
        assert not may(reviewer, Action.FOLLOW_UP_ITEM, approved)
        assert may(reviewer, Action.COMMENT_ROADMAP, approved)
        assert may(reviewer, Action.REGISTER_COMPANY, SHARED_OWNER)
        assert may(reviewer, Action.EDIT_BRN, SHARED_OWNER)
        assert not may(reviewer, Action.RECORD_VISIT, SHARED_OWNER)
    assert not may(Role.COACH, Action.COMMENT_ROADMAP, approved)
    assert not ever(Role.COACH, Action.COMMENT_ROADMAP)
    assert not may(Role.COACH, Action.REGISTER_COMPANY, SHARED_OWNER)
    assert not may(Role.COACH, Action.EDIT_BRN, SHARED_OWNER)
    assert may(Role.COACH, Action.RECORD_VISIT, SHARED_OWNER)
    assert not may(Role.COACH, Action.RECORD_VISIT, Target(standalone=False))
    for role in Role:
        assert not may(role, Action.EDIT_REVIEWED_VISIT, SHARED_OWNER)
        assert not may(
            role, Action.EDIT_REVIEWED_VISIT, Target(owner=True, assigned=True, standalone=True)
        )


def test_a_coach_follows_up_only_their_own_running_roadmap() -> None:
    for status in RoadmapStatus:
        allowed = may(Role.COACH, Action.FOLLOW_UP_ITEM, Target(owner=True, roadmap=status))
        assert allowed is (status in (RoadmapStatus.APPROVED, RoadmapStatus.IN_PROGRESS))
        assert not may(Role.COACH, Action.FOLLOW_UP_ITEM, Target(roadmap=status))


def test_a_stand_alone_laptop_keeps_the_coach_registering_companies() -> None:
    assert may(Role.COACH, Action.REGISTER_COMPANY, Target(standalone=True))
    assert may(Role.COACH, Action.EDIT_BRN, Target(standalone=True))


def test_meetings_and_organisations_are_the_supervisors() -> None:
    """The services refuse a coach meetings and organisations even stand-alone; a coach
    records a measure for a company assigned to them, as the server's measure rules have."""
    anywhere = Target(owner=True, assigned=True, standalone=True)
    for action in (Action.RECORD_MEETING, Action.EDIT_ORGANISATION):
        assert not may(Role.COACH, action, anywhere)
        for reviewer in (Role.SUPERVISOR, Role.ADMIN):
            assert may(reviewer, action, Target())
    assert may(Role.COACH, Action.RECORD_MEASURE, SHARED_OWNER)
    assert not may(Role.COACH, Action.RECORD_MEASURE, Target(standalone=False))


def test_a_meetings_visit_is_signed_on_the_reviewers_laptop() -> None:
    """A company at a meeting signs its visit on the laptop of whoever runs the meeting
    (server 0016); a coach signs only visits of their own."""
    meeting = Target(meeting=True)
    for role in (Role.SUPERVISOR, Role.ADMIN):
        assert may(role, Action.SIGN_VISIT, meeting)
        assert not may(role, Action.SIGN_VISIT, Target(owner=True, assigned=True))
    assert not may(Role.COACH, Action.SIGN_VISIT, Target(assigned=True, meeting=True))
    assert may(Role.COACH, Action.SIGN_VISIT, Target(owner=True))
