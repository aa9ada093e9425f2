"""visit_signatures: a visit signed on site by the company's representative

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29

A new, append-only table (coach_app.store.models.VisitSignature); nothing to carry over.
"""
from alembic import op
import sqlalchemy as sa
import coach_app.store.types

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('visit_signatures',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('visit_id', sa.Uuid(), nullable=False),
    sa.Column('coach_id', sa.Uuid(), nullable=False),
    sa.Column('signer_name', sa.String(length=50), nullable=False),
    sa.Column('signer_title', sa.String(length=50), nullable=False),
    sa.Column('signed_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('strokes', sa.JSON(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['coach_id'], ['users.id'], name=op.f('fk_visit_signatures_coach_id_users')),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_visit_signatures_company_id_companies')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_visit_signatures_visit_id_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_signatures'))
    )
    with op.batch_alter_table('visit_signatures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_signatures_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_signatures_visit_id'), ['visit_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('visit_signatures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_signatures_visit_id'))
        batch_op.drop_index(batch_op.f('ix_visit_signatures_company_id'))
    op.drop_table('visit_signatures')
