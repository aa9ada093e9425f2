"""indexes for the Today page, the calendar and the dashboard on a large agency

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29

Covering indexes, so that the lists that join 100,000 visits, difficulties and companies
read small index pages instead of long rows (notes, descriptions, addresses), and a
partial index of the visits saved without notes. Indexes only: no row changes, and plain
CREATE INDEX (no table rebuild).
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

NO_NOTES = "trim(notes) = ''"


def upgrade() -> None:
    op.create_index('ix_companies_id_name', 'companies', ['id', 'deleted_at', 'name'])
    op.create_index('ix_visits_id_date', 'visits', ['id', 'deleted_at', 'visit_date'])
    op.create_index('ix_visits_coach_date', 'visits', ['coach_id', 'visit_date', 'deleted_at'])
    op.create_index(
        'ix_visits_company_date', 'visits', ['company_id', 'visit_date', 'deleted_at']
    )
    op.create_index(
        'ix_visits_programme', 'visits',
        ['programme_id', 'visit_date', 'company_id', 'coach_id', 'meeting_id', 'id', 'deleted_at'],
    )
    op.create_index(
        'ix_visits_without_notes', 'visits', ['visit_date'],
        sqlite_where=sa.text(NO_NOTES), postgresql_where=sa.text(NO_NOTES),
    )
    op.create_index(
        'ix_difficulties_open', 'difficulties',
        ['status', 'deleted_at', 'due_on', 'visit_id', 'severity', 'company_id', 'id'],
    )


def downgrade() -> None:
    op.drop_index('ix_difficulties_open', 'difficulties')
    op.drop_index('ix_visits_without_notes', 'visits')
    op.drop_index('ix_visits_programme', 'visits')
    op.drop_index('ix_visits_company_date', 'visits')
    op.drop_index('ix_visits_coach_date', 'visits')
    op.drop_index('ix_visits_id_date', 'visits')
    op.drop_index('ix_companies_id_name', 'companies')
