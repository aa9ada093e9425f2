"""The roadmap review state machine: which status may follow which, and who may move it.

draft → submitted → approved | changes requested → (edit) → submitted …;
approved → in progress → completed. A coach never approves; a supervisor reviews but
does not edit the content. An approved revision is frozen: editing starts a new revision.
The shared database enforces the same table (see the sync layer's policies).
"""

from __future__ import annotations

from dataclasses import dataclass

from coach_app.domain.choices import Choice, label_choices
from coach_app.domain.errors import FieldProblem, RuleViolation
from coach_app.domain.roles import Role


class RoadmapStatus(Choice):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


class ReviewDecision(Choice):
    APPROVE = "approve"
    REQUEST_CHANGES = "request_changes"
    COMMENT = "comment"


label_choices(
    {
        RoadmapStatus.DRAFT: ("작성 중", "Draft"),
        RoadmapStatus.SUBMITTED: ("검토 요청", "Submitted"),
        RoadmapStatus.CHANGES_REQUESTED: ("보완 요청", "Changes requested"),
        RoadmapStatus.APPROVED: ("승인", "Approved"),
        RoadmapStatus.IN_PROGRESS: ("추진 중", "In progress"),
        RoadmapStatus.COMPLETED: ("완료", "Completed"),
        ReviewDecision.APPROVE: ("승인", "Approve"),
        ReviewDecision.REQUEST_CHANGES: ("보완 요청", "Request changes"),
        ReviewDecision.COMMENT: ("의견", "Comment"),
    }
)


@dataclass(frozen=True)
class Move:
    source: RoadmapStatus
    target: RoadmapStatus
    roles: frozenset[Role]
    # The coach who owns the roadmap, as opposed to any coach.
    owner_only: bool = False


_S = RoadmapStatus
_COACH = frozenset({Role.COACH})
_REVIEWERS = frozenset({Role.SUPERVISOR, Role.ADMIN})
_ANYONE = frozenset(Role)

MOVES: tuple[Move, ...] = (
    Move(_S.DRAFT, _S.SUBMITTED, _COACH, owner_only=True),
    Move(_S.SUBMITTED, _S.DRAFT, _COACH, owner_only=True),  # withdraw to edit
    Move(_S.SUBMITTED, _S.APPROVED, _REVIEWERS),
    Move(_S.SUBMITTED, _S.CHANGES_REQUESTED, _REVIEWERS),
    Move(_S.CHANGES_REQUESTED, _S.SUBMITTED, _COACH, owner_only=True),
    Move(_S.APPROVED, _S.IN_PROGRESS, _ANYONE, owner_only=True),
    Move(_S.IN_PROGRESS, _S.COMPLETED, _ANYONE, owner_only=True),
)

# Content may change only while the coach still holds the pen.
EDITABLE = frozenset({RoadmapStatus.DRAFT, RoadmapStatus.CHANGES_REQUESTED})
# Once approved, a revision is history: changes go into a new revision.
FROZEN = frozenset({RoadmapStatus.APPROVED, RoadmapStatus.IN_PROGRESS, RoadmapStatus.COMPLETED})


def allowed_targets(source: RoadmapStatus, role: Role, is_owner: bool) -> list[RoadmapStatus]:
    return [m.target for m in MOVES if m.source == source and _permits(m, role, is_owner)]


def check_move(source: RoadmapStatus, target: RoadmapStatus, role: Role, is_owner: bool) -> None:
    """Raise RuleViolation unless ``role`` may move a roadmap from ``source`` to ``target``."""
    moves = [m for m in MOVES if m.source == source and m.target == target]
    if not moves:
        raise RuleViolation(
            FieldProblem("status", "transition", {"source": source.label, "target": target.label})
        )
    if not any(_permits(m, role, is_owner) for m in moves):
        raise RuleViolation(FieldProblem("status", "not_allowed", {"role": role.label}))


def decision_target(decision: ReviewDecision) -> RoadmapStatus | None:
    """The status a review decision moves a submitted roadmap to (None: a plain comment)."""
    return {
        ReviewDecision.APPROVE: RoadmapStatus.APPROVED,
        ReviewDecision.REQUEST_CHANGES: RoadmapStatus.CHANGES_REQUESTED,
        ReviewDecision.COMMENT: None,
    }[decision]


def may_edit_content(status: RoadmapStatus, role: Role, is_owner: bool) -> bool:
    """Whether the items of a roadmap in ``status`` may be edited in place."""
    return role is Role.COACH and is_owner and status in EDITABLE


def needs_new_revision(status: RoadmapStatus) -> bool:
    return status in FROZEN


def _permits(move: Move, role: Role, is_owner: bool) -> bool:
    if role not in move.roles:
        return False
    # Reviewers act on anyone's roadmap; the owner rule binds coaches only.
    return not (move.owner_only and role is Role.COACH and not is_owner)
