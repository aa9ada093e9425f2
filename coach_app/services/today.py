"""오늘 (Today): what a coach or supervisor should look at first.

The visits of the next seven days (a visit dated after today is a plan), the follow-ups
overdue and coming up in those days (``domain.follow_up`` says when each is due and whose
it is), roadmaps sent back with changes requested, drafts left unsaved and sync conflicts
to resolve. Read in one go, off the GUI thread; the follow-ups of each kind are cut at
``limit`` lines, their full count kept.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass

from sqlalchemy.orm import Session

from coach_app.domain import follow_up as fu
from coach_app.domain.roles import Role
from coach_app.services import drafts as stored_drafts
from coach_app.services.records import SyncConflictRecord
from coach_app.services.syncing import conflicts as open_conflicts
from coach_app.store.database import Database
from coach_app.store.models import User
from coach_app.store.queries import follow_up as queries
from coach_app.store.queries.follow_up import ComingVisit, ReturnedRoadmap, Scope

__all__ = [
    "ComingVisit",
    "FollowUps",
    "ReturnedRoadmap",
    "Today",
    "follow_ups",
    "today_overview",
]

# Lines per list: a page of a few hundred lines fills within one GUI step (≤ 100 ms).
LIMIT = 100


@dataclass(frozen=True)
class FollowUps:
    """One person's follow-ups on a day: overdue and coming up, each cut at a limit by
    kind, with the full counts by kind."""

    overdue: list[fu.FollowUp]
    overdue_counts: dict[fu.FollowUpKind, int]
    coming: list[fu.FollowUp]
    coming_counts: dict[fu.FollowUpKind, int]

    @property
    def overdue_count(self) -> int:
        return sum(self.overdue_counts.values())

    @property
    def coming_count(self) -> int:
        return sum(self.coming_counts.values())


@dataclass(frozen=True)
class Today:
    today: dt.date
    days: tuple[dt.date, dt.date]  # the next seven days, today included
    visits: list[ComingVisit]
    follow_ups: FollowUps
    returned: list[ReturnedRoadmap]
    drafts: list[stored_drafts.Draft]
    conflicts: list[SyncConflictRecord]

    @property
    def overdue(self) -> list[fu.FollowUp]:
        return self.follow_ups.overdue

    @property
    def overdue_counts(self) -> dict[fu.FollowUpKind, int]:
        return self.follow_ups.overdue_counts

    @property
    def coming(self) -> list[fu.FollowUp]:
        return self.follow_ups.coming

    @property
    def coming_counts(self) -> dict[fu.FollowUpKind, int]:
        return self.follow_ups.coming_counts

    @property
    def overdue_count(self) -> int:
        return self.follow_ups.overdue_count

    @property
    def coming_count(self) -> int:
        return self.follow_ups.coming_count

    @property
    def attention(self) -> int:
        """How many things ask for action now (the reminder's figure)."""
        return self.overdue_count + len(self.returned) + len(self.drafts) + len(self.conflicts)


def today_overview(db: Database, today: dt.date | None = None, limit: int = LIMIT) -> Today:
    today = today or dt.date.today()
    first, last = fu.next_days(today)
    with db.read() as session:
        me = session.get(User, db.actor) if db.actor else None
        coach_id = fu.in_charge(Role(me.role), me.id) if me is not None else None
        # A coach sees their own visits and returned roadmaps.
        visits = queries.coming_visits(session, first, last, coach_id)
        found = follow_ups(session, today, coach_id, limit)
        returned = queries.returned_roadmaps(session, coach_id)
    return Today(
        today=today,
        days=(first, last),
        visits=visits,
        follow_ups=found,
        returned=returned,
        drafts=stored_drafts.pending(db.path),
        conflicts=open_conflicts(db),
    )


def follow_ups(
    session: Session, today: dt.date, coach_id: uuid.UUID | None, limit: int = LIMIT
) -> FollowUps:
    """The follow-ups of ``coach_id`` (``domain.follow_up.in_charge``; None: everyone's)
    overdue on ``today`` and coming up in the next days: the one definition the 오늘 page,
    the status bar and the dashboard count by."""
    scope = Scope(coach_id, today)
    _first, last = fu.next_days(today)
    yesterday = today - dt.timedelta(days=1)
    late, late_count = queries.difficulties_due(session, None, yesterday, limit, scope)
    soon, soon_count = queries.difficulties_due(session, today, last, limit, scope)
    others = queries.open_follow_ups(session, last, scope)
    overdue, coming = fu.sort_out([*late, *soon, *others], today)
    overdue_counts = _counts(overdue) | {fu.FollowUpKind.DIFFICULTY: late_count}
    coming_counts = _counts(coming) | {fu.FollowUpKind.DIFFICULTY: soon_count}
    return FollowUps(
        overdue=_cut(overdue, limit),
        overdue_counts={k: n for k, n in overdue_counts.items() if n},
        coming=_cut(coming, limit),
        coming_counts={k: n for k, n in coming_counts.items() if n},
    )


def _cut(follow_ups: list[fu.FollowUp], limit: int) -> list[fu.FollowUp]:
    """The first ``limit`` of each kind, in the order given: a few late measures are not
    lost behind thousands of difficulties."""
    taken: Counter[fu.FollowUpKind] = Counter()
    kept = []
    for follow_up in follow_ups:
        if taken[follow_up.kind] < limit:
            taken[follow_up.kind] += 1
            kept.append(follow_up)
    return kept


def _counts(follow_ups: list[fu.FollowUp]) -> dict[fu.FollowUpKind, int]:
    return dict(Counter(f.kind for f in follow_ups))
