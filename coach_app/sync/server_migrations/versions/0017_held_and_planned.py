"""held and planned: what only a visit that took place carries, and dates in their order

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-29

Writes still let through over psql with the person's own login:

- A planned visit (dated after tomorrow on the server's clock: a laptop's local date may be
  a day ahead of the server's UTC one) is not signed, reviewed, rated or followed up at; a
  difficulty noted on a plan is open. A signature is not dated in the future nor before the
  visit's day.
- A held visit that carries a signature, a rating, a review, a difficulty or a follow-up
  does not become a plan again (a plan moved into the past is the normal "it was held").
- A coach's follow-up cites a visit of their own, whoever raised the difficulty; it is not
  dated before the difficulty was raised. A due date is not before it either.
- A figure is not confirmed before it was written; a rating is not dated before the visit,
  nor after a review of the visit (an offline rating synced late is dated before it).
- A company's staff and revenue are not negative.
- Supervisors correcting a meeting's difficulty may set its due date (a GRANT, made by
  coach_app.sync.server at each upgrade).

The signature's hash seals the content sent with it; that this content is the visit's
is for the laptop to show, not for the server to check.

New CHECK constraints are NOT VALID and the new triggers look only at new writes: rows
already there are kept.
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

RULES = r"""
ALTER TABLE coach.companies ADD CONSTRAINT ck_companies_not_negative
    CHECK (employees >= 0 AND revenue >= 0) NOT VALID;

-- Still to come wherever the laptop is: its local date may be a day ahead of the server's.
CREATE FUNCTION coach.is_plan(day DATE) RETURNS BOOLEAN
LANGUAGE sql STABLE AS $$ SELECT day > current_date + 1 $$;
-- The first moment of a local day, anywhere: a day's leeway before UTC midnight.
CREATE FUNCTION coach.day_began(day DATE) RETURNS TIMESTAMPTZ
LANGUAGE sql IMMUTABLE AS $$ SELECT (day - 1)::timestamp AT TIME ZONE 'UTC' $$;

-- Signatures: a visit that took place, at a time that has come, on or after its day.
CREATE FUNCTION coach.check_signature_time() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
DECLARE
    day DATE;
BEGIN
    -- A few minutes of leeway for a laptop's clock, as for ratings and confirmations.
    IF NEW.signed_at > now() + interval '10 minutes' THEN
        PERFORM coach.refuse('a visit signature is not dated in the future');
    END IF;
    SELECT visit_date INTO day FROM coach.visits WHERE id = NEW.visit_id;
    IF NOT FOUND THEN
        RETURN NULL;  -- the foreign key refuses it
    END IF;
    IF coach.is_plan(day) THEN
        PERFORM coach.refuse('a planned visit is signed only once it took place');
    END IF;
    IF NEW.signed_at < coach.day_began(day) THEN
        PERFORM coach.refuse('a visit is not signed before its day');
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER check_signature_time AFTER INSERT ON coach.visit_signatures
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coach.check_signature_time();

-- Reviews: of a visit that took place.
CREATE FUNCTION coach.guard_planned_review() RETURNS trigger
LANGUAGE plpgsql SET search_path = coach, pg_temp AS $$
BEGIN
    IF NEW.reviewed_at IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.reviewed_at IS NULL)
       AND coach.is_plan(NEW.visit_date) THEN
        PERFORM coach.refuse(format('visit %s: a planned visit is reviewed only once it took place',
                                    NEW.id));
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER guard_planned_review BEFORE INSERT OR UPDATE ON coach.visits
    FOR EACH ROW EXECUTE FUNCTION coach.guard_planned_review();

-- Held stays held: checked at commit, on what the visit then carries.
CREATE FUNCTION coach.visit_carries_records(visit UUID) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = coach, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM coach.visits WHERE id = visit AND reviewed_at IS NOT NULL)
        OR EXISTS (SELECT 1 FROM coach.visit_signatures WHERE visit_id = visit)
        OR EXISTS (SELECT 1 FROM coach.satisfaction_ratings WHERE visit_id = visit)
        OR EXISTS (SELECT 1 FROM coach.difficulties WHERE deleted_at IS NULL
                   AND (visit_id = visit OR followed_up_visit_id = visit))
        OR EXISTS (SELECT 1 FROM coach.status_changes WHERE visit_id = visit)
$$;
CREATE FUNCTION coach.check_held_visit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
BEGIN
    -- Held everywhere: up to the server's yesterday, no laptop calls it a plan.
    IF OLD.visit_date > current_date - 1 THEN
        RETURN NULL;
    END IF;
    IF EXISTS (SELECT 1 FROM coach.visits WHERE id = NEW.id AND deleted_at IS NULL
               AND coach.is_plan(visit_date))
       AND coach.visit_carries_records(NEW.id) THEN
        PERFORM coach.refuse(format('visit %s: a held visit cannot become a plan', NEW.id));
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER check_held_visit AFTER UPDATE OF visit_date ON coach.visits
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.visit_date IS DISTINCT FROM OLD.visit_date)
    EXECUTE FUNCTION coach.check_held_visit();

