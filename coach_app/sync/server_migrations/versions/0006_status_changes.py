"""status changes: the status history of difficulties and roadmap items

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29

A report dated in the past prints each difficulty's and roadmap item's status as it stood
that day, so every status taken is kept: one row per change (the status, the resolution or
the KPI actual, the day, the visit at which it was recorded), written by the app in the
transaction that changes the status.

- Append-only for everyone: no update, no delete, not even a soft delete.
- Read by whoever reads the company. Inserted by whoever may make the change it records:
  for a difficulty, the coach of the visit that raised it, or another coach of the company
  at a visit of their own (the rule of 0005), or a supervisor recording a meeting; for a
  roadmap item, the coach who owns its roadmap, except while it is under review. Never at a
  visit a supervisor has reviewed. Checked at commit, so a push may carry a change before
  the difficulty, item or visit it names.
- Links stay within the company (coach.check_links of 0005, and the item's roadmap).
- Who wrote it is stamped by the server (coach.stamp), as everywhere.
- Data: each existing difficulty and item gets the history known of it, exactly as the
  laptops' migration 0005 derives it (same ids): a difficulty still open, open since the
  visit that raised it; one whose change day is known (resolved on, or the follow-up
  visit's date), open at the raising visit then its status that day; anything else, its
  present status with no date.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Frozen copy of the laptops' migration 0005 namespace.
HISTORY_NAMESPACE = uuid.UUID("3c5b8e2a-7d41-4f0a-b6c9-51e2d8a4f7c3")
FINISHED = ("resolved", "closed")


def _fk(column: str, parent: str) -> str:
    return (
        f"CONSTRAINT fk_status_changes_{column}_{parent} FOREIGN KEY({column}) "
        f"REFERENCES coach.{parent} (id) DEFERRABLE INITIALLY DEFERRED"
    )


TABLE = f"""
CREATE TABLE coach.status_changes (
    version BIGINT NOT NULL,
    txid XID8 NOT NULL,
    company_id UUID NOT NULL,
    difficulty_id UUID,
    roadmap_item_id UUID,
    status VARCHAR(20) NOT NULL,
    resolution TEXT NOT NULL,
    kpi_actual DOUBLE PRECISION,
    changed_on DATE,
    visit_id UUID,
    id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_status_changes PRIMARY KEY (id),
    CONSTRAINT ck_status_changes_one_subject
        CHECK ((difficulty_id IS NULL) <> (roadmap_item_id IS NULL)),
    CONSTRAINT ck_status_changes_live CHECK (deleted_at IS NULL),
    {_fk("company_id", "companies")},
    {_fk("difficulty_id", "difficulties")},
    {_fk("roadmap_item_id", "roadmap_items")},
    {_fk("visit_id", "visits")}
);
CREATE INDEX ix_status_changes_company_id ON coach.status_changes (company_id);
CREATE INDEX ix_status_changes_difficulty_id ON coach.status_changes (difficulty_id);
CREATE INDEX ix_status_changes_roadmap_item_id ON coach.status_changes (roadmap_item_id);
CREATE INDEX ix_status_changes_feed ON coach.status_changes (txid, version);
CREATE TRIGGER stamp BEFORE INSERT ON coach.status_changes
    FOR EACH ROW EXECUTE FUNCTION coach.stamp();
CREATE TRIGGER audit AFTER INSERT ON coach.status_changes
    FOR EACH ROW EXECUTE FUNCTION coach.audit();
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON coach.status_changes
    FOR EACH ROW EXECUTE FUNCTION coach.refuse_change();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON coach.status_changes
    FOR EACH STATEMENT EXECUTE FUNCTION coach.refuse_change();
"""

# After the backfill: the history of a difficulty raised at a visit reviewed since is as
# true as any other, though nobody may add to it now.
RULES = r"""
CREATE CONSTRAINT TRIGGER check_links AFTER INSERT ON coach.status_changes
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION coach.check_links('company_id', 'difficulty_id:difficulties',
                                       'visit_id:visits');

-- Checked at commit: who records a change, for which item, at which visit.
CREATE FUNCTION coach.check_status_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = coach, pg_temp AS $$
DECLARE
    current coach.status_changes;
    raised_at UUID;
    plan coach.roadmaps;
BEGIN
    SELECT * INTO current FROM coach.status_changes WHERE id = NEW.id;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF current.visit_id IS NOT NULL AND coach.visit_reviewed(current.visit_id) THEN
        PERFORM coach.refuse(format('visit %s was reviewed by a supervisor and is locked',
                                    current.visit_id));
    END IF;
    IF current.roadmap_item_id IS NOT NULL THEN
        SELECT r.* INTO plan FROM coach.roadmaps r
        JOIN coach.roadmap_items i ON i.roadmap_id = r.id WHERE i.id = current.roadmap_item_id;
        IF NOT FOUND THEN
            RETURN NULL;  -- the foreign key refuses it
        END IF;
        IF plan.company_id IS DISTINCT FROM current.company_id THEN
            PERFORM coach.refuse('status_changes.roadmap_item_id links to a row of another company');
        END IF;
        IF plan.status = 'submitted' THEN
            PERFORM coach.refuse('the items of a roadmap under review are not edited; withdraw it first');
        END IF;
        IF coach.my_role() IS DISTINCT FROM 'coach' OR plan.coach_id IS DISTINCT FROM coach.me() THEN
            PERFORM coach.refuse('only the coach of the roadmap follows its items up');
        END IF;
        RETURN NULL;
    END IF;
    IF coach.my_role() IS DISTINCT FROM 'coach' THEN
        RETURN NULL;  -- reviewers: their policy holds them to meeting visits
    END IF;
    SELECT visit_id INTO raised_at FROM coach.difficulties WHERE id = current.difficulty_id;
    IF NOT coach.my_visit(raised_at)
       AND (current.visit_id IS NULL OR NOT coach.my_visit(current.visit_id)) THEN
        PERFORM coach.refuse('a follow-up is recorded at a visit of your own');
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER check_change AFTER INSERT ON coach.status_changes
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION coach.check_status_change();

