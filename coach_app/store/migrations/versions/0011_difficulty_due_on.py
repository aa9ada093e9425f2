"""a difficulty's due date set by the coach

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29

``difficulties.due_on``: the date the coach set for its follow-up; empty, the severity
rule gives it (coach_app.domain.follow_up.difficulty_due). Existing rows keep the rule.
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('difficulties', schema=None) as batch_op:
        batch_op.add_column(sa.Column('due_on', sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f('ix_difficulties_due_on'), ['due_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('difficulties', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_difficulties_due_on'))
        batch_op.drop_column('due_on')