-- Status changes of a difficulty: at a visit that took place (a difficulty noted on a plan
-- is open there, from the plan's day), of the coach's own, not before the difficulty was
-- raised. 0014's "not dated in the future" leaves that first status to the check at commit.
CREATE OR REPLACE FUNCTION coach.guard_status_change_day() RETURNS trigger
LANGUAGE plpgsql SET search_path = coach, pg_temp AS $$
BEGIN
    IF NEW.changed_on > current_date + 1
       AND NOT (NEW.status = 'open' AND NEW.difficulty_id IS NOT NULL
                AND NEW.visit_id IS NOT NULL) THEN
        PERFORM coach.refuse('a status change is not dated in the future');
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION coach.check_change_visit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
DECLARE
    raised coach.visits;
    cited coach.visits;
BEGIN
    IF NEW.difficulty_id IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT v.* INTO raised FROM coach.difficulties d JOIN coach.visits v ON v.id = d.visit_id
    WHERE d.id = NEW.difficulty_id;
    IF NOT FOUND THEN
        RETURN NULL;  -- the foreign key refuses it
    END IF;
    IF NEW.changed_on < raised.visit_date THEN
        PERFORM coach.refuse('a status change is not dated before the difficulty was raised');
    END IF;
    IF NEW.changed_on > current_date + 1
       AND (NEW.visit_id IS DISTINCT FROM raised.id OR NEW.changed_on <> raised.visit_date) THEN
        PERFORM coach.refuse('a status change is not dated in the future');
    END IF;
    IF NEW.visit_id IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT * INTO cited FROM coach.visits WHERE id = NEW.visit_id;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF coach.is_plan(cited.visit_date) AND NOT (NEW.status = 'open' AND cited.id = raised.id) THEN
        PERFORM coach.refuse('a difficulty is followed up only at a visit that took place');
    END IF;
    IF coach.my_role() = 'coach' AND NOT coach.my_visit(cited.id) THEN
        PERFORM coach.refuse('a follow-up cites only a visit of your own');
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER check_change_visit AFTER INSERT ON coach.status_changes
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coach.check_change_visit();

-- Difficulties: noted open on a plan, followed up at a visit that took place, due no
-- earlier than raised. Only what this write sets is looked at.
CREATE FUNCTION coach.check_difficulty_days() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
DECLARE
    raised_on DATE;
BEGIN
    SELECT visit_date INTO raised_on FROM coach.visits WHERE id = NEW.visit_id;
    IF TG_OP = 'INSERT' AND NEW.status <> 'open' AND coach.is_plan(raised_on) THEN
        PERFORM coach.refuse('a difficulty noted on a planned visit is open');
    END IF;
    IF (TG_OP = 'INSERT' OR NEW.followed_up_visit_id IS DISTINCT FROM OLD.followed_up_visit_id)
       AND EXISTS (SELECT 1 FROM coach.visits WHERE id = NEW.followed_up_visit_id
                   AND coach.is_plan(visit_date)) THEN
        PERFORM coach.refuse('a difficulty is followed up only at a visit that took place');
    END IF;
    IF (TG_OP = 'INSERT' OR NEW.due_on IS DISTINCT FROM OLD.due_on)
       AND NEW.due_on < raised_on THEN
        PERFORM coach.refuse('a difficulty is not due before it was raised');
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER check_difficulty_days AFTER INSERT OR UPDATE ON coach.difficulties
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coach.check_difficulty_days();

-- Impact figures: confirmed after they were written.
CREATE FUNCTION coach.guard_confirmation_order() RETURNS trigger
LANGUAGE plpgsql SET search_path = coach, pg_temp AS $$
BEGIN
    IF (TG_OP = 'INSERT' OR NEW.confirmed_at IS DISTINCT FROM OLD.confirmed_at)
       AND NEW.confirmed_at < NEW.created_at THEN
        PERFORM coach.refuse('a figure is not confirmed before it was written');
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER guard_confirmation_order BEFORE INSERT OR UPDATE ON coach.impact_figures
    FOR EACH ROW EXECUTE FUNCTION coach.guard_confirmation_order();

-- Satisfaction ratings: 0014's rule with the planned day as above, and in order with the
-- visit's day and its review.
CREATE OR REPLACE FUNCTION coach.check_rating_visit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
DECLARE
    visit coach.visits;
BEGIN
    IF NEW.rated_at > now() + interval '10 minutes' THEN
        PERFORM coach.refuse('a satisfaction rating is not dated in the future');
    END IF;
    SELECT * INTO visit FROM coach.visits WHERE id = NEW.visit_id AND deleted_at IS NULL;
    IF NOT FOUND OR coach.is_plan(visit.visit_date) THEN
        PERFORM coach.refuse('a satisfaction rating is of a visit that took place');
    END IF;
    IF NEW.rated_at < coach.day_began(visit.visit_date) THEN
        PERFORM coach.refuse('a satisfaction rating is not dated before the visit');
    END IF;
    IF NEW.rated_at > visit.reviewed_at THEN
        PERFORM coach.refuse('a reviewed visit takes only a rating given before its review');
    END IF;
    RETURN NULL;
END $$;
"""


def upgrade() -> None:
    op.execute(RULES)


def downgrade() -> None:
    raise NotImplementedError("the shared schema is only ever upgraded")
