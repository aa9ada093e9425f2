"""closed gaps: writes the rules of 0006, 0007 and 0012 still let through over psql

Revision ID: 0014
Revises: 0012
Create Date: 2026-11-29

- Coaches never record meetings: a coach setting or changing ``visits.meeting_id`` is
  refused, and the meeting correction of 0007 holds only for visits (and their
  difficulties) whose coach is a supervisor or an administrator, so a coach's visit never
  becomes a supervisor's to rewrite.
- A supervisor correcting a meeting withdraws no difficulty that was followed up or that
  a live measure answers, nor a company's visit that still holds one; a meeting's visits
  are on the day it was held (checked at commit, so the app's one-transaction correction
  that moves the meeting and its visits together passes).
- A supervisor records a status change only for a difficulty raised at a meeting visit.
- ``status_changes.status`` is one of the app's statuses, ``changed_on`` not after
  tomorrow; ``measures`` hold the app's statuses and sources, a sane amount, and are not
  done before they were decided.
- A confirmed impact figure changes in nothing (source, note, deletion included) unless
  the same write withdraws the confirmation; one live figure per company, year, metric and
  baseline; a year not after next year, a confirmation not in the future.
- A satisfaction rating answers exactly the app's questions, of a live visit already
  held, and is not dated in the future.

New CHECK constraints are NOT VALID: rows already there are kept, new writes are checked.
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0012"
branch_labels = None
depends_on = None

# Frozen copies of the domain's values (coach_app.domain.difficulty, roadmap, meeting,
# programme, satisfaction) as of this revision.
RULES = r"""
ALTER TABLE coach.status_changes ADD CONSTRAINT ck_status_changes_status CHECK (status IN
    ('open', 'in_progress', 'resolved', 'closed', 'planned', 'done', 'dropped')) NOT VALID;
ALTER TABLE coach.measures ADD CONSTRAINT ck_measures_status CHECK (status IN
    ('planned', 'decided', 'in_progress', 'done', 'dropped')) NOT VALID;
ALTER TABLE coach.measures ADD CONSTRAINT ck_measures_source CHECK (source IS NULL OR source IN
    ('national', 'local', 'company', 'loan', 'private', 'other')) NOT VALID;
ALTER TABLE coach.measures ADD CONSTRAINT ck_measures_amount
    CHECK (amount BETWEEN 0 AND 1000000000000000) NOT VALID;
ALTER TABLE coach.measures ADD CONSTRAINT ck_measures_dates
    CHECK (done_on IS NULL OR decided_on IS NULL OR done_on >= decided_on) NOT VALID;

-- Coaches never record meetings.
CREATE FUNCTION coach.guard_meeting_link() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
BEGIN
    IF coach.my_role() IS DISTINCT FROM 'coach' THEN
        RETURN NEW;
    END IF;
    IF (TG_OP = 'INSERT' AND NEW.meeting_id IS NOT NULL)
       OR (TG_OP = 'UPDATE' AND NEW.meeting_id IS DISTINCT FROM OLD.meeting_id) THEN
        PERFORM coach.refuse(format('visit %s: a coach does not record meetings', NEW.id));
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER guard_meeting_link BEFORE INSERT OR UPDATE ON coach.visits
    FOR EACH ROW EXECUTE FUNCTION coach.guard_meeting_link();

-- A meeting's visits are the reviewers' own: 0007 lets a reviewer correct no other.
CREATE FUNCTION coach.reviewers_visit(visit UUID) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = coach, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM coach.visits v JOIN coach.users u ON u.id = v.coach_id
                   WHERE v.id = visit AND v.meeting_id IS NOT NULL
                     AND u.role IN ('supervisor', 'admin'))
