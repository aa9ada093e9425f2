"""meeting corrections: supervisors correct the meetings they record

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29

A meeting (간담회) is recorded by a supervisor as one visit per company with the
difficulties raised there (0003). Correcting it afterwards (the date, the place, who came,
a difficulty reworded or withdrawn, a company that was not there after all) updates those
rows, which supervisors could only insert.

- ``server init`` grants supervisors and administrators the update of a visit's content
  columns and of a difficulty's description columns (and ``deleted_at``); never its
  status, its follow-up, its company or its visit.
- This trigger holds them to meetings: a reviewer changing anything but the review of a
  visit that is not a meeting's, or of one already reviewed, or any difficulty not raised
  at a meeting, is refused. A coach's own content stays the coach's.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

RULES = r"""
CREATE FUNCTION coach.guard_meeting_correction() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
BEGIN
    IF NOT coach.is_reviewer() THEN
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'visits' THEN
        IF (OLD.meeting_id IS NULL OR OLD.reviewed_at IS NOT NULL)
           AND coach.without(to_jsonb(NEW), 'reviewed_at', 'reviewed_by')
               IS DISTINCT FROM coach.without(to_jsonb(OLD), 'reviewed_at', 'reviewed_by') THEN
            PERFORM coach.refuse(format(
                'visit %s: a supervisor corrects only the visits of a meeting', OLD.id));
        END IF;
    ELSIF NOT EXISTS (SELECT 1 FROM coach.visits
                      WHERE id = OLD.visit_id AND meeting_id IS NOT NULL) THEN
        PERFORM coach.refuse(format(
            'difficulty %s: a supervisor corrects only the difficulties of a meeting', OLD.id));
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER guard_meeting BEFORE UPDATE ON coach.visits
    FOR EACH ROW EXECUTE FUNCTION coach.guard_meeting_correction();
CREATE TRIGGER guard_meeting BEFORE UPDATE ON coach.difficulties
    FOR EACH ROW EXECUTE FUNCTION coach.guard_meeting_correction();
"""


def upgrade() -> None:
    op.execute(RULES)


def downgrade() -> None:
    raise NotImplementedError("the shared schema is only ever upgraded")
