"""Who may do what: one table of action × role, the same rules the shared database enforces.

A cell lists the ways an action is allowed (any one suffices); each way is a set of
conditions that must all hold (none: always). An empty cell means never. Actions on a
roadmap also need the roadmap in one of the states the action names (``STATES``), from
the review state machine in ``domain.review``.

The shared database (server migrations 0001–0005) is the authority: a coach writes only
the companies assigned to them and only their own visits (with their difficulties and files:
another coach's difficulty only takes a follow-up, at a visit of one's own) and roadmaps,
a coach never registers a company nor changes its 사업자등록번호, supervisors review
(approve, request changes, comment) but never write visits nor follow up a roadmap item,
and a reviewed visit is locked for everyone. A laptop that does not sync answers to no
server: there the signed-in person keeps the stand-alone rights (``STANDALONE``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from coach_app.domain.review import EDITABLE, MOVES, RoadmapStatus
from coach_app.domain.roles import Role


class Action(Enum):
    EDIT_ROADMAP = "edit_roadmap"  # title, items, accepting a suggestion
    FOLLOW_UP_ITEM = "follow_up_item"  # progress and KPI actual of an approved item
    COMMENT_ROADMAP = "comment_roadmap"
    REVISE_ROADMAP = "revise_roadmap"  # a new revision after an approved one
    SUBMIT_ROADMAP = "submit_roadmap"
    WITHDRAW_ROADMAP = "withdraw_roadmap"
    START_ROADMAP = "start_roadmap"
    COMPLETE_ROADMAP = "complete_roadmap"
    REVIEW_ROADMAP = "review_roadmap"  # approve or request changes
    REGISTER_COMPANY = "register_company"  # the form and the import
    EDIT_COMPANY = "edit_company"
    EDIT_BRN = "edit_brn"  # 사업자등록번호 of a registered company
    RECORD_VISIT = "record_visit"
    RECORD_DIAGNOSIS = "record_diagnosis"
    CREATE_ROADMAP = "create_roadmap"  # a company's first roadmap
    EDIT_VISIT = "edit_visit"  # a visit not yet reviewed
    EDIT_REVIEWED_VISIT = "edit_reviewed_visit"
    REVIEW_VISIT = "review_visit"  # mark a held visit reviewed, which locks it for good
    # Reference data and the agency's events: 간담회, measures for several companies, 기관.
    RECORD_MEETING = "record_meeting"
    EDIT_ORGANISATION = "edit_organisation"
    RECORD_MEASURE = "record_measure"  # a measure for one company
    # Correcting or removing what was recorded: a meeting (its companies and difficulties)
    # and a shared measure are the agency's; a company's measure is its coaches' too.
    EDIT_MEETING = "edit_meeting"
    EDIT_MEASURE = "edit_measure"  # a measure for one company: change or delete
    # Impact (성과조사) and satisfaction (domain.impact, domain.satisfaction; server 0012).
    RECORD_IMPACT = "record_impact"  # a company's yearly figures, typed or imported
    CONFIRM_IMPACT = "confirm_impact"  # the representative's confirmation, on the coach's laptop
    RECORD_SATISFACTION = "record_satisfaction"  # the representative rates a visit
    # The company's representative signing a visit on the coach's laptop (server 0008:
    # recorded only by the visit's coach, never rewritten; a meeting's visit by a
    # supervisor or an administrator, server 0016).
    SIGN_VISIT = "sign_visit"
    # Satisfaction results of every coach; without it, a coach sees those of their own visits.
    SEE_ALL_RATINGS = "see_all_ratings"


class Condition(Enum):
    OWNER = "owner"  # the signed-in coach is the roadmap's or visit's coach
    ASSIGNED = "assigned"  # the signed-in coach is assigned to the company now
    STANDALONE = "standalone"  # the laptop does not sync to a shared database
    MEETING = "meeting"  # the visit was recorded through a meeting (간담회), a reviewer's


@dataclass(frozen=True)
class Target:
    """What is known about the thing acted on; what an action does not need is ignored."""

    owner: bool = False
    assigned: bool = False
    standalone: bool = False
    roadmap: RoadmapStatus | None = None
    meeting: bool = False

    def holds(self, condition: Condition) -> bool:
        return {
            Condition.OWNER: self.owner,
            Condition.ASSIGNED: self.assigned,
            Condition.STANDALONE: self.standalone,
            Condition.MEETING: self.meeting,
        }[condition]


Way = frozenset[Condition]
ALWAYS: tuple[Way, ...] = (frozenset(),)
NEVER: tuple[Way, ...] = ()
_OWNER: tuple[Way, ...] = (frozenset({Condition.OWNER}),)
_STANDALONE: tuple[Way, ...] = (frozenset({Condition.STANDALONE}),)
_MEETING: tuple[Way, ...] = (frozenset({Condition.MEETING}),)

_S = RoadmapStatus


def _move_states(target: RoadmapStatus, *sources: RoadmapStatus) -> frozenset[RoadmapStatus]:
    return frozenset(m.source for m in MOVES if m.target is target and m.source in sources)


# The roadmap states an action needs (actions not on a roadmap are absent).
STATES: dict[Action, frozenset[RoadmapStatus]] = {
    Action.EDIT_ROADMAP: EDITABLE,
    # Completed work is history: the server would take it, the screen does not offer it.
    Action.FOLLOW_UP_ITEM: frozenset({_S.APPROVED, _S.IN_PROGRESS}),
    Action.COMMENT_ROADMAP: frozenset(RoadmapStatus),
    Action.REVISE_ROADMAP: frozenset({_S.APPROVED, _S.IN_PROGRESS, _S.COMPLETED}),
    Action.SUBMIT_ROADMAP: _move_states(_S.SUBMITTED, _S.DRAFT, _S.CHANGES_REQUESTED),
    Action.WITHDRAW_ROADMAP: _move_states(_S.DRAFT, _S.SUBMITTED),
    Action.START_ROADMAP: _move_states(_S.IN_PROGRESS, _S.APPROVED),
    Action.COMPLETE_ROADMAP: _move_states(_S.COMPLETED, _S.IN_PROGRESS),
    Action.REVIEW_ROADMAP: _move_states(_S.APPROVED, _S.SUBMITTED),
}

_A = Action
_COACH_WRITES: tuple[Way, ...] = (
    frozenset({Condition.ASSIGNED}),
    frozenset({Condition.STANDALONE}),
)

TABLE: dict[tuple[Action, Role], tuple[Way, ...]] = {
    (_A.EDIT_ROADMAP, Role.COACH): _OWNER,
    (_A.EDIT_ROADMAP, Role.SUPERVISOR): NEVER,
    (_A.EDIT_ROADMAP, Role.ADMIN): NEVER,
    (_A.FOLLOW_UP_ITEM, Role.COACH): _OWNER,
    (_A.FOLLOW_UP_ITEM, Role.SUPERVISOR): NEVER,
    (_A.FOLLOW_UP_ITEM, Role.ADMIN): NEVER,
    (_A.COMMENT_ROADMAP, Role.COACH): NEVER,
    (_A.COMMENT_ROADMAP, Role.SUPERVISOR): ALWAYS,
    (_A.COMMENT_ROADMAP, Role.ADMIN): ALWAYS,
    (_A.REVISE_ROADMAP, Role.COACH): _OWNER,
    (_A.REVISE_ROADMAP, Role.SUPERVISOR): NEVER,
    (_A.REVISE_ROADMAP, Role.ADMIN): NEVER,
    (_A.SUBMIT_ROADMAP, Role.COACH): _OWNER,
    (_A.SUBMIT_ROADMAP, Role.SUPERVISOR): NEVER,
    (_A.SUBMIT_ROADMAP, Role.ADMIN): NEVER,
    (_A.WITHDRAW_ROADMAP, Role.COACH): _OWNER,
    (_A.WITHDRAW_ROADMAP, Role.SUPERVISOR): NEVER,
    (_A.WITHDRAW_ROADMAP, Role.ADMIN): NEVER,
    (_A.START_ROADMAP, Role.COACH): _OWNER,
    (_A.START_ROADMAP, Role.SUPERVISOR): ALWAYS,
    (_A.START_ROADMAP, Role.ADMIN): ALWAYS,
    (_A.COMPLETE_ROADMAP, Role.COACH): _OWNER,
    (_A.COMPLETE_ROADMAP, Role.SUPERVISOR): ALWAYS,
    (_A.COMPLETE_ROADMAP, Role.ADMIN): ALWAYS,
    (_A.REVIEW_ROADMAP, Role.COACH): NEVER,
    (_A.REVIEW_ROADMAP, Role.SUPERVISOR): ALWAYS,
    (_A.REVIEW_ROADMAP, Role.ADMIN): ALWAYS,
    (_A.REGISTER_COMPANY, Role.COACH): _STANDALONE,
    (_A.REGISTER_COMPANY, Role.SUPERVISOR): ALWAYS,
    (_A.REGISTER_COMPANY, Role.ADMIN): ALWAYS,
    (_A.EDIT_COMPANY, Role.COACH): _COACH_WRITES,
    (_A.EDIT_COMPANY, Role.SUPERVISOR): ALWAYS,
    (_A.EDIT_COMPANY, Role.ADMIN): ALWAYS,
    (_A.EDIT_BRN, Role.COACH): _STANDALONE,
    (_A.EDIT_BRN, Role.SUPERVISOR): ALWAYS,
    (_A.EDIT_BRN, Role.ADMIN): ALWAYS,
    (_A.RECORD_VISIT, Role.COACH): _COACH_WRITES,
    (_A.RECORD_VISIT, Role.SUPERVISOR): _STANDALONE,
    (_A.RECORD_VISIT, Role.ADMIN): _STANDALONE,
    (_A.RECORD_DIAGNOSIS, Role.COACH): _COACH_WRITES,
    (_A.RECORD_DIAGNOSIS, Role.SUPERVISOR): _STANDALONE,
    (_A.RECORD_DIAGNOSIS, Role.ADMIN): _STANDALONE,
    (_A.CREATE_ROADMAP, Role.COACH): _COACH_WRITES,
    (_A.CREATE_ROADMAP, Role.SUPERVISOR): _STANDALONE,
    (_A.CREATE_ROADMAP, Role.ADMIN): _STANDALONE,
    (_A.EDIT_VISIT, Role.COACH): _OWNER + _STANDALONE,
    (_A.EDIT_VISIT, Role.SUPERVISOR): _STANDALONE,
    (_A.EDIT_VISIT, Role.ADMIN): _STANDALONE,
    (_A.EDIT_REVIEWED_VISIT, Role.COACH): NEVER,
    (_A.EDIT_REVIEWED_VISIT, Role.SUPERVISOR): NEVER,
    (_A.EDIT_REVIEWED_VISIT, Role.ADMIN): NEVER,
    (_A.REVIEW_VISIT, Role.COACH): NEVER,
    (_A.REVIEW_VISIT, Role.SUPERVISOR): ALWAYS,
    (_A.REVIEW_VISIT, Role.ADMIN): ALWAYS,
    # The services refuse coaches these even on a laptop that does not sync.
    (_A.RECORD_MEETING, Role.COACH): NEVER,
    (_A.RECORD_MEETING, Role.SUPERVISOR): ALWAYS,
    (_A.RECORD_MEETING, Role.ADMIN): ALWAYS,
    (_A.EDIT_ORGANISATION, Role.COACH): NEVER,
    (_A.EDIT_ORGANISATION, Role.SUPERVISOR): ALWAYS,
    (_A.EDIT_ORGANISATION, Role.ADMIN): ALWAYS,
    (_A.RECORD_MEASURE, Role.COACH): _COACH_WRITES,
    (_A.RECORD_MEASURE, Role.SUPERVISOR): ALWAYS,
    (_A.RECORD_MEASURE, Role.ADMIN): ALWAYS,
    # Server: meetings and shared measures reviewers_write; a meeting's visits and
    # difficulties only by reviewers (0007); a company's measure coach_update in scope.
    (_A.EDIT_MEETING, Role.COACH): NEVER,
    (_A.EDIT_MEETING, Role.SUPERVISOR): ALWAYS,
    (_A.EDIT_MEETING, Role.ADMIN): ALWAYS,
    (_A.EDIT_MEASURE, Role.COACH): _COACH_WRITES,
    (_A.EDIT_MEASURE, Role.SUPERVISOR): ALWAYS,
    (_A.EDIT_MEASURE, Role.ADMIN): ALWAYS,
    # Supervisors record and import figures too; only the coach at the company takes its
    # confirmation, and only the coach of the visit hands the laptop over for a rating.
    (_A.RECORD_IMPACT, Role.COACH): _COACH_WRITES,
    (_A.RECORD_IMPACT, Role.SUPERVISOR): ALWAYS,
    (_A.RECORD_IMPACT, Role.ADMIN): ALWAYS,
    (_A.CONFIRM_IMPACT, Role.COACH): _COACH_WRITES,
    (_A.CONFIRM_IMPACT, Role.SUPERVISOR): _STANDALONE,
    (_A.CONFIRM_IMPACT, Role.ADMIN): _STANDALONE,
    (_A.RECORD_SATISFACTION, Role.COACH): (
        frozenset({Condition.OWNER, Condition.ASSIGNED}),
        frozenset({Condition.STANDALONE}),
    ),
    (_A.RECORD_SATISFACTION, Role.SUPERVISOR): _STANDALONE,
    (_A.RECORD_SATISFACTION, Role.ADMIN): _STANDALONE,
    # A meeting's visits are the reviewers' (server 0014): whoever runs the meeting takes
    # the signature of each company's representative there (server 0016).
    (_A.SIGN_VISIT, Role.COACH): _OWNER + _STANDALONE,
    (_A.SIGN_VISIT, Role.SUPERVISOR): _MEETING + _STANDALONE,
    (_A.SIGN_VISIT, Role.ADMIN): _MEETING + _STANDALONE,
    (_A.SEE_ALL_RATINGS, Role.COACH): NEVER,
    (_A.SEE_ALL_RATINGS, Role.SUPERVISOR): ALWAYS,
    (_A.SEE_ALL_RATINGS, Role.ADMIN): ALWAYS,
}


def may(role: Role, action: Action, target: Target) -> bool:
    """Whether someone of ``role`` may do ``action`` on ``target``."""
    states = STATES.get(action)
    if states is not None and target.roadmap not in states:
        return False
    return any(all(target.holds(c) for c in way) for way in TABLE[(action, role)])


def ever(role: Role, action: Action) -> bool:
    """Whether ``role`` may ever do ``action`` (a screen hides what never applies)."""
    return bool(TABLE[(action, role)])


def difficulty_action(reviewed: bool, at_meeting: bool) -> Action:
    """What writing a difficulty itself (not its follow-up: its due date, say) asks: the
    right to edit the visit or meeting that raised it, which a review locks for good."""
    if reviewed:
        return Action.EDIT_REVIEWED_VISIT
    return Action.EDIT_MEETING if at_meeting else Action.EDIT_VISIT
