"""오늘 (Today): what a coach or supervisor should look at first.

The week's visits (a visit dated after today is a plan), the follow-ups overdue and due
this week (``domain.follow_up`` says when each is due), roadmaps sent back with changes
requested, drafts left unsaved and sync conflicts to resolve. Read in one go, off the GUI
thread; the follow-ups of each kind are cut at ``limit`` lines, their full count kept.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from coach_app.domain import follow_up as fu
from coach_app.domain.roles import Role
from coach_app.services import drafts as stored_drafts
from coach_app.services.records import SyncConflictRecord
from coach_app.services.syncing import conflicts as open_conflicts
from coach_app.store.database import Database
from coach_app.store.models import User
from coach_app.store.queries import follow_up as queries
from coach_app.store.queries.follow_up import ReturnedRoadmap, WeekVisit

__all__ = ["ReturnedRoadmap", "Today", "WeekVisit", "today_overview"]

# Lines per list: a page of a few hundred lines fills within one GUI step (≤ 100 ms).
LIMIT = 100


@dataclass(frozen=True)
class Today:
    today: dt.date
    week: tuple[dt.date, dt.date]
    visits: list[WeekVisit]
    overdue: list[fu.FollowUp]
    overdue_counts: dict[fu.FollowUpKind, int]
    due_this_week: list[fu.FollowUp]
    due_counts: dict[fu.FollowUpKind, int]
    returned: list[ReturnedRoadmap]
    drafts: list[stored_drafts.Draft]
    conflicts: list[SyncConflictRecord]

    @property
    def overdue_count(self) -> int:
        return sum(self.overdue_counts.values())

    @property
    def due_count(self) -> int:
        return sum(self.due_counts.values())

    @property
    def attention(self) -> int:
        """How many things ask for action now (the reminder's figure)."""
        return self.overdue_count + len(self.returned) + len(self.drafts) + len(self.conflicts)


def today_overview(db: Database, today: dt.date | None = None, limit: int = LIMIT) -> Today:
    today = today or dt.date.today()
    monday, sunday = fu.week_of(today)
    yesterday = today - dt.timedelta(days=1)
    with db.read() as session:
        # A coach sees their own visits and returned roadmaps; the laptop holds only the
        # coach's companies, so the follow-ups are theirs already.
        me = session.get(User, db.actor) if db.actor else None
        coach_id = me.id if me is not None and me.role == Role.COACH.value else None
        visits = queries.week_visits(session, monday, sunday, coach_id)
        late, late_count = queries.difficulties_due(session, None, yesterday, limit)
        coming, coming_count = queries.difficulties_due(session, today, sunday, limit)
        others = queries.open_follow_ups(session, sunday)
        returned = queries.returned_roadmaps(session, coach_id)
    overdue, due = fu.sort_out([*late, *coming, *others], today)
    overdue_counts = _counts(overdue) | {fu.FollowUpKind.DIFFICULTY: late_count}
    due_counts = _counts(due) | {fu.FollowUpKind.DIFFICULTY: coming_count}
    return Today(
        today=today,
        week=(monday, sunday),
        visits=visits,
        overdue=_cut(overdue, limit),
        overdue_counts={k: n for k, n in overdue_counts.items() if n},
        due_this_week=_cut(due, limit),
        due_counts={k: n for k, n in due_counts.items() if n},
        returned=returned,
        drafts=stored_drafts.pending(db.path),
        conflicts=open_conflicts(db),
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