$$;
CREATE FUNCTION coach.guard_meeting_owner() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
BEGIN
    IF NOT coach.is_reviewer() THEN
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'visits' THEN
        IF NOT coach.reviewers_visit(OLD.id)
           AND coach.without(to_jsonb(NEW), 'reviewed_at', 'reviewed_by')
               IS DISTINCT FROM coach.without(to_jsonb(OLD), 'reviewed_at', 'reviewed_by') THEN
            PERFORM coach.refuse(format(
                'visit %s: a supervisor corrects only the visits of a meeting', OLD.id));
        END IF;
    ELSIF NOT coach.reviewers_visit(OLD.visit_id) THEN
        PERFORM coach.refuse(format(
            'difficulty %s: a supervisor corrects only the difficulties of a meeting', OLD.id));
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER guard_meeting_owner BEFORE UPDATE ON coach.visits
    FOR EACH ROW EXECUTE FUNCTION coach.guard_meeting_owner();
CREATE TRIGGER guard_meeting_owner BEFORE UPDATE ON coach.difficulties
    FOR EACH ROW EXECUTE FUNCTION coach.guard_meeting_owner();

-- Meeting corrections keep what was built on the meeting.
CREATE FUNCTION coach.difficulty_in_use(difficulty UUID) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = coach, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM coach.difficulties
                   WHERE id = difficulty AND followed_up_visit_id IS NOT NULL)
        OR EXISTS (SELECT 1 FROM coach.measures
                   WHERE deleted_at IS NULL AND difficulty_ids ? difficulty::text)
$$;
CREATE FUNCTION coach.guard_meeting_withdrawal() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
BEGIN
    IF NOT coach.is_reviewer() OR OLD.deleted_at IS NOT NULL OR NEW.deleted_at IS NULL THEN
        RETURN NEW;
    END IF;
    IF TG_TABLE_NAME = 'difficulties' THEN
        IF coach.difficulty_in_use(OLD.id) THEN
            PERFORM coach.refuse(format(
                'difficulty %s was followed up or is answered by a measure and stays', OLD.id));
        END IF;
    ELSIF EXISTS (SELECT 1 FROM coach.difficulties
                  WHERE visit_id = OLD.id AND deleted_at IS NULL
                    AND coach.difficulty_in_use(id)) THEN
        PERFORM coach.refuse(format(
            'visit %s holds a difficulty that was followed up or is answered by a measure and stays',
            OLD.id));
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER guard_meeting_withdrawal BEFORE UPDATE ON coach.visits
    FOR EACH ROW EXECUTE FUNCTION coach.guard_meeting_withdrawal();
CREATE TRIGGER guard_meeting_withdrawal BEFORE UPDATE ON coach.difficulties
    FOR EACH ROW EXECUTE FUNCTION coach.guard_meeting_withdrawal();

-- Checked at commit, on the rows as they are then.
CREATE FUNCTION coach.check_meeting_day() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
BEGIN
    IF TG_TABLE_NAME = 'visits' THEN
        IF EXISTS (SELECT 1 FROM coach.visits v JOIN coach.meetings m ON m.id = v.meeting_id
                   WHERE v.id = NEW.id AND v.deleted_at IS NULL
                     AND v.visit_date IS DISTINCT FROM m.held_on) THEN
            PERFORM coach.refuse(format(
            'visit %s: a meeting visit is on the day the meeting was held', NEW.id));
        END IF;
    ELSIF EXISTS (SELECT 1 FROM coach.visits v JOIN coach.meetings m ON m.id = v.meeting_id
                  WHERE m.id = NEW.id AND v.deleted_at IS NULL
                    AND v.visit_date IS DISTINCT FROM m.held_on) THEN
        PERFORM coach.refuse(format(
            'meeting %s: a meeting visit is on the day the meeting was held', NEW.id));
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER check_meeting_day AFTER INSERT OR UPDATE OF visit_date, meeting_id,
    deleted_at ON coach.visits DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.meeting_id IS NOT NULL) EXECUTE FUNCTION coach.check_meeting_day();
CREATE CONSTRAINT TRIGGER check_meeting_day AFTER UPDATE OF held_on ON coach.meetings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coach.check_meeting_day();

