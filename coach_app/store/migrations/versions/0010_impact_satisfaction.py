"""impact figures and satisfaction ratings

Revision ID: 0010
Revises: 0007
Create Date: 2026-11-29

- ``impact_figures``: a company's yearly figures after support and its baseline year
  (coach_app.domain.impact), each with its source and the company's confirmation.
- ``satisfaction_ratings``: the representative's rating of a visit, one per visit
  (coach_app.domain.satisfaction).

New tables only: nothing to derive from existing rows.
"""
from alembic import op
import sqlalchemy as sa
import coach_app.store.types

revision = '0010'
down_revision = '0007'
branch_labels = None
depends_on = None


def _common():
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column('created_by', sa.Uuid(), nullable=True),
        sa.Column('updated_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column('updated_by', sa.Uuid(), nullable=True),
        sa.Column('deleted_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column('server_version', sa.BigInteger(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table('impact_figures',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('metric', sa.String(length=20), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.Column('baseline', sa.Boolean(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.Column('confirmed_name', sa.String(length=100), nullable=True),
    sa.Column('confirmed_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('confirmed_by', sa.Uuid(), nullable=True),
    *_common(),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_impact_figures_company_id_companies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_impact_figures'))
    )
    with op.batch_alter_table('impact_figures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_impact_figures_company_id'), ['company_id'], unique=False)
    op.create_table('satisfaction_ratings',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('visit_id', sa.Uuid(), nullable=False),
    sa.Column('respondent', sa.String(length=100), nullable=False),
    sa.Column('position', sa.String(length=100), nullable=False),
    sa.Column('answers', sa.JSON(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('rated_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    *_common(),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_satisfaction_ratings_company_id_companies')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_satisfaction_ratings_visit_id_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_satisfaction_ratings')),
    sa.UniqueConstraint('visit_id', name=op.f('uq_satisfaction_ratings_visit_id'))
    )
    with op.batch_alter_table('satisfaction_ratings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_satisfaction_ratings_company_id'), ['company_id'], unique=False)


def downgrade() -> None:
    op.drop_table('satisfaction_ratings')
    op.drop_table('impact_figures')
