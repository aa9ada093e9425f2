"""a difficulty's due date set by the coach

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-29

``difficulties.due_on`` (coach_app.domain.follow_up): the date the coach set for a
difficulty's follow-up; empty, the severity rule gives it.

It is part of the difficulty's row, so the rules on that row hold for it unchanged: the
rules of 0002, 0005 and 0014 compare the whole row but its follow-up fields (status,
resolution, resolved_on, followed_up_visit_id). Only who may write the difficulty itself
sets its due date (a coach following it up at a visit of their own does not), and it is
locked with a reviewed visit.
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE coach.difficulties ADD COLUMN due_on DATE")


def downgrade() -> None:
    raise NotImplementedError("the shared schema is only ever upgraded")