ALTER TABLE coach.status_changes ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_scope ON coach.status_changes FOR SELECT
    USING ((SELECT coach.is_reviewer()) OR company_id IN (SELECT coach.my_writable_companies()));
CREATE POLICY coach_insert ON coach.status_changes FOR INSERT WITH CHECK (
    (SELECT coach.my_role()) = 'coach' AND company_id IN (SELECT coach.my_writable_companies()));
CREATE POLICY reviewer_meeting_insert ON coach.status_changes FOR INSERT WITH CHECK (
    (SELECT coach.is_reviewer()) AND difficulty_id IS NOT NULL
    AND visit_id IN (SELECT id FROM coach.visits WHERE meeting_id IS NOT NULL));
"""


def known_history(
    difficulties: Sequence[Any], items: Sequence[Any], visit_dates: dict[uuid.UUID, dt.date]
) -> Iterator[tuple[Any, list[dict[str, Any]]]]:
    """(parent, rows) per difficulty and item; the same rule as the laptops' 0005."""
    for d in difficulties:
        raised = visit_dates.get(d.visit_id)
        first = dict(company_id=d.company_id, difficulty_id=d.id, roadmap_item_id=None,
                     status="open", resolution="", kpi_actual=None, changed_on=raised,
                     visit_id=d.visit_id)  # fmt: skip
        if d.status == "open":
            rows = [first]
        else:
            changed, at = None, None
            if d.status in FINISHED and d.resolved_on is not None:
                changed, at = d.resolved_on, d.followed_up_visit_id
            elif d.followed_up_visit_id is not None and d.followed_up_visit_id in visit_dates:
                changed, at = visit_dates[d.followed_up_visit_id], d.followed_up_visit_id
            last = dict(first, status=d.status, resolution=d.resolution or "",
                        changed_on=changed, visit_id=at)  # fmt: skip
            if changed is not None and raised is not None:
                rows = [first, last]
            else:
                rows = [dict(last, changed_on=None)]
        yield d, rows
    for i in items:
        yield i, [dict(company_id=i.company_id, difficulty_id=None, roadmap_item_id=i.id,
                       status=i.status, resolution="", kpi_actual=i.kpi_actual,
                       changed_on=None, visit_id=None)]  # fmt: skip


def _backfill(connection: sa.Connection) -> None:
    now = dt.datetime.now(dt.UTC)
    difficulties = connection.execute(
        sa.text(
            "SELECT id, company_id, visit_id, status, resolution, resolved_on,"
            " followed_up_visit_id FROM coach.difficulties WHERE deleted_at IS NULL"
        )
    ).all()
    items = connection.execute(
        sa.text(
            "SELECT i.id, r.company_id, i.status, i.kpi_actual FROM coach.roadmap_items i"
            " JOIN coach.roadmaps r ON r.id = i.roadmap_id WHERE i.deleted_at IS NULL"
        )
    ).all()
    visit_dates: dict[uuid.UUID, dt.date] = {
        visit: day
        for visit, day in connection.execute(sa.text("SELECT id, visit_date FROM coach.visits"))
    }
    for parent, rows in known_history(difficulties, items, visit_dates):
        for n, row in enumerate(rows):
            stamp = now + dt.timedelta(microseconds=n)  # which came first on the same day
            connection.execute(
                sa.text(
                    "INSERT INTO coach.status_changes (id, company_id, difficulty_id,"
                    " roadmap_item_id, status, resolution, kpi_actual, changed_on, visit_id,"
                    " created_at, updated_at) VALUES (:id, :company_id, :difficulty_id,"
                    " :roadmap_item_id, :status, :resolution, :kpi_actual, :changed_on,"
                    " :visit_id, :stamp, :stamp)"
                ),
                {**row, "id": uuid.uuid5(HISTORY_NAMESPACE, f"{parent.id}:{n}"), "stamp": stamp},
            )


def upgrade() -> None:
    op.execute(TABLE)
    connection = op.get_bind()
    # Foreign keys checked at each statement: no checks left pending when the rules come.
    connection.execute(sa.text("SET CONSTRAINTS ALL IMMEDIATE"))
    _backfill(connection)
    op.execute(RULES)


def downgrade() -> None:
    raise NotImplementedError("the shared schema is only ever upgraded")
