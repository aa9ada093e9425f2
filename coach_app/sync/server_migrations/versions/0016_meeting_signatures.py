"""meeting signatures: a company's representative signs its visit at a meeting (간담회)

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-29

A meeting's visits are recorded by the supervisor or administrator who runs the meeting
(0007, 0014: a reviewer's own, which any reviewer may correct). 0008 let only the coach of
a visit record its signature, so a company at a meeting could never sign its visit.

- A supervisor or an administrator records the signature of a meeting's visit
  (``coach.reviewers_visit``), stamped as the row's ``coach_id`` (who took it); never of
  a coach's visit, never of a reviewed one. A coach still signs only visits of their own.
- The content hash must still be the SHA-256 of the content kept with it; the content is
  the meeting visit's (date, place, attendees, purpose, notes, difficulties, files).
- Still append-only for everyone (0008's triggers are untouched).

The grant of INSERT on ``coach.visit_signatures`` to supervisors and administrators is
made with the others (``coach_app.sync.server._SUPERVISOR_INSERTS``).
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

SCHEMA = """
CREATE OR REPLACE FUNCTION coach.check_visit_signature() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
DECLARE
    current coach.visit_signatures;
    visit coach.visits;
BEGIN
    SELECT * INTO current FROM coach.visit_signatures WHERE id = NEW.id;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    SELECT * INTO visit FROM coach.visits WHERE id = current.visit_id;
    IF NOT FOUND THEN
        RETURN NULL;  -- the foreign key refuses it
    END IF;
    IF current.coach_id IS DISTINCT FROM coach.me()
       OR NOT ((coach.my_role() = 'coach' AND visit.coach_id IS NOT DISTINCT FROM coach.me())
               OR (coach.is_reviewer() AND coach.reviewers_visit(visit.id))) THEN
        PERFORM coach.refuse('a visit signature is recorded only by the coach of the visit,'
                             ' or for a meeting''s visit by a supervisor');
    END IF;
    IF visit.reviewed_at IS NOT NULL THEN
        PERFORM coach.refuse(format('visit %s was reviewed by a supervisor and is locked',
                                    current.visit_id));
    END IF;
    IF current.content_hash IS DISTINCT FROM
       encode(sha256(convert_to(current.content, 'UTF8')), 'hex') THEN
        PERFORM coach.refuse('the hash of a visit signature does not match its content');
    END IF;
    RETURN NULL;
END $$;

CREATE POLICY reviewer_insert ON coach.visit_signatures FOR INSERT WITH CHECK (
    (SELECT coach.is_reviewer()) AND coach.reviewers_visit(visit_id)
    AND coach_id = (SELECT coach.me()));
"""


def upgrade() -> None:
    op.execute(SCHEMA)


def downgrade() -> None:
    raise NotImplementedError("the shared schema is only ever upgraded")