-- Status changes: a day that has come, and a reviewer's only for a meeting's difficulty.
CREATE FUNCTION coach.guard_status_change_day() RETURNS trigger
LANGUAGE plpgsql SET search_path = coach, pg_temp AS $$
BEGIN
    IF NEW.changed_on > current_date + 1 THEN
        PERFORM coach.refuse('a status change is not dated in the future');
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER guard_day BEFORE INSERT ON coach.status_changes
    FOR EACH ROW EXECUTE FUNCTION coach.guard_status_change_day();
CREATE FUNCTION coach.check_meeting_status_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
DECLARE
    raised_at UUID;
BEGIN
    IF NOT coach.is_reviewer() OR NEW.difficulty_id IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT visit_id INTO raised_at FROM coach.difficulties WHERE id = NEW.difficulty_id;
    IF NOT FOUND THEN
        RETURN NULL;  -- the foreign key refuses it
    END IF;
    IF NOT coach.reviewers_visit(raised_at) THEN
        PERFORM coach.refuse('a supervisor records changes only to the difficulties of a meeting');
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER check_meeting_change AFTER INSERT ON coach.status_changes
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION coach.check_meeting_status_change();

-- Impact figures.
CREATE UNIQUE INDEX uq_impact_figures_live ON coach.impact_figures
    (company_id, year, metric, baseline) WHERE deleted_at IS NULL;
CREATE FUNCTION coach.guard_confirmed_figure() RETURNS trigger
LANGUAGE plpgsql SET search_path = coach, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.confirmed_at IS NOT NULL AND NEW.confirmed_at IS NOT NULL
       AND (NEW.value, NEW.source, NEW.note, NEW.year, NEW.metric, NEW.baseline, NEW.deleted_at)
           IS DISTINCT FROM
           (OLD.value, OLD.source, OLD.note, OLD.year, OLD.metric, OLD.baseline, OLD.deleted_at)
    THEN
        PERFORM coach.refuse('a confirmed figure changes only with its confirmation withdrawn');
    END IF;
    IF (TG_OP = 'INSERT' OR NEW.year IS DISTINCT FROM OLD.year)
       AND NEW.year > extract(year FROM current_date)::int + 1 THEN
        PERFORM coach.refuse('an impact figure is of a year not after next year');
    END IF;
    -- A few minutes of leeway for a laptop's clock.
    IF (TG_OP = 'INSERT' OR NEW.confirmed_at IS DISTINCT FROM OLD.confirmed_at)
       AND NEW.confirmed_at > now() + interval '10 minutes' THEN
        PERFORM coach.refuse('a figure is not confirmed in the future');
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER guard_confirmed BEFORE INSERT OR UPDATE ON coach.impact_figures
    FOR EACH ROW EXECUTE FUNCTION coach.guard_confirmed_figure();

-- Satisfaction ratings.
CREATE FUNCTION coach.answers_complete(answers JSONB) RETURNS BOOLEAN
LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_typeof(answers) = 'object'
       AND (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(answers) AS k)
           = ARRAY['communication', 'expertise', 'follow_up', 'overall', 'usefulness']
$$;
ALTER TABLE coach.satisfaction_ratings ADD CONSTRAINT ck_satisfaction_ratings_questions
    CHECK (coach.answers_complete(answers)) NOT VALID;
CREATE FUNCTION coach.check_rating_visit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
BEGIN
    IF NEW.rated_at > now() + interval '10 minutes' THEN
        PERFORM coach.refuse('a satisfaction rating is not dated in the future');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM coach.visits WHERE id = NEW.visit_id
                   AND deleted_at IS NULL AND visit_date <= current_date) THEN
        PERFORM coach.refuse('a satisfaction rating is of a visit that took place');
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER check_rating_visit AFTER INSERT ON coach.satisfaction_ratings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coach.check_rating_visit();
"""


def upgrade() -> None:
    op.execute(RULES)


def downgrade() -> None:
    raise NotImplementedError("the shared schema is only ever upgraded")
