"""initial schema: synced entities, outbox, local settings

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa
import coach_app.store.types


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('companies',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('brn', sa.String(length=12), nullable=False),
    sa.Column('ceo', sa.String(length=50), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('region', sa.String(length=10), nullable=False),
    sa.Column('industry', sa.String(length=50), nullable=False),
    sa.Column('employees', sa.Integer(), nullable=True),
    sa.Column('revenue', sa.BigInteger(), nullable=True),
    sa.Column('designation', sa.String(length=30), nullable=True),
    sa.Column('supplier_tier', sa.String(length=20), nullable=True),
    sa.Column('founded_on', sa.Date(), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_companies'))
    )
    with op.batch_alter_table('companies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_companies_region'), ['region'], unique=False)
        batch_op.create_index('uq_companies_brn_live', ['brn'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.create_table('local_settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_local_settings'))
    )
    op.create_table('outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('op_id', sa.Uuid(), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('op', sa.String(length=10), nullable=False),
    sa.Column('values', sa.JSON(), nullable=False),
    sa.Column('base', sa.JSON(), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=True),
    sa.Column('created_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_outbox')),
    sa.UniqueConstraint('op_id', name=op.f('uq_outbox_op_id'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_row_id'), ['row_id'], unique=False)

    op.create_table('programmes',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('agency', sa.String(length=100), nullable=False),
    sa.Column('budget', sa.BigInteger(), nullable=False),
    sa.Column('funding_national', sa.BigInteger(), nullable=False),
    sa.Column('funding_local', sa.BigInteger(), nullable=False),
    sa.Column('funding_company', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programmes'))
    )
    op.create_table('support_programmes',
    sa.Column('code', sa.String(length=50), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('agency', sa.String(length=100), nullable=False),
    sa.Column('funds', sa.Text(), nullable=False),
    sa.Column('stages', sa.JSON(), nullable=False),
    sa.Column('gap_areas', sa.JSON(), nullable=False),
    sa.Column('categories', sa.JSON(), nullable=False),
    sa.Column('budget_cap', sa.BigInteger(), nullable=True),
    sa.Column('reentry_wait_years', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_support_programmes')),
    sa.UniqueConstraint('code', name=op.f('uq_support_programmes_code'))
    )
    op.create_table('users',
    sa.Column('login', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('specialty', sa.String(length=20), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('login', name=op.f('uq_users_login'))
    )
    op.create_table('assignments',
    sa.Column('programme_id', sa.Uuid(), nullable=False),
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('coach_id', sa.Uuid(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['coach_id'], ['users.id'], name=op.f('fk_assignments_coach_id_users')),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_assignments_company_id_companies')),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_assignments_programme_id_programmes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assignments'))
    )
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assignments_coach_id'), ['coach_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assignments_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assignments_programme_id'), ['programme_id'], unique=False)

    op.create_table('contacts',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('position', sa.String(length=50), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_contacts_company_id_companies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contacts'))
    )
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contacts_company_id'), ['company_id'], unique=False)

    op.create_table('roadmaps',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('programme_id', sa.Uuid(), nullable=True),
    sa.Column('coach_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('previous_id', sa.Uuid(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('submitted_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('approved_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('approved_by', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['coach_id'], ['users.id'], name=op.f('fk_roadmaps_coach_id_users')),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_roadmaps_company_id_companies')),
    sa.ForeignKeyConstraint(['previous_id'], ['roadmaps.id'], name=op.f('fk_roadmaps_previous_id_roadmaps')),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_roadmaps_programme_id_programmes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roadmaps'))
    )
    with op.batch_alter_table('roadmaps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_roadmaps_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_roadmaps_status'), ['status'], unique=False)

    op.create_table('visits',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('coach_id', sa.Uuid(), nullable=False),
    sa.Column('programme_id', sa.Uuid(), nullable=True),
    sa.Column('visit_date', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('attendees', sa.Text(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('reviewed_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('reviewed_by', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['coach_id'], ['users.id'], name=op.f('fk_visits_coach_id_users')),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_visits_company_id_companies')),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_visits_programme_id_programmes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visits'))
    )
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visits_coach_id'), ['coach_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_visit_date'), ['visit_date'], unique=False)

    op.create_table('attachments',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('visit_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('mime_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('caption', sa.String(length=500), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_attachments_company_id_companies')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_attachments_visit_id_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachments_content_hash'), ['content_hash'], unique=False)

    op.create_table('diagnoses',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('visit_id', sa.Uuid(), nullable=True),
    sa.Column('coach_id', sa.Uuid(), nullable=False),
    sa.Column('template_id', sa.String(length=50), nullable=False),
    sa.Column('template_version', sa.String(length=20), nullable=False),
    sa.Column('diagnosed_on', sa.Date(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('area_scores', sa.JSON(), nullable=False),
    sa.Column('overall_score', sa.Double(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['coach_id'], ['users.id'], name=op.f('fk_diagnoses_coach_id_users')),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_diagnoses_company_id_companies')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_diagnoses_visit_id_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diagnoses'))
    )
    with op.batch_alter_table('diagnoses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_diagnoses_company_id'), ['company_id'], unique=False)

    op.create_table('difficulties',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('visit_id', sa.Uuid(), nullable=False),
    sa.Column('category', sa.String(length=30), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('severity', sa.String(length=10), nullable=False),
    sa.Column('requested_support', sa.Text(), nullable=False),
    sa.Column('agency', sa.String(length=100), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.Column('followed_up_visit_id', sa.Uuid(), nullable=True),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_difficulties_company_id_companies')),
    sa.ForeignKeyConstraint(['followed_up_visit_id'], ['visits.id'], name=op.f('fk_difficulties_followed_up_visit_id_visits')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_difficulties_visit_id_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_difficulties'))
    )
    with op.batch_alter_table('difficulties', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_difficulties_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_difficulties_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_difficulties_visit_id'), ['visit_id'], unique=False)

    op.create_table('reviews',
    sa.Column('roadmap_id', sa.Uuid(), nullable=False),
    sa.Column('reviewer_id', sa.Uuid(), nullable=False),
    sa.Column('decision', sa.String(length=20), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['reviewer_id'], ['users.id'], name=op.f('fk_reviews_reviewer_id_users')),
    sa.ForeignKeyConstraint(['roadmap_id'], ['roadmaps.id'], name=op.f('fk_reviews_roadmap_id_roadmaps')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reviews'))
    )
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reviews_roadmap_id'), ['roadmap_id'], unique=False)

    op.create_table('diagnosis_scores',
    sa.Column('diagnosis_id', sa.Uuid(), nullable=False),
    sa.Column('item_code', sa.String(length=50), nullable=False),
    sa.Column('current', sa.Integer(), nullable=True),
    sa.Column('target', sa.Integer(), nullable=True),
    sa.Column('evidence', sa.String(length=20), nullable=False),
    sa.Column('attachment_id', sa.Uuid(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachments.id'], name=op.f('fk_diagnosis_scores_attachment_id_attachments')),
    sa.ForeignKeyConstraint(['diagnosis_id'], ['diagnoses.id'], name=op.f('fk_diagnosis_scores_diagnosis_id_diagnoses')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diagnosis_scores'))
    )
    with op.batch_alter_table('diagnosis_scores', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_diagnosis_scores_diagnosis_id'), ['diagnosis_id'], unique=False)

    op.create_table('roadmap_items',
    sa.Column('roadmap_id', sa.Uuid(), nullable=False),
    sa.Column('phase', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=30), nullable=False),
    sa.Column('item_type', sa.String(length=50), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('budget_national', sa.BigInteger(), nullable=False),
    sa.Column('budget_local', sa.BigInteger(), nullable=False),
    sa.Column('budget_company', sa.BigInteger(), nullable=False),
    sa.Column('owner_agency', sa.String(length=100), nullable=False),
    sa.Column('kpi_name', sa.String(length=100), nullable=False),
    sa.Column('kpi_unit', sa.String(length=20), nullable=False),
    sa.Column('kpi_baseline', sa.Double(), nullable=True),
    sa.Column('kpi_target', sa.Double(), nullable=True),
    sa.Column('kpi_actual', sa.Double(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('depends_on', sa.JSON(), nullable=False),
    sa.Column('gap_item_code', sa.String(length=50), nullable=True),
    sa.Column('difficulty_id', sa.Uuid(), nullable=True),
    sa.Column('support_programme_code', sa.String(length=50), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', coach_app.store.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['difficulty_id'], ['difficulties.id'], name=op.f('fk_roadmap_items_difficulty_id_difficulties')),
    sa.ForeignKeyConstraint(['roadmap_id'], ['roadmaps.id'], name=op.f('fk_roadmap_items_roadmap_id_roadmaps')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roadmap_items'))
    )
    with op.batch_alter_table('roadmap_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_roadmap_items_roadmap_id'), ['roadmap_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('roadmap_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_roadmap_items_roadmap_id'))

    op.drop_table('roadmap_items')
    with op.batch_alter_table('diagnosis_scores', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_diagnosis_scores_diagnosis_id'))

    op.drop_table('diagnosis_scores')
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reviews_roadmap_id'))

    op.drop_table('reviews')
    with op.batch_alter_table('difficulties', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_difficulties_visit_id'))
        batch_op.drop_index(batch_op.f('ix_difficulties_status'))
        batch_op.drop_index(batch_op.f('ix_difficulties_company_id'))

    op.drop_table('difficulties')
    with op.batch_alter_table('diagnoses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_diagnoses_company_id'))

    op.drop_table('diagnoses')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_content_hash'))
        batch_op.drop_index(batch_op.f('ix_attachments_company_id'))

    op.drop_table('attachments')
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visits_visit_date'))
        batch_op.drop_index(batch_op.f('ix_visits_company_id'))
        batch_op.drop_index(batch_op.f('ix_visits_coach_id'))

    op.drop_table('visits')
    with op.batch_alter_table('roadmaps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_roadmaps_status'))
        batch_op.drop_index(batch_op.f('ix_roadmaps_company_id'))

    op.drop_table('roadmaps')
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contacts_company_id'))

    op.drop_table('contacts')
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assignments_programme_id'))
        batch_op.drop_index(batch_op.f('ix_assignments_company_id'))
        batch_op.drop_index(batch_op.f('ix_assignments_coach_id'))

    op.drop_table('assignments')
    op.drop_table('users')
    op.drop_table('support_programmes')
    op.drop_table('programmes')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_row_id'))

    op.drop_table('outbox')
    op.drop_table('local_settings')
    with op.batch_alter_table('companies', schema=None) as batch_op:
        batch_op.drop_index('uq_companies_brn_live', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_companies_region'))

    op.drop_table('companies')
