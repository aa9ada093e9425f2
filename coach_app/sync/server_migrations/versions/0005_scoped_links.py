"""scoped links: a link never leaves its company, and a visit's parts are its coach's

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29

What the rules so far left open:

- Links across companies. A coach could insert a difficulty, a diagnosis or a file of their
  own company pointing at a visit of another company (``visit_id``,
  ``followed_up_visit_id``), a diagnosis score at a file of another company, a roadmap item
  at a difficulty of another company. The server took them; the coach's own laptop never
  could (the parent is outside its scope), so ``verify`` stayed different for good. Now
  every link from a row of a company to another company row must stay in that company: the
  row's own ``company_id``, or, for a row without one (diagnosis scores, roadmap items), the
  company of its parent. Checked at commit, on the row as it is then, so a push may carry a
  child before its parent. (Already checked elsewhere: a roadmap's previous revision, in
  ``coach.guard_roadmap``; a measure's difficulties, in ``coach.check_measure``. Meetings
  and organisations are the agency's, in no company.)
- Coaches sharing a company edited each other's visits. The visit row was its coach's
  alone, but its difficulties and files were open to every coach of the company. Now, for
  a coach, a difficulty and a file of a visit are inserted, edited, moved and soft-deleted
  only by that visit's coach. Another coach of the company still follows a difficulty up
  at a later visit of their own: status, resolution, resolved on and the follow-up visit,
  which must be one of theirs; nothing else of it. Files of the company itself (no visit)
  stay open to every coach of the company. Supervisors and administrators write what their
  grants and policies allowed before (a meeting's difficulties, the review).

Rows written before this revision are checked when their links or (difficulties, files)
their content are next written: one that already crosses companies is for the schema owner
to correct or remove.
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Per table: where the row's own company is ("company_id", or "column:parent table"),
# then each link that must point into that same company.
LINKS = {
    "difficulties": ("company_id", "visit_id:visits", "followed_up_visit_id:visits"),
    "diagnoses": ("company_id", "visit_id:visits"),
    "attachments": ("company_id", "visit_id:visits"),
    "diagnosis_scores": ("diagnosis_id:diagnoses", "attachment_id:attachments"),
    "roadmap_items": ("roadmap_id:roadmaps", "difficulty_id:difficulties"),
}
VISIT_PARTS = ("difficulties", "attachments")

FUNCTIONS = r"""
-- The company a link of a row leads to: the row's own column, or its parent's company
-- (NULL when the link is empty or the parent missing: the foreign key refuses that).
CREATE FUNCTION coach.link_company(r JSONB, link TEXT) RETURNS UUID
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = coach, pg_temp AS $$
DECLARE
    col TEXT := split_part(link, ':', 1);
    parent TEXT := split_part(link, ':', 2);
    found UUID;
BEGIN
    IF parent = '' OR r ->> col IS NULL THEN
        RETURN (r ->> col)::uuid;
    END IF;
    EXECUTE format('SELECT company_id FROM coach.%I WHERE id = $1', parent)
        INTO found USING (r ->> col)::uuid;
    RETURN found;
END $$;

-- Checked at commit: a push may carry a child before its parent.
CREATE FUNCTION coach.check_links() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
DECLARE
    current JSONB;
    own UUID;
    theirs UUID;
BEGIN
    EXECUTE format('SELECT to_jsonb(t) FROM coach.%I AS t WHERE id = $1', TG_TABLE_NAME)
        INTO current USING NEW.id;
    own := coach.link_company(current, TG_ARGV[0]);
    IF current IS NULL OR own IS NULL THEN
        RETURN NULL;
    END IF;
    FOR i IN 1 .. TG_NARGS - 1 LOOP
        theirs := coach.link_company(current, TG_ARGV[i]);
        IF theirs IS DISTINCT FROM own AND theirs IS NOT NULL THEN
            PERFORM coach.refuse(format('%s.%s links to a row of another company',
                                        TG_TABLE_NAME, split_part(TG_ARGV[i], ':', 1)));
        END IF;
    END LOOP;
    RETURN NULL;
END $$;

-- Whether the connected coach is the coach of a visit (no visit, or one not there yet
-- for the foreign key to refuse, counts as theirs: a file of the company itself).
CREATE FUNCTION coach.my_visit(visit UUID) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = coach, pg_temp AS $$
    SELECT NOT EXISTS (
        SELECT 1 FROM coach.visits WHERE id = visit AND coach_id IS DISTINCT FROM coach.me()
    )
$$;

-- For a coach, a visit's difficulties and files are that visit's coach's; another coach of
-- the company only follows a difficulty up, at a visit of their own. Checked at commit, so
-- the visits are there whatever the order of a push.
CREATE FUNCTION coach.check_visit_owner() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
BEGIN
    IF coach.my_role() IS DISTINCT FROM 'coach' THEN
        RETURN NULL;
    END IF;
    IF coach.my_visit(NEW.visit_id) AND (TG_OP = 'INSERT' OR coach.my_visit(OLD.visit_id)) THEN
        RETURN NULL;
    END IF;
    IF TG_TABLE_NAME = 'difficulties' AND TG_OP = 'UPDATE'
       AND coach.without(to_jsonb(NEW), 'status', 'resolution', 'resolved_on',
                         'followed_up_visit_id')
           = coach.without(to_jsonb(OLD), 'status', 'resolution', 'resolved_on',
                           'followed_up_visit_id') THEN
        IF NEW.followed_up_visit_id IS NULL OR NOT coach.my_visit(NEW.followed_up_visit_id) THEN
            PERFORM coach.refuse('a follow-up is recorded at a visit of your own');
        END IF;
        RETURN NULL;
    END IF;
    PERFORM coach.refuse(format('only the coach of visit %s writes its difficulties and files',
                                NEW.visit_id));
    RETURN NULL;
END $$;

-- Helpers only the rules call (as the owner): a login calling them could learn the company
-- or the coach of rows it cannot see.
REVOKE EXECUTE ON FUNCTION coach.link_company(JSONB, TEXT), coach.my_visit(UUID) FROM PUBLIC;
"""


def _triggers() -> str:
    parts = []
    for table, links in LINKS.items():
        columns = ", ".join(link.split(":")[0] for link in links)
        arguments = ", ".join(f"'{link}'" for link in links)
        parts.append(
            f"CREATE CONSTRAINT TRIGGER check_links AFTER INSERT OR UPDATE OF {columns}"
            f" ON coach.{table} DEFERRABLE INITIALLY DEFERRED"
            f" FOR EACH ROW EXECUTE FUNCTION coach.check_links({arguments});\n"
        )
    for table in VISIT_PARTS:
        parts.append(
            f"CREATE CONSTRAINT TRIGGER check_visit_owner AFTER INSERT OR UPDATE"
            f" ON coach.{table} DEFERRABLE INITIALLY DEFERRED"
            " FOR EACH ROW EXECUTE FUNCTION coach.check_visit_owner();\n"
        )
    return "".join(parts)


def upgrade() -> None:
    for block in (FUNCTIONS, _triggers()):
        op.execute(block)


def downgrade() -> None:
    raise NotImplementedError("the shared schema is only ever upgraded")
